// Wrong turns during a case from the fifth role-play round (issue 14), in the customers' own words.
import { describe, expect, it } from 'vitest';
import type { StepKey } from '../domain/index.js';
import { faultWorld, identified, memoryDesk, type MemoryDesk } from './testing/memory-desk.js';

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
    expect(said(help)).not.toMatch(/Mina sidor|kundportalen/i);
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
    expect(said(r)).not.toMatch(/(sign|log) ?in to (My Pages|the customer portal)/i);
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
    expect(said(told)).toMatch(/fibre cut in Limhamn/);
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

describe('"does it work now?" answered with a question or a but', () => {
  const ELIN = { customerNumber: '700101', name: 'Elin Berg', pin: '3141' };

  /** Runs an identified case until "does it work now?" is asked, answering every step and consent. */
  async function untilConfirm(desk: MemoryDesk, lang: 'sv' | 'en', opening: string) {
    const c = await identified(desk, ELIN, lang, opening);
    let last = c.replies;
    for (let i = 0; i < 8 && last.at(-1)?.askKey !== 'resolution.confirm'; i++) {
      const ask = last.at(-1)?.askKey ?? '';
      const done = ask.startsWith('step.') && desk.world.performStep(ask as StepKey) === 'done';
      last = await desk.agent.handleMessage(c.ticketId, done ? 'klart' : lang === 'sv' ? 'ja' : 'yes');
    }
    expect(last.at(-1)?.askKey).toBe('resolution.confirm');
    return c.ticketId;
  }

  it('"hur vet jag det? tvn funkar iaf" is told how to check and asked again, not closed', async () => {
    const desk = memoryDesk({ world: faultWorld(['cable_unplugged'], { canDo: ['step.check_cables'] }) });
    const ticketId = await untilConfirm(desk, 'sv', 'inget internet efter att jag städat bakom tv:n');
    const r = await desk.agent.handleMessage(ticketId, 'hur vet jag det? tvn funkar iaf');
    expect(said(r)).toMatch(/webbsida i mobilen eller datorn/);
    expect(r.at(-1)?.askKey).toBe('resolution.confirm');
    expect(await resolutions(desk, ticketId)).toHaveLength(0);
    await desk.agent.handleMessage(ticketId, 'ja nu laddar aftonbladet');
    const [res] = await resolutions(desk, ticketId);
    expect(res?.type === 'resolution' && res.outcome).toBe('resolved');
  });

  it('"how would I know? it only drops a few times a day" after a fix for drops: watch it for a day, write again with the reference', async () => {
    const desk = memoryDesk({ world: faultWorld(['firmware_bug_drops']) });
    const ticketId = await untilConfirm(desk, 'en', 'my internet drops a few times a day');
    const ticket = await desk.tickets.get(ticketId);
    const r = await desk.agent.handleMessage(ticketId, 'how would i know? it only drops a few times a day');
    expect(said(r)).toMatch(/for a day/);
    expect(said(r)).toContain(ticket!.reference);
    expect(r.at(-1)?.askKey).toBe('resolution.confirm');
    expect(await resolutions(desk, ticketId)).toHaveLength(0);
  });

  it('"yes but I need it in the bedroom… so what\'s the fix?" is answered (router out of the closet, mesh) and not closed', async () => {
    const desk = memoryDesk({ world: faultWorld(['wifi_weak_signal'], { canDo: ['step.move_closer'] }) });
    const ticketId = await untilConfirm(desk, 'en', 'the wifi is really weak in the bedroom');
    const r = await desk.agent.handleMessage(
      ticketId,
      'yes but i need it in the bedroom, not in the hallway. so whats the fix?',
    );
    expect(said(r)).toMatch(/mesh/);
    expect(r.at(-1)?.askKey).toBe('resolution.confirm');
    expect(await resolutions(desk, ticketId)).toHaveLength(0);
  });

  it('"yes it works now" still closes at once; "better now. what if it is slow again tonight?" is answered and closes', async () => {
    const desk = memoryDesk({ world: faultWorld(['cable_unplugged'], { canDo: ['step.check_cables'] }) });
    const ticketId = await untilConfirm(desk, 'en', 'no internet since this morning');
    const r1 = await desk.agent.handleMessage(
      ticketId,
      'yes its working. how do i know it wont happen again?',
    );
    expect(said(r1)).toContain('If it happens again');
    expect(await resolutions(desk, ticketId)).toHaveLength(1);
    const desk2 = memoryDesk({ world: faultWorld(['wifi_channel_congestion']) });
    const t2 = await untilConfirm(desk2, 'sv', 'wifi är jättesegt på kvällarna');
    const r = await desk2.agent.handleMessage(
      t2,
      'ja det känns snabbare nu iaf. om det är segt ikväll igen då?',
    );
    expect(said(r)).toMatch(/ikväll är det riktiga provet/);
    const [res] = await resolutions(desk2, t2);
    expect(res?.type === 'resolution' && res.outcome).toBe('resolved');
  });
});

describe('triage of the line in the customer’s words', () => {
  const LUCAS = { customerNumber: '700220', name: 'Lucas Khan', pin: '2718' };

  it('"the line drops whenever someone picks up the landline phone" asks for the PIN, not whether they want a person', async () => {
    const desk = memoryDesk({ world: faultWorld(['dsl_low_snr'], { splitter: true }) });
    desk.directory.add(LUCAS);
    const c = await desk.agent.startConversation({ channel: 'chat', language: 'en' });
    const r = await desk.agent.handleMessage(
      c.ticketId,
      'the line drops whenever someone picks up the landline phone. customer nr 700220',
    );
    expect(r.at(-1)?.askKey).toBe('identity.pin');
  });

  it('"betalar för 250 men får typ 20" is not followed by "you also mentioned your invoice"', async () => {
    const desk = memoryDesk({ world: faultWorld(['speed_line_degraded']) });
    const c = await identified(
      desk,
      LUCAS,
      'sv',
      'hastigheten är jättelåg även med kabel. betalar för 250 men får typ 20',
    );
    const all = [...c.replies];
    for (let i = 0; i < 6 && all.at(-1)?.askKey; i++)
      all.push(...(await desk.agent.handleMessage(c.ticketId, 'ja')));
    expect(await resolutions(desk, c.ticketId)).toHaveLength(1);
    expect(said(all)).not.toMatch(/faktura/);
  });
});

describe('questions about the step in hand', () => {
  const ANNA = { customerNumber: '700227', name: 'Anna Lind', pin: '5151' };

  it('"vad är en splitter? ingen aning" to the cable step is told what a splitter is, then the step again', async () => {
    const desk = memoryDesk({ world: faultWorld(['dsl_low_snr'], { splitter: true }) });
    const c = await identified(desk, ANNA, 'sv', 'nätet är instabilt och bryts hela tiden');
    expect(c.replies.at(-1)?.askKey).toBe('step.check_cables');
    const r = await desk.agent.handleMessage(c.ticketId, 'vad är en splitter? ingen aning');
    expect(said(r)).toMatch(/liten dosa i telefonjacket/);
    expect(r.at(-1)?.askKey).toBe('step.check_cables');
  });

  it('"the router is inside a closet, does that matter?" beside "I can\'t move my bed" is answered: take it out, high and central', async () => {
    const desk = memoryDesk({ world: faultWorld(['wifi_weak_signal']) });
    const c = await identified(desk, ANNA, 'en', 'the wifi is really weak in the bedroom');
    expect(c.replies.at(-1)?.askKey).toBe('step.move_closer');
    const r = await desk.agent.handleMessage(
      c.ticketId,
      'i cant really move my bed lol. the router is inside a closet in the hallway, does that matter?',
    );
    expect(said(r)).toMatch(/closet or cupboard dampens/);
    expect(r.at(-1)?.askKey).toBe('step.move_closer');
  });

  it('"vad är dns? blir nåt annat påverkat" at the DNS consent answers both: what DNS is, and that nothing else changes', async () => {
    const desk = memoryDesk({ world: faultWorld(['dns_misconfigured']) });
    const c = await identified(desk, ANNA, 'sv', 'server not found på alla sidor');
    expect(c.replies.at(-1)?.askKey).toMatch(/^consent\./);
    const r = await desk.agent.handleMessage(c.ticketId, 'vad är dns? blir nåt annat påverkat');
    expect(said(r)).toMatch(/Wifi-namn, lösenord och enheter är som förut/);
    expect(r.at(-1)?.askKey).toMatch(/^consent\./);
  });
});

describe('a second request inside the confirming message', () => {
  const LUCAS = { customerNumber: '700136', name: 'Lucas Khan', pin: '8080' };

  const renamedTo = async (desk: MemoryDesk, ticketId: string) =>
    (await desk.tickets.timeline(ticketId))
      .filter((e) => e.type === 'action_requested' && e.action === 'wifi_ssid_change')
      .map((e) => (e.type === 'action_requested' ? e.args?.ssid : null));

  it('"i already said, LucasNet" to "what should it be called?" becomes LucasNet, never the sentence', async () => {
    const desk = memoryDesk({ world: faultWorld([]) });
    const c = await identified(desk, LUCAS, 'en', 'i want to rename my wifi network');
    expect(c.replies.at(-1)?.askKey).toBe('config.wifi_name');
    const r = await desk.agent.handleMessage(c.ticketId, 'i already said, LucasNet');
    expect(said(r)).toContain('“LucasNet”');
    await desk.agent.handleMessage(c.ticketId, 'yes');
    expect(await renamedTo(desk, c.ticketId)).toEqual(['LucasNet']);
  });
});

describe('a person asked for in the opening, beside a fault', () => {
  const NILS = { customerNumber: '700157', name: 'Nils Ek', pin: '1357' };

  it('is acknowledged at once, and the fault is checked before the handoff so the colleague has findings', async () => {
    const desk = memoryDesk({ world: faultWorld(['speed_wifi_limited']) });
    desk.directory.add(NILS);
    const c = await desk.agent.startConversation({ channel: 'chat', language: 'en' });
    const first = await desk.agent.handleMessage(
      c.ticketId,
      'i pay for 500 but only get 40 mbit. this is ridiculous, can i talk to a real person',
    );
    expect(said(first)).toMatch(/pass you to a colleague\. First I will find your account and check/);
    await desk.agent.handleMessage(c.ticketId, '700157');
    await desk.agent.handleMessage(c.ticketId, '1357');
    const [res] = await resolutions(desk, c.ticketId);
    expect(res?.type === 'resolution' && [res.outcome, res.queue]).toEqual(['escalated', 'agents']);
    const probes = (await desk.tickets.timeline(c.ticketId)).flatMap((e) =>
      e.type === 'finding' ? [e.probe] : [],
    );
    expect(probes).toContain('speed');
    expect(res?.type === 'resolution' && res.summary.staff).not.toMatch(/No faults found/);
  });

  it('sv: "internet funkar inte alls, jag vill prata med en människa" checks the connection first', async () => {
    const desk = memoryDesk({ world: faultWorld(['cpe_hung']) });
    desk.directory.add(NILS);
    const c = await desk.agent.startConversation({ channel: 'chat', language: 'sv' });
    const first = await desk.agent.handleMessage(
      c.ticketId,
      'internet funkar inte alls, jag vill prata med en människa',
    );
    expect(said(first)).toMatch(/kollega\. Först letar jag upp ditt konto/);
  });
});
