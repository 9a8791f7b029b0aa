// Round 33 (b#1, b#7, c#7, c#4): after the close, a question or a comment opened a new fault case. "4, gick
// snabbt. men ni svarade aldrig om det var nåt fel i området" and "ska ja köra på 5ghz nätet?" were triaged
// as an outage or no internet: the desk tested the line, asked the customer to unplug a router that works and
// escalated to tier2 when she declined. "jag vill inte köpa någon router" opened a sales case. After a close a
// new case is opened only for a newly reported fault or a clear new request: a question is answered (or
// honestly not), a complaint about an unanswered question gets the answer, a negation is no request.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { atScore } from './testing/chat.js';
import type { MemoryDesk } from './testing/memory-desk.js';

const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');
const all = async (desk: MemoryDesk) => (await desk.tickets.list({ limit: 50 })).items;
const OPENING: Record<Language, string> = {
  sv: 'min router har fortfarande admin/admin som lösenord, kan ni byta det?',
  en: 'my router still has the admin/admin login from the sticker, can you change that?',
};
const FAULT_FLOW =
  /unplug|power cable|restart|Dra ur|strömsladd|starta om|testing your line|testar din linje/i;

describe('after the close, a question or a comment opens no case', () => {
  it.each([
    ['sv', 'gick snabbt. men ni svarade aldrig om det var nåt fel i området'],
    ['sv', 'ni svarade aldrig om det var något fel i området'],
    ['sv', 'hallå? 5G-nätet eller det vanliga till tv:n??'],
    [
      'sv',
      'asså d e ju kväll nu lol. btw ska ja köra på 5ghz nätet på datorn istället eller spelar d ingen roll?',
    ],
    ['sv', 'Jag vill inte köpa någon ny router, jag undrade bara varför ni inte uppdaterade den själva.'],
    ['sv', 'jag vill inte köpa någon router'],
    ['en', 'you never told me whether there was a fault in the area'],
    ['en', 'you never answered if there was an outage in my area'],
    ['en', 'should I use the 5 GHz network on my laptop or does it not matter?'],
    ['en', "I don't want to buy a new router, I only wondered why you didn't update it yourselves."],
  ] as const)('%s: "%s"', async (lang, text) => {
    const { desk, id } = await atScore(['default_admin_password'], lang, OPENING[lang]);
    const said = words(await desk.agent.handleMessage(id, text));
    expect(said).not.toMatch(FAULT_FLOW);
    expect(said).not.toMatch(/sales team|säljavdelning|second-line|andralinje/i);
    const cases = await all(desk);
    expect(cases).toHaveLength(1);
    expect(cases[0]?.status).toBe('resolved');
  });

  it.each([
    ['sv', '4, gick snabbt. men ni svarade aldrig om det var nåt fel i området'],
    [
      'sv',
      '2. Själva bytet gick bra men jag fick svar på saker jag inte frågade om, och jag vill inte köpa någon router.',
    ],
    ['en', "2. the change went fine, but I don't want to buy a router, stop offering one."],
  ] as const)('%s: beside a score, "%s"', async (lang, text) => {
    const { desk, id, scores } = await atScore(['default_admin_password'], lang, OPENING[lang]);
    const said = words(await desk.agent.handleMessage(id, text));
    expect(await scores()).toHaveLength(1);
    expect(said).not.toMatch(FAULT_FLOW);
    expect(said).not.toMatch(/sales team|säljavdelning|second-line|andralinje/i);
    expect(await all(desk)).toHaveLength(1);
  });

  it.each([
    ['sv', 'nu funkar inte internet alls, inget fungerar'],
    ['en', 'now the internet is down again, nothing loads'],
    ['en', 'I want to upgrade to 1000 Mbit'],
  ] as const)('%s: a new fault or a clear request still opens a case: "%s"', async (lang, text) => {
    const { desk, id } = await atScore(['default_admin_password'], lang, OPENING[lang]);
    await desk.agent.handleMessage(id, text);
    expect((await all(desk)).length).toBeGreaterThan(1);
  });
});
