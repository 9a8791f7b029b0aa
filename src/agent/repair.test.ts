// Conversation repair with the customers' own words from issue 14: a question back is answered and
// the same question put again, a hedge gets one clarification, a correction undoes what it corrects.
import { describe, expect, it } from 'vitest';
import { countRepair, decideRepair } from './repair.js';
import {
  faultWorld,
  identified as openVerified,
  memoryDesk,
  type MemoryDesk,
} from './testing/memory-desk.js';

const SARA = { customerNumber: '200276', name: 'Sara Svensson', pin: '5557', access: 'dsl' as const };

const identified = (desk: MemoryDesk, language: 'sv' | 'en', opening: string) =>
  openVerified(desk, SARA, language, opening);

const say = (desk: MemoryDesk, ticketId: string, text: string) => desk.agent.handleMessage(ticketId, text);
const lastAsk = (r: { askKey: string | null }[]) => r.at(-1)?.askKey ?? null;
const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

describe('a question back is answered and the same question is put again', () => {
  it('"vilken kabel? det sitter fem bakom tv:n" explains the cable and asks for the step again; no technician', async () => {
    const world = faultWorld(['dsl_low_snr'], { splitter: true, canDo: ['step.check_cables'] });
    const desk = memoryDesk({ world });
    const c = await identified(desk, 'sv', 'internet är jättesegt och hackar hela tiden');
    expect(lastAsk(c.replies)).toBe('step.check_cables');
    const r = await say(desk, c.ticketId, 'vilken kabel? det sitter fem bakom tv:n');
    expect(lastAsk(r)).toBe('step.check_cables');
    expect(words(r)).toMatch(/telejacket/);
    expect(await desk.tickets.escalations(c.ticketId)).toHaveLength(0);
    world.performStep('step.check_cables');
    const done = await say(desk, c.ticketId, 'klart');
    expect(lastAsk(done)).toBe('resolution.confirm');
  });

  it('"hur vet jag att det är fixat?" to "does it work now?" is answered, not taken as "still broken"', async () => {
    const world = faultWorld(['dns_misconfigured']);
    const desk = memoryDesk({ world });
    const c = await identified(desk, 'sv', 'vissa sidor laddar inte men andra fungerar');
    await say(desk, c.ticketId, 'ja');
    const r = await say(desk, c.ticketId, 'det vet jag ju inte än… hur vet jag att det är fixat?');
    expect(lastAsk(r)).toBe('resolution.confirm');
    expect(words(r)).not.toMatch(/Tråkigt att det fortfarande/);
    expect(await desk.tickets.escalations(c.ticketId)).toHaveLength(0);
    const end = await say(desk, c.ticketId, 'ja nu funkar det');
    expect(end.some((x) => x.final)).toBe(true);
    expect((await desk.tickets.get(c.ticketId))?.status).toBe('resolved');
  });

  it('"what is DNS?", "why do you need my PIN?" and "will I lose my settings?" get answers and the same ask again', async () => {
    const desk = memoryDesk({ world: faultWorld(['cpe_hung']) });
    desk.directory.add(SARA);
    const c = await desk.agent.startConversation({ channel: 'chat', language: 'en' });
    await say(desk, c.ticketId, 'my internet stopped working');
    await say(desk, c.ticketId, SARA.customerNumber);
    const why = await say(desk, c.ticketId, 'why do you need my PIN?');
    expect(lastAsk(why)).toBe('identity.pin');
    expect(words(why)).toMatch(/account holder/);
    const consent = await say(desk, c.ticketId, SARA.pin);
    expect(lastAsk(consent)).toBe('consent.reboot');
    const lose = await say(desk, c.ticketId, 'will I lose my settings?');
    expect(lastAsk(lose)).toBe('consent.reboot');
    expect(words(lose)).toMatch(/keeps all your settings/);
    expect(desk.world.actionsDone()).toEqual([]);

    const desk2 = memoryDesk({ world: faultWorld(['dns_misconfigured']) });
    const d = await identified(desk2, 'en', "some websites won't load but others work");
    expect(lastAsk(d.replies)).toBe('consent.config_change');
    const dns = await say(desk2, d.ticketId, 'what is DNS?');
    expect(lastAsk(dns)).toBe('consent.config_change');
    expect(words(dns)).toMatch(/address book/);
  });
});

describe('hedges and corrections', () => {
  it('"maybe" to a consent question gets one clarification; a second hedge is never consent (and never a no)', async () => {
    const world = faultWorld(['cpe_hung']);
    const desk = memoryDesk({ world });
    const c = await identified(desk, 'en', 'internet stopped working');
    expect(lastAsk(c.replies)).toBe('consent.reboot');
    const first = await say(desk, c.ticketId, 'maybe');
    expect(lastAsk(first)).toBe('consent.reboot');
    expect(words(first)).toMatch(/your choice/);
    await say(desk, c.ticketId, 'I guess, not sure');
    expect(world.actionsDone()).toEqual([]);
    expect(desk.audit.entries.some((e) => e.action === 'consent.given')).toBe(false);
  });

  it('"nej vänta, ingen tekniker" is never saved as availability and undoes what led to the booking', async () => {
    const world = faultWorld(['cable_unplugged']);
    const desk = memoryDesk({ world });
    const c = await identified(desk, 'sv', 'inget internet alls sedan i morse');
    expect(lastAsk(c.replies)).toBe('step.check_cables');
    const booked = await say(desk, c.ticketId, 'det kan jag inte');
    expect(lastAsk(booked)).toBe('contact.availability');
    const r = await say(desk, c.ticketId, 'nej vänta, ingen tekniker');
    expect(lastAsk(r)).toBe('step.check_cables');
    expect(await desk.tickets.escalations(c.ticketId)).toHaveLength(0);
    const state = await desk.agent.engine.get(c.ticketId);
    expect(state?.facts.availability).toBeUndefined();
  });
});

describe('repair limits', () => {
  it('a correction with nothing to undo, said again ("I told you the internet works, it\'s the TV box"), is taken as it stands', () => {
    const first = decideRepair({ act: 'correction' }, 'step.power_cycle', null, null);
    expect(first.kind).toBe('undo');
    const after = countRepair(null, 'step.power_cycle', first);
    expect(decideRepair({ act: 'correction' }, 'step.power_cycle', after, null).kind).toBe('answer');
  });
});
