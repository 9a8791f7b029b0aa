// "Ja förresten, ge gärna 5 GHz ett eget namn så jag kan välja själv", "yes please give the 5 GHz its own name",
// "kan ni ge 5 GHz-nätet ett eget namn?": the 5 GHz band wanted with a name of its own — the offer the desk makes
// beside "one name, the router picks the band" (reply.one_name_bands), taken up. Patterns are data.
import { fold } from './normalize.js';

/**
 * The 5 GHz band with a name of its own (folded text, sv/en) — also "ett eget 5ghz nät", "a separate 5ghz network"
 * (the band named between the two words).
 */
const OWN_NAME =
  /\b5 ?(ghz|g)\b[^.?!]{0,30}\b(eget|egen|own|separate|separat\w*|different|annat|nytt)\b[^.?!]{0,12}\b(namn\w*|name|ssid|nat\w*|natverk\w*|network)\b|\b(eget|egen|own|separate|separat\w*)\b[^.?!]{0,12}\b(namn\w*|name|ssid|nat\w*|natverk\w*|network)\b[^.?!]{0,20}\b5 ?(ghz|g)\b|\b(eget|egen|own|separate|separat\w*)\b[^.?!]{0,6}\b5 ?(ghz|g)\b[^.?!]{0,3}\b(namn\w*|name|ssid|nat\w*|natverk\w*|network|wi-?fi)\b/;
/**
 * "kan ni dela upp banden?", "split the bands", "separate 2.4 and 5 GHz", "separata nät för 2,4 och 5 GHz",
 * "dela upp 2.4 och 5" (the 5 without its GHz):
 * the two bands as two networks (folded text).
 */
const SPLIT =
  /\b(split\w*|separat\w*|dela\w*( upp| pa)?|uppdel\w*|isar)\b[^.?!]{0,25}\b(band|banden|bands|frekvens\w*|frequenc\w*|2[.,]4( ?ghz)?\b[^.?!]{0,12}\b5( ?(ghz|g))?\b)|\b(band|banden|bands|2[.,]4 (och|and) 5 ?(ghz|g))\b[^.?!]{0,20}\b(split\w*|separat\w*|isar|uppdelade?)\b|\b(separate|separata|two|tva|egna)\b[^.?!]{0,8}\b(networks|nat|natverk)\b[^.?!]{0,20}\b(2[.,]4|5 ?(ghz|g)|band\w*)\b/;
/** Asked for or taken up: a request, a go-ahead, a please (folded). */
const WANTED =
  /\b(ge|give|gor|gora|make|set|satt|andra|byt\w*|dela|split|garna|please|pls|snalla|ja|jo|yes|yeah|ok|okej|okay|sure|visst|kor|go ahead|do it|gor det|vill|want|would like|'d like|kan (ni|du)|can you|could you|kan (man|jag|vi) (fa|ha)|can (i|we) (get|have)|is it possible|gar det( att)?)\b/;
/** Not wanted: "no need for a 5 GHz name", "behöver inget eget namn" (folded). */
const NOT_WANTED =
  /\b(no need|don'?t|dont|do not|not necessary|never ?mind|behov\w* (inte|inget|inga)|inte (nodvandigt|behov\w*)|vill inte|slipper|skippa|strunta)\b/;

/** Only wondered about ("should I split the bands?", "vad betyder det att dela upp banden?"): a question, no request. */
const WONDERED =
  /\b(should (i|we)|ska (jag|vi)|bor (jag|vi)|is it (worth|better|a good idea)|lonar det sig|what (is|does|are|would)|vad (ar|betyder|innebar|hander)|why|varfor|how do (i|we)|hur gor (jag|vi|man))\b/;
/** …unless the desk is asked in so many words beside it ("…? can you do it for me?"). */
const ASKED = /\b(kan (ni|du)|can you|could you|please|pls|snalla|(i|we) want|(jag|vi) vill)\b/;

/** Whether one sentence (folded) asks for the 5 GHz band's own name. */
function asksInSentence(s: string): boolean {
  return (
    (OWN_NAME.test(s) || SPLIT.test(s)) &&
    WANTED.test(s) &&
    !NOT_WANTED.test(s) &&
    (!WONDERED.test(s) || ASKED.test(s))
  );
}

const sentences = (text: string) =>
  String(text)
    .slice(0, 1000)
    .split(/(?<=[.!?\n])\s+/);

/** The sentence of `text` that asks (a request, a go-ahead: "kan ni dela upp banden?", "split the bands please") for the 5 GHz band's own name, if one does. */
export function asksFiveGhzOwnName(text: string): boolean {
  return sentences(text).some((s) => asksInSentence(fold(s)));
}

/**
 * "what if it's slow again tonight? and can you make a separate 5ghz network…": what `text` says beside the
 * sentence asking for the 5 GHz band's own name (empty when nothing else is said).
 */
export function besideFiveGhzRequest(text: string): string {
  const all = sentences(text);
  if (!all.some((s) => asksInSentence(fold(s)))) return '';
  return all
    .filter((s) => !asksInSentence(fold(s)))
    .join(' ')
    .trim();
}
