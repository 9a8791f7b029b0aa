// Round 26 (a1, sv): after the close, "4. en sak till, min fru undrar om vi kan få en router som inte går att
// stänga av så lätt" got only "Tack för ditt omdöme! Är det något mer …": the score was recorded and the wish
// beside it ignored. A wish beside the score is answered too (the power button, how to keep it from being
// pressed, or another model from sales) — never a new case nobody asked for.
import { describe, expect, it } from 'vitest';
import { chat, untilAsked } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

describe('a wish for a router that is not switched off so easily, beside the score', () => {
  it.each([
    ['sv', '4. en sak till, min fru undrar om vi kan få en router som inte går att stänga av så lätt', 4],
    ['sv', 'går det att låsa strömknappen på routern?', null],
    ['en', '4. one more thing, my wife asks if we can get a router that can’t be switched off so easily', 4],
    ['en', 'can the power button on the router be locked somehow?', null],
  ] as const)('%s: "%s"', async (lang, text, score) => {
    const c = await chat(lang, faultWorld(['cpe_powered_off'], { canDo: ['step.power_on'] }));
    await untilAsked(
      c,
      'csat.score',
      lang === 'en'
        ? `the router is all dark, no lights. ${c.pin}`
        : `routern är helt svart, inga lampor. ${c.pin}`,
    );
    const said = await c.say(text);
    expect(said).toMatch(lang === 'en' ? /power button/ : /[Ss]trömknappen/);
    const scores = (await c.desk.tickets.timeline(c.ticketId)).flatMap((e) =>
      e.type === 'csat' ? [e.score] : [],
    );
    if (score) expect(scores).toEqual([score]);
    expect((await c.cases()).next).toBeUndefined();
  });
});
