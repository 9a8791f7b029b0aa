// Role-play round 12 (b #4): "inte före 10 på förmiddagen, jag jobbar natt" was booked 08:00–12:00. The
// earliest time a customer gives is a lower bound: a window that starts before it does not fit.
import { expect, it } from 'vitest';
import { insideTimes, visitTimes } from './visit-times.js';

// Saturday 5 December 2026, 08:30 in Stockholm (UTC+1).
const NOW = new Date('2026-12-05T07:30:00Z');
const TZ = 'Europe/Stockholm';
const MON_MORNING = { start: '2026-12-07T07:00:00.000Z', end: '2026-12-07T11:00:00.000Z' };
const MON_NOON = { start: '2026-12-07T11:00:00.000Z', end: '2026-12-07T15:00:00.000Z' };
const inside = (text: string, win: { start: string; end: string }) =>
  insideTimes(win, visitTimes(text, NOW, TZ));

it.each([
  'ok skicka nån då. inte före 10 på förmiddagen, jag jobbar natt',
  'tidigast kl 10 på förmiddagen, jag jobbar natt',
  'från 10',
  'not before 10',
  'earliest 10',
  'any weekday, 10am at the earliest. i work nights',
  'no earlier than 10 please',
])('"%s": 08–12 does not fit, 12–16 does', (text) => {
  expect(inside(text, MON_MORNING)).toBe(false);
  expect(inside(text, MON_NOON)).toBe(true);
});

it('"före 11 på förmiddagen" still wants the morning', () => {
  expect(inside('före 11 på förmiddagen', MON_MORNING)).toBe(false);
  expect(inside('måndag förmiddag', MON_MORNING)).toBe(true);
});
