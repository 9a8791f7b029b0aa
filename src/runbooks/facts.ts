// Facts the customer already told us in free text, so the runbook never asks for them again.
import { ADMIN_PASSWORD_WORDS, voicesIntruderWorry } from './hack-talk.js';
import { ONE_DEVICE } from './one-device.js';
import { asksTvCableOnly } from './tv-cable-question.js';
import { availabilityAsked } from '../triage/availability-question.js';
import { purchaseWish } from '../triage/purchase-wish.js';
import { asksFiveGhzOwnName } from '../triage/five-ghz-name.js';
import { HOUSE_MOVE } from '../triage/house-move.js';
import { withoutMailFooters } from '../triage/mail-footer.js';
import { stripQuotedAndSignature } from '../triage/normalize.js';
import type { Facts } from './types.js';

const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

/** Their own subscription, router or customer number named: a customer already. */
const OWN_SERVICE_NAMED =
  /\b(mitt|mina|vart|vara|my|our) (nuvarande |current )?(abonnemang|avtal|subscription|contract|plan|router|bredband|broadband|fib\w*|internet|uppkoppling|connection)\b|\b(kundnummer|customer number|account number)\b/;
/** "har ni fiber där", "can we order broadband from you", "looking to switch provider". */
const DELIVERY_ASKED =
  /\b(har ni (fiber|bredband)\w* (dar|i|pa)|kan (man|vi|jag) (fa|bestalla|skaffa) (fiber|bredband|internet)\w* (hos|fran|av) er|do you (have|offer|deliver) (fib\w*|broadband|internet) (at|in|to|there)|can (i|we) (get|order) (fib\w*|broadband|internet) (from|with) you|looking to switch provider)\b/;

/**
 * A port opened in any form of the verb, with at most a few words between ("hur öppnar jag en port",
 * "opening some ports", "få porten öppnad"): never a socket of the router itself ("the ethernet port").
 */
const PORT_OPENED =
  /\b(oppna|oppnar|oppnas|oppnat|oppnade|open|opens|opening|opened)\b(?: (?!(?:lan|wan|ethernet|usb|natverks|network|fiber|fibre)\b)[\w'-]+){0,3} (ports?|portar|porten|portarna)\b|(?<!(?:lan|wan|ethernet|usb|natverks|network|fiber|fibre)[ -]?)\b(ports?|portar|porten|portarna) (\w+ )?(oppnad\w*|oppnat|oppnas|opened)\b/;

const RULES: { test: { test(t: string): boolean }; apply: (f: Facts) => void }[] = [
  {
    test: /\b(not|haven'?t|have not|didn'?t|did not|inte|ej|aldrig)\b[^.?!]{0,25}\b(restart|reboot|startat om|startade om|power.?cycle)/,
    apply: (f) => (f.restarted = false),
  },
  {
    test: /\b(i (have |already |just )?(restarted|rebooted|power.?cycled)|(already|tried) (restarting|rebooting|restarted|rebooted)|turned it off and on|(har|jag) (redan |just |)?(startat|startade) om|dragit ur (sladden|kontakten|stromsladden)|omstart hjalpte inte|startat om (routern|modemet|den)|restarted the (router|modem)|\b(restarted|rebooted|power.?cycled|startat om|startade om)\b[^.?!]{0,25}\b(already|twice|(\d+|two|three|several|a few|multiple|many) times|redan|(tva|tre|flera|manga|\d+) ganger))/,
    apply: (f) => {
      if (f.restarted === undefined) f.restarted = true;
    },
  },
  {
    test: /((med|via|pa|over) (natverks)?kabel[^.?!]{0,20}(gar|fungerar|funkar)[^.?!]{0,12}(bra|fint|utmarkt|perfekt|som det ska)|(wired|ethernet|cable|lan)[^.?!]{0,25}(works|is fine|is ok|works fine|is perfect|gets full speed))/,
    apply: (f) => (f.wiredOk = true),
  },
  {
    test: /\b(on (the )?wi-?fi|over wi-?fi|via wi-?fi|wirelessly|tradlost|pa wi-?fi|over wifi)\b/,
    apply: (f) => (f.connection ??= 'wifi'),
  },
  {
    test: /\b(pc is wired|is wired|wired connection|via (a )?cable|with (a |an )?(ethernet )?cable|natverkskabel|via kabel|med kabel|kabelansluten)\b/,
    apply: (f) => {
      if (f.wiredOk === undefined) f.connection ??= 'cable';
    },
  },
  {
    test: /\b(bridge|brygg|bryggl[a-z]*|static ip|fast ip|statisk ip|ipv6|dmz|vlan)\b/,
    apply: (f) => (f.bridgeMode = true),
  },
  {
    test: /(port.?forward|portvidarebefordr|port.?oppning|\b(a|the|some) ports? (open|opened)\b|\boppen port|forward (a |the )?port|vidarebefordra|\b(open|oppna|forward)\b[^.?!]{0,20}\b\d{2,5}\b|\b\d{2,5}\b[^.?!]{0,12}\bforwarded\b|\bport \d{2,5}\b|(na|nas|komma at)[^.?!]{0,25}utifran|(reach|access)[^.?!]{0,25}from outside|\b(strict|moderate|strikt)\b[^.?!]{0,15}\bnat\b|\bnat\b[^.?!]{0,15}\b(strict|moderate|strikt|type 3|typ 3)\b|\b(remote access|fjarratkomst)\b|\bnat[- ]?(rule|rules|regel|regler|regeln|mapping|entry)\b|\b(tcp|udp)\s*(port\s*)?\d{2,5}\b|\bexpose\b[^.?!]{0,20}\bport)/,
    // "warzone says NAT type strict", "plex fjärråtkomst når inte servern": a port forward is what helps.
    apply: (f) => (f.portForwardRequested = true),
  },
  {
    // "hur öppnar jag en port?", "how do I open a port for my game server?", "öppna portar i routern".
    test: PORT_OPENED,
    apply: (f) => (f.portForwardRequested = true),
  },
  {
    test: /(\bssid\b|\brename\b[^.?!]{0,15}\b(wi-?fi|network|wlan)\b|(rename|change|new)[^.?!]{0,25}\b(wi-?fi|network|wlan)('s)? name|(wi-?fi|network|wlan) name|wifi-?namn|natverksnamn|namn(et)? pa (mitt |vart )?(wi-?fi|natverk|wlan)|byt[a-z]* (garna |bara |ocksa |snalla )?namn|call (it|the (wi-?fi|network))\b|\bname (of|on) (my |the |our )?(wi-?fi|network|wlan)\b|\bdop(a|er|te)? om\b[^.?!]{0,20}(wi-?fi|natverk|natet|wlan)|(wi-?fi|natverk|wlan)[^.?!]{0,20}\bdop(a|er|as)? om\b|(what|how) (my|the|our) (wi-?fi|network) is called|(wi-?fi|natverk)\S* (ska )?heta\b|(wi-?fi|network|natverk|wlan)\S*( \w+){0,5} (a |an |ett |en )?(\w+ )?(name|namn)\b|(wi-?fi|network|natverk|wlan)\S*[^.?!]{0,40}\b(renam\w*|dop\w* om)\b|(^|[.!?]\s*|\b(what about|how about|and|och|men|halla|hallo|hello|hey|hej)\s+)(the )?(namnet|name)( da| then| now)?\s*\?)/,
    // ("hallå namnet då? Nilssons", "what about the name?": the network's name asked after, round 34 a#7.)
    apply: (f) => (f.ssidRename = true),
  },
  {
    // "routers with default passwords get hacked. is mine still on the factory one?" is the admin password request.
    test: { test: voicesIntruderWorry },
    apply: (f) => (f.securityWorry = true),
  },
  {
    // "grannen snor mitt wifi och kommer åt routern", "someone is getting into our router": an intruder, not a fault.
    // (Someone only using the Wi-Fi — "grannen snyltar på vårt wifi" — is a freeloader below: a new key, no break-in.)
    test: /\b(snor|snyltar|snyltar pa|stjal\w*|steal\w*|stole|leech\w*|piggyback\w*)\b[^.?!]{0,25}\brouter\w*|\b(nagon|nan|grannen|grannarna|someone|somebody|my neighbou?rs?|the neighbou?rs?|a stranger|strangers)\b[^.?!]{0,45}\b(kommer at|komma at|tagit sig in|tar sig in|got into|gets into|getting into|logged into|logging into|has access to|have access to|accessing)\b[^.?!]{0,15}\b(router\w*|natverk\w*|network|wi-?fi)/,
    apply: (f) => (f.securityWorry = true),
  },
  {
    // "i think the neighbours kid might be using it" (the Wi-Fi named in the message), "grannens barn
    // använder nog vårt wifi": someone else on the customer's own network is an intruder, not a fault.
    test: { test: voicesFreeloader },
    apply: (f) => (f.wifiFreeloader = true),
  },
  {
    test: ADMIN_PASSWORD_WORDS,
    apply: (f) => (f.adminPasswordRequested = true),
  },
  {
    // ("pasword", "passwrd", "losenrd": typed in a hurry.)
    test: /(wi-?fi|wlan|tradlos|wireless|natverk)[^.?!]{0,20}(pass?wo?r?d|losen\w*|key|nyckel|kod|code)|(pass?wo?r?d|losen\w*|nyckel|kod|code)[^.?!]{0,20}(wi-?fi|wlan|tradlos|wireless)/,
    apply: (f) => (f.wifiPasswordMentioned = true),
  },
  {
    test: /(factory.?reset|fabriks(aterst|installn)|aterstall[a-z]* (till )?fabrik)/,
    apply: (f) => (f.wantsFactoryReset = true),
  },
  {
    test: /(\bnot (yet )?(a )?customers?\b|\bnot with you( yet)?\b|\binte (annu )?kund(er)?\b|\binte (kund )?hos er\b|\bny kund|\bnew customer|become a customer|\bbli kund|\bsign up\b|teckna (ett )?(nytt )?abonnemang|skaffa (bredband|fiber|internet)|nyinflyttad|just moved in|\b(ingen|inget|inte (nagot|ett)) (avtal|abonnemang|kontrakt) (med|hos) er\b|\b(no|don'?t have (a|an|any)|do not have (a|an|any)) (contract|subscription|account) with you\b|\b(vill|skulle vilja) (ha|bestalla|skaffa) (bredband|fiber|internet) (fran|av|hos) er\b)/,
    apply: (f) => (f.notCustomer = true),
  },
  {
    // "vi flyttar till sundbyberg och vill ha bredband, har ni fiber där?", "can i get fiber from you?",
    // "fiber hisingen?": asking whether we deliver, with nothing of their own subscription named, is someone
    // not a customer yet.
    test: { test: (t) => !OWN_SERVICE_NAMED.test(t) && (DELIVERY_ASKED.test(t) || availabilityAsked(t)) },
    apply: (f) => (f.notCustomer = true),
  },
  {
    test: /\b(upgrad\w*|uppgrader\w*|downgrad\w*|nedgrader\w*|cancel\w*|sag(a|er) upp|avsluta (mitt|mina|abonnemang\w*|avtal\w*)|(my|our|mitt|min|vart) (current |nuvarande )?(plan|subscription|contract|package|abonnemang|avtal|paket)|(switch|change|go|move) (up |down )?to (a |the )?(faster|cheaper|slower|higher|lower|bigger|smaller)|(byta|ga (upp|ner)) till (en |ett )?(snabbare|billigare|langsammare|hogre|lagre|storre|mindre))\b/,
    apply: (f) => (f.ownSubscription = true),
  },
  {
    // "vi ska flytta till malmö, kan jag ta med internet dit?", "we're moving house in march": a move.
    test: HOUSE_MOVE,
    apply: (f) => (f.houseMove = true),
  },
  {
    // Cancelling the subscription, not a visit or an order ("cancel the technician" is no cancellation).
    test: /\b(cancel(l?ing|l?ation|s|l?ed)?|terminat(e|ing|ion))\b(?! (the |my |our |this |that )?(visit|technician|tech|appointment|booking|order|request|case|ticket|payment|upgrade))|\bsag(a|er) upp\b(?! (besoket|besok|teknikerbesok|bokning\w*|tiden))|\buppsagning\w*|\bavsluta (mitt|mina|vart|abonnemang\w*|avtal\w*)/,
    apply: (f) => (f.cancellation = true),
  },
  {
    // "I want a new router, even if I pay", "kan jag köpa en nyare modell av er?": equipment sales sells.
    test: { test: purchaseWish },
    apply: (f) => (f.equipmentWish = true),
  },
  {
    // Where the device is compared with the router, said in passing ("the bedroom is at the other end of the flat").
    test: /\b(other end of|another (room|floor)|upstairs|downstairs|in the basement|far (from|away from) the router|pa (overvaningen|ovanvaningen|andra vaningen)|i (kallaren|andra anden)|annan vaning|langst bort|langt (fran|bort fran) routern)\b/,
    apply: (f) => (f.wifiLocation ??= 'far'),
  },
  {
    // "only her laptop, my phone is fine", "bara hennes dator, allt annat funkar": one device, not the network.
    test: ONE_DEVICE,
    apply: (f) => (f.oneDevice = true),
  },
  {
    test: /\b(no lights?|all (the )?lights (are )?off|none of the lights|inga lampor|ingen lampa|alla lampor (ar )?slackta|lamporna ar slackta)\b/,
    apply: (f) => (f.lightsAllOff = true),
  },
];

/** Services this desk does not support; a message about Wi-Fi or the router is ours whatever else it names. */
const OTHER_SERVICES: [NonNullable<Facts['otherService']>, RegExp][] = [
  // The TV service itself, not the TV as a place ("since we cleaned behind the TV").
  [
    'tv',
    /\b(kabel-?tv\w*|cable[- ]?tv|tv(-?n|:n)?|teven|the tv|my tv)\b[^.?!]{0,30}\b(svart|black|ingen bild|no picture|dead|dod|nere|down|borta|gone)\b|\b(tv[- ]?(box\w*|kanal\w*|paket\w*|tjanst\w*|abonnemang\w*|bild\w*)|iptv|set-?top\w*|digitalbox\w*|(tv |sports? |movie |film )?channels|(\w*)kanaler(na)?|kanalpaket\w*|channel packages?|tv (signal|picture|guide|package|service|subscription))\b|\btv(-?n|:n)? (funkar|fungerar|hackar|fryser|laggar|visar|har)\b|\b(my|the|our) tv (doesn'?t|does not|isn'?t|is not|won'?t|keeps|has|shows|freezes|stopped)\b|\b(har|visar|funkar|fungerar) (tv(-?n|:n)?|teven) (ingen|inga|inte|bara)\b|\b(tv(-?n|:n)?|teven) (ar|e) (svart|mork|trasig|dod)\b|\b(ingen bild|inga kanaler) (pa|i) (tv(-?n|:n)?|teven)\b/,
  ],
  [
    'mobile',
    /\b(mobilabonnemang\w*|mobile (plan|subscription|phone|data)|e-?sim\w*|sim-?kort\w*|sim card|surfmangd\w*|roaming|mobildata\w*|mobilsurf\w*|min mobil(telefon)?|my (cell|mobile)( ?phone)?)\b/,
  ],
  [
    'email',
    /\b(e-?post\w*|e-?mail (account|address|hosting|inbox)|mail(konto|box|adress)\w*|webmail|mejl(adress|konto)\w*)\b|\b(e-?mails?|mejl\w*|mail(en|et|s)?)\b[^.?!]{0,40}\b(receive|arrive|inbox|address|adress|ta emot|kommer (inte )?fram)\b|\b(receive|ta emot|fa)\b[^.?!]{0,20}\b(e-?mails?|mejl\w*|mail)\b/,
  ],
];
const OURS = /(wi-?fi|wlan|tradlos|router|modem|bredband|broadband|fiber|fibre)/;
/**
 * "Internet is down since this morning … can you give me extra mobile data meanwhile?": the home internet
 * named with its trouble is ours, whatever other service the message also asks about; the mobile's own
 * internet ("mobilt internet", "my phone's internet") is not.
 */
const NOT_MOBILE = String.raw`(?<!\b(mobil[et]?|mobile|cell(ular)?|phones?'?s?|telefon(en)?s?|[45]g) )`;
const INTERNET_TROUBLE = new RegExp(
  String.raw`${NOT_MOBILE}\b(internet|internetet|natet|uppkoppling\w*)\b[^.?!,]{0,30}\b(is |has been |har varit |ar )?(down|nere|ligger nere|out|not working|doesn'?t work|does not work|stopped|funkar inte|fungerar inte|gone|borta|dead|slow|seg\w*|langsam\w*|keeps dropping|tappar|bryts)\b|\b(no|inget|ingen|utan)\b ${NOT_MOBILE}(internet|uppkoppling)\b`,
);
/** "bredbandet hemma vet jag inget om", "the broadband is fine": our service named only to set it aside. */
const SET_ASIDE =
  /\b(vet (jag )?(inget|ingenting|inte)|(don'?t|do not) know|no idea|ingen aning|not about|galler inte|har ingen fraga|nothing to do with)\b/;
/** "I have both broadband and a mobile subscription with you": our service only said to be had. */
const HAD =
  /\b(i|we|jag|vi) (have|has|got|har|hade) (both |bade )?(\w+ )?(broadband|bredband\w*|fiber|fibre|internet)\b[^.?!]{0,40}\b(with you|from you|hos er|hos dig|fran er|av er|and|och)\b/;
const FINE =
  /\b(fine|ok|okay|works?|working|no (problems?|issues?|faults?)|nothing (wrong|the matter)|funkar|fungerar|bra|inga problem|inget (problem|fel)|ingenting fel|utan problem)\b/;
/** A fault said in the same sentence ("works but slow", "funkar inte"): ours after all. */
const NOT =
  /\b(inte|not|ej|aldrig|no longer|slutat|doesn'?t|don'?t|isn'?t|won'?t|can'?t|cannot|aren'?t|wasn'?t|didn'?t|stopped|but|men|slow|seg\w*|langsam\w*|drops?|dropping|tappar|weak|svag\w*)\b/;

/**
 * "påverkar det mitt bredband?", "should i restart the router?", "är det routern?": our service only asked about, as what the
 * other service's change might touch or what the customer might try — no problem of ours told.
 */
const ONLY_ASKED =
  /\b((should|shall|must|do|can|could) (i|we) (\w+ )?(to )?(restart|reboot|turn off)|(ska|bor|maste|behover) (jag|vi) (\w+ )?(starta om|stanga av)|(will|does|would|could|can) (it|that|this|the change) (\w+ )?(affect|impact)|paverkar (det|detta|den)|paverkas|(is|will|would) (my|the) (internet|broadband|wi-?fi|router) (\w+ )?(be )?affected|(ar|e|kan) (det|den) (\w+ )?(vara )?(routern|modemet)|(is|could|can|might) (it|this|that) (\w+ )?(be )?(the |my )?(router|modem))\b/;
/** A fault told beside the question ("my router keeps restarting, should i restart it again?"): ours. */
const TOLD_FAULT =
  /\b(keeps?|hela tiden|all the time|constantly|broken|trasig\w*|dead|died|restarting|startar om sig|down|nere|drops?|dropping)\b/;

/** Our service is named as something with a problem, not only set aside or said to be fine. */
function namesOurs(t: string, internetOurs = true): boolean {
  return (t.match(/[^.!?\n;]+[.!?\n;]*/g) ?? []).some(
    (s) =>
      (internetOurs && INTERNET_TROUBLE.test(s)) ||
      (OURS.test(s) &&
        !SET_ASIDE.test(s) &&
        !(FINE.test(s) && !NOT.test(s)) &&
        !(HAD.test(s) && !NOT.test(s)) &&
        !(s.includes('?') && ONLY_ASKED.test(s) && !NOT.test(s) && !TOLD_FAULT.test(s))),
  );
}

/** Adds what `text` reveals to `facts` (never overwrites an answer the customer gave to a question). */
/**
 * "kan man ta med internet dit eller måste man säga upp?", "do we have to cancel or can we keep it?":
 * the cancellation only wondered about, as the other way of a move.
 */
const CANCEL_WONDERED =
  /\b((maste|behover|ska|bor|borde|skall) (man|vi|jag) (\w+ )?(saga|sag) upp|(saga|sag) upp\b[^.?!]{0,40}\beller\b|\beller\b[^.?!]{0,30}\b(saga|sag) upp|(do|should|must|would|shall) (i|we|you) (\w+ ){0,2}cancel\w*|cancel\w*\b[^.?!]{0,40}\bor\b|\bor\b[^.?!]{0,30}\bcancel\w*)/;
/** "vill säga upp", "i want to cancel", "please cancel": the cancellation decided. */
const CANCEL_DECIDED =
  /\b(vill|want|wanna|please|snalla|would like|'?d like|going to|gonna|tank(er|te) (att )?)\b[^.?!,]{0,20}\b(saga upp|cancel\w*)/;

/** Someone else (a neighbour, their kid, a stranger) using the customer's own Wi-Fi. */
const FREELOADER =
  /\b(snor|snyltar|snyltar pa|stjal\w*|steal\w*|stole|leech\w*|piggyback\w*|freeload\w*)\b[^.?!]{0,25}\b(wi-?fi\w*|wlan|internet|natet|natverket|bredband\w*|broadband)\b|\b(neighbou?r\w*|grann\w*|someone( else)?|somebody( else)?|some ?one( else)?|strangers?|nagon( annan)?|nan( annan)?|nagon obehorig|obehoriga)\b[^.?!]{0,25}\b(using|uses|use|used|anvander|anvande|anvant|utnyttjar|ar (inne )?pa|inne pa|sitter pa)\b (it|(my|our|mitt|min|vart|var) (wi-?fi|wifit|wlan|network|natet|natverket|internet|router|routern|bredband))\b/;
/** "it" is the Wi-Fi only when the message names it. */
const WIFI_NAMED = /\b(wi-?fi\w*|wlan|tradlos\w*|wireless|natverk\w*|network)\b/;

function voicesFreeloader(t: string): boolean {
  const m = FREELOADER.exec(t);
  if (!m) return false;
  return !/ it$/.test(m[0]) || WIFI_NAMED.test(t);
}

/**
 * "will changing it mess up my port forwards?", "försvinner mina portöppningar?": port forwards the customer
 * already has, asked about — not a new one asked for.
 */
const FORWARDS_ASKED_ABOUT =
  /\b(mess (up|with)|break\w*|lose|losing|affect\w*|reset|wipe\w*|remove\w*|delete\w*|ruin\w*|touch\w*|paverka\w*|forsvinn\w*|tappa\w*|forlora\w*|sabba\w*|nollstall\w*|radera\w*)\b[^.?!]{0,30}\b(port.?forward\w*|portoppning\w*|portvidarebefordr\w*|forwarded ports)|\b(port.?forward\w*|portoppning\w*|portvidarebefordr\w*)\b[^.?!]{0,30}\b(still work\w*|survive|stay|be kept|remain|finnas kvar|ligga kvar|forsvinn\w*|paverkas|be affected|get affected|break)\b/;
/** A port forward asked for outright: a port number, or "open/forward a port". */
const FORWARD_ASKED_FOR = new RegExp(
  `${PORT_OPENED.source}|${/\b(open|oppna|forward|vidarebefordra)\b[^.?!]{0,20}\b(port|\d{2,5})|\bport \d{2,5}\b|\b(tcp|udp)\s*\d{2,5}\b/.source}`,
);

/**
 * "Will the network name and password be the same as before?", "heter nätverket samma sen?": whether the name
 * stays, asked about — no rename asked for.
 */
const NAME_KEPT_ASKED =
  /\b(name|names|namn|namnet|heter|called)\b[^.?!]{0,40}\b(be|stay|stays|remain|remains|kept|keep|the same|same as|unchanged|samma|likadan\w*|kvar)\b[^.!]{0,120}\?|\b(will|does|would) (the |my |our )?(wi-?fi |network )?name (\w+ )?change\b[^.!]{0,60}\?|\b(andras|byts) (namnet|natverksnamnet)\b[^.!]{0,60}\?|\b(same|samma) (wi-?fi |network |natverks)?(name|namn)\b[^.!]{0,40}\?/;
/**
 * "do I need a static ip from you too?", "behöver jag fast ip?": whether it is needed, asked beside a port
 * forward — not a request for it (which is second line's).
 */
const BEYOND_WORD = String.raw`(static ip|fast ip|statisk ip|fixed ip|public ip|bridge\w*|brygg\w*|dmz|ipv6)`;
const BEYOND_ASKED_IF_NEEDED = new RegExp(
  String.raw`\b((do|will|would|should|must) (i|we) (\w+ )?(need|have to have|have to get|get)|(behover|maste|ska|bor) (jag|vi)( (ha|skaffa|fa))?)\b[^.?!]{0,30}\b${BEYOND_WORD}[^.!]{0,40}\?`,
);
/** Asked for in so many words: "can you set up bridge mode", "I want a static IP". */
const BEYOND_ASKED_FOR = new RegExp(
  String.raw`\b(can you|could you|please|i want|i'?d like|i would like|kan ni|kan du|jag vill ha|vi vill ha|satt upp|aktivera|enable|activate|turn on|switch to)\b[^.?!]{0,30}\b${BEYOND_WORD}`,
);

/** A rename asked for in so many words. */
const RENAME_VERB =
  /\b(rename|renaming|change it|byt\w* det|change (the|my|our) (wi-?fi |network )?name|new name|byt\w* namn|dop\w* om|ska heta|vill att (det|natet|wifit) heter|call it)\b/;

export function learnFacts(facts: Facts, text: string): Facts {
  const t = fold(text);
  const next: Facts = { ...facts };
  for (const r of RULES) if (r.test.test(t)) r.apply(next);
  if (!facts.ssidRename && NAME_KEPT_ASKED.test(t) && !RENAME_VERB.test(t)) delete next.ssidRename;
  // "give the 5 GHz network its own name": the 5 GHz band named on its own, not the whole network renamed.
  if (asksFiveGhzOwnName(text)) {
    next.fiveGhzOwnName = true;
    if (!facts.ssidRename) {
      delete next.ssidRename;
      delete next.wifiName;
    }
  }
  if (!facts.bridgeMode && BEYOND_ASKED_IF_NEEDED.test(t) && !BEYOND_ASKED_FOR.test(t))
    delete next.bridgeMode;
  if (!facts.portForwardRequested && FORWARDS_ASKED_ABOUT.test(t) && !FORWARD_ASKED_FOR.test(t))
    delete next.portForwardRequested;
  // A move with the cancellation only wondered about is a question about moving, not a cancellation.
  if (
    next.houseMove &&
    next.cancellation &&
    !facts.cancellation &&
    CANCEL_WONDERED.test(t) &&
    !CANCEL_DECIDED.test(t)
  ) {
    delete next.cancellation;
    next.cancelWondered = true;
  }
  return next;
}

/**
 * The opening's request for a service this desk does not support, if that is what it is about. With
 * `internetOurs` false (a question clause read on its own), the home internet's trouble told in the same
 * clause does not make it ours: "internet ligger nere, kan jag få extra surfmängd?" asks about mobile.
 */
export function otherServiceOf(text: string, internetOurs = true): Facts['otherService'] {
  // "Skickat från E-post för Windows", "Mvh Johan / E-post: johan@…": the mail program's footer, the signature
  // and quoted lines are not what the customer asks about.
  const t = fold(withoutMailFooters(stripQuotedAndSignature(text)));
  if (namesOurs(t, internetOurs)) return undefined;
  const found = OTHER_SERVICES.find(([, re]) => re.test(t))?.[0];
  if (found === 'tv' && asksTvCableOnly(t)) return undefined;
  // "nu är tv:n och min mobil uppkopplade", "my phone is on the wifi again": the phone named as one of the home's
  // devices (on the Wi-Fi, beside another device) is no question about the mobile service.
  if (found === 'mobile' && onlyPhoneAsDevice(t)) return undefined;
  // "månadsfaktura via e-post istället för papper", "the bills to my e-mail address": how the invoice
  // is sent is billing's, never the e-mail service.
  if (found === 'email' && t.split(/[.!?\n;]+/).some((s) => INVOICE_WORD.test(s) && MAIL_WORD.test(s)))
    return undefined;
  // "who will answer me? By e-mail to this address?", "svarar de på mejl till den här adressen?": how the answer
  // reaches the customer, never the e-mail service.
  if (
    found === 'email' &&
    t.split(/[.!?\n;]+/).every((s) => !MAIL_SERVICE_WORD.test(s) || ANSWER_BY_MAIL.test(s))
  )
    return undefined;
  return found;
}

/** The answer to the customer sent by e-mail, or to this address (folded). */
const ANSWER_BY_MAIL =
  /^(?![^.?!]*\b(receiv\w*|inbox|ta emot|kommer (inte )?fram|account|konto\w*|hosting|webmail|spam|outlook|gmail|password|losen\w*|set ?up|satta upp)\b)[^.?!]*(\b(by|via|per|through|over|pa|med|i ett) (e-?mail|mail|mejl|e-?post)\b|\b(this|that|the same|den har|denna|samma) (e-?mail |mejl|mail)?(address|adress)\b)/;
/** A sentence that names e-mail at all (folded). */
const MAIL_SERVICE_WORD = /\b(e-?post\w*|e-?mails?|mejl\w*|mail\w*)\b/;

/** The mobile service in its own words (a plan, data, a SIM, roaming), not the phone as a device. */
const MOBILE_SERVICE =
  /\b(mobilabonnemang\w*|mobile (plan|subscription|data)|e-?sim\w*|sim-?kort\w*|sim card|surfmangd\w*|roaming|mobildata\w*|mobilsurf\w*|mobilt (bredband|internet)|mobile (broadband|internet)|tackning|coverage|samtal|calls?|sms|text messages?|operator\w*|mobiloperator\w*)\b/;
/** The phone named as a device ("min mobil", "my mobile phone"). */
const PHONE_AS_DEVICE = /\b(min mobil(telefon)?|my (cell|mobile)( ?phone)?|mobile phone)\b/;
/** What is told of a home device: on the Wi-Fi or connected, or named beside the other devices of the home. */
const DEVICE_REPORT =
  /\b(uppkopplad\w*|ansluten|anslutna|ansl[oö]t\w*|inne|online|connected|on the wi-?fi|pa wifi\w*|pa (natet|natverket)|wi-?fi\w*|wlan|natverk\w*|network|losen\w*|password|nyckel\w*|tv(-?n|:n)?|teven|dator\w*|laptop\w*|ipad\w*|surfplatt\w*|skrivare\w*|printer|tablet|computer)\b/;

/** Every sentence naming the mobile phone names it as a home device, and none names the mobile service. */
function onlyPhoneAsDevice(t: string): boolean {
  if (MOBILE_SERVICE.test(t)) return false;
  const named = (t.match(/[^.!?\n;]+[.!?\n;]*/g) ?? []).filter((s) => PHONE_AS_DEVICE.test(s));
  return named.length > 0 && named.every((s) => DEVICE_REPORT.test(s.replace(PHONE_AS_DEVICE, ' ')));
}

/** An invoice, a bill, or paper post (folded). */
const INVOICE_WORD = /\b(\w*faktur\w*|e-?invoices?|invoices?|bills?|billing|rakning\w*|papper\w*|paper)\b/;
/** E-mail in any spelling (folded). */
const MAIL_WORD = /\b(e-?post\w*|e-?mails?|mejl\w*|mail\w*)\b/;
