// "will the technician bring a new router? and do i have to pay for the visit?": one answer per
// question, in the order they were asked. The answerers after a handoff (the visit's cost, the field
// team's answers, the case's answers, …) each say what they answer tagged with the question
// (Turn.answering); the paragraphs are then put in the order the questions stand in the message —
// each question is found in the sentence that asks it by the same reader that answered it. A question
// no single sentence shows keeps its place after the located ones.
import { topicsOf } from '../triage/topics-of.js';
import { afterQuestions, type AfterQuestion } from './after-questions.js';
import { caseQuestions, type CaseQuestion } from './case-questions.js';
import { asksDeskToAct } from './desk-limits.js';
import { fieldQuestions, type FieldQuestion } from './field-questions.js';

/** The tag of an answer: which reader's question it answers. */
export type AnswerTag =
  | `after:${AfterQuestion}`
  | `field:${FieldQuestion}`
  | `case:${CaseQuestion}`
  | 'cost'
  | 'desk_limit'
  | 'compensation';

/** Whether `part` (one sentence of the message) asks the question the tag names. */
const READERS: Partial<Record<string, (part: string, name: string) => boolean>> = {
  after: (part, name) => afterQuestions(part).includes(name as AfterQuestion),
  field: (part, name) => fieldQuestions(part).includes(name as FieldQuestion),
  case: (part, name) => caseQuestions(part).includes(name as CaseQuestion),
  cost: (part) => topicsOf(part).includes('cost'),
  desk_limit: (part) => asksDeskToAct(part),
  compensation: (part) => topicsOf(part).includes('compensation'),
};

/** The message's sentences, each ending at its question mark or full stop. */
export function askedParts(text: string): string[] {
  return text
    .split(/(?<=[?!.])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Where in `text` the question of each tag is asked: the index of its sentence, Infinity when none shows it. */
export function askedOrder(text: string): (tag: string | undefined) => number {
  const parts = askedParts(text);
  const cache = new Map<string, number>();
  return (tag) => {
    if (!tag) return Infinity;
    const known = cache.get(tag);
    if (known !== undefined) return known;
    const [reader, name = ''] = tag.split(':');
    const read = READERS[reader];
    const at = read && parts.length > 1 ? parts.findIndex((p) => read(p, name)) : -1;
    const rank = at < 0 ? Infinity : at;
    cache.set(tag, rank);
    return rank;
  };
}
