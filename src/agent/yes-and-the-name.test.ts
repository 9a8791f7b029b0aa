// Round 25 (b8): at "May I set a new Wi-Fi password?", "Yes, go ahead. And the name?" (the customer had asked
// how to change the network name) was read as "not the password — the name": no key was set, a rename of
// "something more personal" was offered and the case closed as a rename. The yes in its own sentence is the
// yes to the new key; the name is only asked about.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { verifiedChat } from './testing/chat.js';

describe('a yes to the new key, with the name asked about', () => {
  it.each([
    [
      'en',
      'I forgot my wifi password. Could you also tell me how I can change the network name?',
      'Yes, go ahead. And the name?',
    ],
    [
      'sv',
      'jag har glömt wifi lösenordet. hur byter man namn på nätverket förresten?',
      'ja kör. och namnet då?',
    ],
  ] as [Language, string, string][])('%s: "%s" → the key is set', async (lang, opening, yes) => {
    const c = await verifiedChat(['wifi_password_forgotten'], lang, opening, ['step.rejoin_wifi']);
    expect(c.last.at(-1)?.askKey).toBe('consent.wifi_change');
    const said = (await c.send(yes)).map((m) => m.text).join('\n');
    expect(await c.ran('wifi_password_change')).toBe(true);
    expect(await c.ran('wifi_ssid_change')).toBe(false);
    expect(said).not.toMatch(/misunderstood|missförstod/i);
  });
});
