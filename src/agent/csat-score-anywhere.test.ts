// Round 10 of the issue-14 role-play (fixer y): a score anywhere in the answer to the satisfaction
// question counts ("meh. 3 because you ignored…", "klart… 5 för övrigt"), and a question beside it is
// answered ("4 antar jag. varför hängde den sig?").
import { describe, expect, it } from 'vitest';
import type { AgentReply } from './agent.js';
import { atScore } from './testing/chat.js';
const said = (r: AgentReply[]) => r.map((x) => x.text).join('\n');

function atCpeHungScore(lang: 'sv' | 'en') {
  const opening =
    lang === 'en' ? 'no internet, lights look normal' : 'inget internet, lamporna ser normala ut';
  return atScore(['cpe_hung'], lang, opening);
}

describe('a score anywhere in the answer to the satisfaction question (rp10b #3, rp10c #5, #6)', () => {
  it.each([
    ['en', 'meh. 3 because you ignored my router question twice', 3],
    ['en', 'hmm, id give you a 2 tbh', 2],
    ['en', 'ok. overall 4', 4],
    ['sv', 'klart, syns som Berg hemma nu. 5 för övrigt', 5],
    ['sv', 'nja. 3 eftersom det tog tid', 3],
    ['sv', 'tja, en 4:a blir det', 4],
  ] as const)('%s: "%s" records %d', async (lang, text, score) => {
    const { desk, id, scores } = await atCpeHungScore(lang);
    const r = await desk.agent.handleMessage(id, text);
    expect(await scores()).toEqual([score]);
    expect(said(r)).toMatch(
      /Thank you for your feedback|Thank you for the score|Thank you for telling us|Tack för ditt omdöme|Tack för betyget|Tack för att du säger till/,
    );
  });

  it.each([
    ['en', 'my router is 5 years old, is that the problem?'],
    ['sv', 'den har hängt sig 2 gånger förut, varför?'],
  ] as const)('%s: a number that is something else is no score: "%s"', async (lang, text) => {
    const { desk, id, scores } = await atCpeHungScore(lang);
    await desk.agent.handleMessage(id, text);
    expect(await scores()).toEqual([]);
  });

  it.each([
    ['sv', '4 antar jag. varför hängde den sig?', 4, /omstart|starta om|startade om|hängt sig|hängde/i],
    ['en', '4 i guess. why did it freeze?', 4, /restart|froze|stuck|hung/i],
    ['sv', 'varför hängde den sig? 4 antar jag', 4, /omstart|starta om|startade om|hängt sig|hängde/i],
  ] as const)('%s: "%s" records %d and answers the question', async (lang, text, score, answer) => {
    const { desk, id, scores } = await atCpeHungScore(lang);
    const r = await desk.agent.handleMessage(id, text);
    expect(await scores()).toEqual([score]);
    const rest = said(r).replace(/Thank you for your feedback[^\n]*|Tack för ditt omdöme[^\n]*/g, '');
    expect(rest).toMatch(answer);
  });
});
