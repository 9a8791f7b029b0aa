// Blind set un40 (v2-un40-speed-wifi-sv-1): at the wired test "jag har ingen dator med kabelingång... räcker
// det med min gamla laptop?" was taken as "cannot" and the desk moved on to the 5 GHz test, the question left
// unanswered. A "cannot"/"don't have" beside a question whether something else would do is answered and the
// same step kept open; done after it, the step is done. A plain "I can't" still moves on.
import { describe, expect, it } from 'vitest';
import type { EngineState } from '../runbooks/engine.js';
import { portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

async function atWiredTest(lang: 'en' | 'sv') {
  const c = await portalChat(lang, faultWorld(['speed_wifi_limited'], { canDo: ['step.wired_test'] }));
  const r = await c.send(
    lang === 'sv'
      ? 'jag betalar för 500 men får bara 40 mbit på wifi'
      : 'paying for 500 but wifi gets 40 mbit',
  );
  expect(r.at(-1)?.askKey).toBe('step.wired_test');
  return c;
}

async function triedSteps(c: Awaited<ReturnType<typeof atWiredTest>>) {
  const state = await c.desk.tickets.getState<EngineState>(c.ticketId, 'runbook');
  return (state?.tried ?? []).map((x) => `${x.step}:${x.result}`);
}

describe('a question whether something else would do, beside "I can\'t"', () => {
  it.each([
    ['sv', 'jag har ingen dator med kabelingång... räcker det med min gamla laptop?'],
    ['sv', 'har ingen dator med nätverksuttag, funkar det med min gamla laptop'],
    ['sv', 'har ingen stationär. duger min laptop?'],
    ['sv', 'nej har ingen sån dator, måste det vara en stationär?'],
    ['en', "i don't have a computer with a network port. would my old laptop work?"],
    ['en', "I can't, no desktop here. can I use my laptop instead?"],
    ['en', 'i dont have a pc with a cable port, does it have to be a desktop?'],
  ] as const)('%s: "%s" is answered and the wired test stays open', async (lang, reply) => {
    const c = await atWiredTest(lang);
    const after = await c.send(reply);
    expect(after.at(-1)?.askKey).toBe('step.wired_test');
    const text = after.map((x) => x.text).join('\n');
    expect(text).toMatch(
      lang === 'sv'
        ? /Vilken dator som helst med nätverksuttag.*gammal laptop också.*USB-nätverksadapter.*5 GHz/s
        : /Any computer with a network port.*old laptop too.*USB network adapter.*5 GHz/s,
    );
    expect(text).not.toMatch(/utan kabel|without a cable|can’t answer|kan jag inte svara/i);
    expect(await triedSteps(c)).toEqual([]);
    // Done after the answer: the wired test itself is done, never the 5 GHz test asked for.
    c.desk.world.performStep('step.wired_test');
    const done = await c.send(lang === 'sv' ? 'klart, jag har gjort det nu' : 'done, ran it now');
    expect(done.at(-1)?.askKey).toBe('resolution.confirm');
    expect(await triedSteps(c)).toContain('step.wired_test:done');
  });

  it.each([
    ['en', "I can't, I have no computer at all"],
    ['sv', 'nej, har ingen laptop'],
    ['en', 'no computer here, only my phone'],
  ] as const)('%s: "%s" asks nothing — still the step not possible', async (lang, reply) => {
    const c = await atWiredTest(lang);
    const after = await c.send(reply);
    expect(after.at(-1)?.askKey).toBe('step.move_closer');
    expect(await triedSteps(c)).toEqual(['step.wired_test:customer could not']);
  });
});
