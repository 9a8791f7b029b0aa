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

/**
 * A fault the customer says is already known or in hand and needs no look from us: "I know the internet is
 * down in Limhamn, my husband has already been in touch with you about that, so no need to look at it",
 * "the outage is already reported", "that's not why I'm writing", "jag vet att nätet ligger nere, det är redan
 * anmält, ni behöver inte kolla det" (round 34, a#9). Present or past, the sentence is background, not a report.
 * Folded.
 */
const KNOWN_IN_HAND =
  /\b(no need (for you )?to (look|check|test|do anything)\w*|(you )?(don'?t|do not|needn'?t|need not) (need to )?(look|check|test|worry about|do anything about) (it|that|this|into)\b|(has|have|had) already (been in touch|contacted|called|reported|told|written|spoken)|already (been )?reported|already (have|has|got) a (case|ticket)|(you|you'?ve|you have) already (know|been told|got)|(you|we) (already )?know about (it|that|this)|(that'?s|that is|this is|it'?s|it is) not (why|what) (i'?m|i am|we'?re|we are) (writing|contacting)|not (why|what) (i'?m|i am|we'?re|we are) writing (about|for)|(ni )?behover inte (kolla|titta|undersoka|gora nagot)|ingen anledning (for er )?att (kolla|titta)|(har )?redan (anmalt|rapporterat|hort av sig|varit i kontakt|kontaktat|ringt|skrivit)|ar redan (anmalt|rapporterat|kant)|ni vet (redan )?om (det|detta)|(det|detta) (ar|e) inte (darfor|det) jag skriver)/;
/** A fault named now or before: "the internet is down", "the outage", "ligger nere", "avbrottet". Folded. */
const FAULT_NAMED =
  /\b(outage|fault|disruption|(internet|connection|network|line|wi-?fi|broadband)( \w+)? (is|was|has been|'?s) (down|out|off|offline|not working|broken|dead)|down in|no (internet|connection)|avbrott\w*|storning\w*|fel i (natet|omradet)|(ligger|lag|ar|var) nere|fungerar inte|funkar inte|inget (internet|nat))\b/;

/** `cleaned` without its sentences that tell a past fault as background (unchanged when nothing else is left). */
export function withoutPastBackground(cleaned: string): string {
  const sentences = cleaned.match(/[^.!?\n]+[.!?\n]*/g) ?? [];
  const kept = sentences.filter((s) => {
    const f = fold(s);
    return !((PAST_FAULT.test(f) && BACKGROUND.test(f)) || (FAULT_NAMED.test(f) && KNOWN_IN_HAND.test(f)));
  });
  if (kept.length === sentences.length) return cleaned;
  const rest = kept.join('').trim();
  return /\p{L}{3,}/u.test(rest) ? rest : cleaned;
}
