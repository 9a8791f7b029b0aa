// Role-play rp10c #7: after the new Wi-Fi password, "what about that desktop thing, is it gone?" got "a
// colleague will answer". The desk made the change itself: a device without the new password is off.
import { expect, it } from 'vitest';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const cases: Array<[string, string, string, RegExp]> = [
  [
    'en',
    'i think someone hacked my wifi, theres a DESKTOP-XJ29 i dont recognize',
    'done on my phone, the rest later. what about that desktop thing, is it gone?',
    /disconnected and cannot come back/,
  ],
  [
    'en',
    'someone is on my wifi, unknown devices in the list',
    'ok done. is the unknown device still connected?',
    /disconnected and cannot come back/,
  ],
  [
    'sv',
    'nån har hackat mitt wifi, det finns en okänd dator i listan',
    'klart på mobilen. är den okända datorn borta nu?',
    /kopplas bort och kan inte komma tillbaka|kopplas/,
  ],
];

it.each(cases)('%s: %s → "%s" is answered', async (lang, opening, question, answer) => {
  const { desk, say, yes, pin } = await chat(
    lang as 'en' | 'sv',
    faultWorld([], { canDo: ['step.rejoin_wifi'] }),
  );
  await say(`${pin}. ${opening}`);
  await say(yes);
  expect(desk.world.actionsDone()).toContain('wifi_password_change');
  const out = await say(question);
  expect(out).toMatch(answer);
  expect(out).not.toMatch(/colleague|kollega/);
});
