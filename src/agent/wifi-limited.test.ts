import { describe, expect, it } from 'vitest';
import { fineHereNotThere } from './wifi-limited.js';

describe('fine close by, still poor further away', () => {
  it.each([
    'well on cable yes. but my phone in the kitchen still gets 40',
    'next to the router yes. but the bedroom is still bad, thats the whole problem',
    'yes much better now. but i cant sit in the hallway forever lol',
    'bredvid routern funkar det men i sovrummet är det fortfarande dåligt',
    'ja med kabel. men mobilen i köket får bara 40',
  ])('%j', (text) => {
    expect(fineHereNotThere(text)).toBe(true);
  });

  it.each([
    'yes it works now, thanks',
    'no, still bad',
    'even next to the router yes but it is slow',
    'on the cable yes but slow on the cable too',
    'ja men tack',
  ])('not %j', (text) => {
    expect(fineHereNotThere(text)).toBe(false);
  });
});
