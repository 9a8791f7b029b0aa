// The security case asks for two changes (a new Wi-Fi key, a new admin password). "skip the wifi one …
// can you just do the other thing" declines the first and asks for the second: the second is asked and
// run, never everything dropped. "… lose wifi right? hold on" is answered truthfully (every device joins
// again) and the permission is left open, not put again straight after "hold on".
import { describe, expect, it } from 'vitest';
import { portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const SOPHIE = { customerNumber: '200388', name: 'Sophie Murphy', pin: '0000' };

const actions = async (c: Awaited<ReturnType<typeof portalChat>>) =>
  (await c.desk.tickets.timeline(c.ticketId)).flatMap((e) => (e.type === 'action_done' ? [e.action] : []));

const OPEN = {
  en: "hi, i think someone is using my wifi?? the internet is weird and i see a device i don't recognise in the app",
  sv: 'hej, jag tror någon använder mitt wifi?? internet är konstigt och jag ser en okänd enhet i appen',
};

describe('security case: one change declined, the other asked for', () => {
  it.each([
    [
      'en',
      'ok no. skip the wifi one, the printer is a nightmare to set up again. can you just do the other thing',
    ],
    ['en', 'no, leave the wifi password alone. but do the other one'],
    ['en', 'nah not the wifi. just the admin password pls'],
    ['en', 'dont change the wifi key, the printer... only the router admin one'],
    ['sv', 'nej hoppa över wifi-lösenordet, skrivaren är ett helvete att ställa in. gör bara det andra'],
    ['sv', 'nej inte wifit. men admin-lösenordet får du byta'],
    ['sv', 'nä låt wifi vara, kör bara den andra grejen'],
  ] as const)('%s "%s": the admin password is asked and run, then security', async (lang, text) => {
    const c = await portalChat(lang, faultWorld([]), SOPHIE);
    await c.asks(OPEN[lang], 'consent.wifi_change');
    const r = await c.send(text);
    expect(r.at(-1)?.askKey).toBe('consent.config_change');
    await c.send(c.yes);
    expect(await actions(c)).toEqual(['admin_password_change']);
    const ticket = await c.desk.tickets.get(c.ticketId);
    expect(ticket?.status).toBe('escalated');
    expect(ticket?.queue).toBe('security');
  });

  it('a plain no to the Wi-Fi key still changes nothing', async () => {
    const c = await portalChat('en', faultWorld([]), SOPHIE);
    await c.asks(OPEN.en, 'consent.wifi_change');
    await c.send('no, dont change anything');
    expect(await actions(c)).toEqual([]);
  });

  it.each([
    ['en', 'wait. wait. if you change it my kids ipads and the printer lose wifi right? hold on'],
    ['en', 'hang on, so the printer drops off the wifi? give me a sec'],
    ['sv', 'vänta, tappar barnens ipads och skrivaren wifi då? vänta lite'],
  ] as const)(
    '%s "%s": every device joins again, and the permission is not put straight back',
    async (lang, text) => {
      const c = await portalChat(lang, faultWorld([]), SOPHIE);
      const first = await c.asks(OPEN[lang], 'consent.wifi_change');
      const asked = first.at(-1)!.text;
      const r = await c.send(text);
      const said = r.map((m) => m.text).join(' ');
      expect(said).not.toMatch(/Nothing else is affected|Inget annat påverkas/);
      expect(said).toMatch(
        lang === 'en' ? /every device|each device|all your devices/i : /varje enhet|alla enheter|var och en/i,
      );
      // Not the permission question word for word right after "hold on".
      expect(said).not.toContain(asked.slice(asked.lastIndexOf('.', asked.length - 2) + 1).trim());
      expect(await actions(c)).toEqual([]);
      // The permission is still open: a yes now sets the key.
      await c.send(c.yes);
      expect((await actions(c))[0]).toBe('wifi_password_change');
    },
  );
});
