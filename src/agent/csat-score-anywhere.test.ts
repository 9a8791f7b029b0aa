// Round 10 of the issue-14 role-play (fixer y): a score anywhere in the answer to the satisfaction
// question counts ("meh. 3 because you ignored…", "klart… 5 för övrigt"), and a question beside it is
// answered ("4 antar jag. varför hängde den sig?").
import { describe, expect, it } from 'vitest';
import type { AgentReply } from './agent.js';
import { faultWorld, identified, memoryDesk } from './testing/memory-desk.js';

const KARIN = { customerNumber: '100482', name: 'Karin Lind', pin: '4711' };
const said = (r: AgentReply[]) => r.map((x) => x.text).join('\n');

async function atScore(lang: 'sv' | 'en') {
  const desk = memoryDesk({ world: faultWorld(['cpe_hung']) });
  const opening =
    lang === 'en' ? 'no internet, lights look normal' : 'inget internet, lamporna ser normala ut';
  const { ticketId } = await identified(desk, KARIN, lang, opening);
  let r = await desk.agent.handleMessage(ticketId, lang === 'en' ? 'yes' : 'ja');
  for (let i = 0; i < 3 && r.at(-1)?.askKey !== 'csat.score'; i++)
    r = await desk.agent.handleMessage(ticketId, lang === 'en' ? 'yes it works' : 'ja det funkar');
  expect(r.at(-1)?.askKey).toBe('csat.score');
  const scores = async () =>
    (await desk.tickets.timeline(ticketId))
      .filter((e) => e.type === 'csat')
      .map((e) => e.type === 'csat' && e.score);
  return { desk, id: ticketId, scores };
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
    const { desk, id, scores } = await atScore(lang);
    const r = await desk.agent.handleMessage(id, text);
    expect(await scores()).toEqual([score]);
    expect(said(r)).toMatch(/Thank you for your feedback|Tack för ditt omdöme/);
  });

  it.each([
    ['en', 'my router is 5 years old, is that the problem?'],
    ['sv', 'den har hängt sig 2 gånger förut, varför?'],
  ] as const)('%s: a number that is something else is no score: "%s"', async (lang, text) => {
    const { desk, id, scores } = await atScore(lang);
    await desk.agent.handleMessage(id, text);
    expect(await scores()).toEqual([]);
  });

  it.each([
    ['sv', '4 antar jag. varför hängde den sig?', 4, /omstart|starta om|startade om|hängt sig|hängde/i],
    ['en', '4 i guess. why did it freeze?', 4, /restart|froze|stuck|hung/i],
    ['sv', 'varför hängde den sig? 4 antar jag', 4, /omstart|starta om|startade om|hängt sig|hängde/i],
  ] as const)('%s: "%s" records %d and answers the question', async (lang, text, score, answer) => {
    const { desk, id, scores } = await atScore(lang);
    const r = await desk.agent.handleMessage(id, text);
    expect(await scores()).toEqual([score]);
    const rest = said(r).replace(/Thank you for your feedback[^\n]*|Tack för ditt omdöme[^\n]*/g, '');
    expect(rest).toMatch(answer);
  });
});
