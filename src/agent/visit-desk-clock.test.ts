// The visit's times are read on the desk's clock (the `now` the agent is given), never the process clock: a
// desk whose clock says June 2031 books "tisdag efter 17" on Tuesday 10 June 2031, whatever the date on the
// machine running it. (Times read on the process clock would miss the June slot and book the first free one.)
import { describe, expect, it } from 'vitest';
import { handedOver } from './testing/field-handoff.js';

// Friday 6 June 2031, 09:30 in Stockholm.
const NOW = () => new Date('2031-06-06T07:30:00Z');
const SLOTS = [
  { start: '2026-12-08T16:00:00.000Z', end: '2026-12-08T19:00:00.000Z' },
  { start: '2031-06-10T07:00:00.000Z', end: '2031-06-10T11:00:00.000Z' },
  { start: '2031-06-10T15:00:00.000Z', end: '2031-06-10T18:00:00.000Z' },
];

describe("the visit's times on the desk's clock", () => {
  it.each([
    ['sv', 'tisdag efter 17', /tisdag 10 juni 17:00–20:00/],
    ['en', 'tuesday after 5pm', /Tuesday 10 June 17:00–20:00/],
  ] as const)('%s: "%s" is the Tuesday after the desk\'s today', async (language, times, told) => {
    const h = await handedOver('fiber_los', language, times, { now: NOW, slots: SLOTS });
    expect(h.res.queue).toBe('field');
    expect(h.requests[0]?.preferredWindows?.[0]?.start.slice(0, 10)).toBe('2031-06-10');
    expect(h.said).toMatch(told);
  });
});
