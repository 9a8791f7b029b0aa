// Role-play rp10c #9: "my tv box says no signal … internet seems fine tho. can you reset it or do i need to
// talk to a real person?" was told "first I will … check your connection": a question about another
// service gets no internet checks, and the "no signal" of the TV box is not an internet fault.
import { expect, it } from 'vitest';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

it.each([
  [
    'en',
    'hey my tv box says no signal on all channels since yesterday, internet seems fine tho. can you reset it or do i need to talk to a real person?',
  ],
  ['sv', 'tv-boxen säger ingen signal på alla kanaler, nätet funkar. kan jag prata med en människa?'],
])('%s: a TV question with a person asked for promises no connection check', async (lang, opening) => {
  const { say } = await chat(lang as 'en' | 'sv', faultWorld([]));
  const out = await say(opening);
  expect(out).not.toMatch(/check your connection|kontrollerar din anslutning/i);
});
