// un27 (account_change-en-3): "fiber hisingen?" was asked for a customer number, "none" got the same
// question again and the reply stayed Swedish for an English writer. Asking whether we deliver at a place is
// someone not a customer yet (sales at once, no number asked); "none" to the number question is no number
// (sales, never asked again); one sure English word after an opening that leaned nowhere is followed.
import { describe, expect, it } from 'vitest';
import { memoryDesk } from './testing/memory-desk.js';

async function open(opening: string, language?: 'sv' | 'en') {
  const desk = memoryDesk();
  const c = await desk.agent.startConversation({ channel: 'chat', ...(language ? { language } : {}) });
  const first = await desk.agent.handleMessage(c.ticketId, opening);
  return { desk, id: c.ticketId, first };
}

describe('a would-be customer asking whether we deliver', () => {
  it.each(['fiber hisingen?', 'can i get fiber in hisingen?', 'finns det fiber i Kista?'])(
    '"%s": routed to sales at once, no customer number asked',
    async (opening) => {
      const { desk, id, first } = await open(opening);
      expect(first.map((r) => r.askKey)).not.toContain('identity.customer_number');
      const ticket = await desk.tickets.get(id);
      expect(ticket?.queue).toBe('sales');
    },
  );

  it.each([
    ['en', "what's the price of your fastest plan"],
    ['sv', 'vad kostar era abonnemang för fiber'],
  ] as const)(
    '%s "%s", then "none" to the number question: sales, never asked again',
    async (lang, opening) => {
      const { desk, id, first } = await open(opening, lang);
      expect(first.at(-1)?.askKey).toBe('identity.customer_number');
      const next = await desk.agent.handleMessage(id, lang === 'sv' ? 'inget' : 'none');
      expect(next.map((r) => r.askKey)).not.toContain('identity.customer_number');
      expect((await desk.tickets.get(id))?.queue).toBe('sales');
    },
  );

  it('one sure English word after an opening that leaned nowhere is answered in English', async () => {
    const { desk, id } = await open('fiber hisingen?');
    const next = await desk.agent.handleMessage(id, 'price?');
    expect(next.map((r) => r.text).join('\n')).toMatch(/price|sales/i);
    expect(next.map((r) => r.text).join('\n')).not.toMatch(/priset|säljavdelning/i);
  });
});
