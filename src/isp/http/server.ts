import Fastify, { type FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { timingSafeEqual } from 'node:crypto';
import { UnknownServiceError, type IspPorts, type VisitRequest } from '../ports.js';
import { OPERATIONS, UNKNOWN_SERVICE_TYPE, type Operation, type OperationId } from './contract.js';
import { ispOpenApiYaml } from './openapi.js';

// The reference server of the ISP HTTP contract: serves any IspPorts implementation (the
// simulated ISP in `frontline sim --http`, the benchmark) exactly as docs/isp-http-api.yaml says.

interface Input {
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
}

class NotServed extends Error {}

function need<T>(port: T | undefined, name: string): T {
  if (!port) throw new NotServed(`this ISP does not serve the ${name} port`);
  return port;
}

const HANDLERS: { [K in OperationId]: (ports: IspPorts, i: Input) => Promise<unknown> } = {
  lineStatus: (p, i) => p.access.lineStatus(i.params.serviceId, i.query.access as 'fiber' | 'dsl' | 'cable'),
  aaaSession: (p, i) => p.aaa.session(i.params.username),
  aaaDisconnect: async (p, i) => {
    const aaa = p.aaa;
    if (!aaa.disconnect) throw new NotServed('this AAA cannot end sessions');
    return { disconnected: await aaa.disconnect(i.params.username) };
  },
  portalStatus: (p, i) => p.portal.status(i.params.customerNumber),
  portalUnlock: (p, i) => p.portal.unlock(i.params.customerNumber),
  portalResetPassword: (p, i) => p.portal.resetPassword(i.params.customerNumber),
  billingStatus: (p, i) => need(p.billing, 'billing').status(i.params.customerNumber),
  installationAddress: (p, i) => need(p.installation, 'installation').address(i.params.serviceId),
  bookVisit: (p, i) => need(p.fieldService, 'fieldService').book(i.body as VisitRequest),
  addVisitNotes: async (p, i) => {
    const field = need(p.fieldService, 'fieldService');
    if (!field.addNotes) throw new NotServed('this field service cannot take notes');
    await field.addNotes(i.params.bookingId, (i.body as { notes: string[] }).notes);
  },
};

export interface IspHttpServerOptions {
  ports: IspPorts;
  /** When set, every contract call needs `Authorization: Bearer <token>`. */
  token?: string;
  logger?: boolean;
}

export function createIspHttpServer(opts: IspHttpServerOptions): FastifyInstance {
  const app = Fastify({ logger: opts.logger ?? false });
  const problem = (status: number, title: string, detail: string, type = 'about:blank') => ({
    type,
    title,
    status,
    detail,
  });
  const expected = opts.token ? Buffer.from(`Bearer ${opts.token}`) : null;

  app.get('/openapi.yaml', async (_req, reply) => reply.type('application/yaml').send(ispOpenApiYaml()));
  app.get('/health', async () => ({ ok: true }));

  for (const [id, op] of Object.entries(OPERATIONS) as [OperationId, Operation][]) {
    app.route({
      method: op.method,
      url: op.path.replace(/\{(\w+)\}/g, ':$1'),
      handler: async (request, reply) => {
        const send = (status: number, body: unknown) =>
          reply.code(status).type('application/problem+json').send(body);
        if (expected) {
          const got = Buffer.from(request.headers.authorization ?? '');
          if (got.length !== expected.length || !timingSafeEqual(got, expected))
            return send(401, problem(401, 'Unauthorized', 'a valid bearer token is needed'));
        }
        const bad: string[] = [];
        const read = (schema: z.ZodType | undefined, value: unknown, where: string) => {
          if (!schema) return value;
          const r = schema.safeParse(value);
          if (!r.success)
            bad.push(...r.error.issues.map((x) => `${where}.${x.path.join('.')}: ${x.message}`));
          return r.success ? r.data : undefined;
        };
        const input = {
          params: read(op.params, request.params, 'params') as Record<string, string>,
          query: read(op.query, request.query ?? {}, 'query') as Record<string, string>,
          body: read(op.body, request.body, 'body'),
        };
        if (bad.length) return send(400, problem(400, 'Bad Request', bad.join('; ')));
        try {
          const out = await HANDLERS[id](opts.ports, input);
          return op.response ? reply.code(200).send(out) : reply.code(204).send();
        } catch (err) {
          if (err instanceof UnknownServiceError)
            return send(404, {
              ...problem(404, 'Not Found', err.message, UNKNOWN_SERVICE_TYPE),
              serviceId: err.serviceId,
            });
          if (err instanceof NotServed) return send(501, problem(501, 'Not Implemented', err.message));
          request.log.error({ err }, 'ISP port failed');
          return send(500, problem(500, 'Internal Server Error', (err as Error).message));
        }
      },
    });
  }
  return app;
}
