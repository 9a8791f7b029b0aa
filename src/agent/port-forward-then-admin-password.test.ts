// Blind set un31 (v2-un31-portforward-en-2): "can you open port 3074 for my xbox?" on a router whose admin password
// is still the factory default. The forward was made and "does it work now?" asked at once; the desk never offered
// the admin password it had found, the customer (truthfully, the router still unsafe) said no, and the case went to
// second line. A request carried out has the router's other weakness offered before "does it work now?", which then
// asks about both; a question at that offer is answered and the offer put again; a no keeps the password.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const done = async (c: Awaited<ReturnType<typeof chat>>) =>
  (await c.desk.tickets.timeline(c.ticketId)).flatMap((e) => (e.type === 'action_done' ? [e.action] : []));

const cases: [Language, string, string, string, string][] = [
  [
    'en',
    'hi can you open port 3074 for my xbox? NAT type says strict',
    '3074, both udp and tcp. the xbox is 192.168.1.23',
    'wait what does that change? will my wifi password change too?',
    'ok fine, yes',
  ],
  [
    'sv',
    'hej, kan ni öppna port 8080 till min kamera?',
    'kameran har 192.168.1.64',
    'vänta, vad ändras då? byts wifi-lösenordet också?',
    'okej, ja',
  ],
];

describe('a port forward on a router with the factory admin password', () => {
  for (const [lang, opening, rule, question, yes] of cases)
    it(`${lang}: the admin password offered after the forward, then "does it work?"`, async () => {
      const c = await chat(lang, faultWorld(['default_admin_password']));
      await c.send(opening);
      await c.send(c.pin);
      expect((await c.send(rule)).at(-1)?.askKey).toBe('consent.config_change');
      const offer = await c.send(c.yes);
      expect(await done(c)).toEqual(['port_forward_add']);
      expect(offer.at(-1)?.askKey).toBe('consent.config_change');
      expect(offer.map((r) => r.text).join('\n')).toMatch(/admin/i);
      const again = await c.send(question);
      expect(again.at(-1)?.askKey).toBe('consent.config_change');
      expect(await done(c)).toEqual(['port_forward_add']);
      expect((await c.send(yes)).at(-1)?.askKey).toBe('resolution.confirm');
      expect(await done(c)).toEqual(['port_forward_add', 'admin_password_change']);
      await c.send(lang === 'sv' ? 'ja, det funkar' : 'yes it works');
      expect((await c.cases()).first?.status).toBe('resolved');
    });

  it('en: a no to the offer keeps the password and still asks whether the forward works', async () => {
    const c = await chat('en', faultWorld(['default_admin_password']));
    await c.send('please forward tcp port 25565 to 192.168.1.20');
    await c.send(c.pin);
    const offer = await c.send('yes');
    expect(offer.at(-1)?.askKey).toBe('consent.config_change');
    expect((await c.send('no thanks, leave it')).at(-1)?.askKey).toBe('resolution.confirm');
    expect(await done(c)).toEqual(['port_forward_add']);
  });
});
