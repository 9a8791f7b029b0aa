// The comment kept with a satisfaction score: only what the customer says about the service. A question or
// a request beside the score ("5, quick and clear. one more thing - does the router update itself?", "4. men
// du svarade inte, var det mitt fel?") is answered, never stored as the comment; nor is a bare lead-in
// ("one more thing", "en sak till") left behind by it.
import { fold } from '../triage/normalize.js';
import { asksSomething, sentencesOf } from './general-questions.js';

/** Words that only lead on to what follows them (folded), never a comment on their own. */
const LEAD_ONLY =
  /^(?:(?:and|but|och|men|so|sa|also|aven|plus|ok|okay|okej|btw|by the way|one more thing|another thing|a question|quick question|en sak till|en grej till|en fraga|forresten|fast|dock|though|however|oh|aha|jaha|hmm+)\b[\s,:;–—-]*)*$/;
/** A conjunction that opens the comment once what stood before it is left out ("men du svarade inte"). */
const LEADING_JOIN = /^(?:and|but|och|men|also|plus)\b[\s,]*/i;
/** A clause that wants something done (folded): a request, answered as one, never a comment. */
const WANTS = /\b(please|pls|snalla|can you|could you|kan (du|ni)|i want|i'd like|jag vill|vill ha)\b/;

/** Whether a clause asks or wants something. */
function asksOrWants(clause: string): boolean {
  return clause.includes('?') || asksSomething(clause) || WANTS.test(fold(clause));
}

/**
 * Words that turn to something else (folded): what follows them ("One more thing: my brother-in-law says …") is
 * the next matter, never part of the remark on the service.
 */
const TURNS_TO =
  /^(?:(?:and|och|oh and|also|plus)\s+)?(?:one more thing|another thing|a question|quick question|btw|by the way|en sak till|en grej till|en fraga|en annan sak|forresten|dessutom)\b/;

/**
 * The remark about the service in `rest` (what stands beside the score), questions and requests left out.
 * The remark is what stands before the first question or turn to another matter: "4. how do I get on 5ghz tho?
 * I only see one wifi name" has none (the sentence after the question is part of it), and "4 - quick and
 * painless, but you asked me twice. One more thing: my brother-in-law says …" keeps only its first sentence.
 */
export function scoreComment(rest: string): string {
  const kept: string[] = [];
  for (const sentence of sentencesOf(rest)) {
    if (TURNS_TO.test(fold(sentence).trim())) break;
    if (!asksOrWants(sentence)) {
      kept.push(sentence);
      continue;
    }
    // "men du svarade inte, var det mitt fel?": the clauses before the question that ask nothing.
    const clauses = sentence.split(/(?<=[,;:–—])\s+|\s+[–—-]\s+/);
    const first = clauses.findIndex((c) => asksOrWants(c) || TURNS_TO.test(fold(c).trim()));
    const remark = clauses
      .slice(0, first < 0 ? clauses.length : first)
      .filter((c) => !LEAD_ONLY.test(fold(c).trim()));
    if (remark.length) kept.push(remark.join(' ').replace(/[\s,;:–—-]+$/, ''));
    break;
  }
  return kept
    .filter(
      (s) =>
        !LEAD_ONLY.test(
          fold(s)
            .replace(/[.!]+$/, '')
            .trim(),
        ),
    )
    .join(' ')
    .replace(LEADING_JOIN, '')
    .trim()
    .slice(0, 500);
}
