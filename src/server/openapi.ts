import type { FastifyInstance, RouteOptions } from 'fastify';
import { z } from 'zod';
import { defaultAccess, type RouteAccess } from './access.js';
import type { ZodRouteConfig } from '../http/zod-route.js';

// OpenAPI 3.1 document built from the routes actually registered (zod schemas where present).

interface CollectedRoute {
  method: string;
  url: string;
  zod?: ZodRouteConfig['zod'];
  /** The route's options: its access is read when the document is built (later hooks set it). */
  options: RouteOptions;
}

type JsonSchema = Record<string, unknown>;

function toJson(schema: z.ZodType): JsonSchema {
  const s = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  delete s.$schema;
  return s;
}

function parametersOf(schema: z.ZodType | undefined, where: 'path' | 'query'): unknown[] {
  if (!schema) return [];
  const js = toJson(schema);
  const props = (js.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((js.required ?? []) as string[]);
  return Object.entries(props).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' ? true : required.has(name),
    schema: s,
    ...(typeof s.description === 'string' ? { description: s.description } : {}),
  }));
}

const problemSchema = {
  type: 'object',
  required: ['type', 'title', 'status'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: { in: { type: 'string' }, pointer: { type: 'string' }, detail: { type: 'string' } },
      },
    },
  },
};

export class OpenApiCollector {
  private readonly routes: CollectedRoute[] = [];
  private cached: unknown = null;

  /** Hook into route registration; call before any route or plugin is registered. */
  attach(app: FastifyInstance): void {
    app.addHook('onRoute', (r: RouteOptions) => {
      const methods = (Array.isArray(r.method) ? r.method : [r.method]).filter((m) => m !== 'HEAD');
      const zod = (r.config as Partial<ZodRouteConfig> | undefined)?.zod;
      for (const method of methods)
        this.routes.push({ method: method.toLowerCase(), url: r.url, zod, options: r });
      this.cached = null;
    });
  }

  document(info: { title: string; version: string; description?: string }, prefix = '/api/'): unknown {
    if (this.cached) return this.cached;
    const paths: Record<string, Record<string, unknown>> = {};
    for (const r of this.routes) {
      if (!r.url.startsWith(prefix)) continue;
      const path = r.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
      const z = r.zod;
      const op: Record<string, unknown> = {
        summary: z?.summary ?? `${r.method.toUpperCase()} ${r.url}`,
        ...(z?.description ? { description: z.description } : {}),
        tags: z?.tags ?? [path.split('/')[3] ?? 'api'],
        operationId: `${r.method}${path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      };
      const params = [...parametersOf(z?.params, 'path'), ...parametersOf(z?.query, 'query')];
      const pathParams = [...r.url.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]);
      for (const name of pathParams) {
        if (!params.some((p) => (p as { name: string }).name === name)) {
          params.push({ name, in: 'path', required: true, schema: { type: 'string' } });
        }
      }
      if (params.length > 0) op.parameters = params;
      if (z?.body) {
        const content: Record<string, unknown> = { 'application/json': { schema: toJson(z.body) } };
        for (const ct of z.bodyContentTypes ?? []) content[ct] = { schema: { type: 'string' } };
        op.requestBody = { required: true, content };
      }
      const responses: Record<string, unknown> = {};
      for (const [code, res] of Object.entries(z?.responses ?? { 200: { description: 'OK' } })) {
        responses[code] = {
          description: res.description,
          ...(res.schema ? { content: { 'application/json': { schema: toJson(res.schema) } } } : {}),
        };
      }
      responses.default = {
        description: 'An error (RFC 9457 problem details)',
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      };
      op.responses = responses;
      const access =
        (r.options.config as { access?: RouteAccess } | undefined)?.access ??
        defaultAccess(r.method.toUpperCase());
      // Public routes, and those that authenticate their callers themselves, need no API credential.
      op.security = 'public' in access ? [] : [{ bearer: [access.scope] }, { staffSession: [access.scope] }];
      (paths[path] ??= {})[r.method] = op;
    }
    this.cached = {
      openapi: '3.1.0',
      info,
      paths,
      components: {
        schemas: { Problem: problemSchema },
        securitySchemes: {
          bearer: {
            type: 'http',
            scheme: 'bearer',
            description:
              'An API token (FRONTLINE_API_TOKEN or FRONTLINE_API_TOKENS); the list names the scope needed',
          },
          staffSession: {
            type: 'apiKey',
            in: 'cookie',
            name: 'fl_session',
            description: 'A console session; writes also need the x-csrf-token header',
          },
        },
      },
    };
    return this.cached;
  }
}
