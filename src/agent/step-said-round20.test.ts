// Issue 14, round 20 c1 and b1: a physical step reported in the customer's own words, and "is it dangerous?"
// at that step. "Jaha. Men är det farligt att röra den? … en liten knapp med en röd lampa som inte lyser
// heller" got "Ja – sätt routern i ett uttag …" (a yes to "is it dangerous?"); "Nu tryckte jag på knappen på
// grenuttaget och då tändes den röda lampan och routern började blinka" and "the black one with the screw
// thing? it was hanging loose. screwed it back" are the step done, not instructions to repeat.
import { expect, it } from 'vitest';
import type { Language, StepKey } from '../domain/index.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

async function atStep(lang: Language, fault: 'cpe_powered_off' | 'cable_unplugged', step: StepKey) {
  const c = await chat(lang, faultWorld([fault], { canDo: [step] }));
  await c.asks(
    lang === 'sv' ? 'internet fungerar inte alls' : 'internet is dead',
    'identity.customer_number',
  );
  await c.asks(c.pin, step);
  return c;
}

it.each([
  [
    'sv',
    'Jaha. Men är det farligt att röra den? Jag vill inte få en stöt eller förstöra något. Sladden sitter i ett grenuttag … en liten knapp med en röd lampa som inte lyser heller',
  ],
  ['sv', 'är det farligt att ta i routern? jag är rädd för el'],
  ['en', "is it dangerous to touch it? don't want to get a shock. it's plugged into a power strip"],
  ['en', 'is it safe to touch the router?'],
] as const)('%s: "%s" at the power step is answered no, never a bare yes', async (lang, q) => {
  const c = await atStep(lang, 'cpe_powered_off', 'step.power_on');
  const replies = await c.send(q);
  expect(replies.at(-1)?.askKey).toBe('step.power_on');
  const out = replies.map((r) => r.text).join('\n');
  expect(out).toMatch(
    lang === 'sv' ? /Nej, det är inte farligt.*låg spänning/s : /No, it is not dangerous.*low voltage/s,
  );
  expect(out).not.toMatch(/^(Ja|Yes)\b/m);
});

it.each([
  [
    'sv',
    'Nu tryckte jag på knappen på grenuttaget och då tändes den röda lampan och routern började blinka. Så det var inte så farligt ändå.',
  ],
  ['sv', 'slog på grenuttaget, nu lyser lamporna'],
  ['en', 'flipped the switch on the power strip and the lights came on'],
  ['en', 'pressed the button on the strip, router is blinking now'],
] as const)('%s: "%s" is the power step done: the line is tested, no technician', async (lang, msg) => {
  const c = await atStep(lang, 'cpe_powered_off', 'step.power_on');
  c.desk.world.performStep('step.power_on');
  const replies = await c.send(msg);
  expect(replies.at(-1)?.askKey).toBe('resolution.confirm');
  const steps = (await c.desk.tickets.timeline(c.ticketId)).filter((e) => e.type === 'customer_step');
  expect(steps.at(-1)).toMatchObject({ step: 'step.power_on', result: 'done' });
});

it.each([
  ['en', 'the black one with the screw thing? it was hanging loose. screwed it back'],
  ['en', 'it was loose, tightened it'],
  ['sv', 'den svarta med skruven? den hängde löst. skruvade fast den'],
  ['sv', 'satt löst, skruvade i den igen'],
] as const)('%s: "%s" at the cable step is the step done, not the instructions again', async (lang, msg) => {
  const c = await atStep(lang, 'cable_unplugged', 'step.check_cables');
  c.desk.world.performStep('step.check_cables');
  const replies = await c.send(msg);
  expect(replies.at(-1)?.askKey).toBe('resolution.confirm');
});
