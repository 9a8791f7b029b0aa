// Blind set un35 (v2-un35-admin-en-1): at the permission for a new Wi-Fi key, "ok then yes, change the admin one"
// RAN wifi_password_change — a yes that names another change was taken as a yes to the one asked about. Now such a
// yes leaves this change alone; the change it names is asked for when the case has it (the factory admin password
// found on the router), and nothing runs without a yes to it.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const done = async (c: Awaited<ReturnType<typeof chat>>) =>
  (await c.desk.tickets.timeline(c.ticketId)).flatMap((e) => (e.type === 'action_done' ? [e.action] : []));

const cases: [Language, string, string, string][] = [
  ['en', 'I forgot my wifi password, can you give me a new one?', 'ok then yes, change the admin one', 'yes'],
  ['en', 'can you reset my wifi password please', 'yes — but only the admin password, please', 'ok'],
  ['sv', 'jag har glömt wifi-lösenordet, kan ni sätta ett nytt?', 'ja, byt adminlösenordet', 'ja'],
  ['sv', 'kan ni byta mitt wifi-lösenord?', 'okej ja, men bara admin-lösenordet', 'ja kör'],
];

describe('a yes that names another change than the one asked about', () => {
  for (const [lang, opening, otherYes, yes] of cases)
    it(`${lang}: "${otherYes}" at the Wi-Fi key's permission changes no Wi-Fi key`, async () => {
      const c = await chat(lang, faultWorld(['default_admin_password']));
      await c.send(opening);
      expect((await c.send(c.pin)).at(-1)?.askKey).toBe('consent.wifi_change');
      const next = await c.send(otherYes);
      expect(await done(c)).toEqual([]);
      expect(next.at(-1)?.askKey).toBe('consent.config_change');
      expect(next.map((r) => r.text).join('\n')).toMatch(/admin/i);
      await c.send(yes);
      expect(await done(c)).toEqual(['admin_password_change']);
    });

  it('en: without such a change on the case, the permission is put again and nothing runs', async () => {
    const c = await chat('en', faultWorld([]));
    await c.send('I forgot my wifi password, can you give me a new one?');
    expect((await c.send(c.pin)).at(-1)?.askKey).toBe('consent.wifi_change');
    const again = await c.send('yes, change the admin password');
    expect(await done(c)).toEqual([]);
    expect(again.at(-1)?.askKey).toBe('consent.wifi_change');
  });

  it('en: a yes that names this change too stands', async () => {
    const c = await chat('en', faultWorld(['default_admin_password']));
    await c.send('I forgot my wifi password, can you give me a new one?');
    await c.send(c.pin);
    await c.send('yes, change the wifi password');
    expect(await done(c)).toEqual(['wifi_password_change']);
  });
});
