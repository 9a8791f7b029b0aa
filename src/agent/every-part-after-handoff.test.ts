// Role-play round 19 (issue 14, F2: c2, c7, b7, c10): after a handoff every question in a message gets
// an answer or is honestly put on the case for the team — never the answered half and silence.
import { expect, it } from 'vitest';
import { chat, handedOver } from './testing/chat.js';
import { toldOfLimhamnOutage } from './testing/limhamn-outage.js';
import { faultWorld } from './testing/memory-desk.js';

type Chat = Awaited<ReturnType<typeof chat>>;

const slow = (c: Chat, lang: string) =>
  handedOver(
    c,
    `${c.pin}. ${lang === 'sv' ? 'internet är jättelångsamt även med kabel' : 'my internet is very slow even with a cable'}`,
  );

it.each([
  ['en', 'wait, my speedtest said 12,4 not 120? and 4 hours, so i have no proper internet tonight?'],
  ['en', 'sorry i meant 12,4 down and 3,1 up. and you didnt answer, will it be fixed tonight or not?'],
  ['en', 'ok. will it be working by tomorrow?'],
  ['sv', 'vänta, mitt test sa 12,4 och inte 120? så jag har inget vettigt internet ikväll?'],
  ['sv', 'blir det fixat till ikväll eller inte?'],
] as const)('%s: "%s" after a tier2 handoff gets an honest answer about tonight', async (lang, msg) => {
  const c = await chat(lang, faultWorld(['speed_line_degraded']));
  await slow(c, lang);
  const out = await c.say(msg);
  expect(out).toMatch(/cannot promise a time|kan jag inte lova/);
});

it.each([
  [
    'sv',
    'okej. när är det tillbaka alltså, typ i morse? och vad händer om det inte funkar till ikväll, jag jobbar hemifrån imorgon',
  ],
  ['sv', 'när är det fixat? och om det inte fungerar ikväll då?'],
  ['en', 'when is it back? and what if it is not working by tonight, i work from home tomorrow'],
] as const)(
  '%s: "%s" during an outage gets the expected end and what happens if it runs late',
  async (lang, msg) => {
    const { desk, ticketId } = await toldOfLimhamnOutage(lang);
    const out = (await desk.agent.handleMessage(ticketId, msg)).map((m) => m.text).join('\n');
    expect(out).toMatch(/drar ut på tiden|takes longer than planned/);
  },
);

/** Nils, whose subscription is paused for an unpaid bill, verified and handed to billing. */
async function pausedAndHanded(lang: 'sv' | 'en') {
  const c = await chat(lang, faultWorld(['billing_suspended']), {
    customerNumber: '200101',
    name: 'Nils Johansson',
    pin: '5747',
  } as never);
  await c.send(lang === 'sv' ? 'internet slutade funka i förrgår' : 'internet stopped working two days ago');
  await c.send('200101');
  await c.send('5747');
  return c;
}

it.each([
  ['en', 'ok. so who exactly calls me, and on what number? you have my old number i think'],
  ['en', 'which number will they call? i changed my phone'],
  ['sv', 'vem ringer mig då, och på vilket nummer? ni har nog mitt gamla nummer'],
] as const)('%s: "%s" at a paused subscription asks for the number to use', async (lang, msg) => {
  const c = await pausedAndHanded(lang);
  expect((await c.cases()).first?.status).toBe('escalated');
  const out = await c.say(msg);
  expect(out).toMatch(/write the number they should use|skriv numret de ska använda/);
});

it.each([
  ['en', 'ok but can you at least tell me what the new amount is? and will they call or email me?'],
  ['sv', 'ok men vilket belopp gäller nu? och ringer de eller mejlar de?'],
] as const)('%s: "%s" answers the contact part and where the amount is', async (lang, msg) => {
  const c = await pausedAndHanded(lang);
  const out = await c.say(msg);
  expect(out).toMatch(/here|här/);
  // (The amount is on the invoice and billing confirms it on the case — case.amount_owed, 0fd57fc — rather than
  // only "your other question I have put on the case".)
  expect(out).toMatch(/on the invoice in .* on case T-|står på fakturan på .* i ärende T-/);
});
