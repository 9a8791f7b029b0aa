import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { consolePlugin } from './console-plugin.js';
import { staffAuthPlugin } from './plugin.js';
import { seedDemoStaff } from './seed.js';
import { createTestStaffAuth } from './testing/db.js';
import { createConsoleFixture } from './testing/fixture.js';
import { signIn } from './testing/session.js';

let app: FastifyInstance | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

async function setup(o: { now?: () => Date } = {}) {
  const fx = await createConsoleFixture();
  const { auth } = await createTestStaffAuth();
  await seedDemoStaff(auth);
  app = Fastify();
  await app.register(staffAuthPlugin, { auth });
  await app.register(consolePlugin, { ...fx.deps, auth, ...o });
  await app.ready();
  const a = app;
  const as = (username: string) => signIn(a, username);
  return { fx, as, app: a };
}

describe('console API', () => {
  it('needs a session', async () => {
    const { app } = await setup();
    expect((await app.inject({ method: 'GET', url: '/api/v1/console/queues' })).statusCode).toBe(401);
  });

  it('shows each role only its queues', async () => {
    const { as, fx } = await setup();
    const agent = await as('agent');
    const q = (await agent.get('/api/v1/console/queues')).json().queues;
    expect(q.map((x: { queue: string }) => x.queue)).toEqual(['live', 'agents']);
    expect(q.find((x: { queue: string }) => x.queue === 'agents').open).toBe(1);
    const list = (await agent.get('/api/v1/console/tickets')).json().items;
    expect(list.map((t: { id: string }) => t.id)).toEqual([fx.escalatedId]);
    expect((await agent.get('/api/v1/console/tickets?queue=tier2')).statusCode).toBe(403);
    expect((await agent.get(`/api/v1/console/tickets/${fx.tier2Id}`)).statusCode).toBe(404);

    const tier2 = await as('tier2');
    const q2 = (await tier2.get('/api/v1/console/queues')).json().queues;
    expect(q2.map((x: { queue: string }) => x.queue)).toEqual(['tier2', 'noc', 'field']);
    expect((await tier2.get('/api/v1/console/tickets?queue=tier2')).json().items).toHaveLength(1);
    expect((await tier2.get(`/api/v1/console/tickets/${fx.escalatedId}`)).statusCode).toBe(404);

    const sup = await as('supervisor');
    expect((await sup.get('/api/v1/console/tickets')).json().items).toHaveLength(2);
    expect((await sup.get('/api/v1/console/queues')).json().queues).toHaveLength(8);
  });

  it('lists a live conversation only once the customer has written, with customer, last message and waiting time', async () => {
    const { as, fx } = await setup();
    const agent = await as('agent');
    const opened = await fx.tickets.create({
      customerId: 'cust-1',
      serviceId: 'svc-1',
      channel: 'chat',
      language: 'sv',
      intent: null,
      priority: 'P3',
      subject: null,
    });
    const liveCount = async () =>
      (await agent.get('/api/v1/console/queues'))
        .json()
        .queues.find((x: { queue: string }) => x.queue === 'live').open;
    const listed = async () =>
      (await agent.get('/api/v1/console/tickets?queue=live')).json().items.map((t: { id: string }) => t.id);
    expect(await listed()).toEqual([]);
    expect(await liveCount()).toBe(0);
    expect(
      (await agent.get('/api/v1/console/tickets')).json().items.map((t: { id: string }) => t.id),
    ).not.toContain(opened.id);

    await fx.tickets.append(opened.id, [
      {
        type: 'message_in',
        actor: { kind: 'customer', id: null },
        channel: 'chat',
        text: 'Mitt wifi är långsamt',
      },
    ]);
    expect(await listed()).toEqual([opened.id]);
    expect(await liveCount()).toBe(1);
    const row = (await agent.get('/api/v1/console/tickets?queue=live')).json().items[0];
    expect(row).toMatchObject({
      customerName: 'Karin Lind',
      customerNumber: '100482',
      customerWrote: true,
      lastMessage: { from: 'customer', text: 'Mitt wifi är långsamt' },
    });
    expect(row.waitingSince).toBe(row.lastMessage.at);
    // Answered: nobody waits any more.
    await fx.tickets.append(opened.id, [
      {
        type: 'message_out',
        actor: { kind: 'bot', id: null },
        channel: 'chat',
        text: 'Jag kollar',
        askKey: null,
        options: [],
      },
    ]);
    expect((await agent.get('/api/v1/console/tickets?queue=live')).json().items[0]).toMatchObject({
      waitingSince: null,
      lastMessage: { from: 'agent' },
    });
  });

  it('counts tickets past or near their SLA per queue (not while waiting for the customer)', async () => {
    const { as, fx } = await setup();
    const sup = await as('supervisor');
    const agents = () =>
      sup
        .get('/api/v1/console/queues')
        .then((r) => r.json().queues.find((q: { queue: string }) => q.queue === 'agents'));
    const t = (await fx.tickets.get(fx.escalatedId))!;
    const soon = new Date(Date.now() + 30 * 60_000).toISOString();
    const past = new Date(Date.now() - 60_000).toISOString();
    const setDue = async (slaDueAt: string, status?: 'pending_customer') => {
      fx.tickets.tickets.set(t.id, {
        ...(await fx.tickets.get(t.id))!,
        slaDueAt,
        ...(status ? { status } : {}),
      });
    };
    await setDue(soon);
    expect(await agents()).toMatchObject({ slaOverdue: 0, slaDueSoon: 1 });
    await setDue(past);
    expect(await agents()).toMatchObject({ slaOverdue: 1, slaDueSoon: 0 });
    await setDue(past, 'pending_customer');
    expect(await agents()).toMatchObject({ slaOverdue: 0, slaDueSoon: 0 });
  });

  it('counts SLA time left in business hours: on a Friday afternoon a due time on Monday morning is near', async () => {
    // Friday 2026-03-13 16:30 CET; the P2 ticket in the agents queue is due Monday 08:20 (business hours).
    const { as, fx } = await setup({ now: () => new Date('2026-03-13T15:30:00Z') });
    const sup = await as('supervisor');
    fx.tickets.tickets.set(fx.escalatedId, {
      ...(await fx.tickets.get(fx.escalatedId))!,
      slaDueAt: '2026-03-16T07:20:00.000Z',
    });
    const agents = (await sup.get('/api/v1/console/queues'))
      .json()
      .queues.find((q: { queue: string }) => q.queue === 'agents');
    expect(agents).toMatchObject({ slaOverdue: 0, slaDueSoon: 1 });
    const row = (await sup.get('/api/v1/console/tickets?queue=agents')).json().items[0];
    expect(row.sla).toEqual({ standing: 'due_soon', leftMs: 50 * 60_000 });
    expect((await sup.get(`/api/v1/console/tickets/${fx.escalatedId}`)).json().sla.standing).toBe('due_soon');
  });

  it('filters by status and searches', async () => {
    const { as } = await setup();
    const sup = await as('supervisor');
    expect((await sup.get('/api/v1/console/tickets?q=m%C3%A4nniska')).json().items).toHaveLength(1);
    expect((await sup.get('/api/v1/console/tickets?status=resolved')).json().items).toHaveLength(0);
    expect((await sup.get('/api/v1/console/tickets?status=bogus')).statusCode).toBe(400);
  });

  it('returns the ticket with timeline, escalations and the customer 360', async () => {
    const { as, fx } = await setup();
    const res = await (await as('agent')).get(`/api/v1/console/tickets/${fx.escalatedId}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.timeline.some((e: { type: string }) => e.type === 'escalation')).toBe(true);
    expect(body.escalations[0].queue).toBe('agents');
    expect(body.grants).toEqual({ verified: true, consents: ['consent.reboot'] });
    const c = body.customer360;
    expect(c.customer.customerNumber).toBe('100482');
    expect(c.service.plan.downMbps).toBe(500);
    expect(c.router.online).toBe(true);
    expect(c.router.params['Device.PPP.Interface.1.ConnectionStatus']).toBe('Connected');
    expect(c.line.rxDbm).toBe(-19.2);
    expect(c.recentTickets).toHaveLength(2);
    // Router offline: the 360 still renders and says so.
    fx.devices.offline.add('00D0F1-HGW3000-SN0001');
    const off = (await (await as('agent')).get(`/api/v1/console/tickets/${fx.escalatedId}`)).json();
    expect(off.customer360.router).toMatchObject({ online: false, error: 'offline' });
  });

  it('replies, notes, takes over, assigns, escalates and resolves', async () => {
    const { as, fx } = await setup();
    const agent = await as('agent');
    const id = fx.escalatedId;
    expect((await agent.post(`/api/v1/console/tickets/${id}/takeover`)).json()).toEqual({
      takenOverBy: 'agent',
    });
    expect(fx.agent.takenOver.get(id)).toBe('agent');
    expect(
      (await agent.post(`/api/v1/console/tickets/${id}/reply`, { text: 'Hej Karin, jag tittar på det nu.' }))
        .statusCode,
    ).toBe(200);
    expect(fx.agent.sent).toEqual([
      { ticketId: id, staffId: 'agent', text: 'Hej Karin, jag tittar på det nu.' },
    ]);
    expect(
      (await agent.post(`/api/v1/console/tickets/${id}/note`, { text: 'Kunden låter stressad' })).statusCode,
    ).toBe(200);
    expect((await agent.post(`/api/v1/console/tickets/${id}/note`, { text: '' })).statusCode).toBe(400);
    expect(
      (await agent.post(`/api/v1/console/tickets/${id}/assign`, { assignee: 'nobody' })).statusCode,
    ).toBe(400);
    expect(
      (await agent.post(`/api/v1/console/tickets/${id}/assign`, { assignee: 'agent' })).json().ticket
        .assignee,
    ).toBe('agent');
    const res = await agent.post(`/api/v1/console/tickets/${id}/resolve`, {
      summary: 'Router restarted, stable now.',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().ticket.status).toBe('resolved');
    const timeline = await fx.tickets.timeline(id);
    expect(timeline.filter((e) => e.type === 'note').length).toBeGreaterThanOrEqual(3);
    expect(timeline.at(-2)).toMatchObject({
      type: 'resolution',
      outcome: 'resolved',
      actor: { kind: 'staff', id: 'agent' },
    });

    const esc = await agent.post(`/api/v1/console/tickets/${id}/escalate`, {
      queue: 'field',
      reason: 'needs a technician',
    });
    expect(esc.statusCode).toBe(409);
  });

  it('records a move to another queue as a move (the assignee stays); choosing the same queue records nothing', async () => {
    const { as, fx } = await setup();
    const agent = await as('agent');
    const id = fx.escalatedId;
    await agent.post(`/api/v1/console/tickets/${id}/assign`, { assignee: 'agent' });
    const before = (await fx.tickets.timeline(id)).length;
    const moved = await agent.post(`/api/v1/console/tickets/${id}/assign`, { queue: 'tier2' });
    expect(moved.json().ticket).toMatchObject({ queue: 'tier2', assignee: 'agent' });
    const added = (await fx.tickets.timeline(id)).slice(before);
    expect(added).toMatchObject([
      { type: 'queue_change', from: 'agents', to: 'tier2', actor: { kind: 'staff', id: 'agent' } },
    ]);
    const again = await agent.post(`/api/v1/console/tickets/${id}/assign`, { queue: 'tier2' });
    expect(again.statusCode).toBe(200);
    expect(await fx.tickets.timeline(id)).toHaveLength(before + 1);
  });

  it('sets a ticket pending and reopens a resolved one; resolving and escalating keep their own routes', async () => {
    const { as, fx } = await setup();
    const agent = await as('agent');
    const id = fx.escalatedId;
    expect(
      (await agent.post(`/api/v1/console/tickets/${id}/status`, { status: 'pending_customer' })).json().ticket
        .status,
    ).toBe('pending_customer');
    expect(
      (await agent.post(`/api/v1/console/tickets/${id}/status`, { status: 'resolved' })).statusCode,
    ).toBe(400);
    await agent.post(`/api/v1/console/tickets/${id}/resolve`, { summary: 'ok' });
    const reopened = await agent.post(`/api/v1/console/tickets/${id}/status`, {
      status: 'open',
      note: 'customer wrote again',
    });
    expect(reopened.json().ticket.status).toBe('open');
    expect((await agent.post(`/api/v1/console/tickets/${id}/status`, { status: 'bogus' })).statusCode).toBe(
      400,
    );
  });

  it("asks the customer for an action's consent in the conversation and records the answer", async () => {
    const { as, fx } = await setup();
    const agent = await as('agent');
    const id = fx.escalatedId;
    expect(
      (await agent.post(`/api/v1/console/tickets/${id}/consent-request`, { action: 'account_unlock' }))
        .statusCode,
    ).toBe(400);
    const asked = await agent.post(`/api/v1/console/tickets/${id}/consent-request`, {
      action: 'wifi_channel_change',
    });
    expect(asked.statusCode).toBe(200);
    expect(fx.agent.takenOver.get(id)).toBe('agent');
    expect(fx.agent.sent.at(-1)?.text).toContain('wifi');
    let detail = (await agent.get(`/api/v1/console/tickets/${id}`)).json();
    expect(detail.consentAsk).toMatchObject({
      consentKey: 'consent.wifi_change',
      action: 'wifi_channel_change',
    });
    expect(detail.grants.consents).not.toContain('consent.wifi_change');

    await fx.tickets.append(id, [
      { type: 'message_in', actor: { kind: 'customer', id: '100482' }, channel: 'chat', text: 'Ja, kör på' },
    ]);
    detail = (await agent.get(`/api/v1/console/tickets/${id}`)).json();
    expect(detail.consentAsk).toBeNull();
    expect(detail.grants.consents).toContain('consent.wifi_change');
    // Newest first, as the audit repository lists.
    const [entry] = await fx.audit.list({ target: id });
    expect(entry).toMatchObject({
      action: 'consent.given',
      actor: { kind: 'customer', id: '100482' },
      consentKey: 'consent.wifi_change',
    });
  });

  it('shows supervisors the audit log filtered by ticket, customer, actor and action', async () => {
    const { as, fx } = await setup();
    const sup = await as('supervisor');
    await sup.post(`/api/v1/console/tickets/${fx.escalatedId}/actions`, { action: 'cpe_reboot' });
    const ref = (await fx.tickets.get(fx.escalatedId))!.reference;
    const byTicket = (await sup.get(`/api/v1/console/audit?ticket=${ref}`)).json().items as {
      action: string;
    }[];
    expect(byTicket.map((e) => e.action)).toEqual(
      expect.arrayContaining(['identity.verified', 'consent.given']),
    );
    expect(
      (await sup.get('/api/v1/console/audit?customer=100482&action=consent'))
        .json()
        .items.map((e: { action: string }) => e.action),
    ).toEqual(['consent.given']);
    expect((await sup.get('/api/v1/console/audit?actor=100482')).json().items).toHaveLength(1);
    expect((await sup.get('/api/v1/console/audit?ticket=T-999999')).statusCode).toBe(404);
    expect((await sup.get('/api/v1/console/audit?action=DROP TABLE')).statusCode).toBe(400);
    // Agents do not read the audit log.
    expect((await (await as('agent')).get('/api/v1/console/audit')).statusCode).toBe(403);
  });

  it('escalates with a handoff packet built from the timeline', async () => {
    const { as, fx } = await setup();
    const agent = await as('agent');
    await agent.post(`/api/v1/console/tickets/${fx.escalatedId}/diagnostics`, { probes: ['line', 'cpe'] });
    const res = await agent.post(`/api/v1/console/tickets/${fx.escalatedId}/escalate`, {
      queue: 'tier2',
      reason: 'intermittent drops',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().escalation.packet).toMatchObject({
      verified: true,
      customer: { customerNumber: '100482' },
      device: { model: 'FL-HGW-3000' },
    });
    // Escalated out of the agent's queues: no longer visible to the agent.
    expect((await agent.get(`/api/v1/console/tickets/${fx.escalatedId}`)).statusCode).toBe(404);
  });

  it('runs diagnostics and records findings as the staff member', async () => {
    const { as, fx } = await setup();
    fx.devices.offline.add('00D0F1-HGW3000-SN0001');
    const res = await (
      await as('agent')
    ).post(`/api/v1/console/tickets/${fx.escalatedId}/diagnostics`, { probes: ['line', 'cpe'] });
    expect(res.statusCode).toBe(200);
    expect(res.json().causes[0].cause).toBe('cpe_powered_off');
    const findings = (await fx.tickets.timeline(fx.escalatedId)).filter((e) => e.type === 'finding');
    expect(findings.map((e) => (e.type === 'finding' ? e.finding.code : ''))).toEqual([
      'line.ok',
      'cpe.unreachable',
    ]);
    expect(findings[0].actor).toEqual({ kind: 'staff', id: 'agent' });
    expect(
      (
        await (
          await as('agent')
        ).post(`/api/v1/console/tickets/${fx.escalatedId}/diagnostics`, { probes: ['nope'] })
      ).statusCode,
    ).toBe(400);
  });

  it('executes actions only with the customer verification and consent recorded on the ticket', async () => {
    const { as, fx } = await setup();
    const sup = await as('supervisor');
    const ok = await sup.post(`/api/v1/console/tickets/${fx.escalatedId}/actions`, { action: 'cpe_reboot' });
    expect(ok.statusCode).toBe(200);
    expect(fx.devices.calls).toContain('reboot 00D0F1-HGW3000-SN0001');
    // The tier2 ticket has no verification on record: refused, and recorded as failed.
    const refused = await sup.post(`/api/v1/console/tickets/${fx.tier2Id}/actions`, { action: 'cpe_reboot' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: 'not_verified', requiredConsent: 'consent.reboot' });
    const tl = await fx.tickets.timeline(fx.tier2Id);
    expect(tl.at(-1)).toMatchObject({ type: 'action_failed', action: 'cpe_reboot', code: 'not_verified' });
    expect(
      (await sup.post(`/api/v1/console/tickets/${fx.tier2Id}/actions`, { action: 'rm_rf' })).statusCode,
    ).toBe(400);
  });
});
