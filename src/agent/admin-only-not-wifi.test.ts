// Role-play round 30 (c #3, default admin password, en portal): at the admin password's permission "will my laptop
// and phones get kicked off the wifi if you change it?" got "nothing disconnects" AND the lock-down's "off your
// Wi-Fi, yes"; "I don't want the wifi password changed, just the admin one" closed the case as declined; "do I need
// to log into the router with it now?" got "can't answer from here". Own devices asked about are no intruder; a
// reply that refuses only another change and asks for this one is a yes; whether to log in now is answered.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const done = async (c: Awaited<ReturnType<typeof chat>>) =>
  (await c.desk.tickets.timeline(c.ticketId)).flatMap((e) => (e.type === 'action_done' ? [e.action] : []));

// Swedish (f23): "inte wifi-lösenordet, bara adminlösenordet" is the yes to the admin password alone; "måste jag logga
// in på routern nu?" after the change was triaged as a login problem, taken as a new topic and offered a temporary
// portal password — it is answered (no, only to change a setting), whatever the classifier makes of it.
const cases: [Language, string, string, string, string | null, RegExp][] = [
  [
    'en',
    'can you change the admin password on my router?',
    'will my laptop and phones get kicked off the wifi if you change it?',
    "I don't want the wifi password changed, just the admin one",
    'thanks. do I need to log into the router with it now or anything?',
    /you do not need to do anything with it now/,
  ],
  [
    'sv',
    'kan ni byta adminlösenordet på routern?',
    'kommer min dator och mina mobiler att kastas ut från wifit om ni byter det?',
    'inte wifi-lösenordet, bara adminlösenordet',
    'tack. måste jag logga in på routern nu?',
    /du behöver inte göra något med det nu/,
  ],
];

describe('the admin password alone', () => {
  for (const [lang, opening, kicked, onlyThis, login, answered] of cases)
    it(`${lang}: own devices, "just the admin one" and "must I log in now?"`, async () => {
      const c = await chat(lang, faultWorld(['default_admin_password']));
      await c.send(opening);
      expect((await c.send(c.pin)).at(-1)?.askKey).toBe('consent.config_change');
      const told = (await c.send(kicked)).map((r) => r.text).join('\n');
      expect(told).not.toMatch(/Off your Wi-Fi, yes|security team|säkerhets/i);
      await c.send(onlyThis);
      expect(await done(c)).toEqual(['admin_password_change']);
      if (!login) return;
      const out = (await c.send(login)).map((r) => r.text).join('\n');
      expect(out).toMatch(answered);
      expect(out).not.toMatch(
        /tillfälligt lösenord|temporary password|i stället|instead|fortfarande inte|still isn/i,
      );
    });

  it('en: "no, don\'t change the admin password" is still a no', async () => {
    const c = await chat('en', faultWorld(['default_admin_password']));
    await c.send('can you change the admin password on my router?');
    await c.send(c.pin);
    await c.send("no, don't change the admin password after all");
    expect(await done(c)).toEqual([]);
  });
});
