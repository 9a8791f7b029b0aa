// Blind set un31 (v2-un31-weaksignal-en-1): "Wi-Fi is weak in my bedroom, like 1 bar. would pressing the WPS button
// help?? what does it even do" was read as something else (the WPS question outweighed the symptom): asked what is
// not working, then handed to a colleague as 'Something else' with nothing tested. A weak Wi-Fi told in so many
// words ("wifi is weak", "wifit är svagt", "dålig täckning", "1 bar") is a Wi-Fi problem whatever is asked beside it.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const cases: [Language, string][] = [
  [
    'en',
    'Wi-Fi is weak in my bedroom, like 1 bar. would pressing the WPS button help?? what does it even do',
  ],
  ['en', 'bad wifi coverage upstairs, only one bar. what does the wps button do?'],
  [
    'sv',
    'wifit är svagt i sovrummet, typ ett streck. hjälper det att trycka på WPS-knappen? vad gör den ens?',
  ],
  ['sv', 'dålig täckning i sovrummet, bara ett streck. vad gör wps-knappen?'],
];

describe('a weak Wi-Fi told beside a question about the WPS button', () => {
  for (const [lang, opening] of cases)
    it(`${lang}: "${opening}"`, async () => {
      const c = await chat(lang, faultWorld(['wifi_weak_signal'], { canDo: ['step.move_closer'] }));
      await c.send(opening);
      const after = await c.send(c.pin);
      expect(['step.move_closer', 'wifi.location', 'connection.type', 'scope.devices']).toContain(
        after.at(-1)?.askKey,
      );
      expect(await c.desk.tickets.escalations(c.ticketId)).toEqual([]);
      const tl = await c.desk.tickets.timeline(c.ticketId);
      expect(tl.find((e) => e.type === 'triage')).toMatchObject({ intent: 'wifi_problem' });
    });
});
