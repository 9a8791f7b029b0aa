// Round 28 (b3): the e-mail answer to the satisfaction question "Rating: 2 - the password got changed in the
// end but it took four e-mails" was not recorded: a score named as such ("Rating:", "Betyg:", "my score is")
// is that score, with the words beside it kept as its comment.
import { describe, expect, it } from 'vitest';
import { scoreBeside } from '../triage/score-beside.js';
import { atScore } from './testing/chat.js';

describe('a score named as such is recorded (rp28b #3)', () => {
  it.each([
    ['en', 'Rating: 2 - the password got changed in the end but it took four e-mails.', 2],
    ['en', 'Thanks. Rating: 2 - it took four e-mails', 2],
    ['en', 'my score is 4, quick fix', 4],
    ['en', 'Score: 3/5 - ok in the end', 3],
    ['sv', 'Betyg: 2 – det tog fyra mejl innan lösenordet byttes.', 2],
    ['sv', 'Tack. Mitt betyg: 4 – snabbt och bra', 4],
    ['sv', 'Omdöme: 5', 5],
  ] as const)('%s: %j records %d', async (lang, text, score) => {
    expect(scoreBeside(text)?.score).toBe(score);
    const { desk, id, scores } = await atScore(
      ['cpe_hung'],
      lang,
      lang === 'en' ? 'no internet, lights look normal' : 'inget internet, lamporna ser normala ut',
    );
    await desk.agent.handleMessage(id, text);
    expect(await scores()).toEqual([score]);
  });

  it.each(['my rating of the router is not the point, is 5 GHz faster?', 'betyget på routern?'])(
    'no score in %j',
    (text) => {
      expect(scoreBeside(text)).toBeNull();
    },
  );
});
