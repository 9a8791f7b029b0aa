// The technician visit booked when a case goes to the field team: only for a field escalation the
// customer has not said no to a visit for (visit-declined.ts), and before the handoff summary is
// written, so that its next step names the booked visit instead of a reply time.
import type { Logger } from 'pino';
import type { IspPorts } from '../isp/ports.js';
import type { Finish } from '../runbooks/types.js';
import type { TicketStore } from '../tickets/ports.js';
import { bookFieldVisit, type BookedVisit, type VisitFacts } from './field-visit.js';
import { noVisitKey } from './visit-declined.js';

export async function bookAtHandoff(
  isp: IspPorts,
  tickets: TicketStore,
  visit: VisitFacts,
  finish: Pick<Finish, 'outcome' | 'queue'>,
  declined: boolean | undefined,
  log: Logger,
): Promise<BookedVisit | null> {
  if (noVisitKey(`${finish.outcome}.${finish.queue}`, declined) !== 'escalated.field') return null;
  return bookFieldVisit(isp, tickets, visit, log);
}
