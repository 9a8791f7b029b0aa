// First-contact resolution and the figures of the human desk, from ticket events:
//   FCR — resolved tickets that were resolved once, never reopened, and had no repeat contact from
//         the same customer about the same intent within the repeat window, over resolved tickets;
//   first human response — from the hand-off to people (first escalation, or ticket creation when a
//         person answered without one) to the first message a staff member sent;
//   human handle time — from the hand-off to the resolution a staff member made;
//   reopen rate — tickets reopened after being resolved or closed, over tickets ever resolved;
//   SLA attainment — resolved tickets with an SLA due time resolved by then, over those tickets.
import type { StoredTimelineEvent, Ticket } from '../domain/index.js';
import { mean, rate, wasReopened } from '../tickets/figures.js';

export interface HumanFigures {
  firstContactResolutionRate: number;
  firstContactResolutions: number;
  resolved: number;
  meanFirstHumanResponseMs: number | null;
  meanHumanHandleMs: number | null;
  reopenRate: number;
  reopened: number;
  slaAttainmentRate: number;
  slaMeasured: number;
}

interface Item {
  ticket: Ticket;
  events: StoredTimelineEvent[];
  outcome: string;
  /** Later contacts about the same intent within the repeat window. */
  repeats: number;
}

const isStaff = (e: StoredTimelineEvent) => e.actor.kind === 'staff';

export function humanFigures(items: Item[]): HumanFigures {
  let resolved = 0;
  let fcr = 0;
  let everResolved = 0;
  let reopened = 0;
  let slaMeasured = 0;
  let slaMet = 0;
  const firstResponse: number[] = [];
  const handle: number[] = [];
  for (const { ticket, events, outcome, repeats } of items) {
    const resolutions = events.filter((e) => e.type === 'resolution');
    const reopen = wasReopened(events);
    if (resolutions.length > 0 || ticket.resolvedAt) everResolved++;
    if (reopen) reopened++;
    if (outcome === 'resolved') {
      resolved++;
      const at = resolutions.at(-1)?.at ?? ticket.resolvedAt;
      if (ticket.slaDueAt && at) {
        slaMeasured++;
        if (at <= ticket.slaDueAt) slaMet++;
      }
      if (!reopen && resolutions.length <= 1 && repeats === 0) fcr++;
    }
    const handoff = events.find((e) => e.type === 'escalation');
    const firstStaffReply = events.find((e) => e.type === 'message_out' && isStaff(e));
    const start = handoff?.at ?? (firstStaffReply ? ticket.createdAt : null);
    if (start && firstStaffReply)
      firstResponse.push(Math.max(0, Date.parse(firstStaffReply.at) - Date.parse(start)));
    const staffResolution = resolutions.findLast((e) => isStaff(e));
    const handleStart = handoff?.at ?? events.find((e) => isStaff(e))?.at;
    if (staffResolution && handleStart)
      handle.push(Math.max(0, Date.parse(staffResolution.at) - Date.parse(handleStart)));
  }
  return {
    firstContactResolutionRate: rate(fcr, resolved),
    firstContactResolutions: fcr,
    resolved,
    meanFirstHumanResponseMs: mean(firstResponse),
    meanHumanHandleMs: mean(handle),
    reopenRate: rate(reopened, everResolved),
    reopened,
    slaAttainmentRate: rate(slaMet, slaMeasured),
    slaMeasured,
  };
}
