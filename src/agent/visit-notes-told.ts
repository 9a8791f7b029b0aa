// What the customer tells the technician about a booked visit, noted and said back: a call or a text wished for
// before coming (visit-ahead.ts), a door code and the way in (door-code.ts). Each goes on the case and to the
// field service's booking (visit-notes.ts), and the customer hears what was noted.
import type { Logger } from 'pino';
import type { Ticket } from '../domain/index.js';
import type { IspPorts } from '../isp/ports.js';
import type { TicketStore } from '../tickets/ports.js';
import { accessNote, noteDoorCode } from './door-code.js';
import { PHONE_NOTE } from './number-received.js';
import type { Turn } from './turn.js';
import { aheadNote, aheadReply, aheadWish } from './visit-ahead.js';
import { addVisitNotes, visitNotes } from './visit-notes.js';
import { standingVisit } from './visit-person.js';

export interface VisitNotesDeps {
  tickets: TicketStore;
  isp?: IspPorts;
  log?: Logger;
  timeZone: string;
}

/**
 * The wish for a call or a text before the standing visit in `text`: noted (the number too) and said. Whether
 * the message held one.
 */
export async function tellAheadWish(
  deps: VisitNotesDeps,
  ticket: Ticket,
  turn: Turn,
  text: string,
): Promise<boolean> {
  const said = aheadWish(text);
  const booked = said ? await standingVisit(deps.tickets, ticket.id) : null;
  if (!said || !booked) return false;
  const phones = await notedPhones(deps.tickets, ticket);
  if (said.phone && !phones.includes(said.phone))
    await deps.tickets.append(ticket.id, [
      {
        type: 'note',
        actor: { kind: 'customer', id: null },
        text: `${PHONE_NOTE}${said.phone}`,
        internal: true,
      },
    ]);
  // "men ni svarade inte om ni kan ringa innan?" after the number was given: the same wish, on that number —
  // noted once, said again.
  const wish = { ...said, phone: said.phone ?? phones.at(-1) ?? null };
  const note = aheadNote(wish);
  const held = await visitNotes(deps.tickets, ticket.id);
  if (!held.some((n) => n.startsWith(note.split(' — ')[0] ?? note)))
    await addVisitNotes(deps, ticket, [note]);
  const reply = aheadReply(wish);
  turn.say(reply.key, { reference: ticket.reference, phone: reply.phone });
  return true;
}

/**
 * A door code and the way in given for the standing visit ("portkod 4512", "we have a dog"): noted for the
 * technician, sent to the booking and said back with the code. Whether the message gave any.
 */
export async function tellAccess(
  deps: VisitNotesDeps,
  ticket: Ticket,
  turn: Turn,
  text: string,
): Promise<boolean> {
  const booked = await standingVisit(deps.tickets, ticket.id);
  const access = await noteDoorCode(deps.tickets, ticket, text, { detailsAlone: !!booked });
  if (!access) return false;
  await addVisitNotes(deps, ticket, [accessNote(access)], { onTimeline: false });
  const details = access.details.join(', ');
  const reference = ticket.reference;
  if (access.code)
    turn.say(details ? 'visit.door_code_noted.details' : 'visit.door_code_noted', {
      code: access.code,
      details,
      reference,
    });
  else turn.say('visit.access_noted', { details, reference });
  return true;
}

/** The numbers the customer gave on the case, oldest first (E.164). */
async function notedPhones(tickets: TicketStore, ticket: Ticket): Promise<string[]> {
  return (await tickets.timeline(ticket.id)).flatMap((e) =>
    e.type === 'note' && e.text.startsWith(PHONE_NOTE) ? [e.text.slice(PHONE_NOTE.length)] : [],
  );
}
