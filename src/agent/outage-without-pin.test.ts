// Issue 14, rp20a #7: at the PIN question a caller asked "do you really need that just to tell me if
// there's an outage? limhamn, malmö"; the desk told the Limhamn outage and asked for the PIN again, and
// the same pushback got the same answer over and over — the case never reached an outcome. Told the
// outage once, a second reply without the PIN informs the case and links it to the incident, as it does
// for a caller without a customer number.
import { describe, expect, it } from 'vitest';
import { converseIn } from './testing/converse.js';

describe('the outage told, the PIN still not given', () => {
  it.each([
    [
      'en',
      'no internet since this morning. is it just me or the whole area? neighbour says hers is down too',
      ["do you really need that just to tell me if there's an outage? limhamn, malmö"],
    ],
    [
      'en',
      'no internet since this morning, is there an outage?',
      ['cant you just check limhamn?', 'do i really need it?'],
    ],
    [
      'sv',
      'inget internet sen i morse, är det avbrott i området?',
      ['måste jag ha den? bor i limhamn', 'måste jag verkligen ge den för att få veta om ett avbrott?'],
    ],
  ] as const)(
    '%s: %j → informed and linked, not asked round in a circle',
    async (lang, opening, pushbacks) => {
      const said = [opening, '200,115', ...pushbacks, ...pushbacks].slice(
        0,
        2 + Math.max(2, pushbacks.length),
      );
      const { ticket, replies, events } = await converseIn(['area_outage'], lang, said, { outage: true });
      expect(ticket?.disposition).toBe('outage.informed');
      expect(replies.filter((r) => /Limhamn/.test(r)).length).toBeGreaterThanOrEqual(1);
      expect(replies.at(-1)).not.toMatch(/PIN/);
      expect(events.some((e) => e.type === 'resolution')).toBe(true);
    },
  );
});
