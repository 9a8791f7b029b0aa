// Role-play rp10a #4: after the admin password change, "how do i log in to the router then? where do i type
// it" got "a colleague will answer". The desk knows: a browser, 192.168.1.1, user admin, the new password.
import { expect, it } from 'vitest';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const cases: Array<[string, string, string]> = [
  [
    'en',
    'i want to change my router admin password',
    'how do i log in to the router then? where do i type it',
  ],
  [
    'en',
    'change the admin password on my router please',
    'ok and how do I get into the router settings page?',
  ],
  ['sv', 'jag vill byta adminlösenordet på routern', 'hur loggar jag in pa routern da?'],
  ['sv', 'byt admin lösenordet på routern', 'okej, var skriver jag in adminlösenordet?'],
];

it.each(cases)('%s: %s → %s is answered from what the desk knows', async (lang, opening, question) => {
  const { desk, say, yes, pin } = await chat(
    lang as 'en' | 'sv',
    faultWorld([], { canDo: ['step.rejoin_wifi'] }),
  );
  await say(`${pin}. ${opening}`);
  await say(yes);
  expect(desk.world.actionsDone()).toContain('admin_password_change');
  const out = await say(question);
  expect(out).toMatch(/192\.168\.1\.1/);
  expect(out).toMatch(/admin/);
  expect(out).not.toMatch(/colleague|kollega/);
});
