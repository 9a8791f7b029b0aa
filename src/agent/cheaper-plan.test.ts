// Issue 14, round 21 c10: "our internet is too expensive … Can we get a cheaper and slower one? And would
// the new price apply already on this month's bill?" was read as no internet: a clarification, line tests, a
// power cycle, "troubleshooting is free" as the answer to the price, and a person with "No internet
// connection" on the ticket. A cheaper or slower plan asked for is an account change: routed to sales at
// once, and when the new price applies is answered honestly (sales sets it when they make the change).
import { describe, expect, it } from 'vitest';
import { triage } from '../triage/index.js';
import { portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

describe('a cheaper or slower plan asked for goes to sales at once', () => {
  it.each([
    [
      'en',
      "Good morning. My wife and I think our internet is too expensive, we mostly read the news and do video calls with the grandchildren. Can we get a cheaper and slower one? And would the new price apply already on this month's bill?",
      /from which invoice the new price applies/,
    ],
    ['en', 'is there a slower plan that costs less? would it be on the next bill already?', /invoice/],
    ['en', 'our internet is too expensive for what we use it for', null],
    ['sv', 'vi vill ha ett långsammare och billigare abonnemang, vi använder knappt internet', null],
    ['sv', 'vårt abonnemang är för dyrt, kan vi byta till ett billigare?', null],
  ] as const)('%s: %j', async (lang, opening, priceAnswer) => {
    expect(triage(opening).intent).toBe('account_change');
    const c = await portalChat(lang, faultWorld([]));
    const said = await c.say(opening);
    const t = (await c.cases()).first;
    expect(t?.queue).toBe('sales');
    expect(said).not.toMatch(/free of charge|kostnadsfri/);
    if (priceAnswer) expect(said).toMatch(priceAnswer);
  });
});

describe('a price or speed that is a fault or an invoice keeps its reading', () => {
  it.each([
    ['internet is too slow, can I get a faster one', 'slow_speed'],
    ['my bill is too expensive this month, why?', 'billing'],
    ['internet funkar inte och det är för dyrt', 'no_connection'],
  ])('%s → %s', (text, intent) => {
    expect(triage(text).intent).toBe(intent);
  });
});
