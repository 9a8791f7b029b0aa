// Role-play round 26 (a #10, b #10): at and after a port forward, "will that make my pc unsafe or anything?"
// got "That one I can't answer from here", "is my ip address going to change? he needs something to connect
// to" got the PC's LAN address and a DHCP reservation, and "do i need to do anything else?" after the forward
// got "can't answer". A Tier-1 technician answers each: only that port to that device (keep it updated); the
// public address is dynamic (a dynamic-DNS name avoids that); nothing more on the router, the PC's firewall and
// a test from outside.
import { describe, expect, it } from 'vitest';
import { portForwardDesk } from './testing/port-forward-desk.js';

const CANT = /can’t answer|cannot answer|kan jag inte svara/i;
const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');
const OPENING = {
  en: 'can you open port 25565 to 192.168.1.50 for my minecraft server',
  sv: 'kan ni öppna port 25565 till 192.168.1.50 för min minecraftserver',
} as const;

async function atConsent(lang: 'sv' | 'en') {
  const d = await portForwardDesk(lang, OPENING[lang]);
  expect(d.portAsk.at(-1)?.askKey).toBe('consent.config_change');
  return d;
}

async function forwarded(lang: 'sv' | 'en') {
  const d = await atConsent(lang);
  const r = await d.send(lang === 'sv' ? 'ja' : 'yes');
  expect(r.at(-1)?.askKey).toBe('resolution.confirm');
  expect(d.world.actionsDone()).toEqual(['port_forward_add']);
  return d;
}

describe('is it unsafe, asked at the permission (a #10)', () => {
  it.each([
    ['en', 'yes. will that make my pc unsafe or anything?'],
    ['en', 'wait, does that leave my computer vulnerable?'],
    ['sv', 'blir datorn osäker då?'],
  ] as const)('%s: "%s" → that port to that device only, keep it updated', async (lang, text) => {
    const d = await atConsent(lang);
    const said = words(await d.send(text));
    expect(said).not.toMatch(CANT);
    expect(said).toMatch(lang === 'sv' ? /den enda enheten|just den enheten|den enheten/ : /that one device/);
    expect(said).toMatch(lang === 'sv' ? /uppdater/ : /up to date|updated/);
  });
});

it('en: the same yes beside the same worry, once answered, is the permission (the answer not said twice)', async () => {
  const d = await atConsent('en');
  const again = 'yes. will that make my pc unsafe or anything?';
  expect((await d.send(again)).at(-1)?.askKey).toBe('consent.config_change');
  const r = await d.send(again);
  expect(r.at(-1)?.askKey).toBe('resolution.confirm');
  expect(words(r)).not.toMatch(/that one device/);
  expect(d.world.actionsDone()).toEqual(['port_forward_add']);
});

describe('will my IP change, asked about the address the friend types (a #10)', () => {
  it.each([
    ['en', 'also is my ip address going to change? he needs something to connect to'],
    ['en', 'does my ip change or is it static?'],
    ['sv', 'kommer min ip ändras? kompisen måste ju ha något att ansluta till'],
  ] as const)('%s: "%s" → the public address: dynamic, a dynamic-DNS name', async (lang, text) => {
    const d = await forwarded(lang);
    const said = words(await d.send(text));
    expect(said).toMatch(lang === 'sv' ? /publika adress/ : /public address/);
    expect(said).toMatch(/dynamisk|dynamic/);
    expect(said).toMatch(/DNS/);
    expect(said).not.toMatch(/DHCP/);
  });

  it('en: "will it break if the pc gets a new address?" is still the device’s address', async () => {
    const d = await forwarded('en');
    expect(words(await d.send('will it break if the pc gets a new address?'))).toMatch(/DHCP reservation/);
  });
});

describe('anything else to do once the forward is in place (b #10)', () => {
  it.each([
    ['en', "he says he'll try it later, maybe. do i need to do anything else?"],
    ['sv', 'han testar sen kanske. behöver jag göra något mer?'],
  ] as const)('%s: "%s" → nothing on the router; the firewall; test from outside', async (lang, text) => {
    const d = await forwarded(lang);
    const said = words(await d.send(text));
    expect(said).not.toMatch(CANT);
    expect(said).toMatch(lang === 'sv' ? /Inget mer på routern/ : /Nothing more on the router/);
    expect(said).toMatch(lang === 'sv' ? /brandvägg/ : /firewall/);
    expect(said).toMatch(lang === 'sv' ? /utifrån/ : /from outside/);
  });
});
