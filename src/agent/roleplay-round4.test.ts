// Wrong turns left after the fourth role-play round (issue 14), in the customers' own words.
import { describe, expect, it } from 'vitest';
import { faultWorld, identified, memoryDesk, type MemoryDesk } from './testing/memory-desk.js';

const ELIN = { customerNumber: '700101', name: 'Elin Berg', pin: '3141' };
const said = (r: { text: string }[]) => r.map((x) => x.text).join(' ');
const resolutions = async (desk: MemoryDesk, ticketId: string) =>
  (await desk.tickets.timeline(ticketId)).filter((e) => e.type === 'resolution');

/** A refund is answered in words and goes to billing as a case of its own; all the tickets. */
async function refundCase(desk: MemoryDesk, r: { text: string }[]) {
  expect(said(r)).toMatch(/avdrag på fakturan/);
  const all = (await desk.tickets.list({ limit: 10 })).items;
  expect(all.some((t) => t.queue === 'billing')).toBe(true);
  return all;
}

describe('fourth role-play round', () => {
  it('a TV question with the customer number is passed on without demanding a PIN', async () => {
    const desk = memoryDesk({ world: faultWorld([]) });
    desk.directory.add(ELIN);
    const c = await desk.agent.startConversation({ channel: 'chat', language: 'en' });
    const r = await desk.agent.handleMessage(
      c.ticketId,
      'hi, my tv box says no signal on some channels, 700101',
    );
    expect(r.some((x) => x.askKey === 'identity.pin')).toBe(false);
    const [res] = await resolutions(desk, c.ticketId);
    expect(res?.type === 'resolution' && [res.outcome, res.queue]).toEqual(['routed', 'agents']);
  });

  it('a refund asked for after a closed case opens a linked billing case; the closed case stays closed', async () => {
    const desk = memoryDesk({ world: faultWorld(['cpe_hung']) });
    const { ticketId } = await identified(desk, ELIN, 'sv', 'internet funkar inte');
    await desk.agent.handleMessage(ticketId, 'ja');
    await desk.agent.handleMessage(ticketId, 'ja');
    await desk.agent.handleMessage(ticketId, '5');
    const r = await desk.agent.handleMessage(
      ticketId,
      'får jag kompensation för att det inte funkat sen i måndags?',
    );
    const all = await refundCase(desk, r);
    expect(all.find((t) => t.id === ticketId)?.status).toBe('resolved');
  });

  it('"how long? and do I get money back?" after a field handoff answers both and gives billing its own case', async () => {
    const desk = memoryDesk({ world: faultWorld(['fiber_los']) });
    const { ticketId } = await identified(desk, ELIN, 'sv', 'inget internet, det lyser rött på fiberboxen');
    await desk.agent.handleMessage(ticketId, 'efter 17 på vardagar');
    const r = await desk.agent.handleMessage(
      ticketId,
      'ok. hur länge dröjer det innan teknikern kommer? och får jag tillbaka pengar för dagarna utan internet?',
    );
    const all = await refundCase(desk, r);
    expect(all.find((t) => t.id === ticketId)?.queue).toBe('field');
  });

  it('thanks for what was done, after the close, gets a short close and opens nothing', async () => {
    const desk = memoryDesk({ world: faultWorld(['cpe_hung']) });
    const { ticketId } = await identified(desk, ELIN, 'en', 'internet is down');
    await desk.agent.handleMessage(ticketId, 'yes');
    await desk.agent.handleMessage(ticketId, 'yes');
    const r = await desk.agent.handleMessage(ticketId, 'thanks for the help with the router restart');
    expect(said(r)).toMatch(/You are welcome/);
    expect((await desk.tickets.list({ limit: 10 })).items).toHaveLength(1);
  });
});
