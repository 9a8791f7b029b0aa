// Blind set un30 (v2-un30-mobile-service-sv-1, e-mail): "Mitt mobilabonnemang hos er verkar inte fungera, … mobildatan
// funkar inte sedan i går. Hemma-wifi:t är det inget fel på." ran the Wi-Fi diagnosis and closed the case as
// advice for one device. The home Wi-Fi said to have nothing wrong ("inget fel", "nothing wrong") only sets
// our service aside, and "mobildatan" (any form of the word) is the mobile service: the question goes to a
// colleague (agents) with nothing of ours tested.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const cases: [Language, string][] = [
  [
    'sv',
    'Hej, mitt mobilabonnemang hos er verkar inte fungera, jag kan ringa men mobildatan funkar inte sedan i går. Hemma-wifi:t är det inget fel på.',
  ],
  ['sv', 'mobildatan har slutat fungera i telefonen. det är inget fel på wifi:t hemma.'],
  ['en', 'my mobile data stopped working yesterday, calls are fine. nothing wrong with the wifi at home.'],
  ['en', 'Mobile data on my phone plan is dead since Monday. There is no fault with the home wifi.'],
];

describe('a mobile data question beside a home Wi-Fi said to be fine', () => {
  for (const [lang, opening] of cases)
    it(`${lang}: "${opening}"`, async () => {
      const c = await portalChat(lang, faultWorld([]));
      const said = (await c.send(opening)).map((r) => r.text).join('\n');
      const escalations = await c.desk.tickets.escalations(c.ticketId);
      expect(escalations[0]?.queue).toBe('agents');
      expect(said).not.toMatch(/Glöm|Forget|testar din linje|testing your line/i);
      const events = await c.desk.tickets.timeline(c.ticketId);
      const probes = events.flatMap((e) => (e.type === 'finding' ? [e.probe] : []));
      expect(probes.filter((p) => p !== 'account' && p !== 'incident')).toEqual([]);
    });
});
