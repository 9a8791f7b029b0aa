// Role-play round 26 (b #9): "hej vill byta namn på wifi nätverket, kan ni göra det härifrån?" got "Ja – jag har
// redan testat din linje och router härifrån; här är vad jag hittade och vad vi gör nu." with nothing found
// after it, and "vad hittade du då? är det nåt fel?" got "Det kan jag inte svara på härifrån". What the tests
// found is the desk's own work: told from its findings (here nothing wrong), and the pending question put again;
// findings are never announced without being listed.
import { describe, expect, it } from 'vitest';
import { chat, portalChat, untilAsked } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const CANT = /can’t answer|cannot answer|kan jag inte svara/i;
const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

describe('what the tests found, asked at a rename (b #9)', () => {
  it.each([
    [
      'sv',
      'hej vill byta namn på wifi nätverket, kan ni göra det härifrån?',
      'vad hittade du då? är det nåt fel?',
    ],
    [
      'en',
      'hi i want to rename my wifi network, can you do that from there?',
      'so what did you find? is something wrong?',
    ],
  ] as const)('%s: "%s" then "%s" → nothing wrong, the name asked again', async (lang, opening, asked) => {
    const c = await portalChat(lang, faultWorld([]));
    const first = await c.send(opening);
    expect(first.at(-1)?.askKey).toBe('config.wifi_name');
    expect(words(first)).not.toMatch(/här är vad jag hittade|here is what I found/);
    const r = await c.send(asked);
    const said = words(r);
    expect(said).not.toMatch(CANT);
    expect(said).toMatch(lang === 'sv' ? /hittade inga fel/ : /found nothing wrong/);
    expect(r.at(-1)?.askKey).toBe('config.wifi_name');
  });
});

describe('what the tests found, asked at a permission in a fault case', () => {
  it.each([
    ['sv', 'internet funkar inte alls', 'vänta, vad hittade du?'],
    ['en', 'internet is not working at all', 'wait, what did you find?'],
  ] as const)(
    '%s: "%s" … "%s" → the finding told, the permission asked again',
    async (lang, opening, asked) => {
      const c = await chat(lang, faultWorld(['cpe_hung']));
      await untilAsked(c, 'consent.reboot', `${opening} ${c.pin}`);
      const r = await c.send(asked);
      const said = words(r);
      expect(said).not.toMatch(CANT);
      expect(said).toMatch(
        lang === 'sv' ? /Det här visade mina tester: .+/ : /This is what my tests showed: .+/,
      );
      expect(said).not.toMatch(/hittade inga fel|found nothing wrong/);
      expect(r.at(-1)?.askKey).toBe('consent.reboot');
    },
  );
});
