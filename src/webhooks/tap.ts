import type { Incident, Ticket, TimelineEvent } from '../domain/index.js';
import type { IncidentStore, TicketStore } from '../tickets/ports.js';
import type { EmitEvent } from './webhooks.js';

// Webhook events from the stores every ticket and incident change goes through (agent, console,
// REST API, outage detection), so no caller has to remember to raise them. The stores are wrapped,
// not changed: every other method passes through untouched.

function ticketData(t: Ticket): Record<string, unknown> {
  return {
    ticket: {
      id: t.id,
      reference: t.reference,
      status: t.status,
      priority: t.priority,
      queue: t.queue,
      channel: t.channel,
      language: t.language,
      intent: t.intent,
      customerId: t.customerId,
      incidentId: t.incidentId,
      createdAt: t.createdAt,
      updatedAt: t.updatedAt,
      resolvedAt: t.resolvedAt,
    },
  };
}

function wrap<T extends object>(target: T, overrides: Partial<Record<keyof T, unknown>>): T {
  return new Proxy(target, {
    get(t, prop) {
      if (Object.prototype.hasOwnProperty.call(overrides, prop)) return overrides[prop as keyof T];
      const v = Reflect.get(t, prop, t) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(t) : v;
    },
  });
}

export function tapTicketEvents<T extends TicketStore>(tickets: T, emit: EmitEvent): T {
  const create: TicketStore['create'] = async (input, opening) => {
    const t = await tickets.create(input, opening);
    await emit('ticket.created', ticketData(t));
    return t;
  };
  const append: TicketStore['append'] = async (ticketId, events, patch, expectedVersion) => {
    const resolving = patch?.status === 'resolved';
    const before = resolving ? await tickets.get(ticketId) : null;
    const t = await tickets.append(ticketId, events, patch, expectedVersion);
    if (resolving && before?.status !== 'resolved' && t.status === 'resolved')
      await emit('ticket.resolved', ticketData(t));
    for (const e of events.filter((x): x is Extract<TimelineEvent, { type: 'csat' }> => x.type === 'csat')) {
      await emit('ticket.csat', { ...ticketData(t), csat: { score: e.score, comment: e.comment ?? null } });
    }
    return t;
  };
  const escalate: TicketStore['escalate'] = async (ticketId, queue, reason, packet) => {
    const escalation = await tickets.escalate(ticketId, queue, reason, packet);
    const t = await tickets.get(ticketId);
    if (t) await emit('ticket.escalated', { ...ticketData(t), escalation: { queue, reason } });
    return escalation;
  };
  return wrap(tickets, { create, append, escalate } as Partial<Record<keyof T, unknown>>);
}

function incidentData(i: Incident): Record<string, unknown> {
  return { incident: { ...i } };
}

export function tapIncidentEvents<T extends IncidentStore>(incidents: T, emit: EmitEvent): T {
  const create: IncidentStore['create'] = async (input) => {
    const i = await incidents.create(input);
    await emit('incident.opened', incidentData(i));
    return i;
  };
  const resolve: IncidentStore['resolve'] = async (id) => {
    const before = await incidents.get(id);
    const i = await incidents.resolve(id);
    if (before?.status !== 'resolved') await emit('incident.resolved', incidentData(i));
    return i;
  };
  const update: IncidentStore['update'] = async (id, patch) => {
    const before = patch.status === 'resolved' ? await incidents.get(id) : null;
    const i = await incidents.update(id, patch);
    if (before && before.status !== 'resolved' && i.status === 'resolved')
      await emit('incident.resolved', incidentData(i));
    return i;
  };
  return wrap(incidents, { create, resolve, update } as Partial<Record<keyof T, unknown>>);
}
