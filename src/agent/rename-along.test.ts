// A rename asked beside another question of a security case is done in that case (rp8a 13), and
// "no, just Oskar_home" at the rename's permission corrects the name instead of refusing.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { parseWifiName } from '../triage/wifi-name.js';
import { portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const OSKAR = { customerNumber: '812248', name: 'Oskar Lund', pin: '4711' };

async function chat(language: Language, messages: string[]) {
  const c = await portalChat(language, faultWorld([], { canDo: ['step.rejoin_wifi'] }), OSKAR);
  const desk = c.desk;
  const said: string[] = [];
  for (const m of messages) said.push(...(await c.send(m)).map((r) => r.text));
  const tl = await desk.tickets.timeline(c.ticketId);
  const renames = tl.flatMap((e) =>
    e.type === 'action_requested' && e.action === 'wifi_ssid_change' ? [e.args?.ssid] : [],
  );
  const resolution = tl.findLast((e) => e.type === 'resolution');
  return { desk, said: said.join('\n'), renames, resolution };
}

describe('a rename asked during the security lock-down', () => {
  it.each([
    {
      lang: 'en' as const,
      opening: 'I think someone hacked my router. theres devices i dont recognize',
      consent: 'yes. but can you also change the wifi name back to Oskar_home?',
      name: 'Oskar_home',
    },
    {
      lang: 'sv' as const,
      opening: 'jag tror nån har hackat vår router, det finns okända enheter i nätet',
      consent: 'ja, och byt tillbaka namnet på wifit till Villa_Berg som jag sa',
      name: 'Villa_Berg',
    },
    {
      lang: 'en' as const,
      opening: 'my network got hacked i think, strange devices on it',
      consent: 'sure go ahead, and rename it to Lund Family too',
      name: 'Lund Family',
    },
    {
      lang: 'sv' as const,
      opening: 'ngn har hackat wifit tror jag, konstiga prylar uppkopplade',
      consent: 'ja gör det. kan du döpa om wifit till Lunds_5G ocksa',
      name: 'Lunds_5G',
    },
  ])('$lang: "$consent" renames in the same case', async ({ lang, opening, consent, name }) => {
    const r = await chat(lang, [
      opening,
      consent,
      lang === 'sv' ? 'klart' : 'done',
      lang === 'sv' ? 'ja' : 'yes',
    ]);
    expect(r.renames).toEqual([name]);
    expect(r.desk.world.actionsDone()).toEqual(
      expect.arrayContaining(['wifi_password_change', 'wifi_ssid_change', 'admin_password_change']),
    );
    expect(r.resolution).toMatchObject({ outcome: 'escalated', queue: 'security' });
    expect(r.resolution?.type === 'resolution' && r.resolution.summary.staff).not.toMatch(/renaming/i);
    expect(r.desk.tickets.tickets.size).toBe(1);
  });

  it('asked on its own at the permission, the rename is noted and the permission asked again', async () => {
    const r = await chat('en', [
      'i think my router was hacked, there are devices i dont know',
      'can you also rename the network to "Casa Oskar" please',
    ]);
    expect(r.said).toMatch(/rename your Wi-Fi network to “Casa Oskar”/);
    expect(r.said).toMatch(/May I set a new Wi-Fi password\?[^]*May I set a new Wi-Fi password\?/);
    expect(r.desk.world.actionsDone()).toEqual([]);
  });
});

describe('a correction at the rename permission', () => {
  it.each([
    ['en' as const, 'can you rename my wifi to Oskar_hme', 'no, just Oskar_home', 'Oskar_home'],
    ['en' as const, 'rename the wifi to Oscar_home', 'no, call it Oskar_home', 'Oskar_home'],
    ['sv' as const, 'kan ni byta namn på wifit till Vila_Berg', 'nej, Villa_Berg', 'Villa_Berg'],
    ['sv' as const, 'döp om wifit till Villa Berg tack', 'nej, bara Villa_Berg', 'Villa_Berg'],
  ])('%s: "%s" then "%s" renames to %s', async (lang, opening, correction, name) => {
    const r = await chat(lang, [opening, correction]);
    expect(r.said).toContain(name);
    expect(r.resolution).toBeUndefined();
    const done = await chat(lang, [opening, correction, lang === 'sv' ? 'ja' : 'yes']);
    expect(done.renames).toEqual([name]);
  });

  it('"no thanks" is still a no: the rename is withdrawn and nothing is handed on', async () => {
    const r = await chat('en', ['can you rename my wifi to Oskar_hme', 'no thanks']);
    expect(r.renames).toEqual([]);
    expect(r.resolution).toMatchObject({ outcome: 'resolved' });
  });
});

describe('the words after a name are not part of it', () => {
  it.each([
    ['kan ni döpa om wifit till Villa_Berg också tack', 'Villa_Berg'],
    ['rename it to Oskar_home too', 'Oskar_home'],
    ['change the wifi name to Oskar_home like i said.', 'Oskar_home'],
    ['byt namnet till Villa_Berg som jag sa', 'Villa_Berg'],
    ['call it Too Fast', 'Too Fast'],
    ['can you change the wifi name back to Oskar_home and lock it down', 'Oskar_home'],
    ['byt namnet på wifit till Villa_Berg och lås det', 'Villa_Berg'],
    ['rename it to Tom and Jerry', 'Tom and Jerry'],
  ])('"%s" → %s', (text, name) => {
    expect(parseWifiName(text)).toBe(name);
  });
});
