// Role-play rp10c #5: "is my router old, should i get a new one" (at the confirm, and in the opening) was
// never answered. The desk knows: it froze, a restart fixed it, no hardware fault; replace only if it recurs.
import { expect, it } from 'vitest';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const cases: Array<[string, string, string, RegExp]> = [
  [
    'en',
    'no internet since this morning',
    'yep works. but you didnt answer, is my router too old? should i get a new one so this doesnt happen again',
    /No need for a new one[^\n]*restart fixed it/,
  ],
  [
    'en',
    'the internet is completely dead',
    'works now. should i replace my router?',
    /No need for a new one/,
  ],
  [
    'sv',
    'internet funkar inte alls sedan i morse',
    'ja funkar. men är routern för gammal? behöver jag köpa en ny?',
    /Du behöver ingen ny[^\n]*omstarten/,
  ],
];

it.each(cases)('%s: %s → "%s" is answered', async (lang, opening, question, answer) => {
  const { send, say, yes, pin } = await chat(lang as 'en' | 'sv', faultWorld(['cpe_hung']));
  const replies = [...(await send(`${pin}. ${opening}`))];
  for (let i = 0; i < 4 && replies.at(-1)?.askKey !== 'resolution.confirm'; i++)
    replies.push(...(await send(yes)));
  expect(replies.at(-1)?.askKey).toBe('resolution.confirm');
  expect(await say(question)).toMatch(answer);
});
