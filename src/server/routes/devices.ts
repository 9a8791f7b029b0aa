import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { deviceInputSchema, devicePatchSchema } from '../../storage/inputs.js';
import type { Repositories } from '../../storage/repositories.js';
import { NotFoundError } from '../../tickets/ports.js';
import { zodRoute } from '../../http/zod-route.js';
import { idParams, pageQuery } from './customers.js';

export interface DeviceRouteOptions {
  repos: Repositories;
  /**
   * Register GET /devices and GET /devices/:id. The ACS plugin serves those (live status and
   * parameters) once it is wired; then the inventory reads stay under /inventory/devices.
   */
  reads?: boolean;
}

export async function deviceRoutes(app: FastifyInstance, opts: DeviceRouteOptions): Promise<void> {
  const { devices } = opts.repos;
  const tags = ['devices'];
  const listQuery = z.object({
    ...pageQuery,
    serviceId: z.string().max(64).optional(),
    serial: z.string().max(64).optional(),
  });

  const readPrefixes = opts.reads === false ? ['/inventory/devices'] : ['/devices', '/inventory/devices'];
  for (const base of readPrefixes) {
    zodRoute(
      app,
      { method: 'GET', url: base, summary: 'List inventory devices', tags, query: listQuery },
      async ({ query }) => devices.list(query),
    );
    zodRoute(
      app,
      { method: 'GET', url: `${base}/:id`, summary: 'An inventory device', tags, params: idParams },
      async ({ params }) => {
        const d = await devices.get(params.id);
        if (!d) throw new NotFoundError('device', params.id);
        return d;
      },
    );
  }

  zodRoute(
    app,
    {
      method: 'POST',
      url: '/devices',
      summary: 'Register a device (id OUI-ProductClass-Serial); updates it when it exists',
      tags,
      body: deviceInputSchema,
    },
    async ({ body }, reply) => {
      const { device, created } = await devices.upsert(body);
      return reply.code(created ? 201 : 200).send(device);
    },
  );

  zodRoute(
    app,
    {
      method: 'PATCH',
      url: '/devices/:id',
      summary: 'Update a device',
      tags,
      params: idParams,
      body: devicePatchSchema,
    },
    async ({ params, body }) => devices.update(params.id, body),
  );

  zodRoute(
    app,
    {
      method: 'DELETE',
      url: '/devices/:id',
      summary: 'Remove a device from the inventory',
      tags,
      params: idParams,
    },
    async ({ params }, reply) => {
      await devices.delete(params.id);
      return reply.code(204).send();
    },
  );
}
