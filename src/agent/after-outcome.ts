// Messages after the case's outcome. After a close, a message is a satisfaction score only if it is
// one; thanks get a short reply; a new request is handled as one (after-close.ts). After a handoff to
// a person (or an outage notice) the conversation stays open: messages reach the ticket, questions are
// answered, and a new request opens a linked ticket — the first case never leaves its queue
// (after-handoff.ts). This module builds the shared helpers once and hands out the entry points.
import { onClosed } from './after-close.js';
import {
  createAfterOutcomeContext,
  type AfterOutcomeCtx,
  type AfterOutcomeDeps,
} from './after-outcome-context.js';
import { answerAboutCase } from './handoff-case-questions.js';
import { openLinked } from './linked-case.js';
import { takeTeamOffer } from './knowledge-routes.js';
import type { Ticket } from '../domain/index.js';
import type { ConversationState } from './conversation-state.js';
import type { Turn } from './turn.js';

/** A module function's parameters after the shared helpers it takes first. */
type AfterCtx<A extends unknown[]> = A extends [AfterOutcomeCtx, ...infer Rest] ? Rest : never;

export function createAfterOutcome(deps: AfterOutcomeDeps) {
  const c = createAfterOutcomeContext(deps);
  return {
    /** Returns false when the old closed-case handling should take the message. */
    onClosed: (...args: AfterCtx<Parameters<typeof onClosed>>) => onClosed(c, ...args),
    answerAboutCase: (...args: AfterCtx<Parameters<typeof answerAboutCase>>) => answerAboutCase(c, ...args),
    /** The after-outcome questions in `text` the case answers itself (after-answers.ts); the kinds answered. */
    answerFromCase: (ticket: Ticket, conv: ConversationState, turn: Turn, text: string) =>
      c.answers.answer(ticket, conv, turn, text, c.params(ticket, conv)),
    openLinked: (...args: AfterCtx<Parameters<typeof openLinked>>) => openLinked(c, ...args),
    /** The desk's offer taken ("gärna att andralinjen fixar gästnätet"): carried out (knowledge-routes.ts). */
    takeTeamOffer: (...args: AfterCtx<Parameters<typeof takeTeamOffer>>) => takeTeamOffer(c, ...args),
    /** The questions beside the times that booked the visit, answered with it. */
    answerBooked: async (ticket: Ticket, conv: ConversationState, turn: Turn, text: string) =>
      c.visitMove.answerBooked(ticket, conv, turn, text, await c.deps.cause(ticket)),
  };
}
