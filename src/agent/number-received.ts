// "did you get the phone number or not", "fick du mitt nummer?" after a handoff: yes with the number noted on
// the case (or no, and where to write it) — never only "I have added your message to the case".
import type { Ticket } from '../domain/index.js';
import type { TicketStore } from '../tickets/ports.js';
import { fold } from '../triage/normalize.js';
import type { MessageKey } from './messages/index.js';
import { phoneForCustomer } from './phone-display.js';

/** The note after-handoff.ts writes for a number the customer gave; the number follows it. */
export const PHONE_NOTE = 'phone number the customer gave for the team: ';

const RECEIVED_ASKED =
  /\b(did|have|do) (you|u|ya) (get|got|see|saw|seen|note|noted|save|saved|take|taken|have|receive|received) (my|the|that|his|her) (phone |mobile |cell |tele)?(number|nr|no\.?|phone)\b|\b(fick|har|tog|sag) (du|ni|ni inte|du inte) (fatt |noterat |sparat |sett |fatt med )?(mitt|min|numret|telefonnumret|mobilnumret)( (tele|mobil)?(nummer|nr))?\b/;

export function asksNumberReceived(text: string): boolean {
  return RECEIVED_ASKED.test(fold(text).replace(/[’`]/g, "'"));
}

/** What to say: the number the case holds, or that none was given; with its params. */
export async function numberReceived(
  tickets: Pick<TicketStore, 'timeline'>,
  ticket: Ticket,
): Promise<{ key: MessageKey; phone: string }> {
  const noted = (await tickets.timeline(ticket.id))
    .flatMap((e) =>
      e.type === 'note' && e.text.startsWith(PHONE_NOTE) ? [e.text.slice(PHONE_NOTE.length)] : [],
    )
    .at(-1);
  return noted
    ? { key: 'handoff.phone_received', phone: phoneForCustomer(noted) }
    : { key: 'handoff.phone_missing', phone: '' };
}
