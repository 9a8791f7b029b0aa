import { describe, expect, it } from 'vitest';
import { converseIn } from './testing/converse.js';

// After an outage outcome, "ska jag starta om routern sen? och kan ni byta wifilösenordet medan ni håller
// på": both are answered — the restart question, and the key change taken up as its own case that waits
// for the outage — never only "added to the case".
describe('a change asked for beside a question about the case', () => {
  it.each([
    [
      'sv',
      'inget internet i limhamn sen lunch, är det fel hos er?',
      'ska jag starta om routern sen eller händer det av sig självt? och kan ni byta wifilösenordet medan ni håller på, grannen har det',
      /omstart|av sig själv/,
      /når inte din router/,
    ],
    [
      'en',
      'is something wrong on your side?? no internet here in limhamn since lunch',
      'should i restart the router later or does it come back by itself? and can you change the wifi password while youre at it, the neighbour knows it',
      /restart|by itself/i,
      /can't reach your router/,
    ],
  ] as const)('%s: both answered', async (lang, opening, text, restart, waits) => {
    const r = await converseIn(['area_outage'], lang, [opening, '200115', '4711', text], { outage: true });
    expect(r.last).toMatch(restart);
    expect(r.last).toMatch(waits);
  });
});
