// "portkod 4512. tack", "the door code is 1234#": a code to get in, given for a booked technician visit — noted
// on the case for the technician and said back with the code, never only "you are welcome".
import type { Ticket } from '../domain/index.js';
import type { TicketStore } from '../tickets/ports.js';
import { fold } from '../triage/normalize.js';

/** A word naming a way in, then the code (digits, maybe a letter or # / *). */
const CODE =
  /\b(?:portkod(?:en)?|dorrkod(?:en)?|entrekod(?:en)?|trapphuskod(?:en)?|(?:koden|kod) till (?:porten|dorren|entren|trapphuset|huset)|(?:door|gate|entry|entrance|building|front door|street door|main door) ?code|code (?:to|for) the (?:door|gate|building|entrance|front door))(?:\s+(?:ar|is|e|was|blir))?\s*[:=-]?\s*([a-z]?\d{3,8}[#*]?)(?![\d])/;

/** The code given in `text`, as written; null when none is named. */
export function doorCode(text: string): string | null {
  return CODE.exec(fold(text))?.[1]?.toUpperCase() ?? null;
}

/** Notes the code on the case for the technician; the code, or null when the message gives none. */
export async function noteDoorCode(
  tickets: TicketStore,
  ticket: Ticket,
  text: string,
): Promise<string | null> {
  const code = doorCode(text);
  if (!code) return null;
  await tickets.append(ticket.id, [
    {
      type: 'note',
      actor: { kind: 'customer', id: null },
      text: `For the technician — door code: ${code}`,
      internal: true,
    },
  ]);
  return code;
}
