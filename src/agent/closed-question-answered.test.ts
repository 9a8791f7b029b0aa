// Round 22 (c5): after the close, "4. one more thing, the white box, should the phone also be plugged into it
// or straight into the wall?" got "Good question — I have noted it on your case so that it is not forgotten",
// on a case that was closed (nobody reads it there); "noted for who? the case is closed" got "anything
// else?". After a close, a question is answered when the desk can; when it cannot, it says so plainly and
// who can — never "noted on your case" on a closed case.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { atScore } from './testing/chat.js';

const NOTED = /noted it on your case|antecknat den i ditt ärende/;

describe('a question after the close is never "noted" on the closed case', () => {
  it.each([
    [
      'en',
      'one more thing, the white box, should the phone also be plugged into it or straight into the wall?',
    ],
    ['en', 'what time does your shop in the city open on saturdays?'],
    ['en', 'is there a discount if my neighbour also signs up?'],
    ['sv', 'en sak till, den vita dosan, ska telefonen också sitta i den eller direkt i väggen?'],
    ['sv', 'vilka tider har er butik öppet på lördagar?'],
  ] as const)('%s: "%s"', async (lang, text) => {
    const s = await atScore(
      ['cpe_hung'],
      lang as Language,
      lang === 'en' ? 'no internet since this morning' : 'inget internet sen i morse',
    );
    const said = (await s.desk.agent.handleMessage(s.id, text)).map((r) => r.text).join('\n');
    expect(said).not.toMatch(NOTED);
    expect(said.trim().length).toBeGreaterThan(0);
    expect(said).not.toMatch(
      /^(Is there anything else I can help with\? Just write\.|Är det något mer jag kan hjälpa till med\? Skriv bara\.)$/,
    );
  });
});

describe('who can answer, as said', () => {
  it.each([
    ['en', 'what time does your shop in the city open on saturdays?', 'I want to talk to a person'],
    ['sv', 'vilka tider har er butik öppet på lördagar?', 'jag vill prata med en person'],
  ] as const)('%s: "%s" then "%s" → handed to a person', async (lang, question, person) => {
    const s = await atScore(
      ['cpe_hung'],
      lang,
      lang === 'en' ? 'no internet since this morning' : 'inget internet sen i morse',
    );
    const said = (await s.desk.agent.handleMessage(s.id, question)).map((r) => r.text).join('\n');
    expect(said).toMatch(/can’t answer|kan jag inte svara/);
    await s.desk.agent.handleMessage(s.id, person);
    const items = (await s.desk.tickets.list({ limit: 10 })).items;
    expect(items.some((t) => t.status === 'escalated')).toBe(true);
  });
});
