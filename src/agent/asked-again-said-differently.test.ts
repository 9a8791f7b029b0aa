// Round 24 (b8): "What about the discount though, who do I talk to?" and then "I asked WHO I talk to about the
// discount" got the same paragraph word for word. An answer asked for again right after it is said in its
// more direct `.again` form; a third time, or after something else, the full answer again.
import { describe, expect, it } from 'vitest';
import { converseIn } from './testing/converse.js';
import { Turn } from './turn.js';

describe('an answer asked for again is said differently', () => {
  it.each([
    ['en', 'who do I talk to about a discount?', 'I asked WHO I talk to about the discount?', /sales team/],
    ['en', 'who handles discounts on plans?', 'again: WHO handles discounts??', /sales team/],
    ['sv', 'vem pratar jag med om rabatt?', 'jag frågade VEM jag pratar med om rabatten?', /säljavdelning/],
    ['sv', 'vem sköter rabatter på abonnemang?', 'VEM sköter rabatterna sa jag?', /säljavdelning/],
  ] as const)('%s: "%s" then "%s"', async (lang, first, again, team) => {
    const opening = lang === 'en' ? 'my internet is down' : 'internet funkar inte';
    const r = await converseIn(['cpe_hung'], lang, [opening, '200115', '4711', first, again]);
    const [one, two] = r.replies.slice(-2).map((x) => x.split(/\n+/)[0]);
    expect(one).toMatch(team);
    expect(two).toMatch(team);
    expect(two).not.toBe(one);
  });

  it('the .again form only right after the same answer', () => {
    const turn = new Turn('en');
    turn.answersBefore = new Set(['reply.discount']);
    turn.say('reply.discount');
    const fresh = new Turn('en');
    fresh.say('reply.discount');
    expect(turn.drafts()[0].text).toMatch(/^To answer it plainly/);
    expect(fresh.drafts()[0].text).toMatch(/^Prices and discounts/);
    expect(turn.answers).toEqual(['reply.discount']);
  });
});
