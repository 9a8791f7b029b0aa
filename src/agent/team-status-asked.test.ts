// Role-play round 32 (a #4): after the compensation wish went to billing on a linked case, "did billing say anything
// yet" was passed over and "ok and billing?" got "Your reminders, payments and direct debit I cannot see from here,
// so I have put your question on case T-000002 …": the question filed again. The case's real status is told: not
// yet, with billing's case and when they answer — or, once billing has written, that they have.
import { describe, expect, it } from 'vitest';
import { handedOver } from './testing/field-handoff.js';
import { teamStatusAsked } from './team-status.js';

const REFUND = {
  en: 'its 2 days without internet, can i get something back for that?',
  sv: 'det blir två dagar utan internet, kan jag få något tillbaka för det?',
} as const;

describe('where the team case stands (rp32a #4)', () => {
  it.each([
    ['en', 'hey again. just checking, did billing say anything yet'],
    ['en', 'ok and billing?'],
    ['en', 'any news from billing?'],
    ['sv', 'har fakturaavdelningen hört av sig än?'],
    ['sv', 'och fakturan då?'],
  ] as const)('%s: %j → not yet, with the billing case', async (lang, asked) => {
    const h = await handedOver('fiber_los', lang, lang === 'sv' ? 'onsdag förmiddag' : 'wednesday morning');
    const refund = await h.say(REFUND[lang]);
    expect(refund).toMatch(/T-000002/);
    const said = await h.say(asked);
    expect(said).toMatch(lang === 'sv' ? /Inte än/ : /Not yet/);
    expect(said).toMatch(/T-000002/);
    expect(said).not.toMatch(
      /reminders, payments and direct debit|Påminnelser, betalningar och autogiro|noted your question|noterat din fråga/,
    );
  });

  it('once billing has written: yes, they have', async () => {
    const h = await handedOver('fiber_los', 'en', 'wednesday morning');
    await h.say(REFUND.en);
    const billing = await h.desk.tickets.getByReference('T-000002');
    await h.desk.agent.staffReply(
      billing!.id,
      'staff-1',
      'Hi, we have credited two days on your next invoice.',
    );
    expect(await h.say('did billing say anything yet?')).toMatch(/has written to you on case T-000002/);
  });

  it.each([
    'will billing call me?',
    'do they answer in english?',
    'the tech is still coming wed morning right?',
    'how much is the invoice?',
  ])('%j asks no status', (t) => expect(teamStatusAsked(t)).toBeNull());
});
