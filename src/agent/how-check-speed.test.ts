// Role-play rp10c #2: at "does it work now?" in a speed case, "hur vet jag om det är fixat" got "open a web
// page" — the check for no connection at all. A speed problem is checked with a speed test near the router.
import { expect, it } from 'vitest';
import { howToCheckFor } from './how-check.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

it.each([
  ['speed_wifi_limited', 'hur vet jag om det är fixat'],
  ['speed_line_degraded', 'how do i know its fixed'],
  ['speed_wifi_limited', ''],
])('%s: "%s" is checked with a speed test', (cause, text) => {
  expect(howToCheckFor(cause, { text })).toBe('confirm.how_check.speed_test');
});

it('sv: a speed case asked "hur vet jag om det är fixat" at the confirm is told to run a speed test', async () => {
  const { send, say, yes, pin } = await chat('sv', faultWorld(['speed_wifi_limited']));
  const replies = [...(await send(`${pin}. jag betalar för 500 mbit men får typ 40 på bredbandskollen`))];
  for (let i = 0; i < 5 && replies.at(-1)?.askKey !== 'resolution.confirm'; i++)
    replies.push(...(await send(replies.at(-1)?.askKey === 'wifi.location' ? 'i köket' : yes)));
  expect(replies.at(-1)?.askKey).toBe('resolution.confirm');
  const out = await say('vet inte?? hur vet jag om det är fixat');
  expect(out).toMatch(/hastighetstest/);
  expect(out).not.toMatch(/Öppna en webbsida/);
});
