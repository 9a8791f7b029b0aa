// Mends of round 35's "sales and billing words" fix (47052081) and three rough spots it left in b#1:
// - "you can cancel that", "please cancel the ticket" were read as naming sales (a subscription cancelled), so a
//   person's case was not withdrawn: a bare "cancel" is the case's own; only "cancel my subscription" is sales'.
// - "hallå?? jag har ju betalat! slå på det igen medan ni kollar": the cry "hallå??" was left beside the payment
//   told and put on the case as a question for billing.
// - "jag frågade inte om fakturan, jag sa att jag har BETALAT den" when the desk's last reply said nothing about
//   an invoice got "Förlåt – den delen var mer än du frågade om": the payment is acknowledged instead.
// - "jag vill bara att internet ska funka igen" got "Är det något mer…", "löste sig?? internet funkar fortfarande
//   INTE" got "Bra fråga – jag har antecknat den": both are told when the paused connection opens.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { pausedChat, slowLineEscalated } from './testing/paused-chat.js';
import { stillClosedTold } from './paused-still-closed.js';

const paused = pausedChat;
const escalated = slowLineEscalated;

describe('a bare "cancel" is the case the desk opened, not sales', () => {
  it.each([
    ['en', 'please cancel the ticket, it was a misunderstanding'],
    ['en', 'you can cancel that, i dont need it anymore'],
    ['en', 'cancel the case please'],
    ['sv', 'ni kan stänga ärendet, det var ett missförstånd'],
  ] as [Language, string][])('%s: "%s" withdraws the escalation', async (lang, text) => {
    const c = await escalated(lang);
    const said = await c.say(text);
    expect(said).not.toMatch(/Nothing has been cancelled or passed|Ingenting har sagts upp/);
    expect((await c.cases()).filter((t) => t.status === 'escalated')).toEqual([]);
    expect((await c.cases()).filter((t) => t.queue === 'sales')).toEqual([]);
  });
});

describe('a cry beside a payment told is no question for billing', () => {
  it.each([
    ['sv', 'hallå?? jag har ju betalat! slå på det igen medan ni kollar'],
    ['sv', 'allvarligt?! jag har redan betalat. slå på det under tiden'],
    ['en', 'hello?? i already paid! turn it back on while you check'],
    ['en', 'seriously?! I paid it yesterday. switch it on meanwhile'],
  ] as [Language, string][])('%s: "%s"', async (lang, text) => {
    const c = await paused(lang);
    const said = await c.say(text);
    expect(said).toMatch(lang === 'sv' ? /redan har betalat/ : /already paid/);
    expect(said).not.toMatch(/other question|andra fråga|Bra fråga|Good question/);
    expect((await c.notes()).some((n) => n.includes('for the team to answer'))).toBe(false);
  });

  it('near miss: a real question beside the payment is still put to billing', async () => {
    const c = await paused('en');
    await c.say('i already paid it. will the late fee be removed from my next invoice?');
    expect((await c.notes()).some((n) => n.includes('late fee'))).toBe(true);
  });
});

describe('"I did not ask about the invoice" when the desk said nothing of one', () => {
  it.each([
    ['sv', 'va? jag frågade inte om fakturan, jag sa att jag har BETALAT den', /står redan i ärende/],
    ['sv', 'jag frågade ju inte om fakturan. jag har betalat', /står redan i ärende/],
    ['en', 'what? i didnt ask about the invoice, i said i have PAID it', /on case T-000001 already/],
  ] as [Language, string, RegExp][])(
    '%s: "%s" → the payment acknowledged, no sorry',
    async (lang, text, again) => {
      const c = await paused(lang);
      await c.say(lang === 'sv' ? 'jag betalade i morse med swish' : 'i paid this morning by card');
      const said = await c.say(text);
      expect(said).not.toMatch(/mer än du frågade om|more than you asked/);
      expect(said).toMatch(again);
    },
  );
});

const STILL_CLOSED: [Language, string][] = [
  ['sv', 'jag vill bara att internet ska funka igen'],
  ['sv', 'löste sig?? internet funkar fortfarande INTE'],
  ['sv', 'det funkar fortfarande inte'],
  ['sv', 'nätet är fortfarande nere'],
  ['en', 'i just want the internet to work again'],
  ['en', 'solved?? the internet STILL doesnt work'],
  ['en', 'still no internet'],
];

describe('"it still does not work" on a paused case: when it opens', () => {
  it.each(STILL_CLOSED)('%s: "%s" after the payment told', async (lang, text) => {
    const c = await paused(lang);
    await c.say(lang === 'sv' ? 'jag betalade i morse med swish' : 'i paid this morning by card');
    const said = await c.say(text);
    expect(said).toMatch(
      lang === 'sv'
        ? /öppnas igen av sig själv så snart din betalning har registrerats.*skriv här/
        : /opens again by itself as soon as your payment is registered.*write here/,
    );
    expect(said).not.toMatch(/Bra fråga|Good question|något mer jag kan|anything else/i);
    expect((await c.notes()).some((n) => n.includes('for the team to answer'))).toBe(false);
  });

  it.each([
    ['sv', 'det funkar fortfarande inte'],
    ['en', 'it still doesnt work'],
  ] as [Language, string][])(
    '%s: "%s" with no payment told → once the invoice is paid',
    async (lang, text) => {
      const c = await paused(lang);
      const said = await c.say(text);
      expect(said).toMatch(lang === 'sv' ? /när fakturan är betald/ : /once the invoice is paid/);
      expect(said).not.toMatch(/behöver inte göra något mer|do not need to do anything more/);
    },
  );

  it('"nej nej. jag vill INTE uppgradera nu. jag vill bara att internet ska funka igen": both answered', async () => {
    const c = await paused('sv');
    await c.say('jag betalade i morse med swish');
    const said = await c.say(
      'nej nej. jag vill INTE uppgradera nu. jag vill bara att internet ska funka igen',
    );
    expect(said).toMatch(/säljavdelning/);
    expect(said).toMatch(/öppnas igen av sig själv/);
    expect(said).not.toMatch(/Är det något mer/);
  });

  it.each([
    'hur länge tar det innan det funkar?',
    'how long until it works?',
    'jag vill uppgradera till snabbare',
    'the invoice was still wrong last month',
    'jag vill att ni ringer mig',
  ])('near miss: "%s" is no still-closed report', (text) => {
    expect(stillClosedTold(text)).toBe(false);
  });

  it('near miss: "still slow" on a line case is not told about a payment', async () => {
    const c = await escalated('en');
    const said = await c.say('it is still not working');
    expect(said).not.toMatch(/payment|invoice/);
  });
});
