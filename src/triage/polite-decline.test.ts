import { describe, expect, it } from 'vitest';
import { parseAnswer } from './answers.js';

// Round 12 (rp12a #1): "oh ok, then no its fine. thanks" to "May I change the router's admin
// password?" was read as a yes and the password was changed.
describe('a polite no to a permission question', () => {
  const declines: [string, 'en' | 'sv'][] = [
    ['oh ok, then no its fine. thanks', 'en'],
    ["ok no it's fine", 'en'],
    ['naa its fine thanks', 'en'],
    ['ah ok. no thats ok then', 'en'],
    ['ok, no need then', 'en'],
    ['ok nah leave it as it is', 'en'],
    ['ok no thanks', 'en'],
    ['aha ok, nej det är bra då. tack', 'sv'],
    ['ok nej det behövs inte', 'sv'],
    ['okej, nä det är lugnt', 'sv'],
    ['ok då behövs det inte', 'sv'],
    ['ok låt det vara', 'sv'],
  ];
  it.each(declines)('%s → no', (text, lang) => {
    expect(parseAnswer('consent.config_change', text, lang).kind).toBe('no');
  });

  const yeses: [string, 'en' | 'sv'][] = [
    ['ok go ahead', 'en'],
    ['yes please', 'en'],
    ['ok kör', 'sv'],
    ['ja gör det', 'sv'],
  ];
  it.each(yeses)('%s → yes', (text, lang) => {
    expect(parseAnswer('consent.config_change', text, lang).kind).toBe('yes');
  });
});
