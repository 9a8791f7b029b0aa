// "sure, tom becker, tom@mail.com. how fast is the fastest one and what does it cost?": a question about
// speeds and prices beside the contact details a would-be customer gives for sales. It is answered (the
// options depend on the address; sales sends them) and kept on the case for the sales team.
import type { Ticket } from '../domain/index.js';
import type { TicketStore } from '../tickets/ports.js';
import { caseAnswerKey, caseQuestions } from './case-questions.js';
import type { Turn } from './turn.js';

export async function answerOfferQuestion(
  tickets: Pick<TicketStore, 'append'>,
  ticket: Ticket,
  turn: Turn,
  text: string,
): Promise<boolean> {
  const key = caseQuestions(text).includes('offer') ? caseAnswerKey('offer', 'sales', null) : null;
  if (!key) return false;
  await tickets.append(ticket.id, [
    {
      type: 'note',
      actor: { kind: 'bot', id: null },
      text: `question for sales to answer: "${text.slice(0, 300)}"`,
      internal: true,
    },
  ]);
  turn.say(key, { reference: ticket.reference });
  return true;
}
