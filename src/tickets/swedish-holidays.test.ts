import { describe, expect, it } from 'vitest';
import { easterSunday, swedishHolidays } from './swedish-holidays.js';

describe('Swedish public holidays', () => {
  it('computes Easter Sunday for early, late and ordinary years', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2038)).toBe('2038-04-25');
    expect(easterSunday(2285)).toBe('2285-03-22');
  });

  it('lists the whole year 2026', () => {
    expect(swedishHolidays(2026)).toEqual([
      { date: '2026-01-01', name: 'Nyårsdagen' },
      { date: '2026-01-06', name: 'Trettondedag jul' },
      { date: '2026-04-03', name: 'Långfredagen' },
      { date: '2026-04-05', name: 'Påskdagen' },
      { date: '2026-04-06', name: 'Annandag påsk' },
      { date: '2026-05-01', name: 'Första maj' },
      { date: '2026-05-14', name: 'Kristi himmelsfärdsdag' },
      { date: '2026-05-24', name: 'Pingstdagen' },
      { date: '2026-06-06', name: 'Sveriges nationaldag' },
      { date: '2026-06-19', name: 'Midsommarafton' },
      { date: '2026-06-20', name: 'Midsommardagen' },
      { date: '2026-10-31', name: 'Alla helgons dag' },
      { date: '2026-12-24', name: 'Julafton' },
      { date: '2026-12-25', name: 'Juldagen' },
      { date: '2026-12-26', name: 'Annandag jul' },
      { date: '2026-12-31', name: 'Nyårsafton' },
    ]);
  });

  it('puts midsommar and alla helgons dag on the right weekday in other years', () => {
    const on = (year: number, name: string) => swedishHolidays(year).find((h) => h.name === name)?.date;
    expect(on(2025, 'Midsommarafton')).toBe('2025-06-20');
    expect(on(2027, 'Midsommarafton')).toBe('2027-06-25');
    expect(on(2027, 'Midsommardagen')).toBe('2027-06-26');
    expect(on(2027, 'Alla helgons dag')).toBe('2027-11-06');
    expect(on(2025, 'Långfredagen')).toBe('2025-04-18');
    expect(on(2025, 'Kristi himmelsfärdsdag')).toBe('2025-05-29');
    expect(on(2027, 'Pingstdagen')).toBe('2027-05-16');
  });
});
