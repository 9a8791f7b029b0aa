// The simulated ISP's back office as the desk sees it (src/isp/ports.ts): billing status,
// installation addresses and field-service booking, derived from each home.
import {
  UnknownServiceError,
  type BillingPort,
  type FieldServicePort,
  type InstallationPort,
  type VisitBooking,
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

/** The first weekday morning (07:00–11:00 UTC) at least a day after `now`. */
function nextVisitWindow(now: number) {
  let day = new Date(Math.floor(now / DAY_MS) * DAY_MS + 2 * DAY_MS);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day = new Date(day.getTime() + DAY_MS);
  const start = day.getTime() + 7 * 3_600_000;
  return { start: new Date(start).toISOString(), end: new Date(start + 4 * 3_600_000).toISOString() };
}

export function createBackOffice(look: BackOfficeLookups): {
  billing: BillingPort;
  installation: InstallationPort;
  fieldService: FieldServicePort;
} {
  const bookings = new Map<string, VisitBooking>();
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
        if (earlier) return earlier;
        const booking: VisitBooking = {
          status: 'confirmed',
          bookingId: `FS-${hexOf(`${request.caseReference}:${h.serial}`, 8)}`,
          window: nextVisitWindow(look.now()),
        };
        bookings.set(request.caseReference, booking);
        return booking;
      },
    },
  };
}
