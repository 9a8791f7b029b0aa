// "yeah. is that safe tho? my mom will kill me if we get hacked" at a permission: a question about the
// safety of the action asked about. It is answered for that action (safety-*.ts) and the permission is
// asked again; the "yeah" in front is no yes while the question is open, and hacking named as what could
// happen is no report of an intruder. A sentence that says it has happened ("we have been hacked") is.
import type { AskKey } from '../domain/index.js';
import type { Facts } from '../runbooks/types.js';
import type { ReplyAct } from '../triage/reply.js';
import { cleanText, fold } from '../triage/normalize.js';
import { HYPOTHETICAL_HACK } from '../triage/safety-words.js';
import { topicsOf } from '../triage/topics-of.js';

type LearnFacts = (facts: Facts, text: string) => Facts;

const SAFETY_ASKED: ReplyAct = { act: 'question', topic: 'is_it_safe' };

/** Whether `text`, sent while `askKey` is pending, asks whether the action asked about is safe. */
export function asksIfSafe(askKey: AskKey | null | undefined, text: string, learn: LearnFacts): boolean {
  if (!askKey?.startsWith('consent.')) return false;
  const folded = fold(cleanText(text));
  if (!topicsOf(text).includes('is_it_safe') && !HYPOTHETICAL_HACK.test(folded)) return false;
  if (!text.includes('?') && !HYPOTHETICAL_HACK.test(folded)) return false;
  return !statesIntruder(text, learn);
}

/**
 * The reading of a reply at a permission: a safety question is a question, whatever stands in front
 * ("yeah. is that safe tho?"); a go-ahead after it ("is it safe? ok do it anyway") is left to the reading.
 */
export function safetyReading(
  askKey: AskKey | null | undefined,
  text: string,
  learn: LearnFacts,
  act: ReplyAct,
): ReplyAct {
  // A question the reading already names ("will i lose my settings?") keeps its own answer.
  if ((act.act === 'question' && act.topic !== 'other') || !asksIfSafe(askKey, text, learn)) return act;
  const sentences = text.match(/[^.!?…]+[.!?…]*/g) ?? [];
  const asked = sentences.findLastIndex((x) => x.includes('?') || HYPOTHETICAL_HACK.test(fold(cleanText(x))));
  const after = fold(cleanText(sentences.slice(asked + 1).join(' ')));
  return GO_AHEAD.test(after) ? act : SAFETY_ASKED;
}

/** A go-ahead after the question ("is it safe? ok do it anyway", "är det farligt? kör ändå"). */
const GO_AHEAD =
  /\b(do it|go ahead|go for it|just do|anyway|whatever|yes do|yes please|gor det|kor( bara| pa| du)?|ja gor|ja kor|anda|spelar ingen roll)\b/;

/** A sentence that voices an intruder as a fact: neither asked nor named as what could happen. */
function statesIntruder(text: string, learn: LearnFacts): boolean {
  const sentences = text.match(/[^.!?…]+[.!?…]*/g) ?? [];
  return sentences.some(
    (x) => learn({}, x).securityWorry && !x.includes('?') && !HYPOTHETICAL_HACK.test(fold(cleanText(x))),
  );
}
