// Role-play round 19 (issue 14, F2, c8 and b9): a question beside the "yes" that closes a case, or after
// it, is answered in that reply — never closed over, never answered with another topic's text.
import { expect, it } from 'vitest';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

it.each([
  ['en', 'yes thx. btw could anyone else have used the old one?', /Only someone on your home network/],
  [
    'en',
    'yes works. could somebody have logged into my router with the old password??',
    /Only someone on your home network/,
  ],
  ['sv', 'ja tack. förresten, kan nån annan ha använt det gamla lösenordet?', /Bara någon i ditt hemnätverk/],
  ['sv', 'japp. kan någon ha kommit in med den gamla koden?', /Bara någon i ditt hemnätverk/],
] as const)(
  '%s: "%s" after the admin password change is answered, then the case closes',
  async (lang, q, answer) => {
    const c = await chat(lang, faultWorld(['default_admin_password' as never]));
    await c.say(
      `${c.pin}. ${lang === 'sv' ? 'kan ni byta routerns adminlösenord? det är fabrikens' : "can you change my router's admin password? the default one is unsafe"}`,
    );
    const replies = await c.send(c.yes);
    expect(replies.at(-1)?.askKey).toBe('resolution.confirm');
    const out = await c.say(q);
    expect(out).toMatch(answer);
  },
);

it.each([
  ['en', 'yes ok. but that unknown device is still on my wifi then, isnt it?', /Honestly, yes/],
  ['en', 'hello?? you didnt answer. is the device still on my wifi or not', /Honestly, yes/],
  ['sv', 'ok. men den okända enheten är väl fortfarande kvar på wifit då?', /Ärligt talat, ja/],
] as const)('%s: "%s" after the Wi-Fi key was declined gets the honest yes', async (lang, q, answer) => {
  const c = await chat(lang, faultWorld([], { canDo: ['step.rejoin_wifi'] }));
  await c.say(
    `${c.pin}. ${lang === 'sv' ? 'nån är inne på mitt wifi, okända enheter i listan' : 'someone is on my wifi, unknown devices in the list'}`,
  );
  await c.say(
    lang === 'sv'
      ? 'nej, låt wifi-lösenordet vara, skrivaren är jobbig'
      : 'no, leave the wifi password, the printer is a nightmare',
  );
  const out = await c.say(q);
  expect(out).toMatch(answer);
  expect(out).not.toMatch(/Settings → Network|Inställningar → Nätverk/);
});
