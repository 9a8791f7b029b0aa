import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Incident } from '../../domain/index.js';
import type { Repositories } from '../../storage/repositories.js';
import { NotFoundError } from '../../tickets/ports.js';
import { zodRoute } from '../../http/zod-route.js';
import { idParams } from './customers.js';

const areas = z.array(z.string().trim().min(1).max(64)).min(1).max(500);
const eta = z.iso.datetime({ offset: true }).nullable();

export interface IncidentRouteOptions {
  repos: Repositories;
  /** Called after an incident was resolved (the agent tells the affected customers). */
  onResolved?: (incident: Incident) => void | Promise<void>;
}

export async function incidentRoutes(app: FastifyInstance, opts: IncidentRouteOptions): Promise<void> {
  const { incidents } = opts.repos;
  const tags = ['incidents'];
  const resolved = async (inc: Incident) => {
    if (inc.status === 'resolved' && opts.onResolved) await opts.onResolved(inc);
    return inc;
  };

  zodRoute(
    app,
    {
      method: 'GET',
      url: '/incidents',
      summary: 'List incidents, newest first',
      tags,
      query: z.object({
        status: z.enum(['open', 'resolved']).optional(),
        area: z.string().max(64).optional(),
      }),
    },
    async ({ query }) => {
      const items =
        query.area && query.status !== 'resolved'
          ? await incidents.openInArea(query.area)
          : await incidents.list(query);
      return { items: query.area ? items.filter((i) => i.areas.includes(query.area!)) : items };
    },
  );

  zodRoute(
    app,
    {
      method: 'POST',
      url: '/incidents',
      summary: 'Open an incident (outage or planned work) for areas',
      tags,
      body: z.object({
        areas,
        kind: z.string().trim().min(1).max(64),
        title: z.string().trim().min(1).max(300),
        etaAt: eta.optional(),
      }),
    },
    async ({ body }, reply) => reply.code(201).send(await incidents.create(body)),
  );

  zodRoute(
    app,
    { method: 'GET', url: '/incidents/:id', summary: 'An incident', tags, params: idParams },
    async ({ params }) => {
      const inc = await incidents.get(params.id);
      if (!inc) throw new NotFoundError('incident', params.id);
      return inc;
    },
  );

  zodRoute(
    app,
    {
      method: 'PATCH',
      url: '/incidents/:id',
      summary: 'Update an incident (areas, ETA, title, status)',
      tags,
      params: idParams,
      body: z
        .object({
          areas: areas.optional(),
          etaAt: eta.optional(),
          title: z.string().trim().min(1).max(300).optional(),
          status: z.enum(['open', 'resolved']).optional(),
        })
        .strict(),
    },
    async ({ params, body }) => {
      const before = await incidents.get(params.id);
      if (!before) throw new NotFoundError('incident', params.id);
      const after = await incidents.update(params.id, body);
      return before.status === 'resolved' ? after : resolved(after);
    },
  );

  zodRoute(
    app,
    { method: 'POST', url: '/incidents/:id/resolve', summary: 'Resolve an incident', tags, params: idParams },
    async ({ params }) => {
      const before = await incidents.get(params.id);
      if (!before) throw new NotFoundError('incident', params.id);
      if (before.status === 'resolved') return before;
      return resolved(await incidents.resolve(params.id));
    },
  );
}
