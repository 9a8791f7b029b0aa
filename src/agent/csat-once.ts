// One satisfaction question for the requests of one conversation. A case that closes in the same reply
// that takes up the customer's next request ("ja nu funkar aftonbladet. en grej till … byt namn på wifi:t
// till Berg hemma?") is not asked about on its own, beside the next request's question: the question
// comes once, after the last request is done, and its score is recorded on the case it was asked on
// (the last one, which the conversation works on then). Once a score is given, a later case closed in the same
// conversation does not ask again: one contact, one satisfaction question.
import type { ConversationState } from './conversation-state.js';

/** The case `ticketId` closes now and the next request is taken up in the same reply: its score comes later. */
export function scoreLater(conv: ConversationState, ticketId: string): void {
  conv.csatCovers = [...(conv.csatCovers ?? []), ticketId];
  conv.csatLater = true;
}

/** Whether the satisfaction question is held back at this close (once: the next close asks it). */
export function holdsScore(conv: ConversationState): boolean {
  const held = !!conv.csatLater;
  conv.csatLater = false;
  return held;
}

/**
 * The ticket a score asked for now is recorded on: `asked`, the case the question was put on (the last one
 * it covers: its timeline holds the question and the answer; a case closed before it keeps its own outcome).
 */
export function scoreTicket(conv: ConversationState, asked: string): string {
  conv.csatCovers = [];
  return asked;
}

/** A score was recorded in this conversation: later closes in it do not ask again. */
export function scoreGiven(conv: ConversationState): void {
  conv.scoreGiven = true;
}

/** Whether this close asks the satisfaction question (not when a score was given in this conversation already). */
export function asksScore(conv: ConversationState): boolean {
  return !holdsScore(conv) && !conv.scoreGiven;
}
