// Role-play round 30 (c #10, security worry by e-mail): "Yes, go ahead, I'll help him put the new password into the
// iPad and mum's phone. But what about that 'Microsoft' phone call" at the new Wi-Fi key's permission RENAMED the
// network to "s phone" (an apostrophe read as a quotation mark, "phone call" read as a rename word), and "please
// change the name back to Karlsson" was then refused three times. A Wi-Fi name is only taken from a rename asked
// for; a name asked back where nothing was renamed renames nothing — the customer is told the name is unchanged.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { parseWifiName } from '../triage/wifi-name.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

describe('no Wi-Fi name from words that ask for no rename', () => {
  it.each([
    "Yes, go ahead, I'll help him put the new password into the iPad and mum's phone.\n\nBut what about that 'Microsoft' phone call - is that something to worry about?",
    "ok, dad's laptop and the kids' tablets need it then. the wifi is 'fine' otherwise",
    "ja kör, jag lägger in det i mammas telefon. men det där 'Microsoft'-samtalet då?",
    "Hang on, why did you rename the network to 's phone'??",
    'varför döpte ni om nätverket till ”Kalle”?',
  ])('%j names no network', (text) => {
    expect(parseWifiName(text)).toBeNull();
  });

  it.each([
    ['kan wifit heta “Ankeborg” istället?', 'Ankeborg'],
    ["rename my wifi to 'Villa Kulla' please", 'Villa Kulla'],
    ["why did you rename it? please call it 'Karlsson' again", 'Karlsson'],
  ])('%j still names %j', (text, name) => {
    expect(parseWifiName(text)).toBe(name);
  });
});

const done = async (c: Awaited<ReturnType<typeof chat>>) =>
  (await c.desk.tickets.timeline(c.ticketId)).flatMap((e) => (e.type === 'action_done' ? [e.action] : []));

const cases: [Language, string, string, string, RegExp][] = [
  [
    'en',
    "I think someone has hacked my router, the wifi switched itself off and a 'Microsoft' guy phoned my dad",
    "Yes, go ahead, I'll help him put the new password into the iPad and mum's phone. But what about that 'Microsoft' phone call?",
    'Please put the network name back to Karlsson, dad will be lost otherwise.',
    /not changed your Wi-Fi network’s name/,
  ],
  [
    'sv',
    'jag tror någon har hackat routern, wifit stängdes av och en "Microsoft" ringde pappa',
    "ja kör, jag lägger in det i mammas telefon och pappa's ipad. men det där 'Microsoft'-samtalet?",
    'Byt tillbaka namnet till Karlsson, tack.',
    /inte bytt namn på ditt wifi-nätverk/,
  ],
];

describe('a security lock-down renames nothing nobody asked for', () => {
  for (const [lang, opening, yes, back, told] of cases)
    it(`${lang}: the key changed, no rename, and the name asked back is told unchanged`, async () => {
      const c = await chat(lang, faultWorld([]));
      await c.send(opening);
      expect((await c.send(c.pin)).at(-1)?.askKey).toBe('consent.wifi_change');
      await c.send(yes);
      expect(await done(c)).toEqual(['wifi_password_change']);
      const out = (await c.send(back)).map((r) => r.text).join('\n');
      expect(out).toMatch(told);
      expect(await done(c)).not.toContain('wifi_ssid_change');
      await c.send(c.yes);
      await c.send(c.yes);
      expect(await done(c)).not.toContain('wifi_ssid_change');
    });
});
