// Role-play round 24 (c1, sv, cpe_powered_off) at "switch the router on": "vilken knapp då? jag ser bara
// sladdar. aha sladden satt inte i väggen, nu har jag satt i den. det blinkar lite" got the step explained
// again and "säg klart". A report in the customer's own words that the step is done — or that they found and
// fixed the cause (plugged it in, put the cable back, switched it on, "now it blinks") — counts as done, with
// a question beside it or not, at each physical step; in the demo it performs the step like "klart".
import { expect, it } from 'vitest';
import type { FaultKind, Language, StepKey } from '../domain/index.js';
import type { EngineState } from '../runbooks/engine.js';
import { portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const CASES: [Language, FaultKind, StepKey, string, string][] = [
  [
    'sv',
    'cpe_powered_off',
    'step.power_on',
    'inget internet alls, alla lampor är släckta',
    'vilken knapp då? jag ser bara sladdar. aha sladden satt inte i väggen, nu har jag satt i den. det blinkar lite',
  ],
  [
    'sv',
    'cpe_powered_off',
    'step.power_on',
    'inget internet alls, alla lampor är släckta',
    'aha kontakten satt inte i. nu har jag satt i den och det lyser',
  ],
  [
    'sv',
    'cpe_powered_off',
    'step.power_on',
    'inget internet alls, alla lampor är släckta',
    'grenuttaget var avslaget! nu är det på och routern blinkar',
  ],
  [
    'en',
    'cpe_powered_off',
    'step.power_on',
    'no internet at all, every light on the router is off',
    "which button? i only see cables. oh the plug wasn't in the wall, i've plugged it in now. it blinks a bit",
  ],
  [
    'en',
    'cpe_powered_off',
    'step.power_on',
    'no internet at all, every light on the router is off',
    'oh wait the power strip was off, switched it on and now it is blinking',
  ],
  [
    'en',
    'cpe_powered_off',
    'step.power_on',
    'no internet at all, every light on the router is off',
    'found it, plug was out. its on now',
  ],
  [
    'sv',
    'cable_unplugged',
    'step.check_cables',
    'internet funkar inte, routern lyser men inget nät',
    'vilken kabel? aha den gula satt löst, nu har jag tryckt in den',
  ],
  [
    'en',
    'cable_unplugged',
    'step.check_cables',
    'internet is not working, the router is on but no connection',
    'which one? oh the grey cable was hanging out, pushed it back in',
  ],
];

it.each(CASES)('%s %s at %s: "%s" → "%s" is the step done', async (lang, fault, step, opening, reply) => {
  const world = faultWorld([fault], { canDo: [step] });
  const c = await portalChat(lang, world);
  const performed: string[] = [];
  c.desk.agent.useDemoHome({
    performStep: (_n, s) => (performed.push(s), world.performStep(s as StepKey)),
  });
  let r = await c.send(opening);
  for (let i = 0; i < 3 && r.at(-1)?.askKey !== step; i++) r = await c.send(c.yes);
  expect(r.at(-1)?.askKey).toBe(step);
  const after = await c.send(reply);
  const text = after.map((x) => x.text).join('\n');
  expect(after.at(-1)?.askKey).not.toBe(step);
  expect(text).not.toMatch(
    /säg ”klart”|say “done”|tell me when you have done it|säg till när du har gjort det/i,
  );
  expect(performed).toEqual([step]);
  const state = await c.desk.tickets.getState<EngineState>(c.ticketId, 'runbook');
  expect((state?.tried ?? []).map((x) => `${x.step}:${x.result}`)).toEqual([`${step}:fixed`]);
});
