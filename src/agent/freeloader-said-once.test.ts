// "asså en grej till, tror grannen snyltar på vårt wifi, kan ni kolla det?" after the close opens a case that
// offers a new Wi-Fi key (freeloader-after-close.ts). Its reply said twice that a new key throws everyone off:
// in the case's own text and again in the general answer about who can join. It is said once.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { chat, untilAsked } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const OPENING: Record<Language, string> = {
  en: 'the wifi is really slow in the evenings',
  sv: 'wifi är jättesegt på kvällarna',
};
const THROWN_OFF = /thrown off|throws everyone off|kastas ut|slänger[^.]*ut alla/gi;

describe('a neighbour on the Wi-Fi after the close: who a new key throws off is said once', () => {
  it.each([
    ['sv', 'asså en grej till, tror grannen snyltar på vårt wifi, kan ni kolla det?'],
    ['sv', 'en sak till, tror grannarna stjäl vårt wifi'],
    ['en', 'one more thing, i think the neighbour is using our wifi, can you check that?'],
    ['en', 'btw pretty sure the neighbours are stealing our wifi'],
  ] as const)('%s: "%s"', async (lang, message) => {
    const c = await chat(lang, faultWorld(['wifi_channel_congestion'], { canDo: ['step.rejoin_wifi'] }));
    await untilAsked(c, 'csat.score', `${OPENING[lang]} ${c.pin}`);
    const r = await c.send(message);
    const text = r.map((m) => m.text).join('\n');
    expect(text.match(THROWN_OFF)).toHaveLength(1);
    expect(r.at(-1)?.askKey).toBe('consent.wifi_change');
  });

  it.each([
    ['en', 'can the neighbours use my wifi without the password?'],
    ['sv', 'kan grannarna använda mitt wifi utan lösenordet?'],
  ] as const)(
    '%s: "%s" alone still hears that a new key throws everyone off (near miss)',
    async (lang, q) => {
      const c = await chat(lang, faultWorld(['wifi_channel_congestion'], { canDo: ['step.rejoin_wifi'] }));
      await untilAsked(c, 'csat.score', `${OPENING[lang]} ${c.pin}`);
      const text = (await c.send(q)).map((m) => m.text).join('\n');
      expect(text.match(THROWN_OFF)).toHaveLength(1);
    },
  );
});
