import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { NotFoundError } from '../../tickets/ports.js';
import { customerInputSchema, customerPatchSchema, serviceInputSchema } from '../../storage/inputs.js';
import type { Repositories } from '../../storage/repositories.js';
import { customerView, serviceView } from '../views.js';
import { qs, zodRoute } from '../../http/zod-route.js';

export const idParams = z.object({ id: z.string().min(1).max(64) });
export const pageQuery = {
  cursor: z.string().max(512).optional(),
  limit: qs.int(1, 200).optional(),
};

export async function customerRoutes(app: FastifyInstance, opts: { repos: Repositories }): Promise<void> {
  const { customers } = opts.repos;
  const tags = ['customers'];

  zodRoute(
    app,
    {
      method: 'GET',
      url: '/customers',
      summary: 'List customers, newest first',
      tags,
      query: z.object({ ...pageQuery, q: z.string().max(200).optional() }),
    },
    async ({ query }) => {
      const page = await customers.listCustomers(query);
      return { items: page.items.map(customerView), nextCursor: page.nextCursor };
    },
  );

  zodRoute(
    app,
    { method: 'POST', url: '/customers', summary: 'Create a customer', tags, body: customerInputSchema },
    async ({ body }, reply) => {
      const c = await customers.createCustomer(body);
      return reply.code(201).send(customerView(c));
    },
  );

  zodRoute(
    app,
    {
      method: 'GET',
      url: '/customers/:id',
      summary: 'A customer with services and devices',
      tags,
      params: idParams,
    },
    async ({ params }) => {
      const c = (await customers.byId(params.id)) ?? (await customers.byNumber(params.id));
      if (!c) throw new NotFoundError('customer', params.id);
      const services = await customers.services(c.id);
      const withDevices = await Promise.all(
        services.map(async (s) => ({ ...serviceView(s), devices: await customers.devicesOfService(s.id) })),
      );
      return { ...customerView(c), services: withDevices };
    },
  );

  zodRoute(
    app,
    {
      method: 'PATCH',
      url: '/customers/:id',
      summary: 'Update a customer',
      tags,
      params: idParams,
      body: customerPatchSchema,
    },
    async ({ params, body }) => customerView(await customers.updateCustomer(params.id, body)),
  );

  zodRoute(
    app,
    {
      method: 'DELETE',
      url: '/customers/:id',
      summary: 'Delete a customer and its services',
      tags,
      params: idParams,
    },
    async ({ params }, reply) => {
      await customers.deleteCustomer(params.id);
      return reply.code(204).send();
    },
  );

  zodRoute(
    app,
    {
      method: 'GET',
      url: '/customers/:id/services',
      summary: "A customer's services",
      tags,
      params: idParams,
    },
    async ({ params }) => {
      if (!(await customers.byId(params.id))) throw new NotFoundError('customer', params.id);
      return { items: (await customers.services(params.id)).map(serviceView) };
    },
  );

  zodRoute(
    app,
    {
      method: 'POST',
      url: '/customers/:id/services',
      summary: 'Add a service to a customer',
      tags: ['services'],
      params: idParams,
      body: serviceInputSchema.omit({ customerId: true }),
    },
    async ({ params, body }, reply) => {
      const s = await customers.createService({ ...body, customerId: params.id });
      return reply.code(201).send(serviceView(s));
    },
  );
}
