import websocket from '@fastify/websocket';
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  ACTIONS,
  CONSENT_FOR_ACTION,
  QUEUES,
  TICKET_STATUSES,
  type Ticket,
  type TimelineEvent,
} from '../domain/index.js';
import type { TicketFilter } from '../tickets/ports.js';
import { grantsFromTicket } from './grants.js';
import type { StaffAuth, StaffPrincipal } from './auth.js';
import { PROBE_IDS, type ConsoleDeps, type TicketGrants } from './console-deps.js';
import { ConsoleHub, type LiveSocket } from './console-live.js';
import { buildCustomer360 } from './customer-360.js';
import { readAudit } from './audit-view.js';
import { CONSENT_ASK_STATE, consentAnswer, consentQuestion, type ConsentAsk } from './consent-ask.js';
import { queueRows } from './queue-rows.js';
import { slaView } from './sla-view.js';
import { slaClock, type SlaClock } from '../tickets/sla-policy.js';
import type { LiveBus } from '../live/bus.js';
import { loggedFallback, parseOr400, problem } from '../http/reply.js';
import { canSeeTicket, queuesForRole } from './roles.js';
import { handBack, takenOver, takeOver } from './takeover.js';
import {
  addNote,
  assign,
  escalate,
  record,
  resolve,
  setStatus,
  type Refusal,
  type TicketWorkDeps,
} from './ticket-work.js';

export interface ConsolePluginOptions extends ConsoleDeps {
  auth: StaffAuth;
  /** The SLA targets and hours the ticket store uses (default: the built-in policies). */
  sla?: SlaClock;
  /** Shares who views and types on which ticket with the other desk instances. */
  bus?: LiveBus;
}

/** Pseudo-queue for conversations the automated agent is still handling (ticket.queue is null). */
export const LIVE_QUEUE = 'live';
const OPEN_STATUSES: Ticket['status'][] = [
  'new',
  'open',
  'pending_customer',
  'pending_internal',
  'escalated',
];

const listQuery = z.object({
  queue: z.union([z.enum(QUEUES), z.literal(LIVE_QUEUE)]).optional(),
  status: z
    .string()
    .max(200)
    .optional()
    .transform((s) => (s ? s.split(',').filter(Boolean) : undefined))
    .pipe(z.array(z.enum(TICKET_STATUSES)).optional()),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});
const idParams = z.object({ id: z.string().min(1).max(100) });
const textBody = z.object({ text: z.string().trim().min(1).max(4000) });
const escalateBody = z.object({ queue: z.enum(QUEUES), reason: z.string().trim().min(1).max(1000) });
const assignBody = z
  .object({ assignee: z.string().max(64).nullable().optional(), queue: z.enum(QUEUES).optional() })
  .refine((b) => b.assignee !== undefined || b.queue !== undefined, 'give assignee and/or queue');
const resolveBody = z.object({
  summary: z.string().trim().min(1).max(4000),
  disposition: z
    .string()
    .regex(/^[a-z_]+\.[a-z_]+$/)
    .max(64)
    .default('resolved.staff'),
});
const statusBody = z.object({
  status: z.enum(TICKET_STATUSES),
  note: z.string().trim().max(1000).optional(),
});
const consentRequestBody = z.object({ action: z.enum(ACTIONS) });
const auditQuery = z.object({
  ticket: z.string().trim().min(1).max(100).optional(),
  customer: z.string().trim().min(1).max(100).optional(),
  actor: z.string().trim().min(1).max(100).optional(),
  action: z
    .string()
    .trim()
    .regex(/^[a-z_.]+$/)
    .max(64)
    .optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
const takeoverBody = z.object({ release: z.boolean().default(false) }).default({ release: false });
const diagnosticsBody = z.object({ probes: z.array(z.enum(PROBE_IDS)).min(1).optional() }).default({});
const actionBody = z.object({
  action: z.enum(ACTIONS),
  args: z.record(z.string(), z.unknown()).default({}),
  reason: z.string().trim().max(1000).default('requested by staff in the console'),
  lastResort: z.boolean().default(false),
});

const staffActor = (s: StaffPrincipal) => ({ kind: 'staff' as const, id: s.username });

export async function consolePlugin(app: FastifyInstance, opts: ConsolePluginOptions) {
  const { auth, tickets, directory, audit } = opts;
  const clock = opts.sla ?? slaClock();
  const hub = new ConsoleHub(tickets, opts.pollMs ?? 2000, {
    bus: opts.bus,
    sla: clock,
    now: opts.now,
    log: app.log,
  });
  app.addHook('onClose', async () => hub.close());
  opts.agent.onReply?.((pushed) => {
    void hub.changed(pushed.ticketId);
    // A person's words on a linked case go to the conversation's ticket; the case they worked changed too.
    if (pushed.caseId) void hub.changed(pushed.caseId);
  });

  const grantsOf = opts.grants ?? ((ticketId: string) => grantsFromTicket(tickets, audit, ticketId, app.log));
  const takeoverDeps = { agent: opts.agent, tickets, now: opts.now };
  const work: TicketWorkDeps = {
    tickets,
    directory,
    devices: opts.devices,
    agent: opts.agent,
    grantsOf,
    changed: (ticketId) => void hub.changed(ticketId),
    warn: (details, message) => app.log.warn(details, message),
  };
  /** A use case's result as the HTTP answer: the refusal as a problem, else the result without its flag. */
  const answer = <T extends object>(reply: FastifyReply, r: Refusal | ({ refused: false } & T)) => {
    if (r.refused) return problem(reply, r.status, r.title, r.detail);
    const { refused: _ok, ...result } = r;
    return result;
  };

  const guard = auth.requireStaff();

  /** Loads a ticket the signed-in staff member may see, or replies 404. */
  async function visibleTicket(request: FastifyRequest, reply: FastifyReply): Promise<Ticket | null> {
    const params = parseOr400(reply, idParams, request.params, 'params');
    if (!params) return null;
    const t = (await tickets.get(params.id)) ?? (await tickets.getByReference(params.id));
    const staff = request.staff!;
    if (!t || !canSeeTicket(staff.role, staff.username, t)) {
      void problem(reply, 404, 'Ticket not found');
      return null;
    }
    return t;
  }

  async function append(
    reply: FastifyReply | null,
    ticketId: string,
    events: TimelineEvent[],
    patch?: Parameters<typeof tickets.append>[2],
  ) {
    const r = await record(work, ticketId, events, patch);
    if (!r.refused) return r.ticket;
    if (reply) void problem(reply, r.status, r.title, r.detail);
    return null;
  }

  app.get('/api/v1/console/queues', { preHandler: guard }, async (request) => {
    const staff = request.staff!;
    const queues: {
      queue: string;
      open: number;
      escalated: number;
      pendingCustomer: number;
      slaOverdue: number;
      slaDueSoon: number;
    }[] = [];
    const now = opts.now?.() ?? new Date();
    // The SLA clock stands still while the ticket waits; time left is counted in the target's hours.
    const standing = (t: Ticket) => slaView(t, clock, now).standing;
    const count = async (queue: string, filter: TicketFilter, keep: (t: Ticket) => boolean = () => true) => {
      const { items } = await tickets.list({ ...filter, status: OPEN_STATUSES, limit: 500 });
      const mine = items.filter(keep);
      queues.push({
        queue,
        open: mine.length,
        escalated: mine.filter((t) => t.status === 'escalated').length,
        pendingCustomer: mine.filter((t) => t.status === 'pending_customer').length,
        slaOverdue: mine.filter((t) => standing(t) === 'breached').length,
        slaDueSoon: mine.filter((t) => standing(t) === 'due_soon').length,
      });
    };
    if (staff.role !== 'tier2') {
      // A live conversation counts once the customer has written something.
      const { items } = await tickets.list({ status: OPEN_STATUSES, limit: 500 });
      const live = await queueRows(
        items.filter((t) => t.queue === null),
        { timeline: (id) => tickets.timeline(id), directory, log: request.log },
      );
      const written = new Set(live.filter((r) => r.customerWrote).map((r) => r.id));
      await count(LIVE_QUEUE, {}, (t) => written.has(t.id));
    }
    for (const q of queuesForRole(staff.role)) await count(q, { queue: q });
    return { queues };
  });

  app.get('/api/v1/console/tickets', { preHandler: guard }, async (request, reply) => {
    const query = parseOr400(reply, listQuery, request.query, 'query');
    if (!query) return reply;
    const staff = request.staff!;
    if (query.queue && query.queue !== LIVE_QUEUE && !staff.queues.includes(query.queue)) {
      return problem(reply, 403, 'Forbidden', `Your role does not see the ${query.queue} queue.`);
    }
    if (query.queue === LIVE_QUEUE && staff.role === 'tier2') return problem(reply, 403, 'Forbidden');
    const filter: TicketFilter = {
      status: query.status ?? (query.queue === LIVE_QUEUE ? OPEN_STATUSES : undefined),
      q: query.q || undefined,
      limit: query.queue && query.queue !== LIVE_QUEUE ? query.limit : 200,
    };
    if (query.queue && query.queue !== LIVE_QUEUE) filter.queue = query.queue;
    const { items } = await tickets.list(filter);
    const visible = items
      .filter((t) => canSeeTicket(staff.role, staff.username, t))
      .filter((t) => query.queue !== LIVE_QUEUE || t.queue === null);
    // A conversation shows in the queues only once the customer has written something.
    const rows = (
      await queueRows(visible, { timeline: (id) => tickets.timeline(id), directory, log: request.log })
    ).filter((r) => r.customerWrote || r.queue !== null);
    const now = opts.now?.() ?? new Date();
    return { items: rows.slice(0, query.limit).map((r) => ({ ...r, sla: slaView(r, clock, now) })) };
  });

  app.get('/api/v1/console/tickets/:id', { preHandler: guard }, async (request, reply) => {
    const t = await visibleTicket(request, reply);
    if (!t) return reply;
    const consentAsk = await settleConsentAsk(t);
    const [timeline, escalations, customer360, grants, takeover] = await Promise.all([
      tickets.timeline(t.id),
      tickets.escalations(t.id),
      buildCustomer360(opts, t, request.log).catch((e: unknown) => {
        request.log.warn({ err: e, ticketId: t.id }, 'customer 360 failed');
        return { error: e instanceof Error ? e.message : String(e) };
      }),
      grantsOf(t.id).catch(
        loggedFallback(request.log, { ticketId: t.id }, 'reading the grants', {
          verified: false,
          consents: [],
        } as TicketGrants),
      ),
      takenOver(takeoverDeps, t.id),
    ]);
    const sla = slaView(t, clock, opts.now?.() ?? new Date());
    return {
      ticket: t,
      sla,
      timeline,
      escalations,
      customer360,
      grants,
      takenOverBy: takeover?.staffId ?? null,
      consentAsk,
    };
  });

  /** Records the customer's answer to a consent question staff asked; returns the question still open, if any. */
  async function settleConsentAsk(t: Ticket): Promise<ConsentAsk | null> {
    const ask = await tickets.getState<ConsentAsk>(t.id, CONSENT_ASK_STATE);
    if (!ask) return null;
    const answer = consentAnswer(ask, await tickets.timeline(t.id), t.language);
    if (!answer) return ask;
    const customer = t.customerId ? await directory.byId(t.customerId) : null;
    await audit.append({
      action: answer === 'yes' ? 'consent.given' : 'consent.refused',
      actor: { kind: 'customer', id: customer?.customerNumber ?? null },
      target: t.id,
      reason: `answered ${answer} in the conversation to ${ask.staffId}'s question about ${ask.action}`,
      consentKey: ask.consentKey,
    });
    await tickets.setState(t.id, CONSENT_ASK_STATE, null);
    await append(null, t.id, [
      {
        type: 'note',
        actor: { kind: 'system', id: null },
        text: `customer ${answer === 'yes' ? 'gave' : 'refused'} ${ask.consentKey}`,
        internal: true,
      },
    ]);
    return null;
  }

  app.post('/api/v1/console/tickets/:id/consent-request', { preHandler: guard }, async (request, reply) => {
    const t = await visibleTicket(request, reply);
    if (!t) return reply;
    const body = parseOr400(reply, consentRequestBody, request.body, 'body');
    if (!body) return reply;
    const consentKey = CONSENT_FOR_ACTION[body.action];
    if (!consentKey)
      return problem(reply, 400, 'No consent needed', `${body.action} needs no consent from the customer.`);
    const staff = request.staff!;
    // A person asks, so the automated agent must not take the customer's answer as its own.
    if (!(await takenOver(takeoverDeps, t.id))) await takeOver(takeoverDeps, t.id, staff.username);
    const ask: ConsentAsk = {
      consentKey,
      action: body.action,
      staffId: staff.username,
      at: (opts.now?.() ?? new Date()).toISOString(),
    };
    await tickets.setState(t.id, CONSENT_ASK_STATE, ask);
    await opts.agent.staffReply(t.id, staff.username, consentQuestion(consentKey, t.language));
    void hub.changed(t.id);
    return { consentAsk: ask };
  });

  app.post('/api/v1/console/tickets/:id/status', { preHandler: guard }, async (request, reply) => {
    const t = await visibleTicket(request, reply);
    if (!t) return reply;
    const body = parseOr400(reply, statusBody, request.body, 'body');
    if (!body) return reply;
    return answer(reply, await setStatus(work, t, request.staff!, body));
  });

  app.post('/api/v1/console/tickets/:id/reply', { preHandler: guard }, async (request, reply) => {
    const t = await visibleTicket(request, reply);
    if (!t) return reply;
    const body = parseOr400(reply, textBody, request.body, 'body');
    if (!body) return reply;
    await opts.agent.staffReply(t.id, request.staff!.username, body.text);
    void hub.changed(t.id);
    return { ok: true };
  });

  app.post('/api/v1/console/tickets/:id/note', { preHandler: guard }, async (request, reply) => {
    const t = await visibleTicket(request, reply);
    if (!t) return reply;
    const body = parseOr400(reply, textBody, request.body, 'body');
    if (!body) return reply;
    return answer(reply, await addNote(work, t, request.staff!, body.text));
  });

  app.post('/api/v1/console/tickets/:id/escalate', { preHandler: guard }, async (request, reply) => {
    const t = await visibleTicket(request, reply);
    if (!t) return reply;
    const body = parseOr400(reply, escalateBody, request.body, 'body');
    if (!body) return reply;
    return answer(reply, await escalate(work, t, request.staff!, body));
  });

  app.post('/api/v1/console/tickets/:id/assign', { preHandler: guard }, async (request, reply) => {
    const t = await visibleTicket(request, reply);
    if (!t) return reply;
    const body = parseOr400(reply, assignBody, request.body, 'body');
    if (!body) return reply;
    if (body.assignee && !(await auth.store.userByUsername(body.assignee)))
      return problem(reply, 400, 'Unknown staff member', body.assignee);
    return answer(reply, await assign(work, t, request.staff!, body));
  });

  app.post('/api/v1/console/tickets/:id/resolve', { preHandler: guard }, async (request, reply) => {
    const t = await visibleTicket(request, reply);
    if (!t) return reply;
    const body = parseOr400(reply, resolveBody, request.body, 'body');
    if (!body) return reply;
    return answer(reply, await resolve(work, t, request.staff!, body));
  });

  app.post('/api/v1/console/tickets/:id/takeover', { preHandler: guard }, async (request, reply) => {
    const t = await visibleTicket(request, reply);
    if (!t) return reply;
    const body = parseOr400(reply, takeoverBody, request.body ?? {}, 'body');
    if (!body) return reply;
    const staff = request.staff!;
    if (body.release) {
      await handBack(takeoverDeps, t.id);
      return { takenOverBy: null };
    }
    await takeOver(takeoverDeps, t.id, staff.username);
    return { takenOverBy: staff.username };
  });

  app.post('/api/v1/console/tickets/:id/diagnostics', { preHandler: guard }, async (request, reply) => {
    const t = await visibleTicket(request, reply);
    if (!t) return reply;
    const body = parseOr400(reply, diagnosticsBody, request.body ?? {}, 'body');
    if (!body) return reply;
    const { customer, service, deviceId } = await subject(t, request.log);
    const runs = await opts.diagnostics.runProbes(
      {
        customer,
        service,
        deviceId,
        devices: opts.devices,
        isp: opts.isp,
        incidents: opts.incidents,
        now: opts.now,
        log: request.log,
      },
      (body.probes as (typeof PROBE_IDS)[number][] | undefined) ?? [...PROBE_IDS],
    );
    const causes = opts.diagnostics.diagnose(runs);
    const actor = staffActor(request.staff!);
    const events: TimelineEvent[] = runs.flatMap((r) =>
      r.findings.map((finding) => ({ type: 'finding' as const, actor, probe: r.probe, finding })),
    );
    const unavailable = runs.filter((r) => r.unavailable).map((r) => `${r.probe}: ${r.unavailable}`);
    if (unavailable.length)
      events.push({
        type: 'note',
        actor,
        text: `Could not check: ${unavailable.join('; ')}`,
        internal: true,
      });
    if (events.length) await append(reply, t.id, events);
    return { runs, causes };
  });

  app.post('/api/v1/console/tickets/:id/actions', { preHandler: guard }, async (request, reply) => {
    const t = await visibleTicket(request, reply);
    if (!t) return reply;
    const body = parseOr400(reply, actionBody, request.body, 'body');
    if (!body) return reply;
    const staff = request.staff!;
    const { customer, service, deviceId } = await subject(t, request.log);
    const grants = await grantsOf(t.id);
    const latestFindings = (await tickets.timeline(t.id)).flatMap((e) =>
      e.type === 'finding' && e.finding.severity !== 'ok' ? [e.finding.code] : [],
    );
    const actor = staffActor(staff);
    await append(reply, t.id, [
      { type: 'action_requested', actor, action: body.action, reason: body.reason },
    ]);
    // The guards in src/actions decide; staff cannot stand in for the customer's verification or consent.
    const result = await opts.actions.executeAction(
      body.action,
      {
        ticketId: t.id,
        actor: { kind: 'staff', id: staff.username },
        customer,
        service,
        deviceId,
        verified: grants.verified,
        consents: new Set(grants.consents),
        lastResort: body.lastResort,
        devices: opts.devices,
        isp: opts.isp,
        directory,
        audit,
        log: request.log,
      },
      body.args,
      body.reason,
      [...new Set(latestFindings)],
    );
    if (result.ok) {
      await append(reply, t.id, [
        { type: 'action_done', actor, action: body.action, result: result.details },
      ]);
      reply.header('cache-control', 'no-store');
      return { ok: true, action: body.action, details: result.details, secrets: result.secrets ?? null };
    }
    await append(reply, t.id, [
      { type: 'action_failed', actor, action: body.action, error: result.message, code: result.error },
    ]);
    const status =
      result.error === 'not_verified' || result.error === 'no_consent' || result.error === 'not_last_resort'
        ? 403
        : result.error === 'invalid_args'
          ? 400
          : 502;
    return problem(reply, status, `Action ${body.action} was not carried out`, result.message, {
      error: result.error,
      requiredConsent: CONSENT_FOR_ACTION[body.action] ?? null,
    });
  });

  async function subject(t: Ticket, log: FastifyBaseLogger) {
    const customer = t.customerId ? await directory.byId(t.customerId) : null;
    const service = t.serviceId
      ? await directory.service(t.serviceId)
      : customer
        ? ((await directory.services(customer.id))[0] ?? null)
        : null;
    const device = service
      ? await opts.devices
          .findByService(service.id)
          .catch(loggedFallback(log, { ticketId: t.id }, 'finding the router', null))
      : null;
    return { customer, service, deviceId: device?.id ?? null };
  }

  app.get('/api/v1/console/incidents', { preHandler: guard }, async () => {
    const items = await opts.incidents.list({ status: 'open' });
    return { items };
  });

  app.get(
    '/api/v1/console/audit',
    { preHandler: auth.requireStaff(['supervisor', 'admin']) },
    async (request, reply) => {
      const query = parseOr400(reply, auditQuery, request.query, 'query');
      if (!query) return reply;
      const r = await readAudit(query, { audit, tickets, directory });
      if ('notFound' in r) return problem(reply, 404, 'Not found', r.notFound);
      return r;
    },
  );

  app.get('/api/v1/console/staff', { preHandler: guard }, async () => {
    const users = await auth.store.listUsers();
    return {
      staff: users
        .filter((u) => u.active)
        .map((u) => ({ username: u.username, displayName: u.displayName, role: u.role })),
    };
  });

  if (!app.hasDecorator('websocketServer')) await app.register(websocket);
  app.get('/api/v1/console/ws', { websocket: true, preHandler: guard }, (socket, request) => {
    // Cookies ride along on cross-site WebSocket handshakes too, so check the Origin.
    const origin = request.headers.origin;
    if (origin && originHost(origin) !== request.headers.host) {
      socket.close(1008, 'origin');
      return;
    }
    hub.add(socket as unknown as LiveSocket, request.staff!);
  });
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    // An Origin header that is not a URL matches no host (bad input, not a failure).
    return null;
  }
}
