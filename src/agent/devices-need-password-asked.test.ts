// Round 25 (c3): after a new admin password, "yep. wait do my smart tv and stuff need the new password now?"
// at "is everything as you wanted?" closed the case and opened a Wi-Fi password case with its permission;
// "do my devices need the ADMIN password or not" after the close offered the admin change again. A question
// whether the devices need a password is answered from what was done (they use the Wi-Fi key, which the
// case left as it was; the admin password is only for the settings page): no case, no offer, no change.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { verifiedChat } from './testing/chat.js';

const OPENING = {
  en: 'can you change the admin password on my router? its still the one on the sticker',
  sv: 'kan ni byta adminlösenordet på routern? det är fortfarande det som står på klistermärket',
};
const NO_KEY_CHANGE = /did not change|inte ändrat|stays as it is|är kvar/i;

async function changed(lang: Language) {
  const c = await verifiedChat(['default_admin_password'], lang, OPENING[lang]);
  expect(c.last.at(-1)?.askKey).toBe('consent.config_change');
  const r = await c.send(lang === 'en' ? 'yes go ahead' : 'ja kör');
  expect(r.at(-1)?.askKey).toBe('resolution.confirm');
  expect(await c.ran('admin_password_change')).toBe(true);
  return c;
}

describe('do my devices need the new password? after a new admin password', () => {
  it.each([
    ['en', 'yep. wait do my smart tv and stuff need the new password now?'],
    ['en', 'yes thanks! do my devices need the ADMIN password or not'],
    ['en', 'Do I have to type the new password on my phone and laptop? otherwise yes all good'],
    ['en', 'ok great, will the printer need the new pw?'],
    ['en', 'yes. do my phones also need the new password?'],
    ['sv', 'japp. vänta behöver tvn och mobilerna det nya lösenordet nu?'],
    ['sv', 'ja tack. måste jag skriva in det nya lösenordet i datorn?'],
    ['sv', 'ja det ser bra ut! behöver alla enheter adminlösenordet?'],
  ] as [Language, string][])('%s: "%s" → answered, no Wi-Fi key case', async (lang, message) => {
    const c = await changed(lang);
    const replies = await c.send(message);
    const said = replies.map((m) => m.text).join('\n');
    expect(said).toMatch(NO_KEY_CHANGE);
    expect(said.match(NO_KEY_CHANGE)?.length).toBe(1);
    expect(replies.some((m) => m.askKey === 'consent.wifi_change')).toBe(false);
    expect(said).not.toMatch(/May I set a new Wi-Fi password|Får jag sätta ett nytt wifi-lösenord/i);
    expect(await c.ran('wifi_password_change')).toBe(false);
    const { next } = await c.cases();
    expect(next).toBeUndefined();
  });

  it.each([
    ['en', 'do my devices need the ADMIN password or not'],
    ['en', 'wait, does the tv need the new password?'],
    ['sv', 'behöver tvn det nya lösenordet?'],
  ] as [Language, string][])(
    '%s, after the close: "%s" → answered, nothing offered',
    async (lang, message) => {
      const c = await changed(lang);
      await c.send(lang === 'en' ? 'yes thanks' : 'ja tack');
      expect((await c.cases()).first?.status).toBe('resolved');
      const replies = await c.send(message);
      const said = replies.map((m) => m.text).join('\n');
      expect(said).toMatch(NO_KEY_CHANGE);
      expect(replies.some((m) => m.askKey?.startsWith('consent.'))).toBe(false);
      expect((await c.cases()).next).toBeUndefined();
    },
  );

  it.each([
    ['en', 'does my tv need the new password?'],
    ['sv', 'behöver tvn det nya lösenordet?'],
  ] as [Language, string][])(
    '%s, at the admin permission: "%s" → no, and asked again',
    async (lang, message) => {
      const c = await verifiedChat(['default_admin_password'], lang, OPENING[lang]);
      const replies = await c.send(message);
      const said = replies.map((m) => m.text).join('\n');
      expect(said).toMatch(/stays as it is|är kvar/i);
      expect(replies.at(-1)?.askKey).toBe('consent.config_change');
      expect(await c.ran('admin_password_change')).toBe(false);
    },
  );

  it('en, beside a score: "2. you still didnt answer, do my devices need the ADMIN password or not"', async () => {
    const c = await changed('en');
    const closing = await c.send('yes thanks');
    expect(closing.at(-1)?.askKey).toBe('csat.score');
    const replies = await c.send('2. you still didnt answer, do my devices need the ADMIN password or not');
    const said = replies.map((m) => m.text).join('\n');
    expect(said).toMatch(NO_KEY_CHANGE);
    expect(replies.some((m) => m.askKey?.startsWith('consent.'))).toBe(false);
    expect((await c.cases()).next).toBeUndefined();
    expect(await c.ran('wifi_password_change')).toBe(false);
  });
});
