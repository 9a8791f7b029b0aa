// A question inside an answer that is put again, not taken as the answer: "yeah. is that safe tho?" at a
// permission (consent-safety.ts), "i guess. but is 40 on wifi really normal?" / "jo typ. men är det
// verkligen normalt?" at "does it work now?". The question is answered (per action, per root cause)
// and the same question put again; a plain answer after the question ("… ok do it", "… yes it works
// now") is left to the reading.
import type { AskKey } from '../domain/index.js';
import type { Facts } from '../runbooks/types.js';
import type { ReplyAct } from '../triage/reply.js';
import { confirmKind } from '../triage/confirm-kind.js';
import { topicsOf } from '../triage/topics-of.js';
import { safetyReading } from './consent-safety.js';

type LearnFacts = (facts: Facts, text: string) => Facts;

const NORMAL_ASKED: ReplyAct = { act: 'question', topic: 'is_normal' };

/** At "does it work now?": "is that normal?" asked beside a hedge or a yes is a question. */
function normalReading(askKey: AskKey | null | undefined, text: string, act: ReplyAct): ReplyAct {
  if (askKey !== 'resolution.confirm' || (act.act === 'question' && act.topic !== 'other')) return act;
  if (!topicsOf(text).includes('is_normal')) return act;
  const sentences = text.match(/[^.!?…]+[.!?…]*/g) ?? [];
  const asked = sentences.findLastIndex((x) => topicsOf(x).includes('is_normal'));
  // "yep sites load now. btw … is that normal?", "… ja nu funkar det": a clear "it works" beside it stays
  // the answer (the confirm-kind table's reading of the other sentences; "i guess" is no "it works").
  const others = sentences.filter((_, i) => i !== asked).join(' ');
  return confirmKind(others)?.works ? act : NORMAL_ASKED;
}

/** The reading of a reply with the questions inside it put first. */
export function innerQuestion(
  askKey: AskKey | null | undefined,
  text: string,
  learn: LearnFacts,
  act: ReplyAct,
): ReplyAct {
  return safetyReading(askKey, text, learn, normalReading(askKey, text, act));
}
