// Wrong turns during a case from the fifth role-play round (issue 14), in the customers' own words.
import { describe, expect, it } from 'vitest';
import { faultWorld, memoryDesk, type MemoryDesk } from './testing/memory-desk.js';

const KARIN = { customerNumber: '700171', name: 'Karin Öst', pin: '4667' };
const said = (r: { text: string }[]) => r.map((x) => x.text).join(' ');
const resolutions = async (desk: MemoryDesk, ticketId: string) =>
  (await desk.tickets.timeline(ticketId)).filter((e) => e.type === 'resolution');

describe('identity during the case', () => {
  it('"I don\'t remember the PIN" after a wrong PIN is told where the PIN is, and the right PIN then unlocks', async () => {
    const desk = memoryDesk({ world: faultWorld(['portal_account_locked']) });
    desk.directory.add(KARIN);
    const c = await desk.agent.startConversation({ channel: 'chat', language: 'sv' });
    await desk.agent.handleMessage(
      c.ticketId,
      'jag kommer inte in på mina sidor, det står att kontot är låst',
    );
    await desk.agent.handleMessage(c.ticketId, '700171 karin öst');
    await desk.agent.handleMessage(c.ticketId, '4676');
    const help = await desk.agent.handleMessage(
      c.ticketId,
      'minns inte.. pinkoden står väl på mina sidor men dit kommer jag ju inte in',
    );
    expect(said(help)).toMatch(/välkomstbrev/);
    expect(said(help)).not.toMatch(/Mina sidor/i);
    expect(said(help)).not.toMatch(/låst/);
    expect(help.at(-1)?.askKey).toBe('identity.pin');
    const pin = await desk.agent.handleMessage(c.ticketId, 'vänta jag hittade välkomstbrevet, pin 4667');
    if (pin.at(-1)?.askKey) await desk.agent.handleMessage(c.ticketId, 'ja');
    const [res] = await resolutions(desk, c.ticketId);
    expect(res?.type === 'resolution' && res.outcome).toBe('resolved');
  });

  it('a caller refused without a PIN is not told to log in to My Pages, nor what is wrong with the account', async () => {
    const desk = memoryDesk({ world: faultWorld(['portal_account_locked']) });
    desk.directory.add(KARIN);
    const c = await desk.agent.startConversation({ channel: 'chat', language: 'en' });
    await desk.agent.handleMessage(c.ticketId, "i can't log in to my pages, it says my account is locked");
    await desk.agent.handleMessage(c.ticketId, '700171');
    await desk.agent.handleMessage(c.ticketId, "i don't remember it");
    const r = await desk.agent.handleMessage(c.ticketId, 'no, I do not have one');
    const [res] = await resolutions(desk, c.ticketId);
    expect(res?.type === 'resolution' && res.outcome).toBe('refused');
    expect(said(r)).toMatch(/welcome letter/);
    expect(said(r)).not.toMatch(/(sign|log) ?in to My Pages/i);
    expect(said(r)).not.toMatch(/locked after/i);
  });
});

describe('an area outage asked about without a customer number', () => {
  async function limhamn(desk: MemoryDesk) {
    return desk.incidents.create({
      areas: ['SE-MMO-LIMHAMN'],
      kind: 'fiber_cut',
      title: 'Fibre cut in Limhamn',
      etaAt: '2026-11-25T15:00:00Z',
    });
  }

  it('is told the known outage of the area named, with its ETA, and informed without a number; no person, no third ask', async () => {
    const desk = memoryDesk({ world: faultWorld([]) });
    const inc = await limhamn(desk);
    const c = await desk.agent.startConversation({ channel: 'chat', language: 'en' });
    await desk.agent.handleMessage(
      c.ticketId,
      'is something wrong on your end?? no internet here since an hour',
    );
    const told = await desk.agent.handleMessage(
      c.ticketId,
      'i dont have the invoice here. ingrid dahl, fiber in limhamn',
    );
    expect(said(told)).toMatch(/Fibre cut in Limhamn/);
    expect(said(told)).toMatch(/\d\d:\d\d/);
    const r = await desk.agent.handleMessage(
      c.ticketId,
      'cant you just check if there is an outage in limhamn?',
    );
    const [res] = await resolutions(desk, c.ticketId);
    expect(res?.type === 'resolution' && [res.outcome, res.queue]).toEqual(['outage_informed', null]);
    expect((await desk.tickets.get(c.ticketId))?.incidentId).toBe(inc.id);
    expect(r.some((x) => x.askKey === 'identity.customer_number')).toBe(false);
  });

  it('the number given after the outage was told links the case as usual (Swedish)', async () => {
    const world = faultWorld(['area_outage']);
    const desk = memoryDesk({ world });
    const inc = await limhamn(desk);
    world.incident = { id: inc.id, reference: inc.reference, etaAt: inc.etaAt };
    desk.directory.add({ ...KARIN, area: 'SE-MMO-LIMHAMN' });
    const c = await desk.agent.startConversation({ channel: 'chat', language: 'sv' });
    await desk.agent.handleMessage(c.ticketId, 'inget internet i limhamn, är det fel hos er?');
    const told = await desk.agent.handleMessage(c.ticketId, 'har inte fakturan här');
    expect(said(told)).toMatch(/känd störning/);
    await desk.agent.handleMessage(c.ticketId, 'ok hittade det, 700171');
    await desk.agent.handleMessage(c.ticketId, KARIN.pin);
    const [res] = await resolutions(desk, c.ticketId);
    expect(res?.type === 'resolution' && res.outcome).toBe('outage_informed');
    expect((await desk.tickets.get(c.ticketId))?.customerId).toBeTruthy();
  });
});
