// General technician knowledge a Tier-1 desk answers in a line or two, whoever asks and whatever the case:
// what a red LOS light means, whether Wi-Fi and internet are the same thing, why a restart helps, whether
// every phone on a DSL line needs a microfilter, whether one needs a static IP, what WPS is. Asked in the
// middle of a case, after it or before the account is known, these are answered, never "I can't answer
// that from here". Each question is a set of word groups that must all be in one question clause (folded
// text: lowercase, å/ä/ö → a/a/o); data only. The first match wins, so the narrower questions stand first.

import type { QuestionTopic } from './reply.js';

export const TECH_QUESTIONS = [
  'los_light',
  'pon_light',
  'wifi_vs_internet',
  'modem_vs_router',
  'why_restart',
  'restart_devices',
  'microfilter',
  'static_ip',
  'what_ip',
  'mac_address',
  'wps',
  'upnp',
  'wifi_speed_normal',
  'cable_vs_wifi',
  'cable_type',
  'alarm_during_outage',
  'upload_download',
  'vpn',
  'parental_controls',
  'neighbours_on_wifi',
  'hide_network',
  'what_ssid',
  'router_off_at_night',
  'router_warm',
  'power_cut',
  'how_many_devices',
  'dsl_distance',
  'snr',
  'fibre_cable_care',
  'slow_in_evening',
  'what_firmware',
  'bridge_mode',
] as const;

export type TechQuestion = (typeof TECH_QUESTIONS)[number];

/** Questions a case may know more of than the general answer (whether WPS is on, after a security check). */
export const CASE_KNOWS: ReadonlySet<TechQuestion> = new Set<TechQuestion>(['wps']);

// Word groups shared by several questions (folded, no anchors of their own).
const WIFI = String.raw`wi-?fi\w*|wlan\w*|wifi\w*|tradlos\w*|tradlost|wireless`;
const INTERNET = String.raw`internet\w*|natet|uppkoppling\w*|bredband\w*|broadband`;
const ROUTER = String.raw`router\w*|modem\w*|box\w*|dosa\w*|lada\w*|fiberbox\w*|hub`;
const RESTART = String.raw`restart\w*|reboot\w*|omstart\w*|starta om|startar om|startade om|starta den om|turn\w* (it )?off and on|switch\w* (it )?off and on|stang\w* av och (sla\w* )?pa|dra ur (sladden|kontakten)`;
const PHONE = String.raw`phones?|telefon\w*|landline|fast(a)? telefon\w*|lurar?|luren|fax\w*`;
const WHY_OR_WHAT = String.raw`why|how come|what|how|varfor|vrf|vad|hur`;
const SAME_OR_DIFFERENT = String.raw`same|samma|differen\w*|skillnad\w*|vs|versus|or|eller|not the same|inte samma`;
const SPEED = String.raw`speed\w*|hastighet\w*|mbit\w*|mbps|megabit\w*|fast\w*|snabb\w*|slow\w*|langsam\w*|seg\w*`;

/** One question: word groups that must all be in the clause, and the broader topics it answers better. */
interface TechPattern {
  question: TechQuestion;
  all: RegExp[];
  /** Question topics (reply-patterns.ts) this question is a narrower case of: "what does the LOS light mean?" is not where the lights are. */
  narrows?: readonly QuestionTopic[];
  /** Words that make it another question: "will that undo the parental filter I set up?" asks about a change. */
  unless?: RegExp;
}

const re = (words: string) => new RegExp(String.raw`(^|[^\p{L}\p{N}])(${words})($|[^\p{L}\p{N}])`, 'u');

const PATTERNS: TechPattern[] = [
  {
    question: 'los_light',
    narrows: ['which_light'],
    all: [
      re(
        String.raw`loss-of-signal|loss of signal|los[- ]?(lamp\w*|ljus\w*|light\w*|led\w*|diod\w*|indikator\w*|symbol\w*)|(rod\w*|red|blinkande|blinking) los`,
      ),
    ],
  },
  {
    question: 'pon_light',
    narrows: ['which_light'],
    all: [
      re(String.raw`pon[- ]?(lamp\w*|ljus\w*|light\w*|led\w*|diod\w*)|pon|gpon`),
      re(String.raw`lamp\w*|light\w*|led\w*|lys\w*|blink\w*|mean\w*|betyd\w*|innebar|what|vad`),
    ],
  },
  {
    question: 'wifi_vs_internet',
    all: [re(WIFI), re(INTERNET), re(SAME_OR_DIFFERENT)],
  },
  {
    question: 'modem_vs_router',
    all: [
      re(String.raw`modem\w*|fiberbox\w*|fiber box|fibre box|mediaomvandlare\w*|media converter`),
      re(String.raw`router\w*`),
      re(SAME_OR_DIFFERENT),
    ],
  },
  {
    question: 'why_restart',
    all: [
      re(RESTART),
      re(
        String.raw`why|how come|varfor|vrf|what does|what will|what would|vad gor|vad hjalper|vad ska|vad skulle|what good|what'?s the point|vad ar poangen|vad ar det for mening|help\w*|hjalp\w*|hjalpa|nytta|mening`,
      ),
    ],
  },
  {
    question: 'restart_devices',
    all: [
      re(RESTART),
      re(
        String.raw`computers?|pc|laptop\w*|mac|macbook|phones?|mobil\w*|telefon\w*|tv|tv:n|tvn|nas|playstation|ps[45]|xbox|consoles?|datorn?|datorer\w*|devices?|enhet\w*|grejer\w*|prylar\w*|ipad\w*|surfplatt\w*|tablet\w*|skrivare\w*|printer\w*`,
      ),
      re(String.raw`need|have to|has to|should|must|do i|do we|behov\w*|maste|ska jag|ska vi|bor jag|bor vi`),
    ],
  },
  {
    question: 'microfilter',
    all: [
      re(
        String.raw`micro-?filt\w*|mikro-?filt\w*|splitter\w*|dsl-?filt\w*|adsl-?filt\w*|telefonfilt\w*|phone filt\w*`,
      ),
    ],
  },
  {
    question: 'microfilter',
    narrows: ['what_splitter'],
    all: [
      re(String.raw`filter|filters|filtret|filtren|filtre?r?`),
      re(
        String.raw`${PHONE}|dsl|adsl|vdsl|line|linjen|jack\w*|uttag\w*|socket\w*|wall|vaggen|bedroom|sovrum\w*|kitchen|kok\w*`,
      ),
    ],
  },
  {
    question: 'microfilter',
    narrows: ['what_splitter'],
    all: [
      re(PHONE),
      re(
        String.raw`another one|one more|each|every|all|one of those|en till|ett till|en sadan|en sån|en san|varje|alla|en egen|ett eget|own`,
      ),
      re(
        String.raw`box\w*|dosa\w*|dosor\w*|plug\w*|koppla\w*|jack\w*|uttag\w*|socket\w*|need|behov\w*|kontakt\w*`,
      ),
    ],
  },
  {
    question: 'static_ip',
    all: [
      re(
        String.raw`(static|fixed|statisk\w*|fast|public|publik\w*|dedicated|egen|own) (ip|ip-?adress\w*|ip-?address\w*|ipv4)|(static|statisk\w*) (adress\w*|address\w*)|cg-?nat`,
      ),
    ],
  },
  {
    question: 'what_ip',
    all: [
      re(
        String.raw`what is an?|what'?s an?|whats an?|what are|what does|vad ar en|vad betyder|vad menas med|explain|forklara`,
      ),
      re(String.raw`ip|ip-?adress\w*|ip-?address\w*|ip address\w*`),
    ],
  },
  {
    question: 'mac_address',
    all: [re(String.raw`mac[- ]?(adress\w*|address\w*|nummer\w*|number)|mac-?adr\w*`)],
  },
  {
    question: 'wps',
    all: [re(String.raw`wps|wps-?knapp\w*|wps-?button\w*`)],
  },
  {
    question: 'upnp',
    all: [re(String.raw`upnp|universal plug and play`)],
  },
  {
    question: 'wifi_speed_normal',
    all: [
      re(WIFI),
      re(String.raw`\d{2,4} ?(mbit\w*|mbps|mb/s|mb|meg\w*)|${SPEED}`),
      re(
        String.raw`ok|okay|okej|normal\w*|enough|good enough|bra nog|rimlig\w*|expected|forvant\w*|should (it|i) (be|get)|ska (det|jag) (vara|fa)|borde (det|jag)|supposed to|realistic\w*|realistisk\w*|slower than|langsammare an|lagre an|lower than|never (get|reach)|aldrig (fa|na)`,
      ),
    ],
  },
  {
    question: 'cable_vs_wifi',
    all: [
      re(
        String.raw`cable\w*|kabel\w*|kabeln|sladd\w*|ethernet|lan-?kabel\w*|natverkskabel\w*|wired|tradbunden`,
      ),
      re(WIFI),
      re(
        String.raw`faster|better|snabbare|battre|stabil\w*|steadier|more stable|difference|skillnad\w*|vs|versus|which is|vilken ar|vilket ar|worth|vart`,
      ),
    ],
  },
  {
    question: 'cable_type',
    all: [
      re(
        String.raw`cat ?5e?|cat ?6a?|cat ?7|cat ?8|ethernet ?cable\w*|network cable\w*|lan cable\w*|natverkskabel\w*|natverkssladd\w*|lan-?kabel\w*|tp-?kabel\w*`,
      ),
      re(
        String.raw`which|what kind|what sort|what type|vilken|vilket|vilka|matter\w*|spelar|good|bra|enough|duger|racker|buy|kopa|kind|sort|typ|type|does it|gor det`,
      ),
    ],
  },
  {
    question: 'alarm_during_outage',
    all: [
      re(
        String.raw`alarm\w*|larm\w*|trygghetslarm\w*|hemlarm\w*|inbrottslarm\w*|brandlarm\w*|security system|ip-?telefon\w*|voip|ip phone\w*|kamera\w*|camera\w*|overvakning\w*`,
      ),
      re(
        String.raw`work\w*|funk\w*|fungera\w*|down|nere|outage\w*|avbrott\w*|avbrottet|storning\w*|without (internet|the internet|connection|net)|utan (internet|natet|nat)|during|under|medan|while|offline|affect\w*|paverka\w*|still|fortfarande`,
      ),
    ],
  },
  {
    question: 'upload_download',
    all: [
      re(String.raw`upload\w*|uppladdning\w*|ladda upp|uppstrom\w*|upstream|uplink`),
      re(
        String.raw`download\w*|nedladdning\w*|ladda ner|ladda ned|nedstrom\w*|downstream|lower|lagre|slower|langsammare|why|varfor|mean\w*|betyd\w*|difference|skillnad\w*`,
      ),
    ],
  },
  {
    question: 'vpn',
    all: [
      re(
        String.raw`vpn\w*|nordvpn|expressvpn|mullvad|wireguard|openvpn|jobbets natverk|work network|remote desktop`,
      ),
      re(
        String.raw`work\w*|funk\w*|fungera\w*|use|anvanda|allowed|tillat\w*|block\w*|can i|kan jag|does|gar det|affect\w*|paverka\w*|slow\w*|still`,
      ),
    ],
  },
  {
    question: 'parental_controls',
    unless: re(
      String.raw`undo\w*|remov\w*|keep\w*|affect\w*|lose|lost|stay\w*|still|kvar|paverka\w*|forsvinn\w*|ta bort|tar bort|aterstall\w*|nollstall\w*|reset\w*|break\w*|efterat|after`,
    ),
    all: [
      re(
        String.raw`parental\w*|foraldrakontroll\w*|foraldra-?kontroll\w*|barnlas\w*|barnspar\w*|block\w* (sites|websites|sidor|webbplatser)|blockera (sajter|sidor)|screen time|skarmtid|kids'? (internet|wifi)|barnens (internet|wifi|natt)`,
      ),
    ],
  },
  {
    question: 'neighbours_on_wifi',
    all: [
      re(
        String.raw`neighbou?r\w*|granne\w*|grannar\w*|grannarna|someone else|somebody else|strangers?|nagon annan|nan annan|obehorig\w*|outsiders?`,
      ),
      re(
        String.raw`use|using|join\w*|steal\w*|snyl\w*|anvand\w*|komma (in|at)|ta sig in|get on|get in|see|se|read|las\w*|access|hack\w*`,
      ),
      re(String.raw`${WIFI}|natverk\w*|network|internet|traffic|trafik\w*`),
    ],
  },
  {
    question: 'hide_network',
    all: [
      re(String.raw`hide|hidden|hiding|dolj\w*|dold\w*|gomm\w*|gom|osynlig\w*|invisible`),
      re(String.raw`${WIFI}|natverk\w*|network|ssid`),
    ],
  },
  {
    question: 'what_ssid',
    all: [re(String.raw`ssid\w*`), re(String.raw`what|vad|mean\w*|betyd\w*|innebar|ar det`)],
  },
  {
    question: 'router_off_at_night',
    all: [
      re(
        String.raw`turn\w* (it |the router |the box |the modem )?off|switch\w* (it |the router |the box |the modem )?off|unplug\w*|stang\w* av|sla\w* av|stanga av|dra ur`,
      ),
      re(
        String.raw`night\w*|natt\w*|nights|vacation|holiday|semester\w*|away|borta|bortrest\w*|resa|travel\w*|when (we|i) (sleep|leave)|nar (vi|jag) (sover|aker)|save power|save energy|spara (el|strom|energi)`,
      ),
      re(
        String.raw`can i|can we|should i|should we|is it ok|ok to|okay to|is it bad|bad to|kan jag|kan vi|ska jag|ska vi|bor jag|bor vi|gor det (nat|nagot)|ar det dumt|ar det ok|far jag|gar det bra|spelar det`,
      ),
    ],
  },
  {
    question: 'router_warm',
    all: [re(String.raw`warm|hot|varm\w*|het|hett|overheat\w*|overhett\w*|heats? up|blir varm`), re(ROUTER)],
  },
  {
    question: 'power_cut',
    all: [
      re(
        String.raw`power cut|power outage|power failure|blackout|stromavbrott\w*|stromlos\w*|stromen (gick|var borta|forsvann)|elavbrott\w*|strombortfall\w*|the power (went|was) (out|off)`,
      ),
    ],
  },
  {
    question: 'how_many_devices',
    all: [
      re(String.raw`how many|hur manga|max\w* (number of|antal)|limit (on|to) (the )?(number of )?|antal`),
      re(String.raw`devices?|enheter\w*|enhet|prylar\w*|grejer\w*|units|telefoner|phones|computers|datorer`),
      re(
        String.raw`can|could|kan|klarar|handle\w*|support\w*|at once|at the same time|samtidigt|allowed|far (man|jag|vi)|max\w*|limit`,
      ),
    ],
  },
  {
    question: 'dsl_distance',
    all: [
      re(
        String.raw`dsl|adsl|vdsl|koppar\w*|copper|telefonlinj\w*|phone line|telefonstation\w*|exchange|korskoppling\w*`,
      ),
      re(String.raw`${SPEED}|distance|avstand\w*|far|langt`),
      re(String.raw`${WHY_OR_WHAT}|beror|depend\w*|matter\w*|spelar`),
    ],
  },
  {
    question: 'snr',
    all: [
      re(
        String.raw`snr|signal-?to-?noise|signal to noise|noise margin|signal-?brus\w*|brus pa linjen|noise on the line|line noise|storningar pa linjen`,
      ),
      re(String.raw`${WHY_OR_WHAT}|mean\w*|betyd\w*|innebar|cause\w*|orsak\w*|beror|is it|ar det`),
    ],
  },
  {
    question: 'fibre_cable_care',
    all: [
      re(String.raw`fiber\w*|fibre\w*|optical|optisk\w*|ljusledare\w*`),
      re(String.raw`cable\w*|kabel\w*|kabeln|sladd\w*|cord|box\w*|dosa\w*|uttag\w*|kontakt\w*|connector\w*`),
      re(
        String.raw`bend\w*|bent|boj\w*|vik\w*|touch\w*|rora|ror|move|moving|flytta\w*|unplug\w*|dra ur|pull|clean\w*|rengor\w*|torka|careful\w*|forsiktig\w*|damage\w*|skada\w*|look into|titta in|dangerous|farlig\w*|safe|saker\w*`,
      ),
    ],
  },
  {
    question: 'slow_in_evening',
    all: [
      re(
        String.raw`evening\w*|kvall\w*|kvallar\w*|kvallarna|nights?|natt\w*|after (work|dinner|school)|efter middagen|rush hour|peak`,
      ),
      re(String.raw`${SPEED}|buffer\w*|lag|lagg\w*|laggy|hackar|hackig\w*`),
      re(String.raw`why|how come|varfor|vrf|vad beror|what causes|vad ar det som|normal\w*|is it|ar det`),
    ],
  },
  {
    question: 'what_firmware',
    all: [
      re(String.raw`firmware\w*|fast ?programvara\w*|mjukvara\w*|programvara\w*`),
      re(String.raw`what is|what'?s|whats|what does|vad ar|vad betyder|vad innebar|mean\w*|explain|forklara`),
    ],
  },
  {
    question: 'bridge_mode',
    all: [re(String.raw`bridge ?mode|bridged|brygglage\w*|brygg-?lage\w*|bryggat|bridge`)],
  },
];

/** `LOS` in capitals is the fibre light; folded, it would be the Swedish "lös" (loose). */
function prepared(clause: string): string {
  return String(clause ?? '')
    .slice(0, 600)
    .replace(/\bLOS\b/g, 'loss-of-signal')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’`´]/g, "'")
    .replace(/\s+/g, ' ');
}

/** The first pattern (the narrower ones stand first) whose word groups all match `clause`, or null. */
export function techMatchOf(
  clause: string,
): { question: TechQuestion; narrows: readonly QuestionTopic[] } | null {
  const text = prepared(clause);
  const p = PATTERNS.find((x) => x.all.every((r) => r.test(text)) && !x.unless?.test(text));
  return p ? { question: p.question, narrows: p.narrows ?? [] } : null;
}

/** The general question `clause` asks, or null. */
export function techQuestionOf(clause: string): TechQuestion | null {
  return techMatchOf(clause)?.question ?? null;
}
