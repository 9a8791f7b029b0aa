// A diagnosis that throws is not dropped (issue 20, silent catches): the case goes on without a cause,
// and the failure is kept on the ticket as an internal note for the people who take it over.
import { describe, expect, it, vi } from 'vitest';
import { converse, faultWorld, memoryDesk } from '../agent/testing/memory-desk.js';

const CUSTOMER = { customerNumber: '204001', name: 'Mia Ek', pin: '8385' };
const ANSWERS = { 'identity.customer_number': '204001', 'identity.pin': '8385', 'consent.*': 'yes' };

describe('a diagnosis that fails', () => {
  it('is noted on the ticket with its error', async () => {
    const desk = memoryDesk({ world: faultWorld(['cpe_hung']) });
    vi.spyOn(desk.world.diagnostics, 'diagnose').mockImplementation(() => {
      throw new Error('rule table out of step');
    });
    const res = await converse(desk, {
      customer: CUSTOMER,
      language: 'en',
      opening: 'the internet does not work at all',
      answers: ANSWERS,
    });
    const notes = (await desk.tickets.timeline(res.ticketId))
      .filter((e) => e.type === 'note' && e.internal)
      .map((e) => (e as { text: string }).text);
    expect(notes).toContain('diagnosis failed: Error: rule table out of step');
  });
});
