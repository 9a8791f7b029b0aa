// Words in a reply to "does it work now?" (folded text, sv + en). A question in the reply is never
// the answer ("did you update it? … how do i know its fixed" says nothing about whether it works), and
// what people say when something works without the word "works" is a yes: "nat type 2 now lets go",
// "nice!", "äntligen", "🎉". Tables only; answers.ts decides.

import { CONCLUDERS, hedgeAlternation } from './hedge-words.js';

/** Where a question starts inside a sentence: at its start, after a comma or after "so", "and", "men"… */
const QUESTION_CLAUSE =
  /(?:^|[,;:]\s*|\b(?:so|and|but|then|or|sa|och|men|da|eller)\s+)(?:how (?:do|can|will|would|should|could|shall) (?:i|we|you)\b|how to\b|is it\b|is that\b|are (?:you|they|we)\b|did (?:you|u|it)\b|have you\b|has it\b|will it\b|does it\b|hur (?:vet|ser|kan|ska|marker|kollar|testar)\b|ar det\b|har (?:ni|du)\b|funkar det\b|fungerar det\b|kommer det\b|gjorde (?:ni|du)\b).*$/;

/**
 * A wondering said as a statement: "men jag fattar fortfarande inte hur det kunde hända", "but i still dont get
 * why it happened". It asks how or why; its "still" and "not" are about understanding, never the fault.
 */
export const WONDERING_CLAUSE =
  /(?:^|[,;:]\s*|\b(?:so|and|but|though|men|och|fast|sa)\s+)(?:(?:i|jag|we|vi)\s+)?(?:(?:still|fortfarande|really|just|ju|anda|riktigt)\s+)*(?:(?:don'?t|dont|do not|can'?t|cant|cannot)\s+(?:(?:still|really|quite|fully)\s+)*(?:understand|get|see|figure out)|(?:forstar|fattar|begriper|kan)\s+(?:(?:ju|fortfarande|anda|riktigt|verkligen)\s+)*(?:inte|ej)\s+(?:(?:riktigt|fortfarande|heller|forsta|fatta|begripa)\s+)*)\s*(?:why|how|what|varfor|hur|vad)\b.*$/;

/** The reply without what it asks: sentences ending in "?" and clauses opened by a question. */
export function withoutQuestions(folded: string): string {
  // ("a different 192.168 address?" is one question: a decimal point ends no sentence.)
  // ("netflix plays again :) what was wrong?": a smiley or an emoji ends the sentence before it.)
  return (endsAtSmileys(folded.replace(/(\d)\.(\d)/g, '$1,$2')).match(/[^.!?]+[.!?]*/g) ?? [])
    .filter((s) => !s.trim().endsWith('?'))
    .map((s) => s.trim().replace(QUESTION_CLAUSE, '').replace(WONDERING_CLAUSE, ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A remark about the desk beside the answer: "you still didnt answer about wifi 6 tho", "du har fortfarande
 * inte svarat om mesh". Its "still" and "not" are about the desk's answer, never that the fault is still there.
 */
const ABOUT_THE_DESK =
  /\b(?:you|u|ya|ni|du)\b(?:\s+(?:still|also|just|really|ju|fortfarande|har|have|has|anda|aldrig|never))*\s+(?:didn'?t|didnt|did not|haven'?t|havent|have not|hasn'?t|never|couldn'?t|could not|can'?t|cannot|inte|aldrig|svarade inte|sa inte|har inte)\b(?:\s+(?:still|yet|ju|fortfarande|riktigt|really|kunde|kan|could|can))*\s+(?:answer\w*|repl\w*|respond\w*|say|said|tell|told|address\w*|svara\w*|svarat|sagt|sa|berattat|namnt)\b[^.!?]*|\b(?:ni|du) (?:svarade|svarat|sa) (?:ju |fortfarande |aldrig |inte )+(?:pa|om|nagot|nat|nanting)?\b[^.!?]*/g;

/**
 * "…förstod jag inte riktigt", "i didn't quite understand": not following what the desk said. Only the words
 * themselves go ("i don't understand why it still drops" keeps "why it still drops").
 */
const NOT_FOLLOWING =
  /\b(?:forstod|forstar|fattade|fattar|begrep|begriper) (?:jag |vi )?(?:inte|ej)(?: riktigt| helt| heller)?\b|\b(?:didn'?t|did not|don'?t|do not|couldn'?t) (?:quite |really |fully )?(?:understand|follow)\b/g;

/** The reply without its remarks about the desk (folded text). */
export function withoutDeskRemarks(folded: string): string {
  return folded.replace(ABOUT_THE_DESK, ' ').replace(NOT_FOLLOWING, ' ').replace(/\s+/g, ' ').trim();
}

/** "…youtube kept playing, so I suppose yes.", "i guess yes then", "antar det ja": a yes concluded, softened. */
const CONCLUDED_YES = new RegExp(
  String.raw`(?:^|[,;:.]\s*|\b(?:so|then|well|sa|da)\s+)(?:${hedgeAlternation(CONCLUDERS)})\s*,?\s*(?:yes|yeah|yep|yup|ja|jo|japp|jepp)\b(?!\s*,?\s*(?:but|men|no|nej|maybe|kanske))|\b(?:yes|yeah|yep|yup|ja|jo|japp|jepp)\s*,?\s*(?:${hedgeAlternation(CONCLUDERS)})\s*[.!]*$`,
);

/** The reply concludes with a softened yes. */
export function concludesYes(folded: string): boolean {
  return CONCLUDED_YES.test(folded);
}

/** Said when something works, without the word "works". */
const POSITIVE_WORDS = String.raw`let'?s go+|lets go+|nice|sweet|awesome|yay+|woo+h?o*|whoo+|finally|works like a charm|like a charm|smooth|nat (?:type )?(?:1|2|open|a|b)|open nat|grymt|kanon|antligen|harligt|najs|som (?:ett )?(?:tag|taget|smort)|sjukt bra|asbra|klockrent|helt perfekt|felfritt`;
const POSITIVE = new RegExp(String.raw`\b(?:${POSITIVE_WORDS})\b`);
/** "not nice", "inte grymt": the word denied. */
const DENIED = new RegExp(
  String.raw`\b(?:not|no|inte|ej|never|aldrig|isn'?t|wasn'?t|far from|langt ifran)\s+(?:\w+\s+)?(?:${POSITIVE_WORDS})\b`,
);
/** What people type when something works. */
const POSITIVE_EMOJI = /[🎉🥳✅💪🙌👌🔥😍🤩👏]/u;

/** A reply that says, in other words, that it works now. */
export function saysItWorks(folded: string): boolean {
  if (DENIED.test(folded)) return false;
  return POSITIVE.test(folded) || POSITIVE_EMOJI.test(folded);
}

/** A smiley (":)", ";-D") or an emoji between words ends a sentence, as a full stop would. */
const SMILEY = /\s*(?:[:;]-?[()DPp]|[\u{1F300}-\u{1FAFF}\u{2600}-\u{27BF}])+(?=\s+\S)/gu;
export function endsAtSmileys(text: string): string {
  return text.replace(SMILEY, '.');
}
