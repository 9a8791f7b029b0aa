import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  CHANNELS,
  INTENTS,
  LANGUAGES,
  PRIORITIES,
  QUEUES,
  TICKET_STATUSES,
  timelineEventSchema,
  type TimelineEvent,
} from '../../domain/index.js';
import type { Repositories } from '../../storage/repositories.js';
import { NotFoundError, type TicketPatch } from '../../tickets/ports.js';
import { HttpProblem } from '../../http/problem.js';
import { qs, zodRoute } from '../../http/zod-route.js';
import { idParams, pageQuery } from './customers.js';

const id64 = z.string().min(1).max(64);

const createBody = z.object({
  channel: z.enum(CHANNELS).default('api'),
  language: z.enum(LANGUAGES),
  customerId: id64.nullable().optional(),
  serviceId: id64.nullable().optional(),
  intent: z.enum(INTENTS).nullable().optional(),
  priority: z.enum(PRIORITIES).optional(),
  subject: z.string().trim().max(500).nullable().optional(),
  /** The customer's opening message, stored as a `message_in` event. */
  message: z.string().min(1).max(10_000).optional(),
});

const patchBody = z
  .object({
    expectedVersion: z.number().int().min(1).optional(),
    customerId: id64.nullable().optional(),
    serviceId: id64.nullable().optional(),
    language: z.enum(LANGUAGES).optional(),
    intent: z.enum(INTENTS).nullable().optional(),
    priority: z.enum(PRIORITIES).optional(),
    status: z.enum(TICKET_STATUSES).optional(),
    queue: z.enum(QUEUES).nullable().optional(),
    assignee: z.string().max(128).nullable().optional(),
    subject: z.string().trim().max(500).nullable().optional(),
    incidentId: id64.nullable().optional(),
    disposition: z.string().max(128).nullable().optional(),
    /** An internal note added with the change. */
    note: z.string().min(1).max(10_000).optional(),
  })
  .strict();

const eventsBody = z.object({
  events: z.array(timelineEventSchema).min(1).max(100),
  expectedVersion: z.number().int().min(1).optional(),
});

const listQuery = z.object({
  ...pageQuery,
  status: qs.list(z.enum(TICKET_STATUSES)).optional(),
  queue: z.enum(QUEUES).optional(),
  customerId: id64.optional(),
  intent: z.enum(INTENTS).optional(),
  priority: z.enum(PRIORITIES).optional(),
  incidentId: id64.optional(),
  q: z.string().max(200).optional(),
});

export async function ticketRoutes(app: FastifyInstance, opts: { repos: Repositories }): Promise<void> {
  const { tickets, customers, incidents } = opts.repos;
  const tags = ['tickets'];

  async function checkRefs(b: {
    customerId?: string | null;
    serviceId?: string | null;
    incidentId?: string | null;
  }) {
    if (b.customerId && !(await customers.byId(b.customerId))) throw unknownRef('customerId', b.customerId);
    if (b.serviceId && !(await customers.service(b.serviceId))) throw unknownRef('serviceId', b.serviceId);
    if (b.incidentId && !(await incidents.get(b.incidentId))) throw unknownRef('incidentId', b.incidentId);
  }

  async function find(idOrRef: string) {
    const t = /^T-\d+$/i.test(idOrRef) ? await tickets.getByReference(idOrRef) : await tickets.get(idOrRef);
    if (!t) throw new NotFoundError('ticket', idOrRef);
    return t;
  }

  zodRoute(
    app,
    {
      method: 'GET',
      url: '/tickets',
      summary: 'List tickets, newest first (filters, full-text q, cursor pagination)',
      tags,
      query: listQuery,
    },
    async ({ query }) => tickets.list(query),
  );

  zodRoute(
    app,
    { method: 'POST', url: '/tickets', summary: 'Open a ticket', tags, body: createBody },
    async ({ body }, reply) => {
      await checkRefs(body);
      const { message, ...input } = body;
      const opening: TimelineEvent[] = message
        ? [
            {
              type: 'message_in',
              channel: input.channel,
              text: message,
              actor: { kind: 'customer', id: input.customerId ?? null },
            },
          ]
        : [];
      return reply.code(201).send(await tickets.create(input, opening));
    },
  );

  zodRoute(
    app,
    {
      method: 'GET',
      url: '/tickets/:id',
      summary: 'A ticket (by id or T-reference) with its timeline',
      tags,
      params: idParams,
    },
    async ({ params }) => {
      const ticket = await find(params.id);
      const [timeline, escalations] = await Promise.all([
        tickets.timeline(ticket.id),
        tickets.escalations(ticket.id),
      ]);
      return { ticket, timeline, escalations };
    },
  );

  zodRoute(
    app,
    {
      method: 'PATCH',
      url: '/tickets/:id',
      summary: 'Change a ticket (optimistic concurrency with expectedVersion)',
      tags,
      params: idParams,
      body: patchBody,
    },
    async ({ params, body }) => {
      const ticket = await find(params.id);
      const { expectedVersion, note, ...patch } = body;
      await checkRefs(patch);
      const events: TimelineEvent[] = note
        ? [{ type: 'note', text: note, internal: true, actor: { kind: 'staff', id: null } }]
        : [];
      return tickets.append(ticket.id, events, patch as TicketPatch, expectedVersion);
    },
  );

  zodRoute(
    app,
    {
      method: 'POST',
      url: '/tickets/:id/events',
      summary: 'Append timeline events to a ticket',
      tags,
      params: idParams,
      body: eventsBody,
    },
    async ({ params, body }) => {
      const ticket = await find(params.id);
      return tickets.append(ticket.id, body.events, {}, body.expectedVersion);
    },
  );
}

function unknownRef(field: string, value: string): HttpProblem {
  return new HttpProblem(422, 'Unprocessable Content', `${field} ${value} does not exist`, {
    errors: [{ in: 'body', pointer: `/${field}`, detail: 'does not exist' }],
  });
}
