// Round 25 (c8): someone who is not a customer asked "can i keep my current router or do i have to use
// yours?" and was told "When you move the subscription, the router goes with you" — a mover's answer to
// someone with no subscription to move. For a non-customer the honest answer is whether an own router can be
// used (sales decides, per address), never what a customer who moves does with ours.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { memoryDesk } from './testing/memory-desk.js';

const MOVERS = /router goes with you|routern följer med|take it along|ta med den/i;
const OWN = /use your own|använda (?:en|er|din) egen/i;

async function say(desk: ReturnType<typeof memoryDesk>, id: string, text: string) {
  return (await desk.agent.handleMessage(id, text)).map((m) => m.text).join('\n');
}

describe('a non-customer asks about their own router', () => {
  it.each([
    [
      'en',
      "hi, i'm moving to Sundbyberg in january, can i get fiber from you guys? how much is it",
      "i'm not a customer yet",
      'great thanks. oh and can i keep my current router or do i have to use yours?',
    ],
    [
      'en',
      "hi, i'm not a customer yet but we're moving to solna and want fibre. what does 250 mbit cost?",
      null,
      'can i use the router i already have from my old provider?',
    ],
    [
      'en',
      "we are moving to kista next month and would like to sign up for broadband with you, we're not customers",
      null,
      'Do I have to use your router or can I keep my asus?',
    ],
    [
      'sv',
      'hej, vi flyttar till kista i januari och vill skaffa bredband hos er. vad kostar 500 mbit?',
      'jag är inte kund än',
      'kan jag behålla min nuvarande router eller måste jag ha er?',
    ],
    [
      'sv',
      'hej jag är inte kund hos er men vill beställa fiber till min nya lägenhet i solna',
      null,
      'får jag ta med min gamla router från telia?',
    ],
  ] as [Language, string, string | null, string][])(
    '%s: "%s" … "%s" → own router: sales decides, no mover answer',
    async (lang, opening, notCustomer, question) => {
      const desk = memoryDesk();
      const c = await desk.agent.startConversation({ channel: 'chat', language: lang });
      await say(desk, c.ticketId, opening);
      if (notCustomer) await say(desk, c.ticketId, notCustomer);
      const said = await say(desk, c.ticketId, question);
      expect(said).not.toMatch(MOVERS);
      expect(said).toMatch(OWN);
      expect(said.match(new RegExp(OWN.source, 'gi'))?.length).toBe(1);
    },
  );
});
