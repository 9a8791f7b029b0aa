// Issue 14 (x2, defect 1): the notice period asked outside a cancellation or a move was answered as another
// question — during an outage "Och hur får jag det avdraget, måste jag ringa någon? Och vad har jag för
// uppsägningstid?" got the plan's speed (twice, after "Jag frågade om UPPSÄGNINGSTIDEN, inte hastigheten"), after
// a close it opened a cancellation for sales, at a fault's last question it got "I can't answer that from
// here". Whatever the case, the notice period, the binding time, "how long is my contract" and "can I leave"
// get the notice period's answer (cancel-questions.ts's text), and no cancellation starts unless one is asked.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { asksNoticePeriod } from './notice-question.js';
import { chat, closeWithYes, portalChat, untilAsked } from './testing/chat.js';
import { toldOfLimhamnOutage } from './testing/limhamn-outage.js';
import { faultWorld } from './testing/memory-desk.js';
import { fold } from '../triage/normalize.js';

const NOTICE = /notice period is one month|Uppsägningstiden är en månad/;
const SPEED = /Mbit\/s \((ned\/upp|download\/upload)\)/;
const SALES_CASE = /sales team \(reference|säljavdelning \(ärende/;

const FAULT = { sv: 'inget internet fast lamporna lyser', en: 'no internet although the lights look normal' };

const ASKED = [
  ['sv', 'Och vad har jag för uppsägningstid?'],
  ['sv', 'Jag frågade om UPPSÄGNINGSTIDEN, inte hastigheten. Om jag vill säga upp, hur lång tid tar det?'],
  ['sv', 'har jag nån bindningstid kvar'],
  ['sv', 'kan jag säga upp mig när jag vill?'],
  ['sv', 'hur länge är jag bunden'],
  ['en', 'what is my notice period?'],
  ['en', 'how long is my contract'],
  ['en', 'can i leave whenever i want?'],
  ['en', 'am i locked in to a contract'],
  ['en', 'If I wanted to cancel, how long would that take?'],
] as const;

describe('the ways of asking', () => {
  it.each(ASKED)('%s: %j asks the notice period', (_lang, text) => {
    expect(asksNoticePeriod(fold(text))).toBe(true);
  });
  it.each([
    'jag vill säga upp mitt abonnemang',
    'kan ni säga upp mitt abonnemang?',
    'hur lång tid tar det innan det funkar?',
    'vad har jag för hastighet?',
    'how long is the cable?',
    'how long until it works again?',
    'can i leave the router on overnight?',
    'can I leave it unplugged?',
    'what plan do i have?',
    'how long does it take to restart?',
    'is it still stuck on the orange light?',
    'är jag låst ute från mina sidor?',
    'hur länge är jag kvar i kön?',
    'can I leave the router on before the technician comes?',
    'can we cancel the visit anytime?',
    'kan jag säga upp besöket direkt?',
  ])('%j does not', (text) => {
    expect(asksNoticePeriod(fold(text))).toBe(false);
  });
});

describe('during an outage (rp34 a#8)', () => {
  it.each([
    ['sv', 'Och hur får jag det avdraget, måste jag ringa någon? Och vad har jag för uppsägningstid?'],
    ...ASKED,
  ] as const)('%s: %j', async (lang, text) => {
    const { desk, ticketId } = await toldOfLimhamnOutage(lang);
    const said = (await desk.agent.handleMessage(ticketId, text)).map((m) => m.text).join('\n');
    expect(said).toMatch(NOTICE);
    expect(said).not.toMatch(SPEED);
    expect(said).not.toMatch(SALES_CASE);
    const cases = await desk.tickets.list({ limit: 10 });
    expect(cases.items.some((c) => c.queue === 'sales')).toBe(false);
  });

  it('the refund asked beside it is still answered', async () => {
    const { desk, ticketId } = await toldOfLimhamnOutage('sv');
    const said = (
      await desk.agent.handleMessage(
        ticketId,
        'Och hur får jag det avdraget, måste jag ringa någon? Och vad har jag för uppsägningstid?',
      )
    )
      .map((m) => m.text)
      .join('\n');
    expect(said).toMatch(/avdrag/);
    expect(said).toMatch(NOTICE);
    // Answered in the order asked: the deduction first.
    expect(said.search(/avdrag/)).toBeLessThan(said.search(NOTICE));
  });

  it('"Jag vill säga upp abonnemanget" still starts the cancellation', async () => {
    const { desk, ticketId } = await toldOfLimhamnOutage('sv');
    const said = (await desk.agent.handleMessage(ticketId, 'Jag vill säga upp abonnemanget.'))
      .map((m) => m.text)
      .join('\n');
    expect(said).toMatch(/säljavdelning/);
  });
});

describe('in a fault case and after its close', () => {
  it.each(ASKED)('%s: %j at "does it work now?", then after the close', async (lang: Language, text) => {
    const c = await portalChat(lang, faultWorld(['cpe_hung']));
    await untilAsked(c, 'resolution.confirm', FAULT[lang]);
    const atConfirm = await c.send(text);
    expect(atConfirm.map((m) => m.text).join('\n')).toMatch(NOTICE);
    expect(atConfirm.at(-1)?.askKey).toBe('resolution.confirm');
    await closeWithYes(c, lang);
    const after = await c.say(text);
    expect(after).toMatch(NOTICE);
    expect(after).not.toMatch(SALES_CASE);
    expect((await c.cases()).next).toBeUndefined();
  });
});

describe('at the identity questions', () => {
  it.each([
    ['sv', 'och vad har jag för uppsägningstid?'],
    ['en', 'btw what is my notice period?'],
  ] as const)('%s: the PIN beside %j is taken', async (lang, text) => {
    const c = await chat(lang, faultWorld(['cpe_hung']));
    await c.asks(FAULT[lang], 'identity.customer_number');
    await c.asks('100482', 'identity.pin');
    const said = await c.say(`4711. ${text}`);
    expect(said).toMatch(NOTICE);
    expect((await c.cases()).first?.customerId).toBeTruthy();
  });
  it.each([
    ['sv', 'vad har jag för uppsägningstid förresten?'],
    ['en', 'what is my notice period by the way?'],
  ] as const)('%s: %j alone at the PIN: answered, the PIN asked again', async (lang, text) => {
    const c = await chat(lang, faultWorld(['cpe_hung']));
    await c.asks(FAULT[lang], 'identity.customer_number');
    await c.asks('100482', 'identity.pin');
    const r = await c.send(text);
    expect(r.map((m) => m.text).join('\n')).toMatch(NOTICE);
    expect(r.at(-1)?.askKey).toBe('identity.pin');
  });
});

describe('beside a bill and as the opening', () => {
  it.each(ASKED)('%s: %j after the billing handoff', async (lang: Language, text) => {
    const c = await portalChat(lang, faultWorld([]));
    await c.send(
      lang === 'sv'
        ? 'min faktura är för hög den här månaden, varför?'
        : 'my invoice is too high this month, why?',
    );
    const said = await c.say(text);
    expect(said).toMatch(NOTICE);
    expect(said).not.toMatch(SALES_CASE);
    expect((await c.cases()).next).toBeUndefined();
  });

  it.each([
    ['sv', 'hej! vad har jag för uppsägningstid?'],
    ['en', 'hi, how long is my contract?'],
  ] as const)('%s opening %j: answered, no customer number asked', async (lang, text) => {
    const c = await chat(lang, faultWorld([]));
    const r = await c.send(text);
    expect(r.map((m) => m.text).join('\n')).toMatch(NOTICE);
    expect(r.at(-1)?.askKey ?? null).toBeNull();
  });

  it.each([
    ['sv', 'jag vill säga upp mitt abonnemang, vad har jag för uppsägningstid?'],
    ['en', 'i want to cancel my subscription. is there a notice period?'],
  ] as const)('%s a cancellation asked with it still goes to the customer number: %j', async (lang, text) => {
    const c = await chat(lang, faultWorld([]));
    const r = await c.send(text);
    expect(r.map((m) => m.text).join('\n')).toMatch(NOTICE);
    expect(r.at(-1)?.askKey).toBe('identity.customer_number');
  });
});
