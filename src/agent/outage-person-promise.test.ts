// Round 31 (rp31a #8): a customer in an area outage who asked for a person was told "I will write to you here as
// soon as it is fixed", but the case is with the support team and not linked to the incident, so nobody would.
// With a team on the case, the expected time is told without that promise.
import { describe, expect, it } from 'vitest';
import { converse, faultWorld, memoryDesk } from './testing/memory-desk.js';

const KARIN = { customerNumber: '100482', name: 'Karin Lind', pin: '4711' };
const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

describe('an outage case with a person promises no message when it is fixed', () => {
  it.each([
    [
      'en',
      'internet is down since lunch. is it on your side? I want to talk to a real person please',
      'and 16:00 today, is that a promise?',
      /as soon as it is fixed|will write to you here/,
    ],
    [
      'sv',
      'internet är nere sen lunch. är det fel hos er? jag vill prata med en riktig människa',
      'och 16:00 idag, är det ett löfte?',
      /så fort det är (klart|åtgärdat)|skriver till dig här/,
    ],
  ] as const)('%s', async (language, opening, after, promise) => {
    const world = faultWorld(['area_outage']);
    const desk = memoryDesk({ world });
    const inc = await desk.incidents.create({
      areas: ['SE-STO-TEST'],
      kind: 'fiber_cut',
      title: 'Fibre cut in Bromma',
      etaAt: '2026-11-25T15:00:00Z',
    });
    world.incident = { id: inc.id, reference: inc.reference, etaAt: inc.etaAt };
    const res = await converse(desk, {
      customer: KARIN,
      language,
      opening,
      answers: { 'identity.customer_number': KARIN.customerNumber, 'identity.pin': KARIN.pin },
    });
    const ticket = await desk.tickets.get(res.ticketId);
    expect(ticket?.incidentId ?? null).toBeNull();
    const r = await desk.agent.handleMessage(res.ticketId, after);
    expect(words(r)).not.toMatch(promise);
  });
});
