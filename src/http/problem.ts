import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError, type z } from 'zod';
import { BadCursorError } from '../storage/common.js';
import { ConflictError, InvalidTransitionError } from '../tickets/errors.js';
import { ConcurrencyError, NotFoundError } from '../tickets/ports.js';

// RFC 9457 problem details: every error leaves the API as application/problem+json.

export interface FieldError {
  /** Where the bad value was: body, query, params or header. */
  in: string;
  /** JSON pointer to the field, e.g. `/contacts/0/value`. */
  pointer: string;
  detail: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

const TYPE_BASE = 'https://frontline.example/problems/';

export class HttpProblem extends Error {
  constructor(
    public readonly status: number,
    public readonly title: string,
    detail?: string,
    public readonly extra: { type?: string; errors?: FieldError[]; [k: string]: unknown } = {},
  ) {
    super(detail ?? title);
    this.name = 'HttpProblem';
  }
}

export function fieldErrors(err: z.ZodError, where: string): FieldError[] {
  return err.issues.map((i) => ({
    in: where,
    pointer: '/' + i.path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/'),
    detail: i.message,
  }));
}

export function validationProblem(errors: FieldError[]): HttpProblem {
  return new HttpProblem(400, 'Your request is not valid', `${errors.length} field(s) failed validation`, {
    type: `${TYPE_BASE}validation`,
    errors,
  });
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function toProblem(err: unknown, instance: string): Problem {
  const base = (status: number, title: string, detail?: string, type = 'about:blank'): Problem => ({
    type,
    title,
    status,
    ...(detail ? { detail } : {}),
    instance,
  });
  if (err instanceof HttpProblem) {
    const { type, ...rest } = err.extra;
    return { ...base(err.status, err.title, err.message, type ?? 'about:blank'), ...rest };
  }
  if (err instanceof ZodError) {
    const p = validationProblem(fieldErrors(err, 'body'));
    return toProblem(p, instance);
  }
  if (err instanceof NotFoundError) return base(404, 'Not Found', err.message, `${TYPE_BASE}not-found`);
  if (err instanceof ConcurrencyError)
    return base(409, 'Conflict', err.message, `${TYPE_BASE}concurrent-change`);
  if (err instanceof InvalidTransitionError)
    return base(409, 'Conflict', err.message, `${TYPE_BASE}invalid-transition`);
  if (err instanceof ConflictError) return base(409, 'Conflict', err.message, `${TYPE_BASE}conflict`);
  if (err instanceof BadCursorError) return base(400, 'Bad Request', err.message, `${TYPE_BASE}bad-cursor`);
  const code = (err as { code?: unknown })?.code;
  if (code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return base(
      422,
      'Unprocessable Content',
      'a referenced record does not exist',
      `${TYPE_BASE}unknown-reference`,
    );
  }
  const fe = err as FastifyError;
  if (typeof fe?.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return base(fe.statusCode, TITLES[fe.statusCode] ?? 'Bad Request', fe.message);
  }
  return base(500, 'Internal Server Error', 'Something went wrong on our side; it has been logged.');
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type('application/problem+json').send(problem);
}

/** Installs the error and not-found handlers that answer with problem+json. */
export function installProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const problem = toProblem(err, request.url.split('?')[0]);
    if (problem.status >= 500) request.log.error({ err }, 'request failed');
    else request.log.info({ status: problem.status, title: problem.title }, 'request refused');
    if (problem.status === 401) reply.header('www-authenticate', 'Bearer');
    return sendProblem(reply, { ...problem, requestId: request.id });
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, {
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: `no route for ${request.method} ${request.url.split('?')[0]}`,
      instance: request.url.split('?')[0],
      requestId: request.id,
    }),
  );
}
