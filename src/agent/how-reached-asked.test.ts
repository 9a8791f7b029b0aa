// Round 24 (a5): after a tier2 handoff, "will the technician call me or email? i'm at work until 5" was put on
// the case as "the customer would rather be called" (and said so) — a question about how the team gets in
// touch, not a wish. It is answered (here, and a call only if needed); the hours go on the case; a way of
// contact is noted only when the customer asks for it ("please call me", "kan ni ringa mig istället?").
import { describe, expect, it } from 'vitest';
import { converseIn } from './testing/converse.js';

async function afterHandoff(lang: 'en' | 'sv', message: string) {
  const opening =
    lang === 'en' ? 'my internet is super slow since last week' : 'internet är jättesegt sedan förra veckan';
  const r = await converseIn(['speed_line_degraded'], lang, [opening, '200115', '4711', message]);
  const notes = r.events.flatMap((e) => (e.type === 'note' ? [e.text] : []));
  expect(r.ticket?.queue).toBe('tier2');
  return { last: r.last, notes: notes.join('\n') };
}

const RATHER = /on case [^.]* that you would rather|i ärende [^.]* att du hellre/i;

describe('how the team gets in touch, asked', () => {
  it.each([
    [
      'en',
      "ok. one more thing - will the technician call me or email? i'm at work until 5",
      /answers you here/,
    ],
    ['en', 'are they gonna phone me or just write here?', /answers you here/],
    ['en', 'will they call me?', /answers you here|calls only if/],
    ['sv', 'ringer teknikern mig eller mejlar de? jobbar till 17', /svarar dig här|här i/],
    ['sv', 'kommer dom ringa mig?', /svarar dig här|här i|ringer bara/],
  ] as const)('%s: "%s" is answered, no wish to be called recorded', async (lang, message, answer) => {
    const { last, notes } = await afterHandoff(lang, message);
    expect(last).not.toMatch(RATHER);
    expect(last).toMatch(answer);
    expect(notes).not.toMatch(/would rather be contacted/);
  });

  it('the hours beside the question go on the case', async () => {
    const { notes } = await afterHandoff('en', "will the technician call me or email? i'm at work until 5");
    expect(notes).toContain("i'm at work until 5");
  });

  it.each([
    ['en', "please call me instead, i'm at work until 5"],
    ['sv', 'kan ni ringa mig istället?'],
  ] as const)('%s: "%s" is a wish, noted', async (lang, message) => {
    const { notes } = await afterHandoff(lang, message);
    expect(notes).toMatch(/would rather be contacted by phone call/);
  });
});
