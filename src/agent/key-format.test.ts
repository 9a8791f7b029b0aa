// Role-play rp13c #3: after a new Wi-Fi key ("wqkz-esfs-wygj-pegj"), "hur glömmer man nätverket på en
// playstation?? och är det bindestrecken med?" got the phone/PC steps and no word on the hyphens; asked
// again, "a colleague will answer" — and then the case closed. The desk made the key: yes, with the
// hyphens; the console's own menu in one line; asked again, the answer again.
import { expect, it } from 'vitest';
import { afterQuestions } from './after-questions.js';
import { topicsOf } from '../triage/topics-of.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

it.each([
  ['och är det bindestrecken med?', 'key_format'],
  ['do i type the dashes too?', 'key_format'],
  ['how do i forget the network on a ps5?', 'rejoin_playstation'],
  ['how do i connect the xbox to the new wifi?', 'rejoin_xbox'],
  ['hur ansluter man switchen till wifi?', 'rejoin_switch'],
  ['hur ansluter jag tv:n?', 'rejoin_tv'],
])('%s → %s', (q, topic) => {
  expect(topicsOf(q)).toContain(topic);
});

it('a mention of the hyphens after the close is a question about the key', () => {
  expect(afterQuestions('frågan om strecken fick jag ju inget svar på')).toContain('key_format');
});

it.each([
  [
    'sv',
    'jag har glömt wifi-lösenordet',
    'hur glömmer man nätverket på en playstation?? och är det bindestrecken med?',
    'men bindestrecken, ska de skrivas in?',
    /bindestreck/,
    /PlayStation: Inställningar → Nätverk/,
  ],
  [
    'en',
    'i forgot my wifi password',
    'how do i forget the network on an xbox? and do i type the dashes too?',
    'the dashes, do they go in?',
    /hyphens/,
    /Xbox: press the Xbox button/,
  ],
] as const)(
  '%s: the hyphens and the console are answered, asked again too',
  async (lang, opening, q1, q2, hyphens, device) => {
    const { desk, say, yes, pin } = await chat(
      lang,
      faultWorld(['wifi_password_forgotten'], { canDo: ['step.rejoin_wifi'] }),
    );
    await say(`${pin}. ${opening}`);
    await say(yes);
    expect(desk.world.actionsDone()).toContain('wifi_password_change');
    const first = await say(q1);
    expect(first).toMatch(hyphens);
    expect(first).toMatch(device);
    const again = await say(q2);
    expect(again).toMatch(hyphens);
    expect(again).not.toMatch(/kollega|colleague/);
  },
);
