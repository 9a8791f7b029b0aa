// Round 18 (c7): after the desk offered new passwords and the customer put it off, "ok thanks, then I think we
// skip it. Bye" SET A NEW Wi-Fi PASSWORD: the "ok" in it was read as the go-ahead. A decline (skip it, låt bli,
// strunta i det, forget it, never mind, bye) never runs a change that waits for "go"; only a clear go-ahead does.
import { describe, expect, it } from 'vitest';
import { converseIn } from './testing/converse.js';

const OPEN = {
  en: ['i think someone is using our wifi, can you change the password?', 'not now, later'],
  sv: ['jag tror någon använder vårt wifi, kan ni byta lösenordet?', 'inte nu, senare ikväll'],
} as const;

const DECLINES = {
  en: [
    'ok thanks, then I think we skip it. Bye',
    'skip it',
    'ok thanks we will skip it',
    'nah forget it',
    'never mind, bye',
    'ok thx, lets not bother. bye!',
    'no thanks',
    'ok thanks, bye',
    'thanks, we leave it as it is',
    'ok, no need. thanks for the help',
    'I think well skip that, thanks',
    'ok cool, dont bother then',
    'actually lets just leave it',
    'ok we drop it. cheers',
  ],
  sv: [
    'ok tack, då hoppar vi över det. hej då',
    'låt bli',
    'strunta i det',
    'okej, låt det vara. hej',
    'nej tack',
    'ok tack, vi skippar det',
    'jag tror vi struntar i det, tack',
    'ok då skippar vi det',
    'tack, det behövs inte. hejdå',
    'okej tack hej',
    'äh glöm det',
    'ok vi hoppar det',
    'nä vi låter det vara',
    'okej, vi avstår. tack för hjälpen!',
  ],
} as const;

describe('a decline while a change waits for "go" never runs it', () => {
  for (const lang of ['en', 'sv'] as const) {
    it.each(DECLINES[lang].map((x) => [x]))(`${lang}: %s`, async (decline) => {
      const { desk, ticket, last } = await converseIn([], lang, [...OPEN[lang], decline], { portal: true });
      const events = await desk.tickets.timeline(ticket!.id);
      expect(events.filter((e) => e.type === 'action_requested' || e.type === 'action_done')).toEqual([]);
      expect(events.some((e) => /go-ahead/.test(JSON.stringify(e)))).toBe(false);
      expect(last).not.toMatch(/Done!|Klart!|May I set|Får jag sätta/i);
    });
    // The same words asked at once, with nothing put off, are a no too.
    it.each(DECLINES[lang].map((x) => [x]))(`${lang}, not put off: %s`, async (decline) => {
      const { desk, ticket } = await converseIn([], lang, [OPEN[lang][0], decline], { portal: true });
      const events = await desk.tickets.timeline(ticket!.id);
      expect(events.filter((e) => e.type === 'action_requested' || e.type === 'action_done')).toEqual([]);
    });
  }
});
