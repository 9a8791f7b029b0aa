// Role-play round 12 (c #2, b #5): a Wi-Fi rename asked as a second request with the name in it
// ("kan ni byta namn pa wifit till Karlsson_5G?", "my wifi name is still the default one, can you change
// it to AnnasNet while you're at it") goes straight to the permission with that name, never "what would
// you like it to be called?".
import { expect, it } from 'vitest';
import { parseWifiName } from '../triage/wifi-name.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

it.each([
  ['kan ni byta namn pa wifit till Karlsson_5G?', 'Karlsson_5G'],
  ['ändra namnet pa wifit till Karlsson_5G', 'Karlsson_5G'],
  [
    "also my wifi name is still the default one, can you change it to AnnasNet while you're at it",
    'AnnasNet',
  ],
  ['wifi-namnet är fortfarande standard, kan ni ändra det till Villa Kulla', 'Villa Kulla'],
  ['the network name is ugly, set it to Bat Cave please', 'Bat Cave'],
])('the name in "%s" is %s', (text, name) => {
  expect(parseWifiName(text)).toBe(name);
});

it('"change it to 5 GHz" without a word about the name names nothing', () => {
  expect(parseWifiName('can you change it to 5 GHz')).toBeNull();
});

it.each([
  [
    'sv',
    'ja nu syns det igen. en sak till, kan ni byta namn pa wifit till Karlsson_5G?',
    /döpa om .*”Karlsson_5G”/,
  ],
  [
    'en',
    "also my wifi name is still the default one, can you change it to AnnasNet while you're at it",
    /rename your Wi-Fi network to “AnnasNet”/,
  ],
] as const)('%s: the rename with the name at the close asks only for permission', async (lang, text, ask) => {
  const { say, pin, yes, desk } = await chat(
    lang,
    faultWorld(['wifi_radio_disabled'], { canDo: ['step.rejoin_wifi'] }),
  );
  await say(`${pin}. ${lang === 'sv' ? 'vårt wifi syns inte längre' : 'our wifi has disappeared'}`);
  await say(yes);
  if (lang === 'en') await say('yes works now');
  const out = await say(text);
  expect(out).toMatch(ask);
  expect(out).not.toMatch(
    /Vad vill du att ditt wifi-nät ska heta|What would you like your Wi-Fi network to be called/,
  );
  await say(yes);
  expect(desk.world.calls.filter((c) => c.action === 'wifi_ssid_change').map((c) => c.args?.ssid)).toContain(
    text.includes('Karlsson') ? 'Karlsson_5G' : 'AnnasNet',
  );
});

it('en: after a field handoff, "could you set it to TomsPlace while you are at it" asks only for permission', async () => {
  const { say, pin } = await chat('en', faultWorld(['docsis_power_out_of_range']));
  await say(`${pin}. my internet keeps dropping every few minutes`);
  await say('only thursday, im home all day then');
  await say('ok');
  const out = await say(
    'oh and the wifi name is still some random default thing, could you set it to TomsPlace while you are at it',
  );
  expect(out).toMatch(/rename your Wi-Fi network to “TomsPlace”/);
});
