import type { FastifyInstance } from 'fastify';
import { servicePatchSchema } from '../../storage/inputs.js';
import type { Repositories } from '../../storage/repositories.js';
import { NotFoundError } from '../../tickets/ports.js';
import { serviceView } from '../views.js';
import { zodRoute } from '../../http/zod-route.js';
import { idParams } from './customers.js';

export async function serviceRoutes(app: FastifyInstance, opts: { repos: Repositories }): Promise<void> {
  const { customers } = opts.repos;
  const tags = ['services'];

  zodRoute(
    app,
    { method: 'GET', url: '/services/:id', summary: 'A service', tags, params: idParams },
    async ({ params }) => {
      const s = await customers.service(params.id);
      if (!s) throw new NotFoundError('service', params.id);
      return serviceView(s);
    },
  );

  zodRoute(
    app,
    {
      method: 'PATCH',
      url: '/services/:id',
      summary: 'Update a service',
      tags,
      params: idParams,
      body: servicePatchSchema,
    },
    async ({ params, body }) => serviceView(await customers.patchService(params.id, body)),
  );

  zodRoute(
    app,
    { method: 'DELETE', url: '/services/:id', summary: 'Delete a service', tags, params: idParams },
    async ({ params }, reply) => {
      await customers.deleteService(params.id);
      return reply.code(204).send();
    },
  );

  zodRoute(
    app,
    { method: 'GET', url: '/services/:id/devices', summary: 'Devices of a service', tags, params: idParams },
    async ({ params }) => {
      if (!(await customers.service(params.id))) throw new NotFoundError('service', params.id);
      return { items: await customers.devicesOfService(params.id) };
    },
  );
}
