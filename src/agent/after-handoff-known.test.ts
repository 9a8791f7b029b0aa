// Round 18 (R3, finding 2): after a handoff or a booking, questions the desk itself can answer ("will
// they call me?", "who handles my invoice?", "does it open once I've paid?") are answered here — never
// "I cannot answer that from here", never the same sentence twice — and a complaint is not thanks.
import { expect, it } from 'vitest';
import { chat, handedOver } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const CANNOT = /can’t answer|cannot answer|kan inte svara|kan jag inte svara/;

type Chat = Awaited<ReturnType<typeof chat>>;

/** No sentence said twice in `out`. */
function noRepeat(out: string) {
  const sentences = out
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 20);
  expect(new Set(sentences).size).toBe(sentences.length);
}

it.each([
  ['sv', 'ok. ringer dom eller?'],
  ['sv', 'kommer dom ringa mig eller skriver dom här?'],
  ['sv', 'ringer ni eller mejlar ni?'],
  ['en', 'ok. will they call me or email? im at work until 5 so dont call before that pls'],
  ['en', 'do they phone me or write here?'],
  ['en', 'are they gonna call me?'],
] as const)('%s: "%s" after a tier2 handoff says where the team answers', async (lang, msg) => {
  const c = await chat(lang, faultWorld(['speed_line_degraded']));
  await handedOver(
    c,
    `${c.pin}. ${lang === 'sv' ? 'internet är jättelångsamt även med kabel' : 'my internet is very slow even with a cable'}`,
  );
  const out = await c.say(msg);
  expect(out).not.toMatch(CANNOT);
  expect(out).toMatch(/here|här/);
  expect(out).toMatch(/24/);
  noRepeat(out);
});

it.each([
  [
    'en',
    'ok but i ran speedtest on the laptop with cable just now and got 38,5 down and 9,2 up. thats not 120??',
  ],
  ['en', 'speedtest.net says 40 mbit on my pc with a cable, why is yours different'],
  ['sv', 'jag körde bredbandskollen med kabel och fick 38,5 ner och 9,2 upp. det är ju inte 90?'],
] as const)('%s: "%s" after a tier2 handoff is compared with our test and noted', async (lang, msg) => {
  const c = await chat(lang, faultWorld(['speed_line_degraded']));
  await handedOver(
    c,
    `${c.pin}. ${lang === 'sv' ? 'internet är jättelångsamt även med kabel' : 'my internet is very slow even with a cable'}`,
  );
  const out = await c.say(msg);
  expect(out).not.toMatch(CANNOT);
  expect(out).toMatch(/90/);
  expect(out).toMatch(/1000/);
  expect(out).toMatch(lang === 'sv' ? /38,5|40/ : /38\.5|40/);
  const notes = (await c.desk.tickets.timeline(c.ticketId)).flatMap((e) =>
    e.type === 'note' ? [e.text] : [],
  );
  expect(notes.some((n) => n.includes('speed test'))).toBe(true);
  // Asked next: where the team answers, said once.
  const next = await c.say(
    lang === 'sv' ? 'ringer dom mig eller mejlar dom?' : 'will they call me or email?',
  );
  expect(next).not.toMatch(CANNOT);
  noRepeat(next);
});

/** Emma's subscription paused for an unpaid invoice, a person asked for at once. */
async function suspended(c: Chat) {
  await c.send('internet slutade funka i förrgår. kan jag få prata med en människa istället för en robot');
  await c.send('200101');
  await c.send('5747. och snälla nu en människa');
  expect((await c.cases()).first?.status).toBe('escalated');
}

it.each([
  'obetald faktura?? jag har betalat den ju. när kommer nätet tillbaka, jag jobbar hemifrån',
  'ok. men är det fakturaavdelningen eller vem? och öppnar ni nätet när ni ser att jag betalat?',
  'vem tar hand om fakturan då?',
  'öppnar ni igen direkt när betalningen syns?',
] as const)('sv: "%s" at a paused subscription handed to a person is answered', async (msg) => {
  const c = await chat('sv', faultWorld(['billing_suspended']), {
    customerNumber: '200101',
    name: 'Nils Johansson',
    pin: '5747',
  } as never);
  await suspended(c);
  const out = await c.say(msg);
  expect(out).not.toMatch(CANNOT);
  expect(out).toMatch(/faktura|betalning/);
  noRepeat(out);
});

it.each([
  ['sv', 'du svarar inte på nånting. hej då'],
  ['sv', 'det här var värdelöst. hej'],
  ['en', 'you are not answering anything. bye'],
] as const)('%s: "%s" after a handoff is a complaint, not thanks', async (lang, msg) => {
  const c = await chat(lang, faultWorld(['speed_line_degraded']));
  await handedOver(
    c,
    `${c.pin}. ${lang === 'sv' ? 'internet är jättelångsamt även med kabel' : 'my internet is very slow even with a cable'}`,
  );
  const out = await c.say(msg);
  expect(out).not.toMatch(/^(Varsågod|You are welcome|You're welcome)/);
  expect(out).toMatch(/förlåt|ledsen|sorry/i);
  expect(out).toMatch(/24/);
});
