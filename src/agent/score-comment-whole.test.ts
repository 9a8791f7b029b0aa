// Role-play round 32 (a#1, a#3, a#7, b#2, b#4): the comment kept with a score is the customer's own words that go
// with it — all of them, a new request beside it left out (that is handled as a request) — and a comment with a
// complaint gets a short apology that names it, never only "thank you".
// - "ok slog av och på wifi så funkar det. 4, bra men först sa du att du inte kunde svara om mobilen" was stored as
//   "ok slog av och på wifi så funkar det."; "Jaså, varje vecka alltså. Nåväl. Jag ger 3, det gick fort men …" as
//   "Jaså, varje vecka alltså. Nåväl." (the words before the score, not the ones that go with it);
// - "3 - update was quick, but the summary says I wanted to rename my wifi network?? I never asked for that" was
//   cut to "update was quick I never asked for that" and thanked "for telling us why"; "4 - quick help, thanks. But
//   I never said anything about the invoice? …" lost its complaint (a complaint with a question mark is no question);
// - "4. en grej till, vad kostar det att uppgradera …? vi e 4 pers som spelar o streamar" was stored as "vi e 4 pers
//   …" and thanked "för att du berättar varför".
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { scoreSaid } from '../triage/score-beside.js';
import { scoreComment } from './csat-comment.js';
import { atScore } from './testing/chat.js';

/** The comment stored for `message` (as the desk reads the score and what goes with it). */
function commentOf(message: string): string {
  const said = scoreSaid(message);
  expect(said).not.toBeNull();
  return scoreComment(said ?? '');
}

describe('the words that go with the score are the comment', () => {
  it.each([
    [
      'ok slog av och på wifi så funkar det. 4, bra men först sa du att du inte kunde svara om mobilen',
      'bra men först sa du att du inte kunde svara om mobilen',
    ],
    [
      'Jaså, varje vecka alltså. Nåväl. Jag ger 3, det gick fort men ni svarade inte riktigt på mina frågor.',
      'det gick fort men ni svarade inte riktigt på mina frågor.',
    ],
    [
      "ok it works on the laptop now. 4, good but first you said you couldn't answer about the phone",
      "good but first you said you couldn't answer about the phone",
    ],
    ['Great help, thanks! 5', 'Great help, thanks!'],
    ["I'd give you a 2", ''],
    [
      '3 - update was quick, but the summary says I wanted to rename my wifi network?? I never asked for that',
      'update was quick, but the summary says I wanted to rename my wifi network?? I never asked for that',
    ],
    [
      '4 - quick help, thanks. But I never said anything about the invoice? I only said the customer number was on it.',
      'quick help, thanks. But I never said anything about the invoice? I only said the customer number was on it.',
    ],
    [
      '3 - gick snabbt, men sammanfattningen säger att jag ville byta namn på wifit?? Det bad jag aldrig om',
      'gick snabbt, men sammanfattningen säger att jag ville byta namn på wifit?? Det bad jag aldrig om',
    ],
    ['4. en grej till, vad kostar det att uppgradera till snabbare? vi e 4 pers som spelar o streamar', ''],
    ['4. one more thing, what does an upgrade cost? we are 4 people streaming', ''],
  ])('"%s" → "%s"', (message, comment) => {
    expect(commentOf(message)).toBe(comment);
  });
});

const OPENING: Record<Language, string> = {
  en: 'my internet is down',
  sv: 'internet funkar inte',
};

async function scored(lang: Language, message: string) {
  const c = await atScore(['cpe_hung'], lang, OPENING[lang]);
  const reply = (await c.desk.agent.handleMessage(c.id, message)).map((m) => m.text).join('\n');
  const csat = (await c.desk.tickets.timeline(c.id)).flatMap((e) => (e.type === 'csat' ? [e] : []));
  return { reply, csat };
}

describe('a complaint with the score gets an apology that names it', () => {
  it.each([
    [
      'en',
      '3 - update was quick, but the summary says I wanted to rename my wifi network?? I never asked for that',
      /sorry/i,
      /the summary says I wanted to rename my wifi network/,
    ],
    ['en', '4, fixed it but you asked me twice if it works', /sorry/i, /you asked me twice if it works/],
    [
      'sv',
      'ok slog av och på wifi så funkar det. 4, bra men först sa du att du inte kunde svara om mobilen',
      /förlåt/i,
      /först sa du att du inte kunde svara om mobilen/,
    ],
    [
      'sv',
      'Jag ger 3, det gick fort men ni svarade inte riktigt på mina frågor.',
      /förlåt/i,
      /ni svarade inte riktigt på mina frågor/,
    ],
  ] as [Language, string, RegExp, RegExp][])('%s: "%s"', async (lang, message, sorry, named) => {
    const { reply, csat } = await scored(lang, message);
    expect(reply).toMatch(sorry);
    expect(reply).toMatch(named);
    expect(csat).toHaveLength(1);
    expect(csat[0] && 'comment' in csat[0] ? csat[0].comment : '').toMatch(named);
  });

  it.each([
    ['en', '5, quick and clear, thanks'],
    ['sv', '5. Tydligt och snabbt, även för en gammal gubbe som jag'],
  ] as [Language, string][])('%s: "%s" is praise, thanked without an apology', async (lang, message) => {
    const { reply } = await scored(lang, message);
    expect(reply).not.toMatch(/sorry|förlåt/i);
  });
});

describe('a new request beside the score is no comment', () => {
  it.each([
    ['sv', '4. en grej till, vad kostar det att uppgradera till snabbare? vi e 4 pers som spelar o streamar'],
    [
      'en',
      '4. one more thing, what does an upgrade to a faster plan cost? we are 4 people gaming and streaming',
    ],
  ] as [Language, string][])('%s: "%s"', async (lang, message) => {
    const { reply, csat } = await scored(lang, message);
    expect(reply).not.toMatch(/för att du berättar varför|for telling us why/);
    expect(csat).toHaveLength(1);
    expect(csat[0] && 'comment' in csat[0] ? csat[0].comment : undefined).toBeUndefined();
  });
});
