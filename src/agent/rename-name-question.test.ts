// Role-play rp10a #10: "hmm maybe 'karins net'. will my tv and stuff need to reconnect?" at the name question
// gives the name and asks a question. The answer fits a rename (devices pick the new name once), and the
// name is taken, not asked for again.
import { expect, it } from 'vitest';
import { parseWifiName } from '../triage/wifi-name.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const cases: Array<[string, string, string, string, RegExp]> = [
  [
    'en',
    'i want to change the name of my wifi',
    "hmm maybe 'karins net'. will my tv and stuff need to reconnect?",
    'karins net',
    /^Yes\b[^\n]*new name/,
  ],
  [
    'en',
    'can you rename my wifi',
    'Villa Kulla! do i have to reconnect everything?',
    'Villa Kulla',
    /^Yes\b[^\n]*new name/,
  ],
  [
    'sv',
    'jag vill byta namn på wifit',
    'kanske karins nät. måste tvn ansluta igen?',
    'karins nät',
    /^Ja\b[^\n]*nya namnet/,
  ],
  [
    'sv',
    'byt namn pa mitt wifi',
    'Ankeborg. behover prylarna kopplas upp igen?',
    'Ankeborg',
    /^Ja\b[^\n]*nya namnet/,
  ],
];

it.each(cases)('%s: %s / %s at the name question', async (lang, opening, reply, name, answer) => {
  const { desk, say, yes, pin } = await chat(
    lang as 'en' | 'sv',
    faultWorld([], { canDo: ['step.rejoin_wifi'] }),
  );
  await say(`${pin}. ${opening}`);
  const out = await say(reply);
  expect(out).toMatch(answer);
  expect(out).not.toMatch(/by themselves|av sig själva/);
  expect(out).toContain(name);
  await say(yes);
  expect(desk.world.actionsDone()).toContain('wifi_ssid_change');
});

it('a first sentence that is itself a question names nothing', () => {
  expect(parseWifiName('what can it be called. any rules?', { asked: true })).toBeNull();
  expect(parseWifiName('ok. how long can it be?', { asked: true })).toBeNull();
  expect(parseWifiName('vad får det heta. finns det regler?', { asked: true })).toBeNull();
  expect(parseWifiName("hmm maybe 'karins net'. will my tv need to reconnect?", { asked: true })).toBe(
    'karins net',
  );
});
