// Replies to "does it work now?" that are not a bare yes or no: a yes behind "wait, checking…",
// "can't tell until tonight (but the speed test looks ok)", or a new need on the same case
// ("ok but I don't remember the password, that's why I typed it wrong"). Folded text, sv + en.
import { cleanText, fold } from './normalize.js';

export type ConfirmReading =
  | { kind: 'yes' }
  /** The customer cannot tell yet; `looksOk` when what they could check looks fine. */
  | { kind: 'not_yet'; looksOk: boolean }
  /** The Wi-Fi network shows on a device ("jag ser det i min telefon"); `notYet` when the rest cannot be told yet. */
  | { kind: 'seen'; notYet: boolean; looksOk: boolean }
  /** Not a yes: the customer needs something more on the same case. */
  | {
      kind: 'new_need';
      need: 'portal_password' | 'wifi_password';
      /** The customer asks for the fix in so many words ("can I reset it?"). */ asked: boolean;
    };

/** "vänta ska kolla...", "wait let me check.", "hold on,": a pause before the real answer. */
const PREAMBLE =
  /^(?:(?:hmm+|ok|okay|okej|ah|oh|eh|um)[.,!…\s]+)?(?:(?:nej |no )?(?:vanta|wait|hold on|hang on|one (?:sec|second|moment)|ett ogonblick|sekund|let me (?:check|see|try)|ska (?:bara )?(?:kolla|testa|prova)|jag (?:kollar|testar|provar)|checking|kollar)\b[^.!?…,]*(?:\.{2,}|…|[.!,])\s*)+/;
const YES_LEAD = /^(?:ja|jaa|japp|jepp|jo|joo|yes|yeah|yep|yup|ya|ok|okej|okay|sure|absolut)\b/;
const NO_WORDS =
  /\b(inte|not|no|nej|nope|still|fortfarande|doesn'?t|does not|isn'?t|won'?t|cannot|can'?t|cant|kan inte)\b/;
/** Signs that things work, including what people say about pages and streams. */
const WORKS =
  /\b(funkar|fungerar|works|working|laddar|loads|loading|loaded|opens|oppnas|gar (in|bra|att)|kommer in|(sidorna|sidor|pages|sites|it) (laddar|load|open|work)|(ar|is|it'?s|its) (tillbaka|back|up)|back (online|up)|uppe igen|igang|fixed|all good)\b/;

/** "can't tell until tonight", "vet inte förrän ikväll", "får se ikväll": not yet, not a no. */
const NOT_YET =
  /\b(can'?t|cant|cannot|won'?t|wont|will not|don'?t|dont|do not) (really )?(tell|know|say|check|test|see)\b[^.!?]{0,30}\b(until|till|before|tonight|tomorrow|later|this evening)\b|\b(can'?t|cant|cannot) tell (yet|now|right now)\b|\btoo (early|soon) to (tell|say)\b|\b(we'?ll|we will|i'?ll|i will) (see|know|find out) (tonight|tomorrow|later|this evening)\b|\b(vet|kan) (inte|ej) (an|annu|forran|innan|fore)\b|\b(vet|marker|ser) (jag|vi|man) (forst|inte forran)\b|\b(far|ska) (se|testa|kolla) (ikvall|i kvall|imorgon|i morgon|senare|sen)\b|\b(kan inte|kan ej) (saga|veta|se|testa|kolla)\b[^.!?]{0,30}\b(forran|innan|ikvall|i kvall|imorgon|i morgon|senare)\b|\bsvart att (saga|veta)\b|\b(testar|provar|kollar) (det |han |hon )?(sen|senare|ikvall|i kvall|imorgon|i morgon)\b|\b(will|i'?ll|he'?ll|she'?ll|they'?ll|ska|kan|must|have to|got to|maste) (test|check|try|see|testa|kolla|prova|se) (it |that |det )?(later|tonight|tomorrow|this evening|senare|sen|ikvall|i kvall|imorgon|i morgon|nar jag (kommer|ar) hem\w*|when i('?m| am| get) (home|back))\b|\b(can'?t|cant|cannot|kan (inte|ej)) (test|check|try|see|testa|kolla|prova|se) (it |that |det )?(now|right now|at the moment|nu|just nu|harifran|from here)\b|\b(not (at )?home|away from home|(i'?m|im|i am) (at work|out)|inte hemma|pa jobbet)\b/;
/** "jag ser det i min telefon i alla fall", "I can see it on my phone": the network shows on a device. */
const SEEN_ON_DEVICE =
  /\b(ser|hittar) (det|natet|natverket|wifi\w*)( igen| nu)? (i|pa) (min|mina|var|vara|telefon\w*|mobil\w*|dator\w*|laptop\w*|ipad\w*)\b|\b(syns|dyker upp|finns) (det )?(igen |nu )?(i|pa) (min |mina |var |vara )?(telefon|mobil|dator|laptop|ipad)\w*|\bsee (it|the network|the wi-?fi|our wi-?fi|my wi-?fi)( again| now)? (on|in) (my|our|the) (phone|mobile|laptop|computer|ipad|tablet)\b|\b(shows?|showing) up (again |now )?(on|in) (my|our|the) (phone|mobile|laptop|computer|ipad|tablet)\b/;
/** "but the speed test looks ok", "verkar bra än så länge". */
const LOOKS_OK =
  /\b(looks?|seems?|ser|verkar) (ok|okay|fine|good|great|normal|bra|fint|normalt|battre|better)\b|\bso far so good\b|\b(an|hittills) (sa lange )?(ser|verkar) (det )?bra\b|\b(speed ?test|hastighet\w*|bredbandskollen)\b[^.!?]{0,25}\b(ok|fine|good|bra|fint|normal\w*)\b/;

const FORGOT =
  /\b(kommer (ju )?(inte|ej) ihag|minns (ju )?inte|glomt|glomde|vet inte vad|forgot|forgotten|don'?t remember|dont remember|do not remember|can'?t remember|cant remember|cannot remember|don'?t know (the|my|what)|(not|inte) (sure|certain|saker( pa)?) (i|that i|att jag|om jag) (remember|recall|minns|kommer ihag)|(don'?t|do not|can'?t|cannot) recall|(have )?no idea what it (is|was)|ingen aning (om )?vad)\b/;
/** Only the portal's password is ever offered as a temporary one ("make me a temporary one"). */
const TEMPORARY = /\b(temporary|tillfallig\w*)\b/;
const PASSWORD = /\b(losen\w*|password\w*|pass\b|losenordet|kod(en)?|nyckel\w*|key)\b/;
/** "can I reset it?", "I need a new one", "kan jag få ett nytt?": a request, so also the consent. */
const ASKS_FOR_NEW =
  /\b(can (i|you|we) (reset|change|get|have|set|send|make|create)|could you (reset|change|set|give|send|make|create)|please (reset|change|set|send)|reset it|(need|want|get) a (new|temporary) (one|password)|(send|give|make|create) (me )?a (new|temporary) (one|password)|(behover|vill ha|kan jag fa|fa) (ett )?(nytt|tillfalligt)|kan (du|ni) (aterstalla|byta|ge mig|skicka|gora|skapa|fixa)|(skicka|gor|skapa|fixa) (mig )?(ett )?(nytt|tillfalligt)|aterstall (det|den|losenordet))\b/;
const WIFI = /\b(wi-?fi\w*|wlan|natverk\w*|network)\b/;
/** The customer has already sorted the password out themselves. */
const SELF_SOLVED =
  /\b(used the (reset|forgot(ten)?( password)?|password reset) ?(link|button|page|email|mail)|(reset|changed|fixed) (it|the password|my password|that) (myself|already|on my own)|already (reset|changed|fixed) (it|the password|my password)|(i|we) (already|just) (reset|changed) (it|the password|my password)|i'?ve (reset|changed) (it|the password|my password)|i have (reset|changed) (it|the password|my password)|(via|med|genom) (lanken|aterstallningslanken|glomt losenord\w*)|(aterstallde|bytte|andrade|fixade) (det|losenordet) (sjalv|redan)|(har|jag) (redan |just )?(aterstallt|bytt|andrat|fixat) (det|losenordet))\b/;
/** Signed in or working now. */
const IN_NOW =
  /\b(i'?m in|im in|i am in|got in|logged in|signed in|kom in|kommer in|ar inne|inloggad|works|working|funkar|fungerar)\b/;

/**
 * "nätverket syns nu men mobilen vill ha lösenordet, vad är det?", "it asks for a password", "jag kommer ju
 * inte in utan lösenordet": the device wants the Wi-Fi key the customer does not have.
 */
const KEY_WANTED =
  /\b((vill ha|fragar efter|ber om|kraver|asks? (me )?for|asking (me )?for|wants?|needs?|requires?) (ett |en |a |the |my |wifi-?|mitt )?(wifi-?|wi-fi )?(losen\w*|password|kod(en)?|key)|(vad|vilket|vilken) (ar|e|va|var) (wifi-?)?(losenordet|koden|nyckeln)|what'?s the (wifi |wi-fi |network )?(password|key|code)|what is the (wifi |wi-fi |network )?(password|key|code)|(utan|without) (wifi-?)?(losenordet|losen|koden|the password|a password|password)|(har|vet|kan) (inte|ej) (wifi-?)?(losenordet|koden)|(don'?t|do not) (know|have) the (wifi )?password)\b/;
const DEVICE_OR_WIFI =
  /\b(wi-?fi\w*|wlan|natverk\w*|network|mobil\w*|telefon\w*|phone|laptop|dator\w*|ipad|surfplatta|tv\w*)\b/;

/** The network shows on a device, not denied just before ("i can't see it on my phone"). */
function seenOnDevice(t: string): boolean {
  const m = SEEN_ON_DEVICE.exec(t);
  return (
    !!m &&
    !/\b(can'?t|cant|cannot|don'?t|dont|do not|not|never|no longer|inte|ej|aldrig)\b[^.!?,]{0,8}$/.test(
      t.slice(0, m.index),
    )
  );
}

/** Reads a reply to "does it work now?"; null when the plain yes/no parser should decide. */
export function readConfirmReply(text: string): ConfirmReading | null {
  const t = fold(cleanText(String(text ?? '')).slice(0, 600))
    .replace(/[’`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  if (!t) return null;
  // "…i forgot the password too so i used the reset link lol. works": already solved, not a new need.
  if (FORGOT.test(t) && PASSWORD.test(t) && !t.includes('?') && SELF_SOLVED.test(t) && IN_NOW.test(t))
    return { kind: 'yes' };
  // "yes please, make me a temporary one. I've forgotten it": a yes that asks for the password offered, never "it works".
  if (ASKS_FOR_NEW.test(t) && (FORGOT.test(t) || TEMPORARY.test(t)) && !PASSWORD.test(t))
    return { kind: 'new_need', need: WIFI.test(t) ? 'wifi_password' : 'portal_password', asked: true };
  // "I'm not sure I remember it": a need, never "it works"; the new password is made after a yes to it unless
  // the message asks for it ("make me a new one") — an account change needs the customer's explicit consent.
  if (FORGOT.test(t) && PASSWORD.test(t))
    return {
      kind: 'new_need',
      need: WIFI.test(t) ? 'wifi_password' : 'portal_password',
      asked: ASKS_FOR_NEW.test(t),
    };
  // After a Wi-Fi fix: the network is back but the device asks for a key the customer does not have.
  if (
    KEY_WANTED.test(t) &&
    (DEVICE_OR_WIFI.test(t) || PASSWORD.test(t)) &&
    !/\b(portal|mina sidor|my pages|log ?in|logga in|konto|account)\b/.test(t)
  )
    return { kind: 'new_need', need: 'wifi_password', asked: ASKS_FOR_NEW.test(t) };
  if (seenOnDevice(t)) return { kind: 'seen', notYet: NOT_YET.test(t), looksOk: LOOKS_OK.test(t) };
  if (NOT_YET.test(t)) return { kind: 'not_yet', looksOk: LOOKS_OK.test(t) };
  const rest = t.replace(PREAMBLE, '');
  if (rest !== t && rest.length > 0) {
    // The answer after the pause: "ja nu laddar sidorna", "yes pages load now".
    if (YES_LEAD.test(rest) && !NO_WORDS.test(rest)) return { kind: 'yes' };
    if (WORKS.test(rest) && !NO_WORDS.test(rest)) return { kind: 'yes' };
  }
  return null;
}
