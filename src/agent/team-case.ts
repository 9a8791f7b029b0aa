// "måste jag betala de 549 nu, eller kan jag vänta?" while sales has the conversation's case and billing a
// case linked to it: a follow-up for a team that already has a case in this conversation belongs on THAT
// case — answered for it (its reference, its team) and noted there, never on another team's case and never
// in a duplicate case for the same team.
import type { Ticket } from '../domain/index.js';
import type { TicketStore } from '../tickets/ports.js';
import { homeOf } from '../tickets/conversation-home.js';
import { caseQuestions, type CaseQuestion } from './case-questions.js';
import type { ConversationState } from './conversation-state.js';

/** Questions about an invoice and paying it: the billing team's, whichever team has the current case. */
const BILLING_QUESTIONS: ReadonlySet<CaseQuestion> = new Set<CaseQuestion>([
  'pay_before_answer',
  'pay_now',
  'pay_method',
  'amount_owed',
  'paid_already',
  'auto_pay',
  'send_receipt',
]);
/** Statuses of a case still with its team. */
const WITH_TEAM: ReadonlySet<string> = new Set(['escalated', 'open', 'pending_customer', 'pending_internal']);

/** "do I have to pay it now?", "I already paid": a question about paying an invoice. */
export function paymentQuestion(text: string): boolean {
  return caseQuestions(text).some((q) => BILLING_QUESTIONS.has(q));
}

/** The team `text` is for: the follow-up's team, else billing for a question about paying an invoice. */
export function teamAddressed(text: string, followUp: string | undefined): string | undefined {
  if (followUp) return followUp;
  // (A refund has its own path, which finds billing's case already linked: refund-wish.ts.)
  return paymentQuestion(text) ? 'billing' : undefined;
}

/**
 * Another case of this conversation that `team` already has (not the one the conversation is on now), or
 * null. Only when `team` is not the current case's own.
 */
export async function teamCaseInConversation(
  tickets: Pick<TicketStore, 'get' | 'getByReference'>,
  ticket: Ticket,
  conv: ConversationState,
  team: string | undefined,
): Promise<Ticket | null> {
  if (!team || !conv.handoff || conv.handoff.queue === team || conv.handoff.queue === 'outage') return null;
  const current = conv.workTicketId ?? ticket.id;
  const cases = await conversationCases(tickets, [ticket.id], conv);
  return cases.find((t) => t.id !== current && t.queue === team && WITH_TEAM.has(t.status)) ?? null;
}

/**
 * The case of this conversation linked to an outage still open (its incident not yet fixed), or null:
 * "when the internet is back, how will I know?" asked while billing's case is the current one is that case's.
 */
export async function outageCaseInConversation(
  tickets: Pick<TicketStore, 'get' | 'getByReference' | 'getState'>,
  ticket: Ticket,
  conv: ConversationState,
): Promise<Ticket | null> {
  // (The conversation may be on a case opened in it: its home, the ticket the conversation began on, counts too.)
  const home = await homeOf(tickets, ticket.id);
  const cases = await conversationCases(tickets, [ticket.id, home], conv);
  return cases.find((t) => !!t.incidentId && WITH_TEAM.has(t.status)) ?? null;
}

/** The tickets `ids` and the cases linked in this conversation, in that order (each once among `ids`). */
async function conversationCases(
  tickets: Pick<TicketStore, 'get' | 'getByReference'>,
  ids: string[],
  conv: ConversationState,
): Promise<Ticket[]> {
  const own = await Promise.all([...new Set(ids)].map((id) => tickets.get(id)));
  const linked = await Promise.all((conv.linkedTickets ?? []).map((r) => tickets.getByReference(r)));
  return [...own, ...linked].filter((t): t is Ticket => !!t);
}
