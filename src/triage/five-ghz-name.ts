// "Ja förresten, ge gärna 5 GHz ett eget namn så jag kan välja själv", "yes please give the 5 GHz its own name",
// "kan ni ge 5 GHz-nätet ett eget namn?": the 5 GHz band wanted with a name of its own — the offer the desk makes
// beside "one name, the router picks the band" (reply.one_name_bands), taken up. Patterns are data.
import { fold } from './normalize.js';

/** The 5 GHz band with a name of its own (folded text, sv/en). */
const OWN_NAME =
  /\b5 ?(ghz|g)\b[^.?!]{0,30}\b(eget|egen|own|separate|separat\w*|different|annat|nytt)\b[^.?!]{0,12}\b(namn\w*|name|ssid|nat\w*|natverk\w*|network)\b|\b(eget|egen|own|separate|separat\w*)\b[^.?!]{0,12}\b(namn\w*|name|ssid|nat\w*|natverk\w*|network)\b[^.?!]{0,20}\b5 ?(ghz|g)\b/;
/** Asked for or taken up: a request, a go-ahead, a please (folded). */
const WANTED =
  /\b(ge|give|gor|gora|make|set|satt|andra|byt\w*|dela|split|garna|please|pls|snalla|ja|jo|yes|yeah|ok|okej|okay|sure|visst|kor|go ahead|do it|gor det|vill|want|would like|'d like|kan (ni|du)|can you|could you)\b/;
/** Not wanted: "no need for a 5 GHz name", "behöver inget eget namn" (folded). */
const NOT_WANTED =
  /\b(no need|don'?t|dont|do not|not necessary|never ?mind|behov\w* (inte|inget|inga)|inte (nodvandigt|behov\w*)|vill inte|slipper|skippa|strunta)\b/;

/** The sentence of `text` that asks for the 5 GHz band's own name, if one does. */
export function asksFiveGhzOwnName(text: string): boolean {
  return String(text)
    .slice(0, 1000)
    .split(/(?<=[.!?\n])\s+/)
    .map((s) => fold(s))
    .some((s) => OWN_NAME.test(s) && WANTED.test(s) && !NOT_WANTED.test(s));
}
