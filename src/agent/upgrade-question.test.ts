// Issue 14, round 20 b10 (speed_wifi_limited): "ok stod i hallen vid routern på 5g, nu 387. ska jag
// uppgradera till 1000 då eller?" — the near-router result was taken but the upgrade question was ignored
// twice, and "så ingen uppgradering alltså? ok. 4" took the digit as the score and dropped the question. The
// findings answer it: the line already brings the plan to the router, so a bigger plan does not help Wi-Fi.
import { expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const NO_UPGRADE = /Nej, du behöver inte uppgradera|No, an upgrade is not needed/;

async function atNearRouter(lang: Language) {
  const c = await chat(lang, faultWorld(['speed_wifi_limited'], { canDo: ['step.move_closer'] }));
  await c.asks(
    lang === 'sv' ? 'får bara 40 av 500 på mobilen' : 'only getting 40 of my 500',
    'identity.customer_number',
  );
  await c.asks(c.pin, 'step.wired_test');
  await c.asks(
    lang === 'sv' ? 'har ingen dator med sladd' : 'no computer with a cable here',
    'step.move_closer',
  );
  return c;
}

it.each([
  ['sv', 'ok stod i hallen vid routern på 5g, nu 387. ska jag uppgradera till 1000 då eller?'],
  ['sv', 'nu 390 nära routern. borde jag uppgradera till 1000?'],
  ['sv', 'klart, 380 vid routern. behöver vi uppgradera abonnemanget?'],
  ['en', 'stood next to the router on 5g, 387 now. should i upgrade to 1000 then?'],
  ['en', 'done, 380 right by the router. do we need to upgrade our plan?'],
] as const)(
  '%s: "%s" takes the result and answers the upgrade question from the findings',
  async (lang, msg) => {
    const c = await atNearRouter(lang);
    const replies = await c.send(msg);
    expect(replies.at(-1)?.askKey).toBe('resolution.confirm');
    const out = replies.map((r) => r.text).join('\n');
    expect(out).toMatch(NO_UPGRADE);
    // Taken as an answer, never as a plan change for sales.
    expect((await c.cases()).next).toBeUndefined();
  },
);

it.each([
  ['sv', 'så ingen uppgradering alltså? ok. 4'],
  ['sv', '4. så ingen uppgradering då?'],
  ['en', 'so no upgrade then? ok. 4'],
] as const)('%s: "%s" at the score records it and answers the question beside it', async (lang, msg) => {
  const c = await atNearRouter(lang);
  await c.asks(lang === 'sv' ? 'klart, 387 nära routern' : 'done, 387 near the router', 'resolution.confirm');
  await c.asks(lang === 'sv' ? 'ja nu funkar det' : 'yes it works now', 'csat.score');
  const out = await c.say(msg);
  expect(out).toMatch(NO_UPGRADE);
  const scores = (await c.desk.tickets.timeline(c.ticketId)).filter((e) => e.type === 'csat');
  expect(scores).toHaveLength(1);
});
