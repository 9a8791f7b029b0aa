// "On the cable yes, but on Wi-Fi it is still slow": once a wired test has shown full speed, the line
// and the router are fine and the Wi-Fi advice is the answer — a second-line case would find nothing.
// The customer is told how to use the faster band, and the case closes (they can write again).
import { readOpenConfirm } from '../triage/confirm-open.js';
import { fold } from '../triage/normalize.js';
import { fixedThing } from '../triage/step-replies.js';
import { techQuestionOf } from '../triage/tech-questions.js';
import type { ConversationState } from './conversation-state.js';
import { hasMessage, type MessageKey } from './messages/index.js';
import type { Turn } from './turn.js';

/** Wi-Fi faults where a step close to the router (or on a cable) shows the line and router are fine. */
export const WIFI_HERE_STEP: Record<string, string[]> = {
  // Without a cable, the speed test on 5 GHz close to the router shows the same.
  speed_wifi_limited: ['step.wired_test', 'step.move_closer'],
  wifi_weak_signal: ['step.move_closer'],
};
export type WifiHereCause = 'speed_wifi_limited' | 'wifi_weak_signal';

const WIFI = /\b(wi-?fi\w*|wlan|wireless|tradlos\w*|tradlost)\b/;
const SLOW =
  /\b(slow\w*|still|not|no|nej|seg\w*|langsam\w*|fortfarande|inte|sucks|bad|dalig\w*|samma|same)\b/;
/** "It is slow on the cable too": then the line is not fine after all. */
const CABLE_SLOW =
  /\b(cable|kabel\w*|wired|ethernet|sladd\w*)\b[^.!?]{0,25}\b(too|also|as well|ocksa|med|aven)\b[^.!?]{0,15}\b(slow|seg\w*|langsam\w*)|\b(slow|seg\w*|langsam\w*)\b[^.!?]{0,15}\b(on|over|via|med|pa|i)\b (the )?(cable|kabel\w*|wired|sladd\w*)/;

/** The reply says the speed is still low on Wi-Fi (and not on the cable). */
export function stillSlowOnWifi(text: string): boolean {
  const t = fold(String(text ?? '').slice(0, 600)).replace(/\s+/g, ' ');
  return WIFI.test(t) && SLOW.test(t) && !CABLE_SLOW.test(t);
}

/** A clause that says it is fine close by or on the cable ("on cable yes", "next to the router yes"). */
const HERE_OK =
  /\b(yes|yeah|yep|ok|okay|fine|good|great|works?|working|better|faster|full speed|ja|jo|funkar|fungerar|bra|battre|snabbare|fint)\b|\b(on|over|with|via|by) (the )?(cable|wire)|\b(next to|near|close to|by|beside) (the )?router|\b(med|pa|via) kabel\w*|\b(bredvid|nara|vid|intill) routern/;
/** A clause that says it is still bad somewhere else ("but the bedroom is still bad", "my phone in the kitchen still gets 40"). */
const THERE_BAD =
  /\b(still|fortfarande|bad|slow|weak|poor|sucks|terrible|only|just|barely|dalig\w*|daligt|seg\w*|langsam\w*|svag\w*|bara|knappt|inte|not|no|can'?t|cant|cannot|kan inte|forever|hela tiden|all the time)\b|\b\d{1,3}\b/;
/** "Even next to the router it is slow": then it is not only far away. */
const EVEN_HERE =
  /\b(even|also|too|inte ens|not even|aven|ocksa)\b[^.!?]{0,20}\b(next to|near|close to|bredvid|nara|vid|intill|on the cable|med kabel)\b/;

/**
 * "well on cable yes. but my phone in the kitchen still gets 40", "next to the router yes. but the
 * bedroom is still bad": fine close by or on the cable, still bad further away.
 */
export function fineHereNotThere(text: string): boolean {
  const t = fold(String(text ?? '').slice(0, 600)).replace(/\s+/g, ' ');
  if (EVEN_HERE.test(t) || CABLE_SLOW.test(t)) return false;
  const cut = /\b(but|men|though|although|fast|except|utom)\b/.exec(t);
  if (!cut) return false;
  return HERE_OK.test(t.slice(0, cut.index)) && THERE_BAD.test(t.slice(cut.index));
}

/**
 * "yeah its better next to the router but i need it in the bedroom tho??", "ja vid routern funkar det men
 * jag behöver det i sovrummet": fine close by, whatever is said of the far room. Then the router works.
 */
export function fineNearRouter(text: string): boolean {
  const t = fold(String(text ?? '').slice(0, 600)).replace(/\s+/g, ' ');
  if (EVEN_HERE.test(t) || CABLE_SLOW.test(t)) return false;
  const cut = /\b(but|men|though|although|fast|except|utom)\b/.exec(t);
  return !!cut && HERE_OK.test(t.slice(0, cut.index));
}

/** "no, its still bad in the bedroom", "nej fortfarande dåligt där": still bad further away, nothing asked. */
export function stillBadThere(text: string): boolean {
  const t = fold(String(text ?? '').slice(0, 600)).replace(/\s+/g, ' ');
  return !/\?/.test(t) && !EVEN_HERE.test(t) && !CABLE_SLOW.test(t) && THERE_BAD.test(t);
}

/** Rooms and places away from the router ("in the bedroom", "i vardagsrummet", "längst bort", "där", "i soffan två rum bort"). */
const FAR_PLACE =
  /\b(bed ?rooms?|living ?rooms?|lounge|kitchen|office|study|upstairs|downstairs|basement|attic|garden|balcony|garage|kids'? ?rooms?|the other rooms?|far (away|end)|further (away|off)|the rest of the (house|flat|apartment)|over there|there|sovrum\w*|vardagsrum\w*|koket|i kok|kontoret|arbetsrum\w*|overvaning\w*|ovanvaning\w*|nedervaning\w*|kallare\w*|tradgard\w*|balkong\w*|barnrum\w*|barnens rum|andra rum\w*|langre bort|langst bort|resten av (huset|lagenheten)|dar|sofa|couch|soffan|soffa|(one|two|three|a few|several|\d) rooms? (away|off|from (it|the router))|(ett|tva|tre|nagra|flera|\d) rum (bort|ifran|fran routern|darifran))\b/;
/** Still poor: slow, weak, one bar, "not so much", "inte", "lika kasst". */
const FAR_BAD =
  /\b(still|fortfarande|fortf|slow\w*|bad|weak|poor|sucks|terrible|awful|meh|crap|one bar|1 bar|(en|ett|1) streck|dalig\w*|daligt|kass\w*|seg\w*|langsam\w*|svag\w*|knappt|inte|not|no|nope|nej|can'?t|cant|barely|hardly|nothing|inget|ingen|drops?|dropping|buffer\w*|laggy|lag|hackar|probably|troligen|antagligen)\b/;
/** Close to the router or on the cable. */
const NEAR_ANCHOR =
  /\b(next to|near|close to|right by|by|beside|in front of) (the |my )?router\b|\b(on|over|with|via|using) (the |a )?(cable|wire|lan|ethernet)\b|\b(cable|kabel\w*|wired|ethernet|sladd\w*)\b|\b(bredvid|nara|vid|intill|framfor) routern\b|\b(med|pa|via|over) (en )?(kabel\w*|sladd\w*)\b/;
/** Good there: a yes-ish word, 5 GHz, or a speed of a hundred Mbit/s and more. */
const NEAR_GOOD =
  /\b(yes|yeah|yep|ok|okay|fine|good|great|works?|working|better|faster|fast|full speed|ja|jo|funkar|fungerar|bra|battre|snabbare|snabbt|fint|5 ?ghz)\b|\b[1-9]\d{2,3} ?(mbit\w*|mbps|mb\/s|mb|megabit\w*)?\b/;
/** "so its the wifi then?", "så det är wifit alltså?": whether it is the Wi-Fi and not the line. */
const IS_IT_WIFI =
  /\b(it'?s|its|it is|is it|must be|so the|the problem is|problem is|it'?s just|just) (the |my |our )?(wi-?fi|wireless|wlan)\b|\b(ar det|det ar|e det|det e|sa det ar|sa e det|felet ar|problemet ar) (alltsa |da |bara |nog )?(wifi\w*|wi-fi\w*|tradlos\w*|wlan\w*)\b/;

function clauses(t: string): string[] {
  return t
    .split(/[.!?;,]+|\b(?:but|men|though|although|fast|except|utom|while|medan)\b/)
    .filter((c) => c.trim());
}

/**
 * A reply to "does it work now?" read for Wi-Fi coverage: fine close to the router or on the cable (`nearGood`),
 * still poor in a room further away (`farBad`), or asking whether it is the Wi-Fi or the distance (`asksIfWifi`). "ok next to the
 * router my phone says 5 ghz and 310 mbit. in the living room its probably still slow though. so kinda?",
 * "nej?? inte i sovrummet … där är det fortf en streck", "så det är wifit alltså? kabeln gav 480".
 */
export function coverageReading(text: string): { nearGood: boolean; farBad: boolean; asksIfWifi: boolean } {
  const t = fold(String(text ?? '').slice(0, 600)).replace(/\s+/g, ' ');
  if (EVEN_HERE.test(t) || CABLE_SLOW.test(t)) return { nearGood: false, farBad: false, asksIfWifi: false };
  const parts = clauses(t);
  const near = parts.filter((c) => NEAR_ANCHOR.test(c));
  return {
    nearGood: near.some((c) => NEAR_GOOD.test(c) && !FAR_BAD.test(c)),
    farBad: parts.some((c) => FAR_PLACE.test(c) && FAR_BAD.test(c) && !NEAR_ANCHOR.test(c)),
    // ("så det e avståndet då?", "could it be the distance?": the distance asked about is the same question.)
    asksIfWifi: /\?/.test(t) && (IS_IT_WIFI.test(t) || techQuestionOf(t) === 'just_distance'),
  };
}

/** The faster band asked about ("how do i get the 5 ghz thing?", "hur får jag 5 GHz?"). */
const BAND = /\b(5 ?ghz|5 ?g|2[.,]4( ?ghz)?|ghz|band\w*|frekvens\w*|frequenc\w*)\b/;

/**
 * The coverage advice for the cause: never "place the router more centrally" once the customer has said it cannot
 * move ("it's stuck by the front door, the cable is short"), in this reply or earlier in the case.
 */
export function elsewhereAdvice(conv: ConversationState, text: string, cause: WifiHereCause): MessageKey {
  if (fixedThing(text) === 'router') conv.routerStays = true;
  const key: MessageKey = `advice.elsewhere.${cause}`;
  const stays = `${key}.router_stays`;
  return conv.routerStays && hasMessage(stays) ? (stays as MessageKey) : key;
}

/** Two networks seen, one named for 5 GHz ("Nilsson and Nilsson-5G", "two networks", "två nät"). */
export const TWO_NAMES_SEEN =
  /\b(two|2|both|tva|bada)( \w+)?( wi-?fi| wlan)? (networks?|names?|ssids?|wifis|nat|natverk|namn|wifi-?nat\w*)\b|\b[a-z][a-z0-9]{2,}(-|_)5 ?g(hz)?\b|\b[a-z]{3,}5g(hz)?\b/;
/** Only one network name seen ("I only see one wifi name", "jag ser bara ett nät", "there's only one network"). */
export const ONE_NAME_SEEN =
  /\b(only|just|bara|endast|enbart)( see| ser| have| har| got| finns| is| one)?( \w+)? (one|1|ett|en|a single|single)( \w+)?( wi-?fi| wlan)?[- ]?(names?|networks?|ssids?|nat|natverk|namn|wifi-?namn|wifi-?nat\w*)\b|\b(one|ett|en|same|samma|a single|single) (wi-?fi |wlan |natverks|network )?(name|namn|ssid)\b[^.?!]{0,30}\b(how|hur|which|vilket|pick|choose|valja|valjer)\b/;

/** Which answer a band question gets: "switch to the 5G one" when two names are seen, "no need" when one is. */
function bandAnswer(t: string): MessageKey {
  if (ONE_NAME_SEEN.test(t)) return 'advice.wifi_limited.band_question.one_name';
  if (TWO_NAMES_SEEN.test(t)) return 'advice.wifi_limited.band_question.two_names';
  return 'advice.wifi_limited.band_question';
}

/**
 * A question beside "fine here, not there" at "does it work now?" ("yes in the hallway its fast. but the
 * bedroom will still be bad right?", "on wifi in the kitchen its still 40. how do i get the 5 ghz
 * thing?"): the text that answers it, or null. Answered once; the case is then closed only on a yes.
 */
export function wifiQuestionAnswer(
  text: string,
  cause: string,
  slowOnWifi: boolean,
  openedBefore: number,
): MessageKey | null {
  if (openedBefore > 0 || !/\?/.test(text)) return null;
  const t = fold(String(text ?? '').slice(0, 600));
  if (slowOnWifi) return BAND.test(t) ? bandAnswer(t) : null;
  if (!fineHereNotThere(text) || readOpenConfirm(text)) return null;
  const key = `advice.elsewhere.${cause}.asked`;
  return hasMessage(key) ? key : null;
}

/** To "shall I close the case, or is there more?": nothing more ("no thats all thanks", "nej det var allt"). */
const NOTHING_MORE =
  /^(no|nope|nah|nej|nae|na)\b[^?]{0,40}\b(that'?s (all|it)|thats (all|it)|nothing (more|else)|all good|all set|thanks?|thank you|thx|det var (allt|det)|inget (mer|annat)|ingenting (mer|annat)|allt bra|tack)\b|^(no|nope|nej|nae)( thanks?| thank you| tack)?[\s.!]*$|\b(close it|close the case|stang (det|arendet)|avsluta (det|arendet))\b/;

/** The question that closes a case once the customer's question beside the yes is answered. */
const CLOSE_ASK = 'ask.resolution.confirm.close';
const CLOSE_OPTIONS = {
  en: ['Yes, close the case', 'No, I need more help'],
  sv: ['Ja, stäng ärendet', 'Nej, jag behöver mer hjälp'],
};

/** The reply to "shall I close the case, or is there more?" says there is nothing more. */
export function closeAgreed(conv: ConversationState, text: string): boolean {
  if (conv.pendingAskSpec?.message !== CLOSE_ASK) return false;
  return NOTHING_MORE.test(
    fold(String(text ?? '').slice(0, 300))
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/** Answers a question beside "fine here, not there" and asks whether to close; true when it did. */
export function answerBeforeClose(
  conv: ConversationState,
  turn: Turn,
  text: string,
  cause: string,
  slowOnWifi: boolean,
): boolean {
  const asked = wifiQuestionAnswer(text, cause, slowOnWifi, conv.confirmOpen ?? 0);
  if (!asked) return false;
  conv.confirmOpen = (conv.confirmOpen ?? 0) + 1;
  // (Asked beside "fine here, not there": a close agreed to next closes it as it stands, never "it works".)
  if (!slowOnWifi) conv.farStillPoor = cause;
  turn.say(asked);
  // "Shall I close the case?" is answered with close / more, never "Yes, it works / No, still not working".
  turn.ask('resolution.confirm', CLOSE_ASK, undefined, CLOSE_OPTIONS[conv.language]);
  return true;
}
