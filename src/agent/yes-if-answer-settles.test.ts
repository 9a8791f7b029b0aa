// Round 26 (a7, b3): at the permission, "kommer jag behöva logga in på alla grejer igen då? isåfall ok kör" got
// "Det har jag antecknat…" and the permission again; "will it mess up my wifi or port settings? if not then yes
// go ahead" got two answers saying the same and the permission again. A yes whose condition ("if not", "if so,
// fine") the desk's answer meets is consent: the question answered once, and the change made.
import { describe, expect, it } from 'vitest';
import type { AskKey, FaultKind, Language } from '../domain/index.js';
import { portalChat, untilAsked } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const ASKED_AGAIN = /May I|Får jag|antecknat|noted/;

async function atConsent(lang: Language, faults: FaultKind[], opening: string, key: AskKey) {
  const c = await portalChat(lang, faultWorld(faults));
  await untilAsked(c, key, opening);
  return c;
}

describe('a yes on the condition the answer meets, at a channel change (a7)', () => {
  it.each([
    ['sv', 'kommer jag behöva logga in på alla grejer igen då? isåfall ok kör'],
    ['sv', 'måste jag ansluta om alla prylar då? i så fall kör på'],
    ['en', 'will i have to log in on all my devices again? if so fine, go ahead'],
    ['en', 'do i need to reconnect everything after? if not then yes do it'],
  ] as const)('%s: %s', async (lang, reply) => {
    const opening =
      lang === 'sv' ? 'wifit är jättesegt på kvällarna' : 'the wifi is really slow in the evenings';
    const c = await atConsent(lang, ['wifi_channel_congestion'], opening, 'consent.wifi_change');
    const out = await c.say(reply);
    expect(out).toMatch(/av sig själva|by themselves/);
    expect(out).not.toMatch(ASKED_AGAIN);
    expect(c.desk.world.actionsDone()).toContain('wifi_channel_change');
  });
});

describe('a yes on the condition the answer meets, at a new admin password (b3)', () => {
  it.each([
    ['en', 'will it mess up my wifi or port settings? if not then yes go ahead'],
    ['sv', 'påverkas mitt wifi eller mina portinställningar? om inte så kör'],
  ] as const)('%s: %s', async (lang, reply) => {
    const opening =
      lang === 'sv'
        ? 'kan ni byta adminlösenordet på routern?'
        : 'can you change the admin password on my router?';
    const c = await atConsent(lang, [], opening, 'consent.config_change');
    const out = await c.say(reply);
    expect(out.match(/\b(No|Nej) –|\b(No|Nej) —/g)).toHaveLength(1);
    expect(out).not.toMatch(ASKED_AGAIN);
    expect(c.desk.world.actionsDone()).toContain('admin_password_change');
  });
});

describe('a condition the answer does not meet still waits', () => {
  it('sv: a new Wi-Fi key does need every device again: asked once more', async () => {
    const c = await atConsent('sv', [], 'kan ni byta wifi-lösenordet?', 'consent.wifi_change');
    await c.say('måste jag ansluta om alla prylar då? om inte så kör');
    expect(c.desk.world.actionsDone()).not.toContain('wifi_password_change');
  });
});
