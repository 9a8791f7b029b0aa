// rp10c #9: "my tv box says no signal … can you reset it or do i need to talk to a real person?" got a
// customer number and PIN, internet tests on the timeline, a handoff as "talking to a person", and later
// "Nothing I can see points to your router" although nothing had been looked at. A person asked for about
// another service is that service's colleague: passed on at once with the question, no identification,
// no internet check; a fault of ours named beside it is still checked first.
import { describe, expect, it } from 'vitest';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const OPENINGS: ['en' | 'sv', string][] = [
  [
    'en',
    'hey my tv box says no signal on all channels since yesterday, internet seems fine tho. can you reset it or do i need to talk to a real person?',
  ],
  ['sv', 'tv-boxen säger ingen signal på alla kanaler sen igår. kan jag få prata med en riktig människa?'],
  ['en', 'my mobile has had no data since this morning, just put me through to a human please'],
];

describe('a person asked for about TV or mobile', () => {
  it.each(OPENINGS)('%s: "%s" is passed on at once, with nothing of ours tested', async (lang, opening) => {
    const { desk, send, say } = await chat(lang, faultWorld([]));
    const replies = await send(opening);
    expect(replies.map((r) => r.askKey)).not.toContain('identity.customer_number');
    expect(replies.map((r) => r.askKey)).not.toContain('identity.pin');
    const words = replies.map((r) => r.text).join('\n');
    expect(words).not.toMatch(
      /check your connection|kontrollerar din anslutning|testar din linje|testing your line/i,
    );
    const [ticket] = (await desk.tickets.list({ limit: 5 })).items;
    expect(ticket.queue).toBe('agents');
    expect(ticket.disposition).toBe('routed.agents');
    const timeline = await desk.tickets.timeline(ticket.id);
    expect(timeline.filter((e) => e.type === 'finding')).toEqual([]);
    const after = await say(
      lang === 'sv'
        ? 'finns det nåt jag kan prova själv, dra ur boxen?'
        : 'is there anything i can try, like unplugging it?',
    );
    expect(after).not.toMatch(/Nothing I can see|Inget jag ser/);
    expect(after).toMatch(/30 (seconds|sekunder)/);
  });

  it('a fault of ours beside it is still checked before the handoff', async () => {
    const { send } = await chat('en', faultWorld([]));
    const replies = await send(
      'the tv box has no signal and my internet is down too, i want to talk to a person',
    );
    expect(replies.map((r) => r.askKey)).toContain('identity.customer_number');
  });
});
