// The simulated ISP's back office as the desk sees it (src/isp/ports.ts): billing status,
// installation addresses and field-service booking, derived from each home.
import {
  UnknownServiceError,
  type BillingPort,
  type FieldServicePort,
  type InstallationPort,
  type VisitBooking,
  type VisitRequest,
} from '../src/isp/ports.js';
import { hexOf, unitHash } from './rng.js';
import type { Home } from './world/home.js';

export interface BackOfficeLookups {
  byService(serviceId: string): Home | undefined;
  byCustomer(customerNumber: string): Home | undefined;
  /** Simulated now, ms since the epoch. */
  now(): number;
}

const STREETS = ['Storgatan', 'Kyrkvägen', 'Skolgatan', 'Björkvägen', 'Järnvägsgatan', 'Ringvägen'];
const DAY_MS = 86_400_000;

/** Where a home is: a street and postal code fixed by its serial, the city by its area code. */
function addressOf(h: Home) {
  const u = (k: string) => unitHash(`${h.serial}:address:${k}`);
  const city = (h.spec.area.split('-').pop() ?? h.spec.area).toLowerCase();
  return {
    street: `${STREETS[Math.floor(u('street') * STREETS.length)]} ${1 + Math.floor(u('no') * 60)}`,
    postalCode: `${100 + Math.floor(u('zip1') * 880)} ${String(Math.floor(u('zip2') * 100)).padStart(2, '0')}`,
    city: city.charAt(0).toUpperCase() + city.slice(1),
    accessNotes: h.spec.segment === 'business' ? 'Reception on the ground floor' : null,
  };
}

/**
 * The field team's slots from the day after `now` on (UTC; 08–12, 12–16 and 17–20 Swedish winter
 * time on weekdays, 09–13 on Saturdays): the first inside the customer's windows, else the first
 * after the earliest of them, else the first; never one the customer must avoid.
 */
function visitWindow(now: number, request: VisitRequest) {
  const hours = (d: number) =>
    d === 0
      ? []
      : d === 6
        ? [[8, 12]]
        : [
            [7, 11],
            [11, 15],
            [16, 19],
          ];
  const span = (w: { start: string; end: string }) => [Date.parse(w.start), Date.parse(w.end)];
  const avoid = (request.avoidWindows ?? []).map(span);
  const slots: [number, number][] = [];
  const first = Math.floor(now / DAY_MS) * DAY_MS + DAY_MS;
  for (let day = first; day < first + 28 * DAY_MS; day += DAY_MS)
    for (const [a, b] of hours(new Date(day).getUTCDay())) {
      const slot: [number, number] = [day + a * 3_600_000, day + b * 3_600_000];
      if (slot[0] >= now + 12 * 3_600_000 && !avoid.some(([s, e]) => s < slot[1] && slot[0] < e))
        slots.push(slot);
    }
  const preferred = (request.preferredWindows ?? []).map(span);
  const earliest = preferred.length ? Math.min(...preferred.map(([s]) => s)) : 0;
  const pick =
    slots.find(([s, e]) => preferred.some(([ps, pe]) => ps <= s && e <= pe)) ??
    slots.find(([s]) => s >= earliest) ??
    slots[0];
  return { start: new Date(pick[0]).toISOString(), end: new Date(pick[1]).toISOString() };
}

const sameWindows = (a: VisitRequest, b: VisitRequest) =>
  JSON.stringify([a.preferredWindows ?? [], a.avoidWindows ?? []]) ===
  JSON.stringify([b.preferredWindows ?? [], b.avoidWindows ?? []]);

export function createBackOffice(look: BackOfficeLookups): {
  billing: BillingPort;
  installation: InstallationPort;
  fieldService: FieldServicePort;
} {
  const bookings = new Map<string, { request: VisitRequest; booking: VisitBooking }>();
  /** bookingId → the technician's notes; a booking moved keeps its id, and so its notes. */
  const notes = new Map<string, string[]>();
  const addNotes = (bookingId: string, added: readonly string[] = []) => {
    const held = notes.get(bookingId) ?? [];
    notes.set(bookingId, [...held, ...added.filter((n) => !held.includes(n))]);
  };
  return {
    billing: {
      async status(customerNumber) {
        const h = look.byCustomer(customerNumber);
        if (!h)
          return { exists: false, state: 'ok', overdueAmount: 0, currency: 'SEK', oldestUnpaidDueDate: null };
        if (h.aaa.accountStatus !== 'suspended_nonpayment')
          return { exists: true, state: 'ok', overdueAmount: 0, currency: 'SEK', oldestUnpaidDueDate: null };
        const due = new Date(look.now() - 45 * DAY_MS).toISOString().slice(0, 10);
        return {
          exists: true,
          state: 'suspended',
          overdueAmount: 798,
          currency: 'SEK',
          oldestUnpaidDueDate: due,
        };
      },
    },
    installation: {
      async address(serviceId) {
        const h = look.byService(serviceId);
        if (!h) throw new UnknownServiceError(serviceId);
        return addressOf(h);
      },
    },
    fieldService: {
      async book(request) {
        const h = look.byService(request.serviceId);
        if (!h || h.spec.customerNumber !== request.customerNumber)
          throw new UnknownServiceError(request.serviceId);
        const earlier = bookings.get(request.caseReference);
        if (earlier && sameWindows(earlier.request, request)) {
          addNotes(earlier.booking.bookingId, request.notes);
          return earlier.booking;
        }
        const booking: VisitBooking = {
          status: 'confirmed',
          bookingId: `FS-${hexOf(`${request.caseReference}:${h.serial}`, 8)}`,
          window: visitWindow(look.now(), request),
        };
        bookings.set(request.caseReference, { request, booking });
        addNotes(booking.bookingId, request.notes);
        return booking;
      },
      async addNotes(bookingId, added) {
        if (!notes.has(bookingId)) throw new Error(`unknown booking ${bookingId}`);
        addNotes(bookingId, added);
      },
    },
  };
}
