// The last word of a reply that first asks or objects and then answers: "den startar ju om sig
// själv hela tiden redan?? men ok", "does what work? i just wanted the password changed. got it,
// thanks". People settle a yes/no question at the end of their message; what comes last wins.

import { innerGoAhead } from './inner-go-ahead.js';

/** Thanks or an acknowledgement and nothing else ("got it, thanks", "ok tack", "perfekt!"). */
export const ACKNOWLEDGEMENT =
  /^(?:(?:ok(?:ay|ej)?|great|perfect|perfekt|super|toppen|fint|bra|got it|uppfattat|fattar|understood|cool|nice|thanks?|thank you(?: so much| very much)?|thx|tnx|ty|cheers|tack(?: sa mycket| snalla)?|tackar)[\s,!.]*)+$/;

/**
 * The reply's closing sentence when the reply has more than one and ends in a statement, folded
 * like the rest of the answer parsing; null otherwise (a reply that ends in a question is a question).
 */
export function closingSentence(folded: string): string | null {
  const t = folded.trim();
  if (/\?\s*$/.test(t)) return null;
  const parts = t
    .split(/[.?!…]+(?:\s+|$)/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return null;
  // "… men ok", "… but fine": the conjunction only joins the answer to what came before.
  return parts[parts.length - 1].replace(/^(?:men|but|and|och|so|sa|then|da|sen)\s+/, '');
}

/**
 * A closing sentence that says no in so many words ("nej vänta med det", "no thanks"); "dont want to
 * redo the tv" after "can't you tell me the current one?" is the reason for the question, not a no.
 */
export const CLOSING_NO =
  /^(nej|nae|nix|nope|no|nah|nay|aldrig|never|not yet|inte an|inte annu|helst inte|rather not|no thanks|nej tack|don'?t do (it|that)|do not do (it|that)|gor (det )?inte)\b/;

/**
 * A yes that closes the reply after a "but" in the same sentence: "den startar ju om hela tiden ändå men
 * ok", "i already did that but fine", "tveksamt men kör". The remark before it is the customer's doubt;
 * the last word is the answer. Folded text; a reply that ends in a question is not one.
 */
const BUT_YES_AT_END =
  /(?:^|[\s,;:]|\.{2,}|…)(?:men|but)\s+(?:(?:ok(?:ay|ej|ey)?|fine|sure|visst|absolut|alright|all right|ja|jo|yes|yeah|kor|kor pa|go ahead|do it|gor det|go for it)(?:\s+(?:da|then|ok|go ahead|do it|kor|kor pa|gor det|i guess|antar jag))?)[\s.!]*$/;

/**
 * "ja förresten, ge gärna 5 GHz ett eget namn", "yes btw, please give the 5 GHz its own name", "ok and do change the
 * name too": a yes that opens a request (a go-ahead for something offered), never the answer to "does it work now?".
 * Folded text, the closing sentence.
 */
const YES_TO_REQUEST =
  /^(?:ja|jo|japp|yes|yeah|yep|ok(?:ay|ej)?|sure|visst)\b[\s,!]*(?:(?:forresten|for ovrigt|och|btw|by the way|and|also|ocksa|da|then)\b[\s,!]*)*(?:garna|please|pls|go ahead|do\b|gor\b|ge\b|give\b|byt\b|change\b|set\b|satt\b|andra\b|rename\b)/;

/** Whether the closing sentence is a yes to a request, not an answer to the question asked. */
export function yesToRequest(lastSentence: string): boolean {
  return YES_TO_REQUEST.test(lastSentence.trim());
}

/** Whether the reply ends in "…but ok" (a yes after a doubt in the same sentence). */
export function yesAfterBut(folded: string): boolean {
  return BUT_YES_AT_END.test(folded.trim());
}

/**
 * "oh ok, then no its fine. thanks", "nej det är bra", "no need": the customer declines politely — an
 * "ok" in front of it only acknowledges the offer. Folded text.
 */
const POLITE_DECLINE =
  /(?:^|[\s,.;:!])(?:no|nah|naa|nope|nej|nae|na)[\s,.!]+(?:(?:it'?s|its|it is|that'?s|thats|that is|det ar|det e|de e|det blir)\s+(?:fine|ok|okay|alright|all right|good|bra|okej|lugnt|fint)|thanks|thank you|tack|need|behovs inte|det behovs inte)\b|\b(?:no need|ingen fara|behovs inte|behovs det inte|det behovs inte|leave it( as it is)?|lat det vara|lat bli|its fine as it is|thats fine as it is)\b/;
const GO_AHEAD_AFTER = /\b(?:go ahead|do it|change it|kor|gor det|byt det|andra det)[\s.!]*$/;

/**
 * "ok thanks, then I think we skip it", "strunta i det", "forget it", "never mind", "vi avstår": the offer is
 * let go — whatever "ok" or "thanks" stands before it, this is a no and never the go-ahead. Folded text.
 */
const LET_GO =
  /\b(?:skip(?:ping)?(?: (?:it|that|this|them|those|the \w+))?|skippa\w*|skippar|hoppa(?:r)? (?:over|det|den)\b|strunt\w* i|glom (?:det|det har|det dar|allt)(?! inte)|forget (?:it|about it|that|the whole thing)|never ?mind|nvm|don'?t bother|no bother|let'?s not|lets not|(?:we'?ll|well|we will|i'?ll|ill) pass|pass on (?:it|that|this)|drop (?:it|that|this)|leave it(?! on| running| plugged| connected)|lat(?:er)? (?:det|den|bli) (?:vara|bli)|lat bli|later bli|avstar|avsta|avstod|not interested|inte intresserad\w*|not needed|no need|behovs (?:inte|ej)|ingen (?:andring|fara))\b/;

/** Leaving the conversation: "bye", "hej då", "ok tack hej". Said with no go-ahead, the offer is let go. */
const FAREWELL =
  /\b(?:bye|bye ?bye|goodbye|good bye|hej ?da|ha det(?: bra| gott)?|vi hors|see (?:you|ya)|cya|adjo)\b|\b(?:tack|thanks?|thx)[\s,.!]+hej[\s.!]*$/;

/** "forget it, i'll look on the invoice.", "strunt samma, jag kollar själv": the message opens by giving up. */
const GIVES_UP = new RegExp(
  String.raw`^(?:(?:ok(?:ay|ej)?|oh|ah|aja|jaja|well|nah|nej|no)[\s,.!]+)*(?:${LET_GO.source}|\b(?:strunt ?samma|skit ?samma|whatever|spelar ingen roll)\b)`,
);

/**
 * Whether the customer lets the matter go and asks nothing ("forget it, i'll look on the invoice.", "glöm
 * det, jag tittar själv"): a goodbye, never a new request. Folded text.
 */
export function givesUp(folded: string): boolean {
  const t = folded.trim();
  return GIVES_UP.test(t) && !t.includes('?') && !innerGoAhead(t);
}

/** Whether a consent answer declines in a polite idiom and does not end with a go-ahead. */
export function politeDecline(folded: string): boolean {
  const t = folded.trim();
  return (POLITE_DECLINE.test(t) || letsGo(t)) && !GO_AHEAD_AFTER.test(t);
}

/**
 * Whether the reply lets the offer go (skip it, låt bli, never mind) or leaves with a goodbye and no
 * go-ahead in so many words ("ok thanks, bye"): such a reply is never consent, deferred or not.
 */
export function letsGo(folded: string): boolean {
  const t = folded.trim();
  if (innerGoAhead(t) || GO_AHEAD_AFTER.test(t)) return false;
  return LET_GO.test(t) || FAREWELL.test(t);
}
