import { describe, expect, it } from 'vitest';
import { ALWAYS_OPEN, businessCalendar, SWEDISH_OFFICE_HOURS, weeklyHours } from './business-calendar.js';

const office = businessCalendar(SWEDISH_OFFICE_HOURS);
const min = 60_000;
const at = (iso: string) => new Date(iso);

describe('business calendar (Swedish office hours, Mon–Fri 08–17 Europe/Stockholm)', () => {
  it('a ticket opened Friday 16:55 with four business hours is due Monday 11:55', () => {
    // 2026-03-13 is a Friday; CET is UTC+1.
    expect(office.add(at('2026-03-13T15:55:00Z'), 240 * min).toISOString()).toBe('2026-03-16T10:55:00.000Z');
  });

  it('skips långfredagen, the Easter weekend and annandag påsk', () => {
    // Skärtorsdagen 2026-04-02 16:55 CEST → Tuesday 2026-04-07 11:55 CEST.
    expect(office.add(at('2026-04-02T14:55:00Z'), 240 * min).toISOString()).toBe('2026-04-07T09:55:00.000Z');
  });

  it('skips midsommarafton', () => {
    // Thursday 2026-06-18 16:00 CEST + 2 h → Monday 2026-06-22 09:00 CEST.
    expect(office.add(at('2026-06-18T14:00:00Z'), 120 * min).toISOString()).toBe('2026-06-22T07:00:00.000Z');
  });

  it('counts opening hours in local time across the change to summer time', () => {
    // Friday 2026-03-27 16:00 CET; clocks go forward on Sunday the 29th; Monday 09:00 is 07:00Z.
    expect(office.add(at('2026-03-27T15:00:00Z'), 120 * min).toISOString()).toBe('2026-03-30T07:00:00.000Z');
  });

  it('starts counting at opening time when a ticket arrives at night or at the weekend', () => {
    expect(office.add(at('2026-03-14T12:00:00Z'), 30 * min).toISOString()).toBe('2026-03-16T07:30:00.000Z');
    expect(office.add(at('2026-03-16T05:00:00Z'), 30 * min).toISOString()).toBe('2026-03-16T07:30:00.000Z');
  });

  it('measures the business time between two instants', () => {
    expect(office.between(at('2026-03-13T15:55:00Z'), at('2026-03-16T07:05:00Z'))).toBe(10 * min);
    // Thursday 16–17 and Tuesday 08–09: the four days between are closed.
    expect(office.between(at('2026-04-02T14:00:00Z'), at('2026-04-07T07:00:00Z'))).toBe(120 * min);
    expect(office.between(at('2026-03-16T10:00:00Z'), at('2026-03-16T09:00:00Z'))).toBe(0);
  });

  it('nothing left means due at once, even outside the hours', () => {
    expect(office.add(at('2026-03-14T12:00:00Z'), 0).toISOString()).toBe('2026-03-14T12:00:00.000Z');
  });

  it('takes extra closed dates and other hours; round the clock counts every minute', () => {
    const field = businessCalendar({
      ...weeklyHours({ timeZone: 'Europe/Stockholm', days: ['mon', 'sat'], open: '10:00', close: '12:00' }),
      closedDates: ['2026-03-16'],
    });
    // Friday → Saturday 10:00 CET; the Monday is closed, so the next hour after Saturday is the Saturday after.
    expect(field.add(at('2026-03-13T15:55:00Z'), 180 * min).toISOString()).toBe('2026-03-21T10:00:00.000Z');
    expect(ALWAYS_OPEN.add(at('2026-03-13T15:55:00Z'), 60 * min).toISOString()).toBe(
      '2026-03-13T16:55:00.000Z',
    );
    expect(() => businessCalendar({ timeZone: 'Europe/Stockholm', week: {}, holidays: 'none' })).toThrow(
      /no open day/,
    );
  });
});
