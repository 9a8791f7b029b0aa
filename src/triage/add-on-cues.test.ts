import { describe, expect, it } from 'vitest';
import { secondProblemBeside } from '../agent/second-problem.js';
import { beforeAddOn } from './add-on.js';
import { foldInPlace, splitFolded } from './add-on-cues.js';
import { fold } from './normalize.js';
import { REPLY_PATTERNS } from './reply-patterns.js';

// Every reader of "a second thing" knows the same turning words: before the table, "on another note"
// and "en grej till" were add-on cues for one reader and unknown to the others.
const TURNS = [
  'on another note',
  'en grej till',
  'while i have you',
  'när ni ändå håller på',
  'another question',
  'förresten',
];

describe('one table of words that turn to a second thing', () => {
  it.each(TURNS)('"%s" is a turn for triage, the second-problem reader and the reply reader', (cue) => {
    const text = `the router restarts itself every evening since monday ${cue} my wifi is slow in the kitchen`;
    expect(beforeAddOn(text)).toBe('the router restarts itself every evening since monday');
    expect(secondProblemBeside(text)).toBe('my wifi is slow in the kitchen');
    expect(REPLY_PATTERNS.newRequest.test(fold(`ok ${cue} can i get a new invoice`))).toBe(true);
  });

  it('folds without moving an index, so pieces of the original keep their letters', () => {
    const text = 'Nätet är segt. Förresten, kan ni byta namn?';
    expect(foldInPlace(text)).toHaveLength(text.length);
    expect(splitFolded(text, /förresten|forresten/g)).toEqual(['Nätet är segt. ', ', kan ni byta namn?']);
  });

  it('does not split on "sen" meaning "since"', () => {
    expect(beforeAddOn('internet har legat nere sen igår kväll och routern blinkar rött')).toBeNull();
  });
});
