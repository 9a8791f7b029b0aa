import type { Language, Ticket } from '../domain/index.js';
import type { TicketStore } from '../tickets/ports.js';
import { hasMessage, t, type MessageKey, type Params } from './messages/index.js';

/** The customer's follow-up, put on the handed case for the person who has it. */
export async function noteForTeam(
  tickets: TicketStore,
  ticket: Ticket,
  text: string,
  verified: boolean,
): Promise<void> {
  await tickets.append(ticket.id, [
    {
      type: 'note',
      actor: { kind: 'customer', id: null },
      text: `Follow-up from the customer, ${verified ? 'verified' : 'not verified'} (for the person who has the case): "${text.slice(0, 300)}"`,
      internal: true,
    },
  ]);
}

/** Questions asked after a handoff that the desk left for the team, put on the case as an internal note. */
export async function noteQuestionsForTeam(
  tickets: TicketStore,
  ticket: Ticket,
  questions: string[],
): Promise<void> {
  await tickets.append(ticket.id, [
    {
      type: 'note',
      actor: { kind: 'bot', id: null },
      text: `customer asked after the handoff, for the team to answer: "${questions.join(' ').slice(0, 300)}"`,
      internal: true,
    },
  ]);
}

/**
 * "hallå? jag frågade vad som hänt": the same "I have noted it" sentence is never said twice in a row —
 * the second time its `.again` form says plainly that the desk cannot answer more, and who will.
 */
export async function notedOnce(
  tickets: Pick<TicketStore, 'timeline'>,
  ticket: Ticket,
  language: Language,
  key: MessageKey,
  params: Params,
): Promise<MessageKey> {
  const again = `${key}.again`;
  if (!hasMessage(again)) return key;
  const last = [...(await tickets.timeline(ticket.id))].reverse().find((e) => e.type === 'message_out');
  const said = last?.type === 'message_out' ? last.text : '';
  return said.includes(t(language, key, params)) ? again : key;
}
