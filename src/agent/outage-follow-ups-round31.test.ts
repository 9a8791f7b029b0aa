// Role-play round 31 (a #7, a #8, b #6, b #8): questions asked during or after an area-outage answer got the
// general restart text, the ETA again, "I have added your message to the case" or the same sentence twice.
// A technician answers each in a line: a restart does not help now (and what to do if it does not come back),
// nothing needs doing once fixed, the lights are the outage and nothing is broken, the phone's 4G is another
// network, the e-mail question is answered for what the desk does, the expected time is an estimate.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { openLimhamnOutage, toldOfLimhamnOutage } from './testing/limhamn-outage.js';
import { memoryDesk, faultWorld } from './testing/memory-desk.js';

const NOTED =
  /lagt till ditt meddelande|added your message|noterat din fråga|noted your question|kan jag inte svara|can't answer|cannot answer/;

async function ask(lang: Language, ...questions: string[]) {
  const { desk, ticketId } = await toldOfLimhamnOutage(lang);
  const out: string[] = [];
  for (const q of questions)
    out.push((await desk.agent.handleMessage(ticketId, q)).map((x) => x.text).join('\n'));
  return out;
}

describe('a restart asked about during an outage', () => {
  it.each([
    ['sv', 'hjälper det om ja startar om routern?'],
    ['sv', 'är det nån idé att starta om modemet?'],
    ['sv', 'så de hjälper inte nu alltså att starta om?'],
    ['en', 'does restarting help?'],
    ['en', 'would it help if I reboot the router?'],
  ] as const)('%s: "%s" — no, it comes back by itself, restart if not within 15 minutes', async (lang, q) => {
    const [r] = await ask(lang, q);
    expect(r).toMatch(lang === 'sv' ? /hjälper inte/ : /not help|won't help/);
    expect(r).toMatch(lang === 'sv' ? /av sig själv/ : /by itself/);
    expect(r).toMatch(/15 min|kvart/);
    expect(r).not.toMatch(/tömmer routerns minne|clears the router/);
    expect(r).not.toMatch(NOTED);
  });

  it.each([
    ['sv', 'o ska ja göra nåt när det e lagat?'],
    ['sv', 'behöver jag göra något när det är klart?'],
    ['en', 'Should I do anything?'],
    ['en', 'do I need to do anything once it is fixed?'],
  ] as const)('%s: "%s" — nothing; restart only if it does not come back', async (lang, q) => {
    const [r] = await ask(lang, q);
    expect(r).toMatch(lang === 'sv' ? /inget|ingenting/i : /nothing|no need|don't need|do not need/i);
    expect(r).toMatch(/15 min|kvart/);
    expect(r).not.toMatch(NOTED);
  });
});

describe('the equipment or the outage', () => {
  it.each([
    ['en', 'So which is it? outage or my equipment?', /outage|our network/, /nothing in your home is broken/],
    [
      'sv',
      'är det mitt modem eller ert nät?',
      /vårt nät|driftstörning|avbrott/,
      /inget hemma hos dig är trasigt/,
    ],
    [
      'en',
      'the orange blinking light, that is because of the cut and not the modem being broken?',
      /^Yes|\bYes\b/,
      /not broken|isn't broken|nothing (is )?broken/,
    ],
    [
      'sv',
      'så den röda lampan är bara avbrottet, modemet är inte trasigt?',
      /^Ja|\bJa\b/,
      /inte trasig|inget (är )?trasigt/,
    ],
  ] as const)('%s: "%s" is the outage, nothing broken', async (lang, q, outage, broken) => {
    const [r] = await ask(lang, q);
    expect(r).toMatch(outage);
    expect(r).toMatch(broken);
    expect(r).not.toMatch(NOTED);
  });

  it.each([
    ['en', 'And is my slow 4G on the phone part of it too?', /separate|another network|different network/],
    ['sv', 'mobilen är också seg på 4G, är det samma fel?', /eget nät|annat nät|separat/],
  ] as const)('%s: "%s" — the mobile network is another one', async (lang, q, separate) => {
    const [r] = await ask(lang, q);
    expect(r).toMatch(separate);
    expect(r).not.toMatch(NOTED);
  });
});

describe('how the customer hears it is fixed', () => {
  it.each([
    ['sv', 'hur får jag veta att det är fixat, får jag sms eller mejl?', 'och mejl då?', /mejl/],
    ['en', 'how will I know it is fixed, do I get a text or an email?', 'and e-mail then?', /e-mail/],
  ] as const)('%s: "%s" then "%s" is answered, not said again', async (lang, first, second, mail) => {
    const [a, b] = await ask(lang, first, second);
    expect(a).toMatch(mail);
    expect(b).toMatch(mail);
    expect(b).not.toBe(a);
    expect(b).toMatch(lang === 'sv' ? /av sig själv/ : /by itself/);
  });
});

describe('the expected time', () => {
  it.each([
    ['en', 'is 16:00 a promise?', /estimate/, /not a promise/],
    ['en', 'And 16:00 today, is that a promise?', /estimate/, /not a promise/],
    ['sv', 'är 16:00 ett löfte?', /uppskattning/, /inget löfte|inte ett löfte/],
    ['sv', 'kan ni lova att det är klart 16?', /uppskattning/, /inget löfte|inte lova/],
  ] as const)('%s: "%s" is an estimate', async (lang, q, estimate, promise) => {
    const [r] = await ask(lang, q);
    expect(r).toMatch(estimate);
    expect(r).toMatch(promise);
    expect(r).not.toMatch(NOTED);
  });
});

describe('an address at the customer-number question', () => {
  it.each([
    ['sv', 'vet inte, måste leta. kan ni inte kolla på adressen? bor på limhamnsvägen', /Limhamn/],
    ['en', "don't know it. can't you check my address? I live on Limhamnsgatan", /Limhamn/],
  ] as const)('%s: "%s" tells the outage there, never only "no number in that"', async (lang, q, area) => {
    const desk = memoryDesk({
      world: faultWorld(['area_outage']),
      now: () => new Date('2026-11-25T10:00:00Z'),
    });
    await openLimhamnOutage(desk);
    const c = await desk.agent.startConversation({ channel: 'chat', language: lang });
    await desk.agent.handleMessage(c.ticketId, lang === 'sv' ? 'inget nät här' : 'no internet here');
    const r = (await desk.agent.handleMessage(c.ticketId, q)).map((x) => x.text).join('\n');
    expect(r).toMatch(area);
    expect(r).not.toMatch(/hittade inget kundnummer|found no customer number/);
    // The number given later: the outage answer adds no note for a colleague about the address.
    desk.directory.add({ customerNumber: '100482', name: 'Karin Lind', pin: '4711' });
    await desk.agent.handleMessage(c.ticketId, '100482');
    const told = (await desk.agent.handleMessage(c.ticketId, '4711')).map((x) => x.text).join('\n');
    expect(told).not.toMatch(NOTED);
  });
});
