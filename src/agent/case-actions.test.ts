// Issue 14, s10 fixer E: a question after the outcome about what the case itself did is answered from
// it, per action, never read as a new request. rp11a #6: "ska jag flytta tillbaka sladden till TEL hålet
// då eller låta den sitta?" after a DSL filter check opened a sales case for a house move. rp11a #3:
// "måste jag byta det tillfälliga lösenordet direkt eller kan jag vänta" after a portal password reset
// got "anything else?", then a new case with a line test and another password reset, then a person.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { movesAThing } from '../triage/moved-thing.js';
import { converse, faultWorld, identified, memoryDesk, type MemoryDesk } from './testing/memory-desk.js';
import type { FaultKind, StepKey } from '../domain/index.js';

const ID = { 'identity.customer_number': '200227', 'identity.pin': '6102' };
const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');
const all = async (desk: MemoryDesk) => (await desk.tickets.list({ limit: 50 })).items;

async function talk(
  faults: FaultKind[],
  lang: Language,
  opening: string,
  answers: Record<string, string | string[]>,
  opts: { access?: 'dsl' | 'fiber'; canDo?: StepKey[] } = {},
) {
  const desk = memoryDesk({ world: faultWorld(faults, { canDo: opts.canDo ?? [] }) });
  const customer = {
    customerNumber: '200227',
    name: 'Jonas Ekdahl',
    pin: '6102',
    access: opts.access ?? 'fiber',
  };
  const res = await converse(desk, { customer, language: lang, opening, answers: { ...ID, ...answers } });
  return { desk, res };
}

describe('"flytta sladden" after a DSL filter check is about the cable (rp11a #6)', () => {
  it.each([
    [
      'sv',
      'internet försvinner flera gånger om dagen',
      'ska jag flytta tillbaka sladden till TEL hålet då eller låta den sitta?',
      /uttaget märkt DSL/,
    ],
    [
      'en',
      'my internet keeps dropping several times a day',
      'should i move the cable back to the TEL socket or leave it where it is?',
      /socket marked DSL/,
    ],
  ] as const)('%s: answered from the case, no sales case', async (lang, opening, question, answer) => {
    const { desk, res } = await talk(
      ['dsl_low_snr'],
      lang,
      opening,
      {},
      { access: 'dsl', canDo: ['step.check_cables'] },
    );
    expect(res.queue).toBe('tier2');
    const r = await desk.agent.handleMessage(res.ticketId, question);
    expect(words(r)).toMatch(answer);
    expect(words(r)).not.toMatch(/sales|sälj/i);
    expect(await all(desk)).toHaveLength(1);
  });

  it.each([
    ['ska jag flytta tillbaka sladden till TEL hålet då eller låta den sitta?', true],
    ['kan jag flytta routern till vardagsrummet?', true],
    ['can i move the router to the living room', true],
    ['vi ska flytta till göteborg, kan vi ta med bredbandet', false],
    ['we are moving to a new apartment, can i take the router with me?', false],
    ['vi flyttar till en ny lägenhet i mars, kan vi flytta routern dit?', false],
  ] as const)('"%s" moves a thing: %s', (text, thing) => {
    expect(movesAThing(text)).toBe(thing);
  });
});

describe('a question after the close about the action done is answered from it (rp11a #3)', () => {
  it('sv: "måste jag byta det tillfälliga lösenordet direkt" after a portal password reset', async () => {
    const desk = memoryDesk({ world: faultWorld(['portal_account_locked']) });
    const customer = { customerNumber: '200227', name: 'Jonas Ekdahl', pin: '6102' };
    const res = await identified(desk, customer, 'sv', 'kommer inte in på mina sidor, kontot är låst');
    for (const m of ['men jag kommer ju inte ihåg lösenordet', 'ja', 'ja nu kom jag in tack'])
      await desk.agent.handleMessage(res.ticketId, m);
    const done = (await desk.tickets.timeline(res.ticketId)).flatMap((e) =>
      e.type === 'action_done' ? [e.action] : [],
    );
    expect(done).toEqual(['account_unlock', 'account_password_reset']);
    const probes = desk.world.probeCalls.length;
    const r = await desk.agent.handleMessage(
      res.ticketId,
      'måste jag byta det tillfälliga lösenordet direkt eller kan jag vänta',
    );
    expect(words(r)).toMatch(/första gången du loggar in med det tillfälliga lösenordet/);
    expect(words(r)).not.toMatch(/testar din linje/);
    expect(desk.world.probeCalls.length).toBe(probes);
    expect(await all(desk)).toHaveLength(1);
  });

  it('en: "will the port stay open if the router restarts?" after a port forward', async () => {
    const { desk, res } = await talk([], 'en', 'please forward 3074 to my xbox', {
      'config.port_forward': 'the xbox is 192.168.1.40',
      'consent.*': 'yes',
    });
    expect(res.outcome).toBe('resolved');
    const r = await desk.agent.handleMessage(res.ticketId, 'will the port stay open if the router restarts?');
    expect(words(r)).toMatch(/stays after a restart/);
    expect(await all(desk)).toHaveLength(1);
  });

  it('sv: "måste jag uppdatera den själv nästa gång?" after a firmware update', async () => {
    const { desk, res } = await talk(['firmware_bug_drops'], 'sv', 'nätet tappar flera gånger om dagen', {
      'consent.*': 'ja',
    });
    expect(res.outcome).toBe('resolved');
    const r = await desk.agent.handleMessage(res.ticketId, 'måste jag uppdatera den själv nästa gång?');
    expect(words(r)).toMatch(/senaste mjukvaran/);
    expect(await all(desk)).toHaveLength(1);
  });
});

describe('a Wi-Fi coverage follow-up after a speed case (rp11b #3)', () => {
  it('sv: "wifi i arbetsrummet är segt" after the close gets coverage advice, no new case, no tier2', async () => {
    const desk = memoryDesk({ world: faultWorld(['speed_wifi_limited'], { canDo: ['step.wired_test'] }) });
    const customer = { customerNumber: '200227', name: 'Jonas Ekdahl', pin: '6102' };
    const res = await identified(desk, customer, 'sv', 'jag betalar för 500 mbit men får bara 40');
    for (const m of ['klart', 'ja nu går det fort nära routern'])
      await desk.agent.handleMessage(res.ticketId, m);
    const probes = desk.world.probeCalls.length;
    const r = await desk.agent.handleMessage(res.ticketId, 'ja, wifi i arbetsrummet är segt');
    expect(words(r)).toMatch(/wifi-täckning.*mesh-system/s);
    expect(words(r)).not.toMatch(/nätverkskabel och gör ett hastighetstest|andralinje/);
    const q = await desk.agent.handleMessage(res.ticketId, 'blir det bra längst bort i lägenheten då?');
    expect(words(q)).toMatch(/wifi-täckning/);
    expect(desk.world.probeCalls.length).toBe(probes);
    expect(await all(desk)).toHaveLength(1);
  });
});

describe('one device affected after the close (rp11c #2)', () => {
  it.each([
    [
      'en',
      'my wifes laptop says connected, no internet. only her laptop, my phone is fine',
      /Forget/,
      'why the router? only her laptop has the problem',
      /not the router/,
    ],
    [
      'sv',
      'hennes dator säger ansluten men inget internet. bara hennes dator, min telefon funkar',
      /Glöm/,
      'varför routern? det är ju bara datorn',
      /inte routern/,
    ],
  ] as const)('%s: device advice, no router step, no tier2', async (lang, text, advice, why, answer) => {
    const desk = memoryDesk({ world: faultWorld(['wifi_channel_congestion']) });
    const customer = { customerNumber: '200227', name: 'Jonas Ekdahl', pin: '6102' };
    const res = await identified(
      desk,
      customer,
      lang,
      lang === 'en' ? 'our wifi is really slow in the evenings' : 'wifi är jättesegt på kvällarna',
    );
    const yes = lang === 'en' ? 'yes' : 'ja';
    await desk.agent.handleMessage(res.ticketId, yes);
    await desk.agent.handleMessage(res.ticketId, yes);
    const r = await desk.agent.handleMessage(res.ticketId, text);
    expect(words(r)).toMatch(advice);
    expect(r.some((x) => x.askKey === 'step.power_cycle' || x.askKey === 'consent.reboot')).toBe(false);
    expect(words(await desk.agent.handleMessage(res.ticketId, why))).toMatch(answer);
    const tickets = await all(desk);
    expect(tickets.some((x) => x.queue === 'tier2')).toBe(false);
  });
});
