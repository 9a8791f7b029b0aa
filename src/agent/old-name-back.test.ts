// The full set on 412e68c: after a rename the desk offers to put the old network NAME back while the devices
// cannot rejoin; "oh yes please, put the old one back, I will do it at the weekend" was read as the old Wi-Fi
// PASSWORD asked back (9677f5b's restore_key) and answered "I have not changed your Wi-Fi password" six times,
// the case never ending. After a rename, "the old one" without a word for the key is the old name.
import { expect, it } from 'vitest';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

it.each([
  [
    'en',
    'rename my wifi to MillerNet please',
    'oh yes please, put the old one back, I will do it at the weekend',
  ],
  ['en', 'rename my wifi to MillerNet please', 'yes put it back the way it was for now'],
  ['sv', 'byt namn på wifit till MillerNet tack', 'ja, sätt tillbaka det gamla så länge'],
  ['sv', 'byt namn på wifit till MillerNet tack', 'ja tack, sätt tillbaka det gamla, jag gör det i helgen'],
] as const)('%s: "%s", devices cannot rejoin, "%s" puts the old name back', async (lang, opening, reply) => {
  const c = await chat(lang, faultWorld([]));
  await c.say(`${c.pin}. ${opening}`);
  await c.say(c.yes);
  await c.say(
    lang === 'sv'
      ? 'nej det kan jag inte just nu, jag är inte hemma'
      : "I can't do that, the tv and printer are too complicated",
  );
  const out = await c.say(reply);
  expect(out).not.toMatch(/not changed your Wi-Fi password|inte bytt ditt wifi-lösenord/i);
  expect(c.desk.world.calls.filter((x) => x.action === 'wifi_ssid_change')).toHaveLength(2);
});
