// Round 26 (c2, sv e-mail): after a new admin password, "Jag ser inget lösenord, det står bara prickar??" got
// "Det kan jag inte svara på härifrån", and "Nej. Jag ser bara prickar där lösenordet ska stå. Hur får jag veta det
// nya lösenordet?" was read as "still not working" and escalated to second line. Where the new admin password is
// written out is told (copies on the case are dots on purpose), and the question is asked again — no escalation.
import { describe, expect, it } from 'vitest';
import { chat, untilAsked } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

describe('the new admin password "only shows as dots"', () => {
  it.each([
    [
      'sv',
      'kan ni byta adminlösenordet på routern?',
      'Jag ser inget lösenord, det står bara prickar??',
      /administratörslösenordet står utskrivet/,
    ],
    [
      'sv',
      'kan ni byta adminlösenordet på routern?',
      'Nej. Jag ser bara prickar där lösenordet ska stå. Hur får jag veta det nya lösenordet?',
      /administratörslösenordet står utskrivet/,
    ],
    [
      'en',
      "can you change my router's admin password?",
      'i only see dots where the password should be??',
      /admin password is written out/,
    ],
  ] as const)('%s: "%s" then "%s"', async (lang, opening, dots, told) => {
    const c = await chat(lang, faultWorld(['default_admin_password']));
    await untilAsked(c, 'identity.customer_number', opening);
    await c.send(c.pin);
    let replies = await c.send(c.yes);
    for (let i = 0; i < 3 && replies.at(-1)?.askKey !== 'resolution.confirm'; i++)
      replies = await c.send(c.yes);
    expect(replies.at(-1)?.askKey).toBe('resolution.confirm');
    const after = await c.send(dots);
    const text = after.map((m) => m.text).join('\n');
    expect(text).toMatch(told);
    expect(text).not.toMatch(
      /kan jag inte svara|can.t answer|andralinje|second-line|fortfarande inte|still isn/i,
    );
    expect(after.at(-1)?.askKey).toBe('resolution.confirm');
    const { first } = await c.cases();
    expect(first?.status).not.toBe('escalated');
  });
});

// The repository set (v2-rp18b-default_admin_password-sv-1): a yes beside the dots is still a yes — told where the
// password is, and the case resolved, never the same question put again and again.
it('sv: "jo det funkar väl. men lösenordet syns bara som prickar??" is told and resolved', async () => {
  const c = await chat('sv', faultWorld(['default_admin_password']));
  await untilAsked(c, 'identity.customer_number', 'kan ni byta adminlösenordet på routern?');
  await c.send(c.pin);
  let replies = await c.send(c.yes);
  for (let i = 0; i < 3 && replies.at(-1)?.askKey !== 'resolution.confirm'; i++)
    replies = await c.send(c.yes);
  const after = await c.send(
    'jo det funkar väl. men lösenordet syns bara som prickar i mejlet?? hur ska jag veta vad det är',
  );
  expect(after.map((m) => m.text).join('\n')).toMatch(/administratörslösenordet står utskrivet/);
  expect(after.at(-1)?.askKey).not.toBe('resolution.confirm');
  expect((await c.cases()).first?.status).toBe('resolved');
});
