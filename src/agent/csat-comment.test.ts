// Role-play round 28: every comment beside a score ("3 - quick, but you opened an invoice case I never asked
// for", "4, men det tog tid att förstå vad LOS var") got only "Thank you for your feedback!" and was kept
// nowhere. The comment is kept with the score for the quality team, and said so; a thanks is only a thanks.
import { describe, expect, it } from 'vitest';
import { scoreComment } from './csat-comment.js';
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

// Round 31 (c7, b7): a question beside the score, with the words that go with it, is never the comment.
describe('round 31: the remark before the question is the whole comment', () => {
  it.each([
    ['how do I get on 5ghz tho? I only see one wifi name', ''],
    ['hur kommer jag till 5ghz? jag ser bara ett wifinamn', ''],
    [
      "quick and painless, but you asked me twice to reconnect. One more thing: my brother-in-law says I should also change the router's admin password. Is that a different thing from the wifi password?",
      'quick and painless, but you asked me twice to reconnect.',
    ],
    [
      'snabbt och smidigt. En sak till: min svåger säger att jag ska byta adminlösenordet också. Är det samma som wifilösenordet?',
      'snabbt och smidigt.',
    ],
    ['great help. btw my neighbour says the router should be upstairs, is that true?', 'great help.'],
  ])('"%s" → "%s"', (rest, comment) => {
    expect(scoreComment(rest)).toBe(comment);
  });
});
