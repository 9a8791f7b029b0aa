// Role-play round 28: every comment beside a score ("3 - quick, but you opened an invoice case I never asked
// for", "4, men det tog tid att förstå vad LOS var") got only "Thank you for your feedback!" and was kept
// nowhere. The comment is kept with the score for the quality team, and said so; a thanks is only a thanks.
import { expect, it } from 'vitest';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

async function closed(lang: 'en' | 'sv') {
  const c = await chat(lang, faultWorld(['cpe_hung']));
  await c.say(`${c.pin}. ${lang === 'sv' ? 'internet funkar inte' : 'my internet is down'}`);
  await c.say(c.yes); // restart
  const out = await c.say(c.yes); // works
  expect(out).toMatch(/closed|avslutat/);
  return c;
}

async function csatOf(c: Awaited<ReturnType<typeof chat>>) {
  const events = await c.desk.tickets.timeline(c.ticketId);
  return events.filter((e) => e.type === 'csat');
}

it.each([
  ['en', '4 - quick, but the first answer did not fit my question', 4, /your comment is on the case/],
  ['en', '2. took way too long and nobody explained what was wrong', 2, /sorry it was not better/],
  ['sv', '3, bra men det tog tid att förstå vad ni menade', 3, /din kommentar finns på ärendet/],
  ['sv', '1 - inte nöjd alls, jag fick starta om själv', 1, /förlåt att det inte blev bättre/],
] as const)('%s: "%s" keeps the comment with the score and says so', async (lang, msg, score, said) => {
  const c = await closed(lang);
  const out = await c.say(msg);
  expect(out).toMatch(said);
  const csat = await csatOf(c);
  expect(csat).toHaveLength(1);
  expect(csat[0]).toMatchObject({ score, comment: expect.stringMatching(/\w{3}/) });
});

it.each([
  ['en', '5, thanks!'],
  ['sv', '5 tack så mycket'],
] as const)('%s: "%s" is a score and a thanks, no comment to speak of', async (lang, msg) => {
  const c = await closed(lang);
  const out = await c.say(msg);
  expect(out).toMatch(/Thank you for your feedback|Tack för ditt omdöme/);
  expect(out).not.toMatch(/comment|kommentar/);
});
