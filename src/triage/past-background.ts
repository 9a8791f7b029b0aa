// "Also, we had no internet from Saturday until today because of a loose cable, that was our own fault so no
// complaint there, just mentioning it": a past fault told as background — over, or the customer's own, and said
// to be no complaint — is no problem report. Its sentence is left out when the message is classified, so a
// double-charge e-mail stays the billing question it is (round 33, c#10). Tables only (folded text, sv + en).
import { fold } from './normalize.js';

/** The fault is told as past or as background: over, the customer's own, or no complaint. Folded. */
const BACKGROUND =
  /\b(no complaint\w*|not (a|any) complaint|not complaining|nothing to complain|(our|my) own (fault|doing|mistake)|(i|we) (just |only )?(wanted to |want to )?mention\w*|just mentioning|just so you know|for your information|fyi|in case it shows up|(it'?s|it is|everything'?s|everything is|all) (fine|ok|working|sorted|fixed) now|works (fine |again |perfectly )?now|working (fine |again )?now|ingen klagan|inget klagomal|klagar inte|(vart|mitt) eget fel|(vi|jag) (ville |vill )?(bara )?namna|bara sa (ni|du) vet|for kannedom|(fungerar|funkar) (fint |bra |igen )?nu|(ar|e) (lost|fixat|ordnat|bra) nu)\b/;
/** A fault in the past: "we had no internet", "was down", "hade inget internet", "låg nere". Folded. */
const PAST_FAULT =
  /\b((we|i) had no (internet|connection|wi-?fi)|(was|were) (down|offline|out|broken)|had (an? )?(outage|problems?|issues?)|didn'?t work|did not work|(vi|jag) hade (inget|ingen|problem|strul|avbrott)|lag nere|var nere|fungerade inte|funkade inte|hade vi (inget|ingen|avbrott|problem))\b/;

/** `cleaned` without its sentences that tell a past fault as background (unchanged when nothing else is left). */
export function withoutPastBackground(cleaned: string): string {
  const sentences = cleaned.match(/[^.!?\n]+[.!?\n]*/g) ?? [];
  const kept = sentences.filter((s) => {
    const f = fold(s);
    return !(PAST_FAULT.test(f) && BACKGROUND.test(f));
  });
  if (kept.length === sentences.length) return cleaned;
  const rest = kept.join('').trim();
  return /\p{L}{3,}/u.test(rest) ? rest : cleaned;
}
