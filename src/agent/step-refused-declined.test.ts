// Role-play round 24 (c9, sv): "jag vill inte starta om något!!" at the restart step was recorded on the
// ticket as "du startade om routern – gick inte att göra" (could not). A refusal is recorded as declined,
// never as "could not be done"; a step the customer truly cannot do stays "could not".
import { expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import type { EngineState } from '../runbooks/engine.js';
import { portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

async function atRestart(lang: Language) {
  const c = await portalChat(lang, faultWorld([]));
  let r = await c.send(lang === 'sv' ? 'internet funkar inte alls' : 'internet is not working at all');
  for (let i = 0; i < 3 && r.at(-1)?.askKey !== 'step.power_cycle'; i++) r = await c.send(c.yes);
  expect(r.at(-1)?.askKey).toBe('step.power_cycle');
  return c;
}

const tried = async (c: Awaited<ReturnType<typeof portalChat>>) =>
  ((await c.desk.tickets.getState<EngineState>(c.ticketId, 'runbook'))?.tried ?? []).map(
    (x) => `${x.step}:${x.result}`,
  );

it.each([
  ['sv', 'jag vill inte starta om något!!'],
  ['sv', 'nej, jag tänker inte dra ur den'],
  ['en', "I don't want to restart anything"],
  ['en', 'no im not restarting it'],
] as const)('%s: "%s" is declined, never "could not"', async (lang, reply) => {
  const c = await atRestart(lang);
  const out = await c.say(reply);
  expect(await tried(c)).toContain('step.power_cycle:customer declined');
  expect(out).not.toMatch(/gick inte att göra|could not be done/);
});

it.each([
  ['sv', 'jag kommer inte åt routern, den sitter bakom ett skåp'],
  ['en', "i can't reach the router, it's behind a heavy cupboard"],
] as const)('%s: "%s" stays "could not"', async (lang, reply) => {
  const c = await atRestart(lang);
  await c.say(reply);
  expect(await tried(c)).toContain('step.power_cycle:customer could not');
});
