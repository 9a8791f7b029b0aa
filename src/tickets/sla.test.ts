import { describe, expect, it } from 'vitest';
import { initialSla, slaAfterStatusChange, slaAfterTermChange, slaLeftMs } from './sla.js';
import { demoOperatorConfig } from '../operator/load.js';
import { DEFAULT_SLA_POLICIES, slaClock, slaPoliciesOf } from './sla-policy.js';

const clock = slaClock();
const min = 60_000;
const at = (iso: string) => new Date(iso);
// Friday 2026-03-13 16:55 CET.
const fridayLate = at('2026-03-13T15:55:00Z');

describe('SLA policies and clock', () => {
  it('P2 in business hours, P1 and the NOC round the clock', () => {
    expect(initialSla(clock.term('agents', 'P2'), fridayLate).slaDueAt).toBe('2026-03-16T10:55:00.000Z');
    expect(initialSla(clock.term(null, 'P1'), fridayLate).slaDueAt).toBe('2026-03-13T16:55:00.000Z');
    expect(initialSla(clock.term('noc', 'P2'), fridayLate).slaDueAt).toBe('2026-03-13T19:55:00.000Z');
  });

  it('a queue may have its own hours and targets', () => {
    const c = slaClock({
      ...DEFAULT_SLA_POLICIES,
      queues: {
        field: {
          businessHours: {
            timeZone: 'Europe/Stockholm',
            week: { sat: { open: '09:00', close: '10:00' } },
            holidays: 'none',
          },
          targets: { P3: { minutes: 30, hours: 'business' } },
        },
      },
    });
    expect(initialSla(c.term('field', 'P3'), fridayLate).slaDueAt).toBe('2026-03-14T08:30:00.000Z');
    // Other priorities of that queue use the default target (4 h) on the queue's own hours: four Saturdays.
    expect(initialSla(c.term('field', 'P2'), fridayLate).slaDueAt).toBe('2026-04-04T08:00:00.000Z');
  });

  it('the clock stops while waiting for the customer and keeps the business time left', () => {
    const term = clock.term('agents', 'P2');
    const open = initialSla(term, fridayLate);
    // Waiting for the customer from Friday 16:57: 3 min of Friday and 3 h 55 min of Monday are left.
    const paused = slaAfterStatusChange(
      open,
      'open',
      'pending_customer',
      at('2026-03-13T15:57:00Z'),
      term.calendar,
    );
    expect(paused).toEqual({ slaDueAt: null, slaRemainingMs: 238 * min });
    // The customer answers on Tuesday at 09:00: due 238 business minutes later, 12:58.
    const resumed = slaAfterStatusChange(
      paused,
      'pending_customer',
      'open',
      at('2026-03-17T08:00:00Z'),
      term.calendar,
    );
    expect(resumed).toEqual({ slaDueAt: '2026-03-17T11:58:00.000Z', slaRemainingMs: null });
  });

  it('a new priority restarts the target from creation while the clock runs', () => {
    const state = initialSla(clock.term('agents', 'P3'), fridayLate);
    expect(
      slaAfterTermChange(state, 'open', clock.term('agents', 'P1'), fridayLate.toISOString()).slaDueAt,
    ).toBe('2026-03-13T16:55:00.000Z');
    expect(
      slaAfterTermChange(
        { slaDueAt: null, slaRemainingMs: 5 },
        'pending_customer',
        clock.term('agents', 'P1'),
        fridayLate.toISOString(),
      ),
    ).toEqual({ slaDueAt: null, slaRemainingMs: 5 });
  });

  it('time left is business time before the due time, wall time after it, nothing while paused', () => {
    const term = clock.term('agents', 'P2');
    const ticket = { status: 'open' as const, slaDueAt: '2026-03-16T07:30:00.000Z' };
    // Friday 16:50: 10 minutes on Friday and 30 on Monday, though the due time is 2½ days away.
    expect(slaLeftMs(ticket, term.calendar, at('2026-03-13T15:50:00Z'))).toBe(40 * min);
    expect(slaLeftMs(ticket, term.calendar, at('2026-03-16T07:40:00Z'))).toBe(-10 * min);
    expect(
      slaLeftMs({ ...ticket, status: 'pending_customer' }, term.calendar, at('2026-03-13T15:50:00Z')),
    ).toBeNull();
  });

  it("takes the operator file's hours and targets (the demo's field team opens at 07:00, the NOC never closes)", () => {
    const c = slaClock(slaPoliciesOf(demoOperatorConfig()));
    expect(initialSla(c.term('agents', 'P2'), fridayLate).slaDueAt).toBe('2026-03-16T10:55:00.000Z');
    expect(initialSla(c.term('field', 'P2'), fridayLate).slaDueAt).toBe('2026-03-16T09:55:00.000Z');
    expect(initialSla(c.term('noc', 'P2'), fridayLate).slaDueAt).toBe('2026-03-13T19:55:00.000Z');
    expect(initialSla(c.term(null, 'P1'), fridayLate).slaDueAt).toBe('2026-03-13T16:55:00.000Z');
  });
});
