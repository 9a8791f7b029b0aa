// A person asked for beside the customer number (rp31c #6): "200-234. kan jag inte bara få prata med en
// riktig människa istället?" is heard in the same reply — yes, and the PIN first so the colleague has the
// account — never only the PIN asked for.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { memoryDesk } from './testing/memory-desk.js';

const CUSTOMER = { customerNumber: '812634', name: 'Anna Johansson', pin: '1606' };

describe('a person asked for beside the customer number is heard', () => {
  it.each([
    [
      'sv',
      'Modemet tappar anslutningen hela tiden sen en vecka',
      '812-634. kan jag inte bara få prata med en riktig människa istället?',
    ],
    ['sv', 'internet är jättelångsamt', '812634, jag vill prata med en människa'],
    ['en', 'my internet keeps dropping all week', '812634. can I just talk to a real person instead?'],
    ['en', 'the wifi is really slow', "it's 812634 - I'd rather speak to a human"],
  ] as const)('%s: "%s" → "%s"', async (lang: Language, opening, reply) => {
    const desk = memoryDesk();
    desk.directory.add(CUSTOMER);
    const c = await desk.agent.startConversation({ channel: 'chat', language: lang });
    await desk.agent.handleMessage(c.ticketId, opening);
    const replies = await desk.agent.handleMessage(c.ticketId, reply);
    const text = replies.map((r) => r.text).join('\n');
    expect(text).toMatch(/colleague|kollega/);
    expect(replies.at(-1)?.askKey).toBe('identity.pin');
  });
});
