import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import { z } from 'zod';
import { fieldErrors, validationProblem, type FieldError } from './problem.js';

// Routes declared with zod schemas: inputs are validated (400 problem+json with every field
// error) and the same schemas describe the route in the OpenAPI document.

export interface RouteDoc {
  summary: string;
  description?: string;
  tags?: string[];
  /** Response schemas by status code, for the OpenAPI document. */
  responses?: Record<number, { description: string; schema?: z.ZodType }>;
  /** Extra request content types besides application/json (e.g. text/csv), for the document. */
  bodyContentTypes?: string[];
}

export interface ZodRouteSpec<
  B extends z.ZodType | undefined,
  Q extends z.ZodType | undefined,
  P extends z.ZodType | undefined,
> extends RouteDoc {
  method: HTTPMethods;
  url: string;
  body?: B;
  query?: Q;
  params?: P;
}

type Out<T> = T extends z.ZodType ? z.output<T> : undefined;

export interface ValidatedInput<B, Q, P> {
  body: Out<B>;
  query: Out<Q>;
  params: Out<P>;
  request: FastifyRequest;
}

/** What the OpenAPI builder reads from a route's `config`. */
export interface ZodRouteConfig {
  zod: { body?: z.ZodType; query?: z.ZodType; params?: z.ZodType } & RouteDoc;
}

function check(schema: z.ZodType | undefined, value: unknown, where: string, errors: FieldError[]): unknown {
  if (!schema) return undefined;
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  errors.push(...fieldErrors(r.error, where));
  return undefined;
}

export function zodRoute<
  B extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  P extends z.ZodType | undefined = undefined,
>(
  app: FastifyInstance,
  spec: ZodRouteSpec<B, Q, P>,
  handler: (input: ValidatedInput<B, Q, P>, reply: FastifyReply) => Promise<unknown>,
): void {
  const { method, url, body, query, params, ...doc } = spec;
  const config: ZodRouteConfig = { zod: { body, query, params, ...doc } };
  app.route({
    method,
    url,
    config,
    handler: async (request, reply) => {
      const errors: FieldError[] = [];
      const p = check(params, request.params, 'params', errors);
      const q = check(query, request.query, 'query', errors);
      const b = check(body, request.body, 'body', errors);
      if (errors.length > 0) throw validationProblem(errors);
      return handler({ body: b as Out<B>, query: q as Out<Q>, params: p as Out<P>, request }, reply);
    },
  });
}

/** Query-string helpers: values arrive as strings (or arrays when repeated). */
export const qs = {
  int: (min: number, max: number) => z.coerce.number().int().min(min).max(max),
  /** `a,b` or repeated `?x=a&x=b` → string[] */
  list: <T extends z.ZodType>(item: T) =>
    z.preprocess(
      (v) =>
        Array.isArray(v) ? v.flatMap((x) => String(x).split(',')) : typeof v === 'string' ? v.split(',') : v,
      z.array(item),
    ),
};
