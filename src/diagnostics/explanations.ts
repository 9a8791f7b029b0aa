// Customer-facing explanations per finding code, in Swedish and English: what it means for the
// customer, in plain words. Values from the evidence are interpolated where they help; the portal's
// name and the time zone are the operator's (CustomerWords).
import { DEFAULT_CUSTOMER_WORDS, formatLocalTime, type CustomerWords } from '../domain/index.js';
import * as C from './codes.js';

type Values = Record<string, unknown>;
type Explain = (v: Values, w: CustomerWords) => { sv: string; en: string };

const fixed =
  (sv: string, en: string): Explain =>
  () => ({ sv, en });

const EXPLANATIONS: Record<string, Explain> = {
  [C.ACCOUNT_OK]: fixed('Ditt abonnemang är aktivt.', 'Your subscription is active.'),
  [C.ACCOUNT_SUSPENDED]: fixed(
    'Ditt abonnemang är pausat på grund av en obetald faktura, därför är internet avstängt.',
    'Your subscription is paused because of an unpaid invoice, which is why the internet is switched off.',
  ),
  [C.INCIDENT_NONE]: fixed(
    'Vi har inga kända störningar i ditt område just nu.',
    'We have no known outages in your area right now.',
  ),
  [C.INCIDENT_AREA_OUTAGE]: (v, w) => {
    const eta = typeof v.etaAt === 'string' && !Number.isNaN(Date.parse(v.etaAt)) ? v.etaAt : null;
    return {
      sv: `Det pågår en störning i ditt område (${String(v.reference ?? '')}). Felet ligger hos oss, inte hos dig${eta ? `; vi räknar med att det är åtgärdat ${formatLocalTime(eta, 'sv', w.timeZone)}` : ''}.`,
      en: `There is an outage in your area (${String(v.reference ?? '')}). The fault is on our side, not yours${eta ? `; we expect it to be fixed by ${formatLocalTime(eta, 'en', w.timeZone)}` : ''}.`,
    };
  },
  [C.AAA_SESSION_UP]: fixed('Din router är inloggad i vårt nät.', 'Your router is signed in to our network.'),
  [C.AAA_NO_SESSION]: fixed(
    'Din router är inte inloggad i vårt nät just nu, så ingen trafik kan gå ut på internet.',
    'Your router is not signed in to our network right now, so no traffic can reach the internet.',
  ),
  [C.AAA_REJECT_AUTH]: fixed(
    'Din router försöker logga in i vårt nät men med fel inloggningsuppgifter, så anslutningen nekas.',
    'Your router tries to sign in to our network with the wrong login details, so the connection is refused.',
  ),
  [C.AAA_REJECT_DISABLED]: fixed(
    'Vårt nät nekar anslutningen eftersom abonnemanget är spärrat.',
    'Our network refuses the connection because the subscription is blocked.',
  ),
  [C.LINE_OK]: fixed('Ledningen fram till dig ser bra ut.', 'The line to your home looks fine.'),
  [C.LINE_NO_LINK]: fixed(
    'Vi ser ingen kontakt alls med utrustningen hemma hos dig, som om den vore avstängd eller urkopplad.',
    'We see no contact at all with the equipment in your home, as if it were switched off or disconnected.',
  ),
  [C.LINE_FIBER_LOS]: fixed(
    'Ljuset i fiberkabeln når inte fram till dig. Det är ett fel på fiberlinjen som en tekniker behöver åtgärda.',
    'The light in the fibre cable does not reach you. It is a fault on the fibre line that a technician needs to fix.',
  ),
  [C.LINE_OPTICAL_LOW]: (v) => ({
    sv: `Fibersignalen hem till dig är för svag (${String(v.rxDbm)} dBm), vilket ger avbrott. En tekniker behöver titta på fibern.`,
    en: `The fibre signal to your home is too weak (${String(v.rxDbm)} dBm), which causes drop-outs. A technician needs to check the fibre.`,
  }),
  [C.LINE_OPTICAL_MARGINAL]: (v) => ({
    sv: `Fibersignalen är svagare än den borde vara (${String(v.rxDbm)} dBm). Det fungerar, men marginalen är liten.`,
    en: `The fibre signal is weaker than it should be (${String(v.rxDbm)} dBm). It works, but with little margin.`,
  }),
  [C.LINE_OPTICAL_OVERLOAD]: (v) => ({
    sv: `Fibersignalen är ovanligt stark (${String(v.rxDbm)} dBm), vilket kan störa mottagningen. En tekniker behöver se över det.`,
    en: `The fibre signal is unusually strong (${String(v.rxDbm)} dBm), which can disturb reception. A technician needs to look at it.`,
  }),
  [C.LINE_DSL_SNR_LOW]: (v) => ({
    sv: `Telefonledningen är för störd (signalmarginal ${String(v.snrMarginDb)} dB), så anslutningen tappar kontakten. Ofta beror det på ett uttag, en filterdosa eller en kabel.`,
    en: `The phone line is too noisy (signal margin ${String(v.snrMarginDb)} dB), so the connection keeps dropping. Often a socket, a splitter or a cable is the cause.`,
  }),
  [C.LINE_DSL_SNR_MARGINAL]: (v) => ({
    sv: `Telefonledningen har lite störningar (signalmarginal ${String(v.snrMarginDb)} dB). Det fungerar men kan ge enstaka avbrott.`,
    en: `The phone line has some noise (signal margin ${String(v.snrMarginDb)} dB). It works but may drop now and then.`,
  }),
  [C.LINE_DSL_CRC_GROWTH]: fixed(
    'Ledningen tappar data då och då, vilket kan märkas som hack och långsamhet.',
    'The line loses data now and then, which you may notice as stutters and slowness.',
  ),
  [C.LINE_DSL_ATTENUATION_HIGH]: fixed(
    'Ledningen till dig är lång eller dämpad, vilket begränsar hastigheten.',
    'The line to your home is long or weakened, which limits the speed.',
  ),
  [C.LINE_DOCSIS_POWER]: (v) => ({
    sv: `Signalen i kabel-tv-nätet är utanför det tillåtna (${String(v.dsPowerDbmv)} dBmV). Det behöver en tekniker åtgärda.`,
    en: `The signal in the cable network is out of range (${String(v.dsPowerDbmv)} dBmV). A technician needs to fix it.`,
  }),
  [C.LINE_DOCSIS_SNR_LOW]: fixed(
    'Signalen i kabel-tv-nätet är störd, vilket kan ge långsamhet och avbrott.',
    'The signal in the cable network is noisy, which can cause slowness and drop-outs.',
  ),
  [C.CPE_ONLINE]: fixed('Din router svarar när vi kontaktar den.', 'Your router answers when we contact it.'),
  [C.CPE_UNREACHABLE]: fixed(
    'Vi får ingen kontakt med din router just nu.',
    'We cannot reach your router right now.',
  ),
  [C.CPE_LONG_UPTIME]: (v) => ({
    sv: `Routern har varit igång utan omstart i ${String(v.uptimeDays)} dagar. En omstart kan lösa problem som byggts upp.`,
    en: `The router has run without a restart for ${String(v.uptimeDays)} days. A restart can clear problems that have built up.`,
  }),
  [C.CPE_HARDWARE_ERROR]: fixed(
    'Routern rapporterar ett fel i själva hårdvaran. Den behöver troligen bytas.',
    'The router reports a fault in its hardware. It most likely needs to be replaced.',
  ),
  [C.WAN_OK]: fixed(
    'Routerns internetanslutning är uppe och trafiken går fram.',
    "The router's internet connection is up and traffic flows.",
  ),
  [C.WAN_PPP_AUTH_FAILURE]: fixed(
    'Routern har fel inloggningsuppgifter mot vårt nät och kommer därför inte ut på internet.',
    'The router has the wrong login details for our network and therefore cannot get online.',
  ),
  [C.WAN_PPP_DOWN]: fixed(
    'Routern har ingen internetanslutning uppkopplad just nu.',
    'The router has no internet connection up at the moment.',
  ),
  [C.WAN_TRAFFIC_STALLED]: fixed(
    'Routern säger att den är ansluten, men ingen trafik kommer fram. Den har troligen hängt sig.',
    'The router says it is connected, but no traffic gets through. It has most likely frozen.',
  ),
  [C.WAN_FREQUENT_RECONNECTS]: (v) => ({
    sv: `Anslutningen har gått ner och upp ${String(v.reconnects24h)} gånger det senaste dygnet.`,
    en: `The connection has dropped and come back ${String(v.reconnects24h)} times in the last 24 hours.`,
  }),
  [C.DNS_OK]: fixed(
    'Namnuppslagningen fungerar, webbadresser hittas som de ska.',
    'Name look-ups work: web addresses are found as they should be.',
  ),
  [C.DNS_MISCONFIGURED]: fixed(
    'Routern använder fel adressbok för webbadresser, så många sidor går inte att nå trots att anslutningen fungerar.',
    "The router uses the wrong address book for web addresses, so many sites can't be reached even though the connection works.",
  ),
  [C.DNS_LOOKUP_FAILED]: fixed(
    'Routern kan inte slå upp webbadresser just nu.',
    'The router cannot look up web addresses right now.',
  ),
  [C.DNS_CUSTOM_SERVERS]: fixed(
    'Routern använder en annan adressbok för webbadresser än vår, men den fungerar.',
    'The router uses a different address book for web addresses than ours, but it works.',
  ),
  [C.PING_OK]: fixed('Routern når ut på internet.', 'The router reaches the internet.'),
  [C.PING_INTERNET_FAILED]: fixed(
    'Routern når inte ut på internet.',
    'The router cannot reach the internet.',
  ),
  [C.SPEED_OK]: (v) => ({
    sv: `Hastigheten fram till routern är bra: ${String(v.measuredMbps)} av ${String(v.planMbps)} Mbit/s.`,
    en: `The speed to your router is good: ${String(v.measuredMbps)} of ${String(v.planMbps)} Mbit/s.`,
  }),
  [C.SPEED_BELOW_PLAN]: (v) => ({
    sv: `Hastigheten fram till routern är för låg: ${String(v.measuredMbps)} av ${String(v.planMbps)} Mbit/s som ingår i ditt abonnemang.`,
    en: `The speed to your router is too low: ${String(v.measuredMbps)} of the ${String(v.planMbps)} Mbit/s in your plan.`,
  }),
  [C.WIFI_OK]: fixed('Wi-Fi i routern ser bra ut.', 'The Wi-Fi in your router looks fine.'),
  [C.WIFI_RADIO_DISABLED]: fixed(
    'Routerns Wi-Fi är avstängt, så trådlösa enheter hittar inget nätverk.',
    "The router's Wi-Fi is switched off, so wireless devices find no network.",
  ),
  [C.WIFI_CHANNEL_CONGESTED]: (v) => ({
    sv: `Wi-Fi-kanalen är mycket trång (${String(v.utilisationPct)} % upptagen, ${String(v.neighbours)} grannätverk). Det gör trådlöst långsamt och ryckigt.`,
    en: `The Wi-Fi channel is very crowded (${String(v.utilisationPct)} % busy, ${String(v.neighbours)} neighbouring networks). That makes wireless slow and jerky.`,
  }),
  [C.WIFI_CHANNEL_BUSY]: (v) => ({
    sv: `Wi-Fi-kanalen är hårt belastad (${String(v.utilisationPct)} % upptagen), mest av dina egna enheter.`,
    en: `The Wi-Fi channel is heavily used (${String(v.utilisationPct)} % busy), mostly by your own devices.`,
  }),
  [C.WIFI_CLIENT_WEAK_SIGNAL]: (v) => ({
    sv: `Din enhet har svag Wi-Fi-signal (${String(v.rssiDbm)} dBm). Den är troligen för långt från routern eller bakom väggar.`,
    en: `Your device has a weak Wi-Fi signal (${String(v.rssiDbm)} dBm). It is probably too far from the router or behind walls.`,
  }),
  [C.WIFI_CLIENT_ON_24GHZ]: fixed(
    'Din enhet är ansluten på det långsammare 2,4 GHz-bandet med medelmåttig signal, vilket begränsar hastigheten trådlöst.',
    'Your device is connected on the slower 2.4 GHz band with a middling signal, which limits wireless speed.',
  ),
  [C.FIRMWARE_OK]: fixed('Routern har rätt programvara.', 'The router runs the right software.'),
  [C.FIRMWARE_KNOWN_BAD]: (v) => ({
    sv: `Routerns programvara (version ${String(v.version)}) har ett känt fel som ger avbrott. En uppdatering löser det.`,
    en: `The router's software (version ${String(v.version)}) has a known bug that causes drop-outs. An update fixes it.`,
  }),
  [C.FIRMWARE_OUTDATED]: (v) => ({
    sv: `Routerns programvara (version ${String(v.version)}) är äldre än den vi rekommenderar (${String(v.recommended)}).`,
    en: `The router's software (version ${String(v.version)}) is older than the one we recommend (${String(v.recommended)}).`,
  }),
  [C.SECURITY_OK]: fixed(
    'Routerns säkerhetsinställningar ser bra ut.',
    "The router's security settings look fine.",
  ),
  [C.SECURITY_DEFAULT_ADMIN_PASSWORD]: fixed(
    'Routerns administratörslösenord är fortfarande fabrikslösenordet, vilket gör det lätt för obehöriga att ändra inställningar.',
    "The router's admin password is still the factory default, which makes it easy for others to change its settings.",
  ),
  [C.SECURITY_WPS_ENABLED]: fixed(
    'WPS (knapp-/PIN-anslutning) är påslaget, vilket är en känd säkerhetsrisk.',
    'WPS (push-button/PIN pairing) is switched on, which is a known security risk.',
  ),
  [C.SECURITY_OPEN_WIFI]: fixed(
    'Ditt Wi-Fi saknar lösenord, så vem som helst i närheten kan ansluta.',
    'Your Wi-Fi has no password, so anyone nearby can connect.',
  ),
  [C.PORTAL_OK]: (_, w) => ({
    sv: `Ditt konto på ${w.portal.sv} är i ordning.`,
    en: `Your account on ${w.portal.en} is in order.`,
  }),
  [C.PORTAL_LOCKED]: (_, w) => ({
    sv: `Ditt konto på ${w.portal.sv} är låst efter för många felaktiga inloggningsförsök.`,
    en: `Your account on ${w.portal.en} is locked after too many failed sign-in attempts.`,
  }),
  [C.PORTAL_NO_ACCOUNT]: (_, w) => ({
    sv: `Du har inget konto på ${w.portal.sv} ännu.`,
    en: `You do not have an account on ${w.portal.en} yet.`,
  }),
};

export function explain(
  code: string,
  values: Values,
  words: CustomerWords = DEFAULT_CUSTOMER_WORDS,
): { sv: string; en: string } {
  const fn = EXPLANATIONS[code];
  if (!fn) return { sv: `Resultat: ${code}.`, en: `Result: ${code}.` };
  const text = fn(values, words);
  return { sv: withoutMissing(text.sv), en: withoutMissing(text.en) };
}

const MISSING = /\b(?:undefined|null|NaN)\b/;

/**
 * A value the evidence lacked never reaches a customer as "undefined" or "null": the brackets that hold it
 * go, then the sentences that hold it; if no sentence is left, the word alone goes.
 */
export function withoutMissing(text: string): string {
  if (!MISSING.test(text)) return text;
  const unbracketed = text.replace(/\s*\([^()]*\b(?:undefined|null|NaN)\b[^()]*\)/g, '');
  const sentences = unbracketed.match(/[^.!?]+[.!?]*/g) ?? [];
  const kept = sentences.filter((x) => !MISSING.test(x)).map((x) => x.trim());
  if (kept.length) return kept.join(' ');
  return unbracketed.replace(/\s*\b(?:undefined|null|NaN)\b/g, '').trim();
}

export function hasExplanation(code: string): boolean {
  return code in EXPLANATIONS;
}
