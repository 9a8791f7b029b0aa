import { describe, expect, it } from 'vitest';
import { parseAnswer } from './answers.js';
import { DOUBTS, SOFTENERS } from './hedge-words.js';
import { REPLY_PATTERNS } from './reply-patterns.js';

// One table of hedge words: what softens a reply is a hedge to the reply patterns, and a softener alone
// before "if it helps" leaves the yes standing.
describe('the hedge words', () => {
  const softeners = [...SOFTENERS.sv, ...SOFTENERS.en];
  const doubts = [...DOUBTS.sv, ...DOUBTS.en];

  it.each([...softeners, ...doubts])('"%s" is a hedge', (word) =>
    expect(REPLY_PATTERNS.hedge.test(`well ${word}.`)).toBe(true),
  );

  it.each(softeners)('"%s, if it helps" is consent', (word) =>
    expect(parseAnswer('consent.wifi_change', `${word}, if it helps`, 'en')).toEqual({ kind: 'yes' }),
  );

  it.each(['possibly', 'mojligen', 'not sure'])('"%s, if it helps" is no consent', (word) =>
    expect(parseAnswer('consent.wifi_change', `${word}, if it helps`, 'en').kind).not.toBe('yes'),
  );
});
