import { describe, expect, it } from 'vitest';
import { TOPIC_PATTERNS } from './reply-patterns.js';
import { topicsOf } from './topics-of.js';

const TEXTS = [
  'I already restarted it — will I lose my settings?',
  'how much does it cost and will I get a discount for the days it was down?',
  'måste ja logga in på routern nu?',
  'my internet is down completely',
  '',
  '300001',
];

describe('topicsOf read again', () => {
  it('gives the same topics for a text read again, as a copy the caller may change', () => {
    for (const text of TEXTS) {
      const first = topicsOf(text);
      first.push('other');
      const again = topicsOf(text);
      expect(again).toEqual(first.slice(0, -1));
      expect(again).not.toBe(topicsOf(text));
    }
    expect(topicsOf('I already restarted it — will I lose my settings?').length).toBeGreaterThan(1);
  });

  it('runs the topic patterns once for a text read again', () => {
    const text = 'is it normal that the wifi drops every evening, and will I get money back for it?';
    const test = RegExp.prototype.test;
    let runs = 0;
    RegExp.prototype.test = function (this: RegExp, s: string) {
      if (TOPIC_PATTERNS.some(([, re]) => re === this)) runs++;
      return test.call(this, s);
    };
    try {
      const first = topicsOf(text);
      const once = runs;
      expect(once).toBe(TOPIC_PATTERNS.length);
      expect(topicsOf(text)).toEqual(first);
      expect(topicsOf(text)).toEqual(first);
      expect(runs).toBe(once);
    } finally {
      RegExp.prototype.test = test;
    }
  });
});
