// Round 26 (b3): "can you change the admin password on my router? and also what is the admin page address, is it
// 192.168.0.1?" got the admin password explained and the customer number asked for; the address was answered
// only when the customer complained after the close. The desk knows it (192.168.1.1): said in the first reply,
// and the change still asked for.
import { expect, it } from 'vitest';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

it.each([
  [
    'en',
    'can you change the admin password on my router? and also what is the admin page address, is it 192.168.0.1?',
  ],
  ['en', 'please set a new admin password on the router. btw which ip does the router have?'],
  ['sv', 'kan ni byta adminlösenordet på routern? och vad är adressen till routern, är det 192.168.0.1?'],
  ['sv', 'jag vill byta admin-lösenordet. vilken ip har routern förresten?'],
] as const)('%s: %s → the address at once, then the change', async (lang, opening) => {
  const c = await chat(lang, faultWorld(['default_admin_password']));
  const first = await c.say(opening);
  expect(first).toMatch(/192\.168\.1\.1/);
  expect(first).not.toMatch(/colleague|kollega|antecknat|noted/i);
  await c.say(c.pin);
  await c.say(c.yes);
  expect(c.desk.world.actionsDone()).toContain('admin_password_change');
});
