// Role-play round 29 b #8: after the area outage was told, "och kabel-tv:n är också svart sedan i morse, är
// det samma fel?" was neither answered nor passed on. A question about a service this desk does not run (TV,
// mobile, e-mail) beside the outage goes to our support team as its own linked case, said so, while the
// outage stays told on its case; the outage question in the same message is still answered.
import { describe, expect, it } from 'vitest';
import { converseIn } from './testing/converse.js';

describe('a TV question after the outage was told', () => {
  it.each([
    [
      'sv',
      'internet ligger nere sen i morse, är det avbrott?',
      'Vad betyder det att lampan "online" blinkar? Och kabel-tv:n är också svart sedan i morse, är det samma fel?',
      /TV kan jag inte svara på/,
    ],
    [
      'en',
      'no internet since this morning, is there an outage?',
      'What does the blinking online light mean? And the cable TV has been black since this morning too, is it the same fault?',
      /TV is not something I can answer|TV/,
    ],
  ] as const)(
    '%s: the TV question goes to a linked case, the outage stays',
    async (lang, opening, later, honest) => {
      const { ticket, replies, desk } = await converseIn(
        ['area_outage'],
        lang,
        [opening, '200115', '4711', later],
        {
          outage: true,
        },
      );
      expect(ticket?.disposition).toBe('outage.informed');
      const last = replies.at(-1) ?? '';
      expect(last).toMatch(honest);
      expect(last).toMatch(/T-0000\d\d/);
      const cases = (await desk.tickets.list({ limit: 10 })).items;
      const linked = cases.find((x) => x.id !== ticket?.id);
      expect(linked?.queue).toBe('agents');
    },
  );
});
