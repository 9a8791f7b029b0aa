import { describe, expect, it } from 'vitest';
import { fold, queryTokens, stem, tokens } from './text.js';
import { ftsQuery } from './repository.js';

describe('text normalisation', () => {
  it('folds Swedish diacritics and case', () => {
    expect(fold('Rött LÖSENORD på Wi-Fi, Café')).toBe('rott losenord pa wi-fi, cafe');
  });

  it('stems common Swedish endings to one form', () => {
    const forms = ['lampa', 'lampan', 'lampor', 'lamporna'].map((w) => stem(w, 'sv'));
    expect(new Set(forms).size).toBe(1);
    expect(stem('blinkar', 'sv')).toBe(stem('blinkande', 'sv'));
    expect(stem('routern', 'sv')).toBe('router');
    expect(stem('fakturan', 'sv')).toBe(stem('fakturor', 'sv'));
  });

  it('stems common English endings without mangling short words', () => {
    expect(stem('lights', 'en')).toBe('light');
    expect(stem('blinking', 'en')).toBe('blink');
    expect(stem('resetting', 'en')).toBe('reset');
    expect(stem('speed', 'en')).toBe('speed');
    expect(stem('access', 'en')).toBe('access');
    expect(stem('dns', 'en')).toBe('dns');
  });

  it('drops stop words and unifies spellings', () => {
    expect(tokens('Hur byter jag lösenordet på mitt Wi-Fi?', 'sv')).toEqual(['byt', 'losenord', 'wifi']);
    expect(tokens('How do I change my WiFi password', 'en')).toEqual(['chang', 'wifi', 'password']);
    expect(tokens('2,4 GHz eller 5 GHz', 'sv')).toEqual(['24', 'ghz', '5', 'ghz']);
  });

  it('produces only [a-z0-9] tokens whatever the input', () => {
    const nasty = '"NEAR(a b)" AND -x* OR col:title ^y \u0000 🙂 \'; drop table x; -- <script>';
    for (const t of queryTokens(nasty, undefined)) expect(t).toMatch(/^[a-z0-9]+$/);
  });

  it('caps the number of query tokens', () => {
    const long = Array.from({ length: 500 }, (_, i) => `word${i}x`).join(' ');
    expect(queryTokens(long, 'en').length).toBeLessThanOrEqual(16);
  });

  it('builds FTS queries from safe tokens only', () => {
    expect(ftsQuery('sqlite', ['router', 'red', 'x"y'])).toBe('"router"* OR "red"');
    expect(ftsQuery('postgres', ['router', 'red'])).toBe('router:* | red');
    expect(ftsQuery('sqlite', [])).toBe('');
  });
});
