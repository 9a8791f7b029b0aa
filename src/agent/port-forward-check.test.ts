// Round 25 (a10, en portal): a Minecraft port forward — port 25565 in the opening, then "can't you just do it
// for me? the pc is 192.168.1.50, tcp" — was done, but at "does it work now?" both "idk my friend has to try
// joining" and "how do i check the port is open myself?" got "Open a web page…" (twice, word for word). The
// port given anywhere is kept, and the check for a port forward fits a port forward: from outside, with the
// server running (a friend joins, an online port checker), said differently when asked again.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const WEB_PAGE = /Open a web page|Öppna en webbsida|open a few web pages/i;
const OUTSIDE = /port checker|portkontroll/i;

async function forwarded(lang: Language, opening: string, device: string) {
  const c = await portalChat(lang, faultWorld([]));
  await c.send(opening);
  const ask = await c.send(device);
  const said = ask.map((m) => m.text).join('\n');
  expect(ask.at(-1)?.askKey).toMatch(/^consent\./);
  expect(said).toMatch(/25565|3074|32400/);
  expect(said).not.toMatch(/Which port|Vilken port/i);
  const done = await c.send(c.yes);
  expect(done.at(-1)?.askKey).toBe('resolution.confirm');
  return c;
}

describe('how to check a port forward', () => {
  it.each([
    [
      'en',
      'Hi, I need to open a port for my Minecraft server, port 25565. How do I do that?',
      "not really, can't you just do it for me? the pc is 192.168.1.50, tcp",
      "idk my friend has to try joining, he's not online now",
      "the internet works fine lol that wasn't the problem. how do i check the port is open myself?",
    ],
    [
      'en',
      'can you open port 3074 for my xbox please',
      'its 192.168.1.23',
      'how do i know if it worked?',
      'ok but how can i test the port myself?',
    ],
    [
      'sv',
      'hej kan ni öppna port 32400 till min plexserver?',
      'den har 192.168.1.40, tcp',
      'vet inte än, hur kollar jag att porten är öppen?',
      'men hur testar jag det själv då?',
    ],
  ] as [Language, string, string, string, string][])(
    '%s: "%s" → at the confirm, a check from outside, never a web page',
    async (lang, opening, device, first, second) => {
      const c = await forwarded(lang, opening, device);
      const one = await c.send(first);
      const a = one.map((m) => m.text).join('\n');
      expect(a).not.toMatch(WEB_PAGE);
      expect(a).toMatch(OUTSIDE);
      expect(a.match(new RegExp(OUTSIDE.source, 'gi'))?.length).toBe(1);
      const two = await c.send(second);
      const b = two.map((m) => m.text).join('\n');
      expect(b).not.toMatch(WEB_PAGE);
      expect(b).toMatch(OUTSIDE);
      expect(b.split('\n\n')[0]).not.toBe(a.split('\n\n')[0]);
      expect(c.desk.world.calls.filter((x) => x.action === 'port_forward_add')).toHaveLength(1);
    },
  );

  it.each([
    ['en', 'Hi, I need to open a port for my Minecraft server, port 25565. How do I do that?'],
    ['en', 'can you forward udp 51820 to my wireguard box'],
    ['sv', 'kan ni öppna 32400 mot min plexserver?'],
  ] as [Language, string][])(
    '%s: "%s" → no line test announced for a settings request',
    async (lang, opening) => {
      const c = await portalChat(lang, faultWorld([]));
      const said = await c.say(opening);
      expect(said).not.toMatch(/testing your line|testar din linje/i);
    },
  );
});
