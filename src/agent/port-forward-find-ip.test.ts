// Round 21 (b10): at the port forward for a son's Minecraft server, "hmm how do I find that? maybe
// 192.168.1.50? that's what the laptop says I think, not sure" got the permission question with the
// question ignored; "wait how do I check it's the right one?" got "try what did not work before"; "No I mean
// how do I find the IP address of the laptop that runs the server" became a sales case; "Is it safe to
// have that port open??" after the forward got a general "I only change what I described". How to find a
// device's address is told in plain steps (no case for it), and the open port's risk is answered.
import { expect, it } from 'vitest';
import { portForwardDesk } from './testing/port-forward-desk.js';

const said = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

it.each([
  ['en', "hmm how do I find that? maybe 192.168.1.50? that's what the laptop says I think, not sure"],
  ['en', 'how do i even find it on the laptop? might be 192.168.1.50'],
  ['sv', 'hur hittar jag den? kanske 192.168.1.50, det står så på datorn tror jag'],
] as const)('%s: "%s" — told how to find it, then asked for permission', async (lang, text) => {
  const opening =
    lang === 'en'
      ? 'Hi! I need to open port 25565 on the router for my sons minecraft server on his laptop'
      : 'hej, behöver öppna port 25565 för sonens minecraftserver på hans laptop';
  const d = await portForwardDesk(lang, opening);
  const r = await d.send(text);
  expect(said(r)).toMatch(/Windows|IPv4|ipconfig/);
  expect(r.at(-1)?.askKey).toBe('consent.config_change');
});

it.each([
  ['en', "wait how do I check it's the right one? I don't want to open something on the wrong computer"],
  ['en', 'No I mean how do I find the IP address of the laptop that runs the server'],
  ['sv', 'vänta, hur kollar jag att det är rätt dator?'],
  ['sv', 'nej jag menar, hur hittar jag ip-adressen på laptopen?'],
] as const)('%s: "%s" at the permission — how to find it, no case opened', async (lang, text) => {
  const opening =
    lang === 'en'
      ? 'Hi! I need to open port 25565 on the router for my sons minecraft server on his laptop'
      : 'hej, behöver öppna port 25565 för sonens minecraftserver på hans laptop';
  const d = await portForwardDesk(lang, opening);
  const ask = await d.send(lang === 'en' ? 'maybe 192.168.1.50' : 'kanske 192.168.1.50');
  expect(ask.at(-1)?.askKey).toBe('consent.config_change');
  const r = await d.send(text);
  expect(said(r)).toMatch(/192\.168\.1\.|IPv4|ipconfig/);
  expect(said(r)).not.toMatch(/sales|sälj|second-line|andralinje|web pages|webbsidor/i);
  expect(r.at(-1)?.askKey).toBe('consent.config_change');
  expect((await d.tickets.list({ limit: 10 })).items.length).toBe(1);
});

it.each([
  ['en', 'You didnt answer me. Is it safe to have that port open??'],
  ['sv', 'är det säkert att ha den porten öppen?'],
] as const)('%s: "%s" after the forward — the open port’s risk', async (lang, text) => {
  const opening =
    lang === 'en'
      ? 'Hi! I need to open port 25565 on the router for my sons minecraft server on his laptop'
      : 'hej, behöver öppna port 25565 för sonens minecraftserver på hans laptop';
  const d = await portForwardDesk(lang, opening);
  await d.send('192.168.1.50');
  const done = await d.send(lang === 'en' ? 'yes' : 'ja');
  expect(done.at(-1)?.askKey).toBe('resolution.confirm');
  await d.send(lang === 'en' ? 'yes works' : 'ja det funkar');
  const r = said(await d.send(text));
  expect(r).toMatch(lang === 'en' ? /that one device/ : /just den enheten/);
  expect(r).not.toMatch(/only change what I have described|ändrar bara det jag har beskrivit/);
});
