// Round 20 (a9): a verified portal customer opened with "what speed am I actually paying for? and is a fixed
// ip address included in my plan or is that extra" and got only "I have passed your request to our sales team
// … Problem: A change to your subscription"; "what speed is my subscription. 100? 500? just tell me" then got
// the new-customer text "Speeds and prices depend on the address", and "forget it, i'll look on the invoice."
// opened a billing case. The plan is on the service record: it is told; what is included or costs extra is
// for sales, said so honestly; the case names a question; giving up is a goodbye, no new case.
import { expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { asksOwnPlan } from './plan-question.js';
import { fold } from '../triage/normalize.js';
import { portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const LARS = {
  customerNumber: '200409',
  name: 'Lars Holm',
  pin: '4409',
  plan: { downMbps: 250, upMbps: 100 },
};

it.each([
  'what speed is my subscription. 100? 500? just tell me',
  'I just want to know my speed',
  "what's my speed?",
  'whats my plan',
  'vilken hastighet har jag?',
  'vad har jag för hastighet egentligen',
  'vad är min hastighet?',
  'jag vill bara veta vilket abonnemang jag har',
])('"%s" asks for the own plan', (q) => {
  expect(asksOwnPlan(fold(q))).toBe(true);
});

it.each([
  [
    'en',
    'Hi, quick question - what speed am I actually paying for? and is a fixed ip address included in my plan or is that extra',
  ],
  ['en', 'what speed do i have? also does my plan include a static ip or do i pay extra for that'],
  [
    'sv',
    'Hej! vilken hastighet betalar jag för? och ingår fast ip-adress i mitt abonnemang eller kostar det extra?',
  ],
  ['sv', 'vad har jag för hastighet? ingår fast ip i abonnemanget'],
] as const)(
  '%s: "%s" gets the plan from the record and the included part from sales',
  async (lang, opening) => {
    const c = await portalChat(lang as Language, faultWorld([]), LARS);
    const said = await c.say(opening);
    expect(said).toMatch(/250\/100 Mbit\/s/);
    expect(said).toMatch(lang === 'sv' ? /säljavdelning/ : /sales team/);
    expect(said).toMatch(lang === 'sv' ? /ingår|kostar extra/ : /included|costs? extra/);
    expect(said).not.toMatch(/A change to your subscription|En ändring av ditt abonnemang/i);
    expect(said).not.toMatch(/depend on the address|beror på (vad som finns på )?(din )?adress/);
    expect((await c.cases()).first?.queue).toBe('sales');
  },
);

it.each([
  [
    'en',
    'Hi, quick question - what speed am I actually paying for? and is a fixed ip address included in my plan or is that extra',
    'hello?? what speed is my subscription. 100? 500? just tell me',
  ],
  ['en', 'is a static ip included in my subscription or is that extra?', "ok but what's my speed?"],
  ['sv', 'ingår fast ip i mitt abonnemang?', 'men vilken hastighet har jag då? 100? 500?'],
] as const)(
  '%s: after the handoff "%s" … "%s" is told the plan, not the offers',
  async (lang, opening, follow) => {
    const c = await portalChat(lang as Language, faultWorld([]), LARS);
    await c.say(opening);
    const said = await c.say(follow);
    expect(said).toMatch(/250\/100 Mbit\/s/);
    expect(said).not.toMatch(/depend on the address|beror på/);
  },
);

it.each([
  ['en', "forget it, i'll look on the invoice."],
  ['en', 'never mind, I will check my bill myself'],
  ['en', 'nvm ill find it on my invoice'],
  ['sv', 'strunt samma, jag kollar på fakturan.'],
  ['sv', 'glöm det, jag tittar på fakturan själv'],
] as const)('%s: "%s" after the sales handoff opens no billing case', async (lang, bye) => {
  const c = await portalChat(lang as Language, faultWorld([]), LARS);
  await c.say(
    lang === 'sv'
      ? 'Hej! vilken hastighet betalar jag för? och ingår fast ip-adress i mitt abonnemang eller kostar det extra?'
      : 'Hi, quick question - what speed am I actually paying for? and is a fixed ip address included in my plan or is that extra',
  );
  const said = await c.say(bye);
  const { first, next } = await c.cases();
  expect(next).toBeUndefined();
  expect(first?.queue).toBe('sales');
  expect(said).not.toMatch(/billing team|faktureringsavdelning|ekonomi/i);
});
