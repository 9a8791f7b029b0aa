// Role-play round 24 (b8, C; c7): a discount asked in the opening and four times beside a Wi-Fi speed fault
// was never passed to sales ("can you pass me to sales?" → "I can't answer that from here"), and "also can
// i get a faster plan" in the opening was brushed off with "can't answer". A wish for sales told beside a
// fault — in the opening, at a step, at "does it work now?" — is acknowledged, kept in the customer's words,
// and goes to sales as one linked case when the fault case ends; asked again, it is "noted for sales",
// never the general discount text again nor "can't answer".
import { expect, it } from 'vitest';
import type { FaultKind, StepKey } from '../domain/index.js';
import { salesWishOf } from './secondary-topics.js';
import { chat, portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const CANT = /can’t answer|can't answer|kan inte svara|kan jag inte svara/i;

it.each([
  'whether I can get a discount.',
  'also can i get a faster plan',
  'Yes or no: can you pass me to sales?',
  'What about the discount though, who do I talk to?',
  'kan jag få rabatt på det här?',
  'går det att få ett snabbare abonnemang förresten',
  'vad har säljavdelningen för nummer?',
  'btw is there a student discount',
])('"%s" is a wish for sales', (text) => {
  expect(salesWishOf(text)).not.toBeNull();
});

it.each([
  'my speed is 40 mbit',
  'i pay for 500 mbit',
  'jag vill ha ersättning för avbrottet',
  'I want money back for the days without internet',
  'I dont want to talk to sales',
])('"%s" is no wish for sales', (text) => {
  expect(salesWishOf(text)).toBeNull();
});

/** Answers every question with yes/done (performing steps) until the case closes; returns all replies. */
async function toClose(
  c: Awaited<ReturnType<typeof chat>>,
  first: string,
  extra: Record<string, string> = {},
) {
  const out: string[] = [];
  let replies = await c.send(first);
  out.push(replies.map((r) => r.text).join('\n'));
  for (let i = 0; i < 8; i++) {
    const ask = replies.at(-1)?.askKey ?? '';
    if (!ask || ask === 'csat.score') break;
    if (ask.startsWith('step.')) c.desk.world.performStep(ask as StepKey);
    const sv = c.yes === 'ja';
    const answer =
      extra[ask] ??
      (ask.startsWith('step.')
        ? sv
          ? 'klart'
          : 'done'
        : ask === 'resolution.confirm'
          ? sv
            ? 'ja det funkar'
            : 'yes it works'
          : c.yes);
    delete extra[ask];
    replies = await c.send(answer);
    out.push(replies.map((r) => r.text).join('\n'));
  }
  return out;
}

async function salesCases(c: Awaited<ReturnType<typeof chat>>) {
  const all = (await c.desk.tickets.list({ limit: 20 })).items;
  return all.filter((x) => x.queue === 'sales');
}

const OPENINGS: [string, 'en' | 'sv', FaultKind, string][] = [
  [
    'b8',
    'en',
    'speed_wifi_limited',
    "Hello. I pay for 500 Mbit and speedtest shows about 40. I want to know why I'm paying for something I don't get, and whether I can get a discount.",
  ],
  [
    'c7',
    'en',
    'wifi_channel_congestion',
    'yo wifi is sooo laggy every evening, like after 7pm unplayable. is it you guys throttling or what?? also can i get a faster plan',
  ],
  [
    'sv discount',
    'sv',
    'speed_wifi_limited',
    'wifit är jättesegt, får bara 40 av 500. kan jag få rabatt på abonnemanget?',
  ],
  [
    'sv discount last',
    'sv',
    'wifi_channel_congestion',
    'wifit laggar hela tiden på kvällarna, kan jag få rabatt?',
  ],
  [
    'en typo',
    'en',
    'speed_wifi_limited',
    'speed is terible on wifi, only 30 mbit. any discout or cheaper deal for pensioners?',
  ],
];

it.each(OPENINGS)(
  '%s: the wish in the opening goes to sales as one linked case at the close',
  async (_, lang, fault, opening) => {
    const c = await portalChat(
      lang,
      faultWorld([fault], { canDo: ['step.move_closer', 'step.wired_test', 'step.rejoin_wifi'] }),
    );
    const replies = await toClose(c, opening);
    const all = replies.join('\n');
    expect(all).not.toMatch(CANT);
    // Acknowledged in the first reply, and the linked case named once at the close.
    expect(replies.slice(0, -1).join('\n')).toMatch(/sales|sälj/i);
    const sales = await salesCases(c);
    expect(sales).toHaveLength(1);
    expect(all.split(sales[0].reference).length - 1).toBe(1);
    expect((await c.cases()).first?.status).toBe('resolved');
  },
);

it.each([
  ['en', "I'm on my iPad. And you didn't answer about the discount, can I get one?"],
  ['en', 'Yes or no: can you pass me to sales?'],
  ['sv', 'men rabatten då, vem pratar jag med om den?'],
  ['sv', 'kan du skicka mig till säljavdelningen?'],
] as const)(
  '%s: "%s" at the confirm question is kept for sales (no "can\'t answer"), then one linked case',
  async (lang, said) => {
    const c = await portalChat(lang, faultWorld(['wifi_channel_congestion']));
    const opening = lang === 'sv' ? 'wifit är segt på kvällarna' : 'my wifi is laggy in the evenings';
    let replies = await c.send(opening);
    for (let i = 0; i < 4 && replies.at(-1)?.askKey !== 'resolution.confirm'; i++)
      replies = await c.send(c.yes);
    expect(replies.at(-1)?.askKey).toBe('resolution.confirm');
    const first = await c.say(said);
    expect(first).not.toMatch(CANT);
    expect(first).toMatch(/sales|sälj/i);
    const again = await c.say(said);
    expect(again).not.toMatch(CANT);
    expect(again).not.toMatch(/Prices and discounts|Priser och rabatter/);
    const close = await c.say(lang === 'sv' ? 'ja det funkar nu' : 'yes it works now');
    const sales = await salesCases(c);
    expect(sales).toHaveLength(1);
    expect(close).toContain(sales[0].reference);
    expect(close).not.toMatch(/as soon as we are done|så fort vi är klara/);
    const notes = (await c.desk.tickets.timeline(sales[0].id)).flatMap((e) =>
      e.type === 'note' ? [e.text] : [],
    );
    expect(notes.join(' ')).toMatch(/discount|sales|rabatt|sälj/i);
  },
);

it.each([
  'sladden satt i uttaget men uttaget verkar dött. ska jag flytta den till ett annat uttag?',
  'should i move the router closer to the sofa?',
  'vi ska flytta nästa månad, funkar routern där?',
])('"%s" asks nothing of sales', (text) => {
  expect(salesWishOf(text)).toBeNull();
});

it.each([
  'e det nåt fel hos er elr behöver jag uppgradera till snabbare abonnemang??',
  'Ska jag uppgradera?',
  'måste vi ha ett snabbare abonnemang?',
  'do i need a faster plan?',
  'should we upgrade our subscription??',
])('"%s" asks whether a change is needed: no wish for sales', (text) => {
  expect(salesWishOf(text)).toBeNull();
});
