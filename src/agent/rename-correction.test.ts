// Issue 14, session 11 fixer U (rp13c #10): at "Shall I rename your Wi-Fi network to “Oskars Wifi 🏠”?",
// "hm but do emojis work? maybe skip it, just Oskars Wifi. will the printer find it by itself?" kept the old
// name and parked both questions, and "no, WITHOUT the emoji. just: Oskars Wifi" was read as a decline and
// handed to a person. The questions are answered, the newest name replaces the one proposed, and "no,
// <name>" is a correction — the go-ahead when it is the name proposed.
import { describe, expect, it } from 'vitest';
import { correctedName } from '../triage/name-correction.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

async function ran(c: Awaited<ReturnType<typeof chat>>) {
  const [ticket] = (await c.desk.tickets.list({})).items;
  return (await c.desk.tickets.timeline(ticket!.id)).flatMap((e) =>
    e.type === 'action_done' ? [JSON.stringify(e)] : [],
  );
}

describe('a name given at the rename permission replaces the one proposed', () => {
  for (const lang of ['en', 'sv'] as const)
    it(`${lang}: emoji and printer answered, the new name asked for, "no, <name>" renames to it`, async () => {
      const k =
        lang === 'en'
          ? {
              open: 'can you change my wifi name?',
              name: "can i use emojis? like 'Oskars Wifi 🏠'",
              ask: 'hm but do emojis work? maybe skip it, just Oskars Wifi. will the printer find it by itself?',
              emoji: /show them as boxes/,
              printer: /a printer from its own Wi-Fi menu/,
              again: /rename your Wi-Fi network to “Oskars Wifi”\?/,
              no: 'no, WITHOUT the emoji. just: Oskars Wifi',
            }
          : {
              open: 'kan ni byta namn på mitt wifi?',
              name: "funkar emojis? typ 'Oskars Wifi 🏠'",
              ask: 'hm men funkar emojis? skippa det kanske, bara Oskars Wifi. hittar skrivaren det själv?',
              emoji: /som rutor/,
              printer: /skrivare/,
              again: /”Oskars Wifi”\?/,
              no: 'nej, UTAN emojin. bara: Oskars Wifi',
            };
      const c = await chat(lang, faultWorld([]));
      await c.say(k.open);
      await c.say('100482');
      await c.say('4711');
      const first = await c.say(k.name);
      expect(first).not.toMatch(/let me look into that instead|kollar på det i stället/);
      const r = await c.say(k.ask);
      expect(r).toMatch(k.emoji);
      expect(r).toMatch(k.printer);
      expect(r).toMatch(k.again);
      expect(await ran(c)).toEqual([]);
      const done = await c.say(k.no);
      expect(done).not.toMatch(/colleague|kollega|new Wi-Fi password|nytt wifi-lösenord/);
      const actions = (await ran(c)).join();
      expect(actions).toMatch(/wifi_ssid_change/);
      expect(done).not.toMatch(/🏠/);
      expect(actions).not.toMatch(/wifi_password_change/);
    });

  it.each([
    ['maybe skip it, just Oskars Wifi. will the printer find it?', 'Oskars Wifi'],
    ['no, WITHOUT the emoji', 'Oskars Wifi'],
    ['make it Oskars Net instead', 'Oskars Net'],
    ['nej, döp det till Berg hemma istället', 'Berg hemma'],
    ['just do it', null],
    ['i just wanted to ask something', null],
    // Asked about, not given (v2-rp2a-wifi-rename-sv-8 looped on "namnet" as the new name).
    ['ja. fast blir det snabbare om det heter 5G haha? eller är det bara namnet', null],
    ['or is it just the name?', null],
  ])('"%s" → %s', (text, name) => expect(correctedName(text, 'Oskars Wifi 🏠')).toBe(name));
});
