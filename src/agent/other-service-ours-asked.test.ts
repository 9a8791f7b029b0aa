// Blind set un25: "Hur aktiverar jag eSIM på mitt mobilabonnemang hos er? … Påverkar det mitt bredband på något
// sätt?" went to sales as "En ändring av ditt abonnemang", and "my TV box says no signal …, internet works fine.
// is it you? should i restart the router?" ran an internet diagnosis and offered a restart. Our service named
// only in a question about what the other service's change touches, or what the customer might try, is no
// problem of ours: the question goes to a colleague (routed agents) and nothing of ours is tested. A fault of
// ours told beside it still is ours.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

async function opened(lang: Language, opening: string) {
  const c = await portalChat(lang, faultWorld([]));
  const said = await c.say(opening);
  const ticket = await c.desk.tickets.get(c.ticketId);
  const timeline = await c.desk.tickets.timeline(c.ticketId);
  // The account is looked up for any request; the line, router and Wi-Fi are what an internet diagnosis tests.
  const tested = timeline.some((e) => e.type === 'finding' && e.probe !== 'account');
  return { said, ticket, tested };
}

describe('another service, with ours only asked about', () => {
  it.each([
    [
      'sv',
      'Hej, Hur aktiverar jag eSIM på mitt mobilabonnemang hos er? Har fått en ny iPhone. Påverkar det mitt bredband på något sätt? Tack på förhand Eva',
    ],
    [
      'en',
      'my TV box says no signal on SVT and TV4, internet works fine. is it you? should i restart the router?',
    ],
    ['en', 'how do i move my mobile subscription to a new phone? will it affect my broadband?'],
    ['sv', 'tv-boxen visar inga kanaler sedan igår. ska jag starta om routern?'],
    ['en', 'the tv channels are gone on our tv box. do i need to restart the router or something?'],
  ] as [Language, string][])('%s: "%s" → a colleague, nothing tested', async (lang, opening) => {
    const { ticket, tested } = await opened(lang, opening);
    expect(ticket?.queue).toBe('agents');
    expect(tested).toBe(false);
  });

  it.each([
    ['en', 'my router keeps restarting, should i restart it again? also my tv box is frozen'],
    ['sv', 'internet är nere igen och tv-boxen också. ska jag starta om routern?'],
  ] as [Language, string][])('%s: "%s" → a fault of ours, tested', async (lang, opening) => {
    const { tested } = await opened(lang, opening);
    expect(tested).toBe(true);
  });
});
