// Round 31 (c7, b7): "4. how do I get on 5ghz tho? I only see one wifi name" was stored as the comment "I only
// see one wifi name", and a comment that is a complaint ("you never explained the blinking light", "ni svarade
// inte på det om lampan") got only "Thank you for your feedback". The question beside a score is no comment
// (none when there is only a question), and a complaint that something went unanswered gets the answer.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { atScore } from './testing/chat.js';

const OPENING: Record<Language, string> = {
  en: 'internet is down, the light on the router is blinking red, what does that mean?',
  sv: 'internet funkar inte, lampan på routern blinkar rött, vad betyder det?',
};
const LIGHT = /blinking light|blinkande lampa/i;

async function csats(c: Awaited<ReturnType<typeof atScore>>) {
  return (await c.desk.tickets.timeline(c.id)).flatMap((e) => (e.type === 'csat' ? [e] : []));
}

describe('a complaint beside the score gets the missing answer', () => {
  it.each([
    ['en', '4 - fine, but you never explained the blinking light'],
    ['en', "3. you didn't tell me what the light means"],
    ['sv', '4, men ni svarade inte på det om lampan'],
    ['sv', '3 - ni förklarade aldrig lampan'],
  ] as [Language, string][])('%s: "%s"', async (lang, said) => {
    const c = await atScore(['cpe_hung'], lang, OPENING[lang]);
    const reply = (await c.desk.agent.handleMessage(c.id, said)).map((m) => m.text).join('\n');
    expect(reply).toMatch(LIGHT);
    expect((await csats(c)).map((e) => e.score)).toEqual([Number(said[0])]);
  });
});

describe('a question beside the score is no comment', () => {
  it.each([
    ['en', '4. how do I get on 5ghz tho? I only see one wifi name'],
    ['sv', '4. hur kommer jag in på 5ghz då? jag ser bara ett wifinamn'],
  ] as [Language, string][])('%s: "%s"', async (lang, said) => {
    const c = await atScore(['cpe_hung'], lang, OPENING[lang]);
    const reply = (await c.desk.agent.handleMessage(c.id, said)).map((m) => m.text).join('\n');
    expect(reply).toMatch(/5 GHz/);
    const [csat] = await csats(c);
    expect(csat?.score).toBe(4);
    expect(csat && 'comment' in csat ? csat.comment : undefined).toBeUndefined();
  });
});
