// Round 35 (a #8): "Next to the router with the 5G network it says 310. But down in the kitchen where I actually
// sit it's still around 40" got "Thanks — 40 Mbit/s next to the router" and the summary "you moved closer to the
// router – 40 Mbit/s" (false). Each figure keeps its place now: 310 next to the router (the line is fine), 40 further
// away (the Wi-Fi's reach), with advice for that room; the summary says both.
import { expect, it } from 'vitest';
import { chat, untilAsked } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';
import { speedsByPlace } from '../triage/speeds-by-place.js';

it.each([
  [
    'en',
    "Done. Next to the router with the 5G network it says 310. But down in the kitchen where I actually sit it's still around 40",
    '310',
    '40',
  ],
  ['en', '310 by the router but only 45 upstairs', '310', '45'],
  ['en', 'in the kitchen its 40 and next to the router 300', '300', '40'],
  ['sv', 'klart. vid routern 320 men i köket bara 35', '320', '35'],
  ['sv', 'bredvid routern fick jag 290 mbit, uppe i sovrummet typ 30', '290', '30'],
] as const)(
  '%s: "%s" at the test near the router keeps each figure with its place',
  async (lang, msg, near, far) => {
    const c = await chat(lang, faultWorld(['speed_wifi_limited']));
    await untilAsked(
      c,
      'step.wired_test',
      `${lang === 'en' ? 'my internet is slow on the laptop' : 'internet är segt på laptopen'} ${c.pin}`,
    );
    await c.asks(
      lang === 'en' ? "i can't, no port on this laptop" : 'går inte, datorn har inget nätverksuttag',
      'step.move_closer',
    );
    const out = await c.say(msg);
    expect(out).toContain(lang === 'en' ? `${near} Mbit/s next to the router` : `${near} Mbit/s vid routern`);
    expect(out).toContain(lang === 'en' ? `${far} Mbit/s further away` : `${far} Mbit/s längre bort`);
    expect(out).toMatch(/mesh/);
    expect(out).not.toContain(
      lang === 'en' ? `${far} Mbit/s next to the router` : `${far} Mbit/s vid routern`,
    );
  },
);

it.each([
  'done, 310 next to the router',
  'done it says 310',
  'klart, 300 nu',
  '310 next to the router, and fine in the kitchen too',
])('"%s" gives no pair of places', (text) => {
  expect(speedsByPlace(text)).toBeNull();
});
