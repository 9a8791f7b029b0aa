// Round 23 (b9): "i dont know the ip lol. its my gaming pc, on cable" at "Which device should it go to? I need
// its IP address …" got the same question again word for word; only "bro i said i dont know it. how do i find
// it" got the steps. "I don't know" to an ask for a value is answered with how to find it (or the desk finds it
// in the router's list of connected devices) — never the same question again.
import { expect, it } from 'vitest';
import { portForwardDesk } from './testing/port-forward-desk.js';

const said = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

const OPENING = {
  en: 'can u open port 25565 for my minecraft server',
  sv: 'kan ni öppna port 25565 för min minecraftserver',
};

it.each([
  ['en', 'i dont know the ip lol. its my gaming pc, on cable'],
  ['en', 'no idea what the ip is'],
  ['en', "idk, it's the pc in my room"],
  ['en', "I don't know it"],
  ['en', 'not sure tbh'],
  ['sv', 'vet inte ip-adressen, det är min gamingdator'],
  ['sv', 'ingen aning vad den har för ip'],
  ['sv', 'vet inte'],
  ['sv', 'har ingen koll på det, det är datorn på mitt rum'],
] as const)(
  '%s: "%s" at the device address — how to find it, never the same question again',
  async (lang, text) => {
    const d = await portForwardDesk(lang, OPENING[lang]);
    const asked = said(d.portAsk);
    expect(d.portAsk.at(-1)?.askKey).toBe('config.port_forward');
    const r = await d.send(text);
    const reply = said(r);
    // The steps to find it: ipconfig on Windows, the settings on a console or phone, or the router's list.
    expect(reply).toMatch(/ipconfig|IPv4|network settings|nätverksinställningar/);
    // The question as it was put is not put again word for word.
    const lastAsk = asked.split('\n').at(-1)!;
    expect(reply.split('\n').at(-1)).not.toBe(lastAsk);
    expect(reply).not.toMatch(/can.t answer|kan inte svara/i);
  },
);
