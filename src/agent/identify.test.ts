// Identity with the customers' own words from issue 14: numbers with punctuation, a PIN volunteered
// in the opening message (used, never asked again, masked), identity written to the ticket, the
// first name only after verification, and a non-customer asked for a number at most once.
import { describe, expect, it } from 'vitest';
import { faultWorld, memoryDesk } from './testing/memory-desk.js';

const SARA = { customerNumber: '200276', name: 'Sara Svensson', pin: '5557' };
const EMMA = { customerNumber: '200101', name: 'Emma Berg', pin: '5747' };
const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

describe('identification', () => {
  it('"200276, Sara Svensson" and "PIN-koden är 5557." verify; the ticket gets the customer and service at once', async () => {
    const desk = memoryDesk({ world: faultWorld(['cpe_hung']) });
    desk.directory.add(SARA);
    const c = await desk.agent.startConversation({ channel: 'chat', language: 'sv' });
    await desk.agent.handleMessage(c.ticketId, 'internet har slutat fungera');
    const pinAsk = await desk.agent.handleMessage(c.ticketId, '200276, Sara Svensson');
    expect(pinAsk.at(-1)?.askKey).toBe('identity.pin');
    expect(words(pinAsk)).not.toContain('Sara');
    expect((await desk.tickets.get(c.ticketId))?.customerId).toBeNull();
    const r = await desk.agent.handleMessage(c.ticketId, 'PIN-koden är 5557.');
    expect(words(r)).toMatch(/Sara, nu är du verifierad|Sara.*verifierad/);
    const ticket = await desk.tickets.get(c.ticketId);
    expect(ticket?.customerId).toBe('cust-200276');
    expect(ticket?.serviceId).toBe('svc-200276');
  });

  it('a PIN volunteered in the opening message is used, never asked for, and masked on the timeline and transcript', async () => {
    const desk = memoryDesk({ world: faultWorld(['cpe_hung']) });
    desk.directory.add(EMMA);
    const c = await desk.agent.startConversation({ channel: 'chat', language: 'sv' });
    const r = await desk.agent.handleMessage(
      c.ticketId,
      'hej, internet funkar inte. mitt kundnummer är 200101 och pinkod 5747',
    );
    expect(r.some((x) => x.askKey === 'identity.pin')).toBe(false);
    expect(r.at(-1)?.askKey).toBe('consent.reboot');
    expect((await desk.tickets.get(c.ticketId))?.customerId).toBe('cust-200101');
    expect(JSON.stringify(await desk.tickets.timeline(c.ticketId))).not.toContain('5747');
    expect(JSON.stringify(await desk.agent.messages(c.ticketId))).not.toContain('5747');
  });

  it('a non-customer is asked for a customer number once and routed to sales', async () => {
    const desk = memoryDesk({ world: faultWorld([]) });
    const c = await desk.agent.startConversation({ channel: 'chat', language: 'en' });
    const first = await desk.agent.handleMessage(
      c.ticketId,
      'hi, what does your fibre cost? we want internet in our new flat',
    );
    const asked = first.filter((x) => x.askKey === 'identity.customer_number').length;
    const end = await desk.agent.handleMessage(c.ticketId, "I don't have one, I'm not a customer yet");
    expect(asked + end.filter((x) => x.askKey === 'identity.customer_number').length).toBeLessThanOrEqual(1);
    expect((await desk.tickets.get(c.ticketId))?.queue).toBe('sales');
  });
});
