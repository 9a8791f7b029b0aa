import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import type { TriageApi } from '../runbooks/ports.js';
import { installProblemHandlers } from '../http/problem.js';
import { statsPlugin } from './stats.js';
import { fakeTriage } from './testing/fake-triage.js';
import { converse, faultWorld, memoryDesk, type MemoryDesk } from './testing/memory-desk.js';
import type { PushedReply } from './agent.js';

const KARIN = { customerNumber: '100482', name: 'Karin Lind', pin: '4711' };

async function say(desk: MemoryDesk, ticketId: string, text: string) {
  return desk.agent.handleMessage(ticketId, text);
}

async function open(desk: MemoryDesk, language: 'sv' | 'en' = 'en') {
  desk.directory.add(KARIN);
  return desk.agent.startConversation({ channel: 'chat', language });
}

describe('identity and guards', () => {
  it('three wrong PINs lock verification and a Wi-Fi key request is refused without any change', async () => {
    const world = faultWorld(['wifi_password_forgotten']);
    const desk = memoryDesk({ world });
    const res = await converse(desk, {
      customer: { customerNumber: '100588', name: 'Eva Lund', pin: '3141' },
      language: 'sv',
      opening: 'jag har glömt lösenordet till wifi, kan ni ge mig det',
      answers: { 'identity.customer_number': '100588', 'identity.pin': 'jag minns inte, kanske 1111?' },
    });
    expect(res.outcome).toBe('refused');
    expect(res.turns).toBeLessThanOrEqual(8);
    expect(world.calls).toHaveLength(0);
    const tl = await desk.tickets.timeline(res.ticketId);
    expect(tl.some((e) => e.type === 'action_requested')).toBe(false);
    expect(desk.audit.entries.some((e) => e.action === 'identity.locked')).toBe(true);
    expect(res.disposition).toBe('refused.unverified');
  });

  it('an unverified caller still gets read-only diagnostics and an escalation for a line fault', async () => {
    const world = faultWorld(['fiber_los']);
    const desk = memoryDesk({ world });
    const res = await converse(desk, {
      customer: KARIN,
      language: 'en',
      opening: 'internet is down completely',
      answers: {
        'identity.customer_number': '100482',
        'identity.pin': "I don't remember it",
        'contact.availability': 'mornings',
      },
    });
    expect(res.outcome).toBe('escalated');
    expect(res.queue).toBe('field');
    const [esc] = await desk.tickets.escalations(res.ticketId);
    expect(esc.packet.verified).toBe(false);
    expect(esc.packet.customerAvailability).toBe('mornings');
    expect(esc.packet.findings.some((f) => f.code === 'line.fiber_los')).toBe(true);
  });

  it('an unverified caller with a fault that needs a router change is refused, nothing runs', async () => {
    const world = faultWorld(['ppp_auth_failure']);
    const desk = memoryDesk({ world });
    const res = await converse(desk, {
      customer: KARIN,
      language: 'en',
      opening: 'no internet at all',
      answers: { 'identity.customer_number': '100482', 'identity.pin': '0000', 'consent.*': 'yes' },
    });
    expect(res.outcome).toBe('refused');
    expect(world.calls).toHaveLength(0);
  });

  it('a signed-in portal customer skips identification', async () => {
    const world = faultWorld(['dns_misconfigured']);
    const desk = memoryDesk({ world });
    const res = await converse(desk, {
      customer: KARIN,
      language: 'en',
      authenticated: true,
      opening: "some sites won't load but others work",
      answers: { 'consent.*': 'yes' },
    });
    expect(res.outcome).toBe('resolved');
    expect(res.turns).toBe(3);
    expect(res.transcript.some((m) => m.askKey === 'identity.customer_number')).toBe(false);
  });
});

describe('conversation behaviour', () => {
  it('hands a caller who asks for a person to the agents queue with a handoff packet', async () => {
    const desk = memoryDesk({ world: faultWorld([]) });
    const res = await converse(desk, {
      customer: KARIN,
      language: 'en',
      opening: 'I want to talk to a real person please',
      answers: { 'identity.customer_number': '100482', 'identity.pin': '4711' },
    });
    expect(res.outcome).toBe('escalated');
    expect(res.queue).toBe('agents');
    const [esc] = await desk.tickets.escalations(res.ticketId);
    expect(esc.packet.customer?.customerNumber).toBe('100482');
    expect(res.lastReplies.map((r) => r.text).join(' ')).toContain(res.reference);
  });

  it('a person requested after the diagnosis goes to the team that owns the fault', async () => {
    const desk = memoryDesk({ world: faultWorld(['fiber_los']) });
    const c = await open(desk);
    await say(desk, c.ticketId, 'my internet is down completely');
    await say(desk, c.ticketId, '100482');
    const r = await say(desk, c.ticketId, '4711');
    expect(r.at(-1)?.askKey).toBe('contact.availability');
    const end = await say(desk, c.ticketId, 'I want to talk to a real person');
    // Handed to a person, the conversation stays open: no final message, no satisfaction question.
    expect(end.at(-1)?.final).toBe(false);
    expect(end.some((r) => r.askKey === 'csat.score')).toBe(false);
    const [esc] = await desk.tickets.escalations(c.ticketId);
    expect(esc.queue).toBe('field');
  });

  it('never stores the PIN: the timeline and the transcript keep it masked', async () => {
    const desk = memoryDesk({ world: faultWorld(['cpe_hung']) });
    const c = await open(desk);
    await say(desk, c.ticketId, 'my internet is down completely');
    await say(desk, c.ticketId, '100482');
    const r = await say(desk, c.ticketId, 'it is 4711');
    expect(r.map((x) => x.text).join(' ')).toMatch(/verified/i);
    expect(r.map((x) => x.text).join(' ')).not.toContain('4711');
    const timeline = JSON.stringify(await desk.tickets.timeline(c.ticketId));
    expect(timeline).toContain('100482');
    expect(timeline).not.toContain('4711');
    const transcript = JSON.stringify(await desk.agent.messages(c.ticketId));
    expect(transcript).not.toContain('4711');
    expect(transcript).toContain('it is ••••');
  });

  it('acknowledges an angry customer and raises the priority', async () => {
    const desk = memoryDesk({ world: faultWorld(['cpe_hung']) });
    const c = await open(desk);
    const r = await say(desk, c.ticketId, 'THIRD TIME I WRITE!!! NO INTERNET AGAIN');
    expect(r[0].text).toMatch(/sorry/i);
    expect((await desk.tickets.get(c.ticketId))?.priority).toBe('P1');
  });

  it('asks which of the top two intents is meant when triage is unsure, and takes the first on "I don\'t know"', async () => {
    const base = fakeTriage();
    const unsure: TriageApi = {
      ...base,
      triage: (text, ctx) => {
        const r = base.triage(text, ctx);
        return text.includes('weird')
          ? {
              ...r,
              intent: 'slow_speed',
              confidence: 0.3,
              runnerUp: 'intermittent',
              runnerUpConfidence: 0.25,
            }
          : r;
      },
    };
    const desk = memoryDesk({ world: faultWorld([]), triage: unsure });
    const c = await open(desk);
    const r = await say(desk, c.ticketId, 'the internet is weird lately');
    expect(r.at(-1)?.askKey).toBe('clarify.intent');
    expect(r.at(-1)?.options).toEqual(['Slow speed', 'An unstable connection']);
    const next = await say(desk, c.ticketId, "I don't know");
    expect(next.at(-1)?.askKey).toBe('identity.customer_number');
    expect((await desk.tickets.get(c.ticketId))?.intent).toBe('slow_speed');
  });

  it('handles the first problem, then offers the second one', async () => {
    const desk = memoryDesk({ world: faultWorld(['wifi_password_forgotten']) });
    const res = await converse(desk, {
      customer: KARIN,
      language: 'en',
      opening: 'I forgot my wifi password and also my invoice looks wrong',
      answers: { 'identity.customer_number': '100482', 'identity.pin': '4711', 'consent.*': 'yes' },
    });
    expect(res.outcome).toBe('resolved');
    expect(res.lastReplies.at(-1)?.text).toContain('You also mentioned your invoice');
  });

  it('offers a secure admin password after the main fix when the default one is found', async () => {
    const world = faultWorld(['dns_misconfigured', 'default_admin_password']);
    const desk = memoryDesk({ world });
    const res = await converse(desk, {
      customer: KARIN,
      language: 'en',
      opening: "some websites won't load",
      answers: { 'identity.customer_number': '100482', 'identity.pin': '4711', 'consent.*': 'yes' },
    });
    expect(res.outcome).toBe('resolved');
    expect(world.actionsDone()).toEqual(['dns_reset', 'admin_password_change']);
    expect(res.transcript.some((m) => m.text.includes('Adm-secret-42x'))).toBe(true);
  });

  it('shows a new Wi-Fi key only in the live reply; the timeline and transcript hold a mask', async () => {
    const world = faultWorld(['wifi_password_forgotten']);
    const desk = memoryDesk({ world });
    const res = await converse(desk, {
      customer: KARIN,
      language: 'sv',
      opening: 'jag har glömt lösenordet till wifi',
      answers: { 'identity.customer_number': '100482', 'identity.pin': '4711', 'consent.*': 'ja' },
    });
    expect(res.outcome).toBe('resolved');
    expect(res.transcript.some((m) => m.text.includes('lila-tomat-97-sol'))).toBe(true);
    const stored = JSON.stringify(await desk.tickets.timeline(res.ticketId));
    expect(stored).not.toContain('lila-tomat-97-sol');
    expect(JSON.stringify(await desk.agent.messages(res.ticketId))).not.toContain('lila-tomat-97-sol');
    expect(stored).toContain('••••');
    expect(JSON.stringify(desk.audit.entries)).not.toContain('lila-tomat-97-sol');
  });

  it('continues with the next cause or escalates when the customer says the fix did not help', async () => {
    const world = faultWorld(['dns_misconfigured']);
    const desk = memoryDesk({ world });
    const c = await open(desk);
    await say(desk, c.ticketId, "some sites won't load");
    await say(desk, c.ticketId, '100482');
    await say(desk, c.ticketId, '4711');
    const r = await say(desk, c.ticketId, 'yes');
    expect(r.at(-1)?.askKey).toBe('resolution.confirm');
    const end = await say(desk, c.ticketId, 'no, still not working');
    expect(end.at(-1)?.text).toContain(c.reference);
    const [esc] = await desk.tickets.escalations(c.ticketId);
    expect(esc.queue).toBe('tier2');
    expect(esc.packet.stepsTried.map((s) => s.step)).toContain('dns_reset');
  });

  it('records the satisfaction score given after the end', async () => {
    const desk = memoryDesk({ world: faultWorld(['dns_misconfigured']) });
    const res = await converse(desk, {
      customer: KARIN,
      language: 'en',
      opening: "some websites won't load",
      answers: { 'identity.customer_number': '100482', 'identity.pin': '4711', 'consent.*': 'yes' },
    });
    const thanks = await say(desk, res.ticketId, '5');
    expect(thanks[0].text).toMatch(/thank you/i);
    const tl = await desk.tickets.timeline(res.ticketId);
    expect(tl.find((e) => e.type === 'csat')).toMatchObject({ score: 5 });
  });

  it('resumes a conversation after a restart (a new agent on the same stores)', async () => {
    const world = faultWorld(['cpe_hung']);
    const desk = memoryDesk({ world });
    const c = await open(desk);
    await say(desk, c.ticketId, 'internet stopped working');
    await say(desk, c.ticketId, '100482');
    const ask = await say(desk, c.ticketId, '4711');
    expect(ask.at(-1)?.askKey).toBe('consent.reboot');
    const { createAgent } = await import('./agent.js');
    const pino = (await import('pino')).default;
    const restarted = createAgent({
      tickets: desk.tickets,
      directory: desk.directory,
      incidents: desk.incidents,
      audit: desk.audit,
      devices: { findByService: async () => null, get: async () => null } as never,
      isp: {} as never,
      attempts: desk.attempts,
      log: pino({ level: 'silent' }),
      diagnostics: world.diagnostics,
      actions: world.actions,
      triage: fakeTriage(),
      config: { engine: { verifyAttempts: 1, verifyDelayMs: 0 } },
    });
    const r = await restarted.handleMessage(c.ticketId, 'sure, go ahead');
    expect(r.at(-1)?.askKey).toBe('resolution.confirm');
    expect(world.actionsDone()).toEqual(['cpe_reboot']);
  });

  it('stops answering while a person has taken over, and relays staff replies', async () => {
    const desk = memoryDesk({ world: faultWorld([]) });
    const pushed: PushedReply[] = [];
    desk.agent.onReply((p) => pushed.push(p));
    const c = await open(desk);
    await desk.agent.takeOver(c.ticketId, 'lisa');
    expect(await say(desk, c.ticketId, 'hello?')).toEqual([]);
    await desk.agent.staffReply(c.ticketId, 'lisa', 'Hi, Lisa here.');
    expect(pushed.map((p) => p.role)).toEqual(['system', 'staff']);
    await desk.agent.handBack(c.ticketId);
    const r = await say(desk, c.ticketId, 'no internet at all');
    expect(r.at(-1)?.askKey).toBe('identity.customer_number');
    const tl = await desk.tickets.timeline(c.ticketId);
    expect(tl.some((e) => e.type === 'message_out' && e.actor.kind === 'staff')).toBe(true);
  });
});

describe('outages', () => {
  it('informs about an area outage with the ETA, links the ticket and messages the customer when it is fixed', async () => {
    const world = faultWorld(['area_outage']);
    const desk = memoryDesk({ world });
    const inc = await desk.incidents.create({
      areas: ['SE-STO-TEST'],
      kind: 'fiber_cut',
      title: 'Fibre cut in Bromma',
      etaAt: '2026-11-25T15:00:00Z',
    });
    world.incident = { id: inc.id, reference: inc.reference, etaAt: inc.etaAt };
    const pushed: PushedReply[] = [];
    desk.agent.onReply((p) => pushed.push(p));
    const res = await converse(desk, {
      customer: KARIN,
      language: 'sv',
      opening: 'grannarna har inte heller internet, är det fel hos er?',
      answers: { 'identity.customer_number': '100482', 'identity.pin': '4711' },
    });
    expect(res.outcome).toBe('outage_informed');
    expect(res.lastReplies.at(-1)?.text).toContain('16:00');
    const ticket = await desk.tickets.get(res.ticketId);
    expect(ticket?.incidentId).toBe(inc.id);
    expect(await desk.agent.notifyIncidentResolved(inc.id)).toBe(1);
    expect(pushed.at(-1)?.reply.text).toContain('fiberavbrott');
    expect((await desk.tickets.get(res.ticketId))?.status).toBe('resolved');
  });

  it('suggests an incident to the NOC when several lines in one area fail within the window', async () => {
    const world = faultWorld(['cpe_powered_off']);
    const desk = memoryDesk({ world });
    for (const n of ['200001', '200002', '200003']) {
      desk.directory.add({ customerNumber: n, name: `Kund ${n}`, pin: '1111', area: 'SE-GBG-X' });
      const c = await desk.agent.startConversation({ channel: 'chat', language: 'sv' });
      await say(desk, c.ticketId, 'inget internet alls');
      await say(desk, c.ticketId, n);
      await say(desk, c.ticketId, '1111');
    }
    const noc = await desk.tickets.list({ queue: 'noc' });
    expect(noc.items).toHaveLength(1);
    const [esc] = await desk.tickets.escalations(noc.items[0].id);
    expect(esc.packet.findings).toHaveLength(3);
  });
});

describe('silence', () => {
  it('reminds after the configured time, then pauses the case as pending_customer', async () => {
    let clock = new Date('2026-11-25T10:00:00Z');
    const desk = memoryDesk({
      world: faultWorld(['cpe_hung']),
      now: () => clock,
      config: { reminderAfterMs: 5 * 60_000, timeoutAfterMs: 15 * 60_000 },
    });
    const pushed: PushedReply[] = [];
    desk.agent.onReply((p) => pushed.push(p));
    const c = await open(desk);
    await say(desk, c.ticketId, 'internet stopped working');
    clock = new Date('2026-11-25T10:04:00Z');
    await desk.agent.tick(clock);
    expect(pushed).toHaveLength(0);
    clock = new Date('2026-11-25T10:06:00Z');
    await desk.agent.tick(clock);
    expect(pushed.map((p) => p.reply.text)).toEqual([expect.stringMatching(/still there/)]);
    await desk.agent.tick(clock);
    expect(pushed).toHaveLength(1);
    clock = new Date('2026-11-25T10:16:00Z');
    await desk.agent.tick(clock);
    expect(pushed).toHaveLength(2);
    expect((await desk.tickets.get(c.ticketId))?.status).toBe('pending_customer');
    const r = await say(desk, c.ticketId, '100482');
    expect(r.at(-1)?.askKey).toBe('identity.pin');
    expect((await desk.tickets.get(c.ticketId))?.status).toBe('open');
  });
});

describe('stats', () => {
  it('computes outcomes, rates and satisfaction from the timelines', async () => {
    const desk = memoryDesk({ world: faultWorld(['dns_misconfigured']) });
    const a = await converse(desk, {
      customer: KARIN,
      language: 'en',
      opening: "some websites won't load",
      answers: { 'identity.customer_number': '100482', 'identity.pin': '4711', 'consent.*': 'yes' },
    });
    await say(desk, a.ticketId, '4');
    desk.world.faults.add('fiber_los');
    await converse(desk, {
      customer: KARIN,
      language: 'en',
      opening: 'internet is down',
      answers: {
        'identity.customer_number': '100482',
        'identity.pin': '4711',
        'contact.availability': 'now',
      },
    });
    const app = Fastify();
    installProblemHandlers(app);
    await app.register(statsPlugin, { prefix: '/api/v1', tickets: desk.tickets });
    const res = await app.inject({ method: 'GET', url: '/api/v1/stats' });
    const s = res.json();
    expect(s.conversations).toBe(2);
    expect(s.outcomes).toMatchObject({ resolved: 1, escalated: 1 });
    expect(s.escalationRate).toBe(0.5);
    expect(s.containmentRate).toBe(0.5);
    expect(s.firstContactResolutionRate).toBe(1);
    expect(s.automatedResolutionRate).toBe(0.5);
    expect(s.escalationsByQueue).toEqual({ field: 1 });
    expect(s.csat).toMatchObject({ n: 1, mean: 4 });
    expect(s.meanTimeToResolutionMs).toBeGreaterThanOrEqual(0);
    expect((await app.inject({ method: 'GET', url: '/api/v1/stats?from=yesterday' })).statusCode).toBe(400);
    await app.close();
  });
});
