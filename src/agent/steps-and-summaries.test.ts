// Issue 14, round 8 (fixer d): a step done in the customer's own words, with or without a question
// beside it; questions about another service; summaries that say only what happened.
import { describe, expect, it } from 'vitest';
import type { FaultKind, StepKey } from '../domain/index.js';
import { faultWorld, identified, memoryDesk } from './testing/memory-desk.js';

const ELIN = { customerNumber: '812345', name: 'Elin Ek', pin: '3579' };
const said = (r: { text: string }[]) => r.map((x) => x.text).join('\n');
const last = (r: { askKey: string | null }[]) => r.at(-1)?.askKey ?? null;

/** Plays plain answers until `ask` is pending; the desk and ticket are returned. */
async function atAsk(faults: FaultKind[], lang: 'sv' | 'en', opening: string, ask: string) {
  const desk = memoryDesk({ world: faultWorld(faults, { canDo: ['step.check_cables'] }) });
  const c = await identified(desk, ELIN, lang, opening);
  let r = c.replies;
  for (let i = 0; i < 6 && last(r) !== ask; i++)
    r = await desk.agent.handleMessage(c.ticketId, lang === 'sv' ? 'ja' : 'yes');
  expect(last(r)).toBe(ask);
  return { desk, ticketId: c.ticketId };
}

async function stepResults(desk: ReturnType<typeof memoryDesk>, ticketId: string) {
  return (await desk.tickets.timeline(ticketId)).flatMap((e) =>
    e.type === 'customer_step' ? [e.result] : [],
  );
}

describe('a step done in other words', () => {
  const CABLE_DONE: [lang: 'sv' | 'en', text: string][] = [
    ['sv', 'aha den satt lös, nu e den i'],
    ['sv', 'den var los, satt i den nu'],
    ['sv', 'kabeln hade lossnat, tryckte in den'],
    ['sv', 'sladden var ute. nu sitter den i'],
    ['en', "oh it was loose, it's in now"],
    ['en', 'the cable was half out, pushed it back in'],
    ['en', 'fixed it'],
  ];
  for (const [lang, text] of CABLE_DONE) {
    it(`"${text}" counts as done: the line is tested again, no technician`, async () => {
      const { desk, ticketId } = await atAsk(
        ['cable_unplugged'],
        lang,
        'inget internet',
        'step.check_cables',
      );
      desk.world.performStep('step.check_cables' as StepKey);
      const r = await desk.agent.handleMessage(ticketId, text);
      expect(await stepResults(desk, ticketId)).toEqual(['done']);
      expect(last(r)).toBe('resolution.confirm');
      expect(said(r)).not.toMatch(/tekniker|technician/i);
    });
  }

  it('"what splitter? … ok i pushed everything in, done": the question answered and the step counted', async () => {
    const { desk, ticketId } = await atAsk(
      ['cable_unplugged'],
      'en',
      'no internet since this morning',
      'step.check_cables',
    );
    desk.world.performStep('step.check_cables' as StepKey);
    const r = await desk.agent.handleMessage(
      ticketId,
      'what splitter? the little white box by the phone jack? ok i pushed everything in, done',
    );
    expect(said(r)).toMatch(/splitter/i);
    expect(said(r)).not.toMatch(/Tell me when done/);
    expect(await stepResults(desk, ticketId)).toEqual(['done']);
    expect(last(r)).toBe('resolution.confirm');
  });

  it('sv: "vilken kabel? den grå? ok den satt löst, nu sitter den i" answers and goes on', async () => {
    const { desk, ticketId } = await atAsk(['cable_unplugged'], 'sv', 'inget internet', 'step.check_cables');
    desk.world.performStep('step.check_cables' as StepKey);
    const r = await desk.agent.handleMessage(
      ticketId,
      'vilken kabel? den grå? ok den satt löst, nu sitter den i',
    );
    expect(await stepResults(desk, ticketId)).toEqual(['done']);
    expect(last(r)).toBe('resolution.confirm');
  });

  it('a question alone ("ska jag trycka in den?") is still answered and the step asked again', async () => {
    const { desk, ticketId } = await atAsk(['cable_unplugged'], 'sv', 'inget internet', 'step.check_cables');
    const r = await desk.agent.handleMessage(ticketId, 'vilken kabel ska jag trycka in?');
    expect(await stepResults(desk, ticketId)).toEqual([]);
    expect(last(r)).toBe('step.check_cables');
  });
});

describe('"it was loose, it is in now" while the fault is still there', () => {
  it('the step is checked once more before a technician (a plug half in, a router still connecting)', async () => {
    const { desk, ticketId } = await atAsk(['cable_unplugged'], 'sv', 'inget internet', 'step.check_cables');
    const r = await desk.agent.handleMessage(ticketId, 'aha den satt lös, nu e den i');
    expect(last(r)).toBe('step.check_cables');
    expect(said(r)).toMatch(/en gång till/);
    expect(said(r)).not.toMatch(/tekniker/i);
    desk.world.performStep('step.check_cables' as StepKey);
    const r2 = await desk.agent.handleMessage(ticketId, 'klart');
    expect(last(r2)).toBe('resolution.confirm');
  });

  it('a plain "done" that did not help is not asked again', async () => {
    const { desk, ticketId } = await atAsk(['cable_unplugged'], 'en', 'no internet', 'step.check_cables');
    const r = await desk.agent.handleMessage(ticketId, 'done');
    expect(last(r)).not.toBe('step.check_cables');
  });
});

describe('a question about another service', () => {
  for (const [lang, opening] of [
    ['sv', 'hej, tv-boxen visar bara svart skärm, kanalerna funkar inte. internet funkar fint'],
    ['en', 'my tv channels are all black, the internet is fine though'],
    ['sv', 'tvn fryser hela tiden pa alla kanaler, natet e ok'],
  ] as const) {
    it(`"${opening}": the number is asked saying why, no PIN, routed, no tests claimed`, async () => {
      const desk = memoryDesk({ world: faultWorld([]) });
      desk.directory.add(ELIN);
      const c = await desk.agent.startConversation({ channel: 'chat', language: lang });
      const r = await desk.agent.handleMessage(c.ticketId, opening);
      expect(last(r)).toBe('identity.customer_number');
      expect(said(r)).toMatch(/kollega|colleague/);
      const r2 = await desk.agent.handleMessage(c.ticketId, ELIN.customerNumber);
      expect(r2.map((x) => x.askKey)).not.toContain('identity.pin');
      expect(said(r2)).not.toMatch(/Inga fel hittades|No faults found/);
      const tl = await desk.tickets.timeline(c.ticketId);
      const res = tl.find((e) => e.type === 'resolution');
      expect(res?.type === 'resolution' && [res.outcome, res.queue]).toEqual(['routed', 'agents']);
      expect(tl.some((e) => e.type === 'action_requested')).toBe(false);
    });
  }

  it('an invoice by e-mail stays a billing question (the number asked plainly)', async () => {
    const desk = memoryDesk({ world: faultWorld([]) });
    const c = await desk.agent.startConversation({ channel: 'chat', language: 'sv' });
    const r = await desk.agent.handleMessage(
      c.ticketId,
      'Hej! Kan jag få en faktura via mejl istället för papper?',
    );
    expect(said(r)).not.toMatch(/kollega/);
  });
});

describe('"how do I know?" follows the customer\'s own problem', () => {
  for (const [lang, text, want] of [
    ['sv', 'vet inte, det är ju mest på kvällen det är segt. hur vet jag?', /i kväll.*segt/s],
    ['en', 'how would i know, its only slow in the evenings', /this evening.*slow/s],
    ['en', 'no idea, it lags mostly at night. how can i tell?', /this evening.*slow/s],
    ['sv', 'hur vet jag det? det brukar vara segt ibland', /brukar vara segt/],
  ] as const) {
    it(`"${text}" is told to check when it is usually slow, not that it dropped`, async () => {
      const { desk, ticketId } = await atAsk(
        ['wifi_channel_congestion'],
        lang,
        lang === 'sv' ? 'wifi är så segt' : 'the wifi is so slow',
        'resolution.confirm',
      );
      const r = await desk.agent.handleMessage(ticketId, text);
      expect(said(r)).toMatch(want);
      expect(said(r)).not.toMatch(/bröts|dropped|drops/);
    });
  }

  it('a customer whose line dropped is still told to watch it for a day', async () => {
    const { desk, ticketId } = await atAsk(
      ['wifi_channel_congestion'],
      'en',
      'my wifi keeps dropping',
      'resolution.confirm',
    );
    const r = await desk.agent.handleMessage(ticketId, 'it only drops now and then, how would i know?');
    expect(said(r)).toMatch(/for a day/);
  });
});

describe('restarts the customer already tried', () => {
  for (const [lang, text, want] of [
    ['en', 'i already restarted it twice like i said?? fine, do it', /I know you have already restarted it/],
    ['sv', 'jag har ju redan startat om den två gånger?? ok kör då', /Jag vet att du redan har startat om/],
    [
      'en',
      'i told you i restarted it three times?? whatever, go ahead',
      /I know you have already restarted it/,
    ],
    ['sv', 'har ju redan startat om den?? jaja, kör', /Jag vet att du redan har startat om/],
  ] as const) {
    it(`"${text}" at the restart question is acknowledged, then the restart runs`, async () => {
      const { desk, ticketId } = await atAsk(
        ['hardware_failure'],
        lang,
        lang === 'sv'
          ? 'routern startar om sig själv hela tiden, jag har startat om den två gånger'
          : 'the router keeps restarting itself, i restarted it twice already',
        'consent.reboot',
      );
      const r = await desk.agent.handleMessage(ticketId, text);
      expect(said(r)).toMatch(want);
      expect(said(r)).not.toMatch(/good to know|bra att veta/);
      const tl = await desk.tickets.timeline(ticketId);
      expect(tl.some((e) => e.type === 'action_requested' && e.action === 'cpe_reboot')).toBe(true);
    });
  }
});
