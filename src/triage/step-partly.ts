// "done, my phone is back on. printer i'll do later": a step done now for what matters, with the rest put
// off, is done. Only a reply where every clause that says done is itself put off ("i can do it tonight")
// waits. Read on folded text.
import type { AskKey } from '../domain/index.js';
import { parseAnswer } from './answers.js';

/** A clause that is only a yes or an ok says nothing done by itself ("ok, I'll do it later"). */
const BARE = /^(ok|okay|okej|oki|k|yes|yeah|yep|ja|jo|japp|sure|fine|alright|visst|absolut)$/;

/** Whether the reply reports the step done in a clause that `later` (the put-off words) leaves alone. */
export function doneNow(askKey: AskKey, folded: string, later: RegExp): boolean {
  if (!later.test(folded)) return true;
  return folded
    .split(/[.;:!?,]+|\b(?:but|men|and|och|though|fast)\b/)
    .map((c) => c.trim())
    .some((c) => c !== '' && !BARE.test(c) && !later.test(c) && parseAnswer(askKey, c).kind === 'done');
}
