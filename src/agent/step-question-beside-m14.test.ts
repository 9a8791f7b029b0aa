// Mender m14: two repository scenario files broken by later commits.
// (1) v2-rp25a-wifi_weak_signal-en-1 (broken by 87d56fc, "the step's own verb in the past counts as a report beside
// a question"): "wait move the router?? my parents wont let me lol. i moved the laptop to the doorway i guess" was
// the step done beside an answered question, so the test close to the router never ran and the case went to second
// line. 2344a5e's purpose: whether the router must be moved is answered and the step put again.
// (2) v2-rp11c-cable-unplugged-sv-1 (broken by caed2fa, "a failing device said before the question counts as
// partly"): "ja datorn funkar. en sak till, tv-boxen visar ingen signal, kan du kolla den med?" was read as a fix
// that works on some devices — the TV picture is another service, a second request beside the yes.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const LUCAS = { customerNumber: '200136', name: 'Lucas Khan', pin: '2849' };
const TOVE = { customerNumber: '800199', name: 'Tove Bergqvist', pin: '6127' };

describe('a question of how the step is done, beside a past verb', () => {
  it.each([
    ['en', 'wait move the router?? my parents wont let me lol. i moved the laptop to the doorway i guess'],
    ['sv', 'flytta routern?? det får jag inte lol. jag flyttade laptopen till dörren typ'],
  ] as [Language, string][])('%s: "%s" is answered and the step put again', async (lang, msg) => {
    const c = await chat(lang, faultWorld(['wifi_weak_signal'], { canDo: ['step.move_closer'] }), LUCAS);
    await c.send(
      lang === 'en' ? 'yo wifi is trash in my room, keeps lagging in games' : 'wifit är kasst i mitt rum',
    );
    await c.asks('200136 2849', 'step.move_closer');
    const out = await c.send(msg);
    expect(out.map((m) => m.text).join('\n')).toMatch(
      /No need to move the router|Du behöver inte flytta routern/,
    );
    expect(out.at(-1)?.askKey).toBe('step.move_closer');
    expect((await c.cases()).first?.status).not.toBe('escalated');
  });
  it('a past verb with a question of another kind still counts (87d56fc)', async () => {
    const c = await chat('en', faultWorld(['wifi_weak_signal'], { canDo: ['step.move_closer'] }), LUCAS);
    await c.send('yo wifi is trash in my room, keeps lagging in games');
    await c.asks('200136 2849', 'step.move_closer');
    c.desk.world.performStep('step.move_closer');
    const out = await c.send('i moved the laptop next to the router. why is it so bad in my room though?');
    expect(out.at(-1)?.askKey).not.toBe('step.move_closer');
  });
});

// (3) v2-rp4b-wifi-weak-signal-en-1, v2-rp5a-wifi_weak_signal-en-3, v2-rp21a-wifi_weak_signal-en-1 (broken by
// 2afbd5a, "a cannot beside a question is a refusal"): "the tv is on the wall, i cant really move it. would a mesh
// thing help?" closed the case with advice; what else helps the reach is answered and the test put again once.
describe('a cannot beside a question of what else helps the reach, at the test close to the router', () => {
  it.each([
    ['en', 'the tv is on the wall, i cant really move it. would a mesh thing help?'],
    ['en', "its a tv on the wall, i cant move it. can't you boost the signal or something?"],
    [
      'en',
      'cant move my pc its a desktop lol. can i move the router to the hallway? or should i just buy a mesh thing',
    ],
  ] as [Language, string][])('%s: "%s" is answered and the test put again once', async (lang, msg) => {
    const c = await chat(lang, faultWorld(['wifi_weak_signal'], { canDo: ['step.move_closer'] }), LUCAS);
    await c.send('wifi is really weak in my bedroom, netflix keeps buffering');
    await c.asks('200136 2849', 'step.move_closer');
    const out = await c.send(msg);
    expect(out.at(-1)?.askKey).toBe('step.move_closer');
    expect((await c.cases()).first?.status).not.toBe('resolved');
    const again = await c.send("no i can't");
    expect(again.at(-1)?.askKey).not.toBe('step.move_closer');
  });
});

describe('the TV box without signal beside a yes (rp11c)', () => {
  it.each([
    ['sv', 'ja datorn funkar. en sak till, tv-boxen visar ingen signal, kan du kolla den med?'],
    ['en', 'yes the computer works. one more thing, the tv box shows no signal, can you check that too?'],
  ] as [Language, string][])('%s: "%s" closes the case', async (lang, msg) => {
    const c = await chat(lang, faultWorld(['cable_unplugged'], { canDo: ['step.check_cables'] }), TOVE);
    await c.send(
      lang === 'sv'
        ? 'inget internet sen vi stadade bakom tvn igar'
        : 'no internet since we cleaned behind the tv',
    );
    await c.asks('800199 6127', 'step.check_cables');
    c.desk.world.performStep('step.check_cables');
    let r = await c.send(c.yes);
    for (let i = 0; i < 2 && r.at(-1)?.askKey !== 'resolution.confirm'; i++) r = await c.send(c.yes);
    expect(r.at(-1)?.askKey).toBe('resolution.confirm');
    const out = await c.send(msg);
    expect(out.at(-1)?.askKey).not.toBe('resolution.confirm');
    expect((await c.cases()).first?.status).toBe('resolved');
  });
});
