import { describe, expect, it } from 'vitest';
import { strictScore } from './reply-score.js';

describe('strictScore', () => {
  it.each([
    ['5 tack för snabb hjälp', 5],
    ['4 thanks for the help', 4],
    ['5 thank you so much', 5],
    ['3 tusen tack ändå', 3],
  ])('reads the score before a thank-you: "%s"', (text, score) => {
    expect(strictScore(text)).toBe(score);
  });

  it('takes no score from a number that is not one', () => {
    expect(strictScore('10 tack')).toBeNull();
  });
});
