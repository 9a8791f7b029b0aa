// Role-play round 12 (b #9): after a move-house handoff to sales, "maste jag skicka tillbaka routern eller
// tar jag med den?" got the cancellation answer (send it back or be charged). A move keeps the
// subscription and the router goes along; "funkar det med fiber där?" is acknowledged (sales checks).
import { expect, it } from 'vitest';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

it.each([
  [
    'sv',
    'hej vi ska flytta till en lägenhet i malmö 1 februari, kan jag ta med internet dit? hur gör jag',
    'funkar det med fiber där eller? adressen e Bergsgatan 12',
    'ok. måste jag skicka tillbaka routern eller tar jag med den?',
    /säljavdelning kollar vilken anslutning/,
    /följer routern med/,
  ],
  [
    'en',
    "hi, we're moving to a flat in malmo on 1 february, can i take my internet with me? how do i do it",
    'is fibre available there? the address is Bergsgatan 12',
    'ok. do i have to send the router back or do i take it with me?',
    /sales team checks which connection/,
    /router goes with you/,
  ],
] as const)(
  '%s: a move is answered as a move',
  async (lang, opening, address, router, addressAnswer, routerAnswer) => {
    const { say, pin } = await chat(lang, faultWorld([]));
    await say(opening);
    const out = [await say(`${pin}. ${address}`)];
    const after = await say(router);
    expect(out.join('\n') + after).toMatch(addressAnswer);
    expect(after).toMatch(routerAnswer);
    expect(after).not.toMatch(/charge|debiterar/);
  },
);
