// Role-play round 35. b#1: on a case paused for non-payment, "jag betalade ju i morse med swish?? hur länge tar
// det … vad kostar det att uppgradera till snabbare" got "Du frågade också om din faktura" and a sales case for
// the price; "uppgraderingen kan vänta" kept it, "jag vill INTE uppgradera nu" withdrew the billing case, and "är
// det nåt mer jag behöver göra?" went unanswered. a#9: "Kostar det något att flytta?" after a move went to sales
// got "troubleshooting is free". a#4: "can I get a static IP address?" after the close was described, never
// offered to sales (and "For reaching the NAS from outside" opened a fault case).
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { topicsOf } from '../triage/topics-of.js';
import { chat, portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';
import { salesAskOf } from './sales-offer-asked.js';
import { NILS, pausedChat } from './testing/paused-chat.js';

const paused = pausedChat;

const PAID_AND_PRICE: [Language, string][] = [
  [
    'sv',
    'ok men jag betalade ju i morse med swish?? hur länge tar det innan det funkar. och en grej till, vad kostar det att uppgradera till snabbare',
  ],
  ['sv', 'har redan betalat med swish imorse. vad kostar det att uppgradera till 1000?'],
  [
    'en',
    'but i already paid this morning with swish?? how long until it works. and what does it cost to upgrade to a faster plan',
  ],
];

describe('a payment told and a price asked on a paused case (b#1)', () => {
  it.each(PAID_AND_PRICE)(
    '%s: "%s" → the payment noted and answered, the price offered, no case',
    async (lang, text) => {
      const c = await paused(lang);
      const said = await c.say(text);
      expect(said).toMatch(
        lang === 'sv'
          ? /skrivit i ärende T-000001.*redan har betalat/
          : /noted on case T-000001.*already paid/,
      );
      expect(said).toMatch(lang === 'sv' ? /inte heller starta om routern/ : /no restart of the router/);
      expect(said).toMatch(lang === 'sv' ? /Vill du att de hör av sig/ : /Shall I ask them to contact you/);
      expect(said).not.toMatch(/frågade också om din faktura|also asked about your invoice/);
      expect(await c.sales()).toHaveLength(0);
      const notes = (await c.desk.tickets.timeline(c.ticketId)).flatMap((e) =>
        e.type === 'note' ? [e.text] : [],
      );
      expect(notes.some((n) => /already paid.*swish/i.test(n))).toBe(true);
    },
  );

  it.each([
    ['sv', 'va? jag sa att jag har BETALAT den. och uppgraderingen kan vänta'],
    ['sv', 'nej det kan vänta'],
    ['en', 'not now thanks'],
  ] as const)('%s: "%s" to the offer → nothing goes to sales, said so', async (lang, no) => {
    const c = await paused(lang);
    await c.say(PAID_AND_PRICE.find(([l]) => l === lang)![1]);
    const said = await c.say(no);
    expect(said).toMatch(
      lang === 'sv'
        ? /inte skickat något till vår säljavdelning|Ingenting har sagts upp eller skickats till säljavdelningen/
        : /not passed anything to our sales team/,
    );
    expect(await c.sales()).toHaveLength(0);
    expect((await c.cases()).first?.status).toBe('escalated');
  });

  it.each([
    ['sv', 'nej nej. jag vill INTE uppgradera nu. jag vill bara att internet ska funka igen'],
    ['en', 'no no, i do NOT want to upgrade now'],
  ] as const)('%s: "%s" with nothing sent to sales → the billing case stays', async (lang, text) => {
    const c = await paused(lang);
    await c.say(PAID_AND_PRICE.find(([l]) => l === lang)![1]);
    const said = await c.say(text);
    expect(said).toMatch(/säljavdelning|sales/);
    expect(said).not.toMatch(/dragit tillbaka ärende T-000001|withdrawn case T-000001/);
    expect((await c.cases()).first?.status).toBe('escalated');
    expect((await c.cases()).first?.queue).toBe('billing');
  });

  it.each([
    ['sv', 'jag vill uppgradera till 1000', 'nej nej. jag vill INTE uppgradera nu ändå'],
    ['sv', 'jag vill uppgradera till 1000', 'uppgraderingen kan vänta, dom behöver inte ringa mig'],
    ['en', 'i want to upgrade to 1000', 'actually the upgrade can wait, they dont need to call me'],
  ] as const)('%s: "%s" then "%s" → the sales case is withdrawn, billing stays', async (lang, wish, no) => {
    const c = await paused(lang);
    await c.say(wish);
    expect(await c.sales()).toHaveLength(1);
    const said = await c.say(no);
    expect(said).toMatch(/T-000002/);
    expect(said).not.toMatch(/Bra att det löste sig|Glad it worked out|T-000001/);
    expect((await c.all()).find((t) => t.reference === 'T-000002')?.status).toBe('resolved');
    expect((await c.cases()).first?.status).toBe('escalated');
  });

  it.each([
    ['sv', 'är det nåt mer jag behöver göra för att få igång internet?', /Nej, inget mer/],
    ['en', 'do i need to do anything else to get it working again?', /No, nothing more/],
  ] as const)('%s: "%s" → nothing more, it opens by itself', async (lang, text, answer) => {
    const c = await paused(lang);
    expect(await c.say(text)).toMatch(answer);
  });

  it.each([
    ['sv', 'ja gärna'],
    ['en', 'yes please'],
  ] as const)('%s: "%s" to the offer → one sales case', async (lang, yes) => {
    const c = await paused(lang);
    await c.say(PAID_AND_PRICE.find(([l]) => l === lang)![1]);
    await c.say(yes);
    expect(await c.sales()).toHaveLength(1);
    expect((await c.cases()).first?.queue).toBe('billing');
  });
});

describe('what a move costs, with sales on the move (a#9)', () => {
  it.each([
    ['sv', 'Okej tack! Kostar det något att flytta?', /Vad en flytt kostar beror på den nya adressen/],
    ['sv', 'kostar det nåt att flytta abonnemanget', /Vad en flytt kostar/],
    ['en', 'thx. is there a fee for moving', /What a move costs depends on your new address/],
    ['en', 'does moving cost anything?', /What a move costs/],
  ] as const)('%s: "%s" → the move answer, never "troubleshooting is free"', async (lang, text, answer) => {
    const c = await portalChat(lang, faultWorld([]));
    await c.send(
      lang === 'sv'
        ? 'Hej! Vi ska flytta den 1 februari till Västerås. Kan jag ta med mig internet dit?'
        : 'Hi, we are moving to Uppsala on 1 March, can I take my internet with me?',
    );
    expect((await c.cases()).first?.queue).toBe('sales');
    const said = await c.say(text);
    expect(said).toMatch(answer);
    expect(said).not.toMatch(/kostnadsfria|free of charge|cannot answer|kan inte svara/);
    expect((await c.desk.tickets.list({ limit: 10 })).items).toHaveLength(1);
  });

  it.each([
    ['Kostar det något att flytta?', true],
    ['is there a fee for moving my subscription to the new flat?', true],
    ['vad kostar flytten', true],
    ['does it cost anything to move the router to the living room?', false],
    ['kostar det något att flytta routern till vardagsrummet?', false],
    ['vad kostar det att uppgradera?', false],
  ] as const)('"%s" asks what a move costs: %s', (text, yes) => {
    expect(topicsOf(text).includes('move_cost')).toBe(yes);
  });
});

describe('a fixed IP address asked for after the close (a#4)', () => {
  async function closed(lang: Language) {
    const c = await chat(lang, faultWorld(['firmware_bug_drops']), NILS);
    await c.send(
      lang === 'sv' ? 'internet tappar flera gånger om dagen' : 'our connection drops a few times a day',
    );
    await c.send('200241');
    await c.send('5573');
    await c.send(c.yes);
    await c.send(c.yes);
    expect((await c.cases()).first?.status).toBe('resolved');
    return c;
  }

  it.each([
    [
      'en',
      'One more thing while I have you: can I get a static IP address? For reaching the NAS from outside.',
      'yes please',
    ],
    ['en', 'can i get a fixed ip', 'sure'],
    ['sv', 'en sak till, kan jag få en fast ip-adress? vill nå min nas utifrån', 'ja tack'],
  ] as const)('%s: "%s" → answered and offered; "%s" opens one sales case', async (lang, text, yes) => {
    const c = await closed(lang);
    const said = await c.say(text);
    expect(said).toMatch(
      lang === 'sv'
        ? /Vill du att jag skickar en förfrågan om fast ip-adress/
        : /Shall I pass a request for a fixed IP address/,
    );
    expect(said).not.toMatch(/testing your line|testar din linje/);
    expect((await c.desk.tickets.list({ limit: 10 })).items).toHaveLength(1);
    await c.say(yes);
    const sales = (await c.desk.tickets.list({ limit: 10 })).items.filter((t) => t.queue === 'sales');
    expect(sales).toHaveLength(1);
  });

  it('en: "no thanks" to the offer → no case', async () => {
    const c = await closed('en');
    await c.say('can I get a static IP address?');
    expect(await c.say('no thanks, not now')).toMatch(/not passed anything to our sales team/);
    expect((await c.desk.tickets.list({ limit: 10 })).items).toHaveLength(1);
  });

  it.each([
    ['can I get a static IP address?', 'static_ip'],
    ['kan man få fast ip?', 'static_ip'],
    ['do I need a static IP for port forwarding?', null],
    ['what is a static ip?', null],
    ['vad kostar det att uppgradera till snabbare', 'plan_price'],
    ['jag vill uppgradera till 1000, vad kostar det?', null],
  ] as const)('"%s" → %s', (text, ask) => {
    expect(salesAskOf(text)).toBe(ask);
  });
});
