// The cable step done at the router end only (cable-ends.ts). A question about the rest ("what's a splitter
// though? … is that the little white box?") is answered once and the rest of the step asked for — the step
// is not done until the customer says so. The wall end out of reach for now ("behind the sofa, I can't get to
// it") is the step done in part: said back as that, recorded as partly, and the line tested on what was done.
import type { Ticket } from '../domain/index.js';
import type { TriageLike } from '../runbooks/ports.js';
import { cableEndsLeft } from '../triage/cable-ends.js';
import { fold } from '../triage/normalize.js';
import { classifyReply, type QuestionTopic } from '../triage/reply.js';
import { topicsOf } from '../triage/topics-of.js';
import type { ConversationState } from './conversation-state.js';
import { rootCauseOf } from './knowledge.js';
import { actionsDone, questionAnswers } from './question-answers.js';
import { questionClauses, sideAnswers } from './side-questions.js';
import type { Turn } from './turn.js';
import type { AnswerReadingDeps } from './answer-readings.js';

/** What the reading needs of the answer readings' own deps. */
export type CableEndsDeps = Pick<AnswerReadingDeps, 'engine' | 'context' | 'note' | 'answer'>;

/** Questions about the wall end of a phone line: its splitter, where the phone goes. */
const REST_TOPICS: ReadonlySet<QuestionTopic> = new Set<QuestionTopic>([
  'is_splitter',
  'what_splitter',
  'phone_where',
]);

/** True when the reply to "check the cables" was read here. */
export async function onCableEnds(
  deps: CableEndsDeps,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
  tri: TriageLike,
): Promise<boolean> {
  // ("theres a white box on the phone jack, is that the splitter": a question about the splitter without its mark.)
  const topics = topicsOf(text);
  const asks = [...questionClauses(text), ...(topics.some((x) => REST_TOPICS.has(x)) ? [text] : [])];
  const left = cableEndsLeft(fold(text).replace(/[’`´]/g, "'"), asks.map(fold));
  if (!left) return false;
  if (left === 'out_of_reach') {
    await deps.note(
      ticket.id,
      'customer did the cable step in part: the router end is in, the wall end is out of reach for now',
    );
    turn.say('step.cables.router_end_only');
    await deps.answer(ticket, conv, turn, text, tri, { kind: 'done', partly: true, restLeft: true });
    return true;
  }
  const { service } = await deps.context(conv);
  const state = await deps.engine.get(ticket.id);
  const ctx = {
    askKey: 'step.check_cables' as const,
    cause: rootCauseOf(state),
    access: service?.access ?? null,
    actions: actionsDone(state),
  };
  const side = sideAnswers(text, ctx).keys;
  const act = side.length ? null : classifyReply('step.check_cables', text, conv.language);
  const keys =
    act && 'topic' in act && act.topic
      ? questionAnswers(text, act.topic, ctx, 'reply.other').filter((k) => !k.startsWith('reply.other'))
      : side;
  for (const key of keys) turn.say(key, { reference: ticket.reference });
  await deps.note(
    ticket.id,
    'customer did the router end of the cable step and asked about the rest; answered, and the rest asked for',
  );
  turn.ask(
    'step.check_cables',
    service?.access === 'dsl' || ctx.cause === 'dsl_low_snr'
      ? 'ask.step.check_cables.rest.dsl'
      : 'ask.step.check_cables.rest',
  );
  return true;
}
