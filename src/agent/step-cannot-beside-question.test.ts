// Role-play round 24 (b8, en, speed_wifi_limited): "I'm on my iPad, I don't have a computer with a cable.
// And you didn't answer about the discount." at the wired speed test got the wired test asked for again. A
// step the customer cannot do for want of what it needs, told beside a question, is taken: the question is
// answered and the case goes on without that step.
import { expect, it } from 'vitest';
import type { EngineState } from '../runbooks/engine.js';
import { portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

it.each([
  ['en', "I'm on my iPad, I don't have a computer with a cable. And you didn't answer about the discount."],
  ['en', 'no laptop here, i only have my phone. will that be a problem?'],
  ['en', "I don't have a computer with a network port. what now?"],
  ['sv', 'jag har ingen dator med sladd, bara mobilen. hur gör jag då?'],
  ['sv', 'har ingen dator hemma. vad ska jag göra istället?'],
] as const)('%s: "%s" is the wired test not possible, never asked again', async (lang, reply) => {
  const c = await portalChat(lang, faultWorld(['speed_wifi_limited'], { canDo: ['step.move_closer'] }));
  const r = await c.send(
    lang === 'sv' ? 'wifit är jättesegt, får bara 40 av 500' : 'my wifi is so slow, 40 of 500 mbit',
  );
  expect(r.at(-1)?.askKey).toBe('step.wired_test');
  const after = await c.send(reply);
  expect(after.at(-1)?.askKey).not.toBe('step.wired_test');
  const text = after.map((x) => x.text).join('\n');
  expect(text).not.toMatch(
    /connect a computer to the router with a network cable|anslut en dator till routern med en nätverkskabel/i,
  );
  const state = await c.desk.tickets.getState<EngineState>(c.ticketId, 'runbook');
  expect((state?.tried ?? []).map((x) => `${x.step}:${x.result}`)).toEqual([
    'step.wired_test:customer could not',
  ]);
});
