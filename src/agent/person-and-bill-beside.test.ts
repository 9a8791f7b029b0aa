// Round 21 (a2, a6): a bill or a person asked for beside another topic after the outcome was passed over.
// a6, told of the Limhamn outage: "ok thanks. 13:32 today? and btw my bill went up this month, 50 kr more,
// why? nobody told me" got the expected fix time only; the bill was answered twice more with the outage.
// a2, visit booked: "ok monday works. can i talk to an actual person though? i want to know if i get money
// back for these days" opened a billing case and said nothing about a person. A bill beside the outage is
// its own billing case at the first mention (the time answered too, the outage not announced again); a
// person asked for beside a refund hears that a person has each case.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { handedOver } from './testing/field-handoff.js';
import { toldOfLimhamnOutage } from './testing/limhamn-outage.js';

describe('a bill beside the outage', () => {
  it.each([
    ['en', 'ok thanks. 13:32 today? and btw my bill went up this month, 50 kr more, why? nobody told me'],
    ['en', 'thanks. by the way, why is my invoice 50 kr higher this month?'],
    ['en', 'ok. also my bill went up and nobody told me, why??'],
    ['sv', 'ok tack. förresten, varför har fakturan gått upp 50 kr den här månaden? ingen sa något'],
    ['sv', 'tack. en sak till, min räkning är högre än vanligt, varför då?'],
  ] as const)('%s: "%s" opens a billing case at once', async (lang, text) => {
    const { desk, ticketId } = await toldOfLimhamnOutage(lang as Language);
    const said = (await desk.agent.handleMessage(ticketId, text)).map((r) => r.text).join('\n');
    const others = (await desk.tickets.list({ limit: 10 })).items.filter((t) => t.id !== ticketId);
    expect(others.map((t) => t.queue)).toEqual(['billing']);
    expect(said).toMatch(/billing team|fakturaavdelning/);
    expect(said).not.toMatch(/You also mentioned|Du nämnde också/);
    // The outage is not told again as news.
    expect(said).not.toMatch(/fibre cut in Limhamn|fiberavbrott i Limhamn/i);
    expect((await desk.tickets.get(ticketId))?.status).not.toBe('resolved');
  });

  it('en: the expected time asked beside the bill is answered too', async () => {
    const { desk, ticketId } = await toldOfLimhamnOutage('en');
    const said = (
      await desk.agent.handleMessage(
        ticketId,
        'ok thanks. 13:32 today? and btw my bill went up this month, 50 kr more, why? nobody told me',
      )
    )
      .map((r) => r.text)
      .join('\n');
    expect(said).toMatch(/expect it fixed/i);
  });
});

describe('a person asked for beside a refund after a visit was booked', () => {
  it.each([
    [
      'en',
      'ok monday works. can i talk to an actual person though? i want to know if i get money back for these days',
    ],
    ['en', 'fine. can I speak to a real person? do I get a refund for the days without internet?'],
    [
      'sv',
      'ok måndag funkar. kan jag prata med en riktig människa? jag vill veta om jag får pengar tillbaka för dagarna',
    ],
  ] as const)('%s: "%s" — the refund to billing, and a person said to have it', async (lang, text) => {
    const h = await handedOver(
      'fiber_los',
      lang,
      lang === 'en' ? 'any weekday after 5' : 'vardagar efter 17',
    );
    const said = await h.say(text);
    expect(said).toMatch(/billing team|fakturaavdelning/);
    expect(said).toMatch(/a person|people|personer|en person|människa/i);
  });
});
