import type { z } from 'zod';
import { UnknownServiceError, type IspPorts } from '../ports.js';
import { OPERATIONS, UNKNOWN_SERVICE_TYPE, type Operation, type OperationId } from './contract.js';

// The ISP ports over HTTP (the contract in ./contract.ts, docs/isp-http-api.yaml): every answer is
// validated, every call has a timeout, idempotent calls are retried, and every failure is an
// IspHttpError whose message says which system failed how (diagnostics turn it into "could not
// check …" rather than a crash).

export interface HttpIspOptions {
  /** The ISP's base URL; the contract's paths (/v1/…) are appended. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** Per attempt. */
  timeoutMs?: number;
  /** Further attempts of an idempotent call after a timeout, a network error, 429 or 5xx. */
  retries?: number;
  /** Pause before the first retry; doubled for each further one. */
  retryDelayMs?: number;
  /** The optional ports the ISP serves (default: all). */
  optionalPorts?: readonly ('billing' | 'installation' | 'fieldService')[];
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

export const HTTP_ISP_DEFAULTS = { timeoutMs: 4000, retries: 2, retryDelayMs: 250 } as const;

export class IspHttpError extends Error {
  constructor(
    readonly operation: OperationId,
    message: string,
    /** The HTTP status, when the ISP answered. */
    readonly status: number | null,
    /** Worth trying again later (timeout, network, 429, 5xx). */
    readonly transient: boolean,
  ) {
    super(message);
    this.name = 'IspHttpError';
  }
}

type Out<O extends Operation> = O['response'] extends z.ZodType ? z.output<O['response']> : void;

interface CallInput {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
}

export function createHttpIspPorts(opts: HttpIspOptions): IspPorts {
  const base = opts.baseUrl.replace(/\/+$/, '');
  const timeoutMs = opts.timeoutMs ?? HTTP_ISP_DEFAULTS.timeoutMs;
  const retries = opts.retries ?? HTTP_ISP_DEFAULTS.retries;
  const retryDelayMs = opts.retryDelayMs ?? HTTP_ISP_DEFAULTS.retryDelayMs;
  const doFetch = opts.fetch ?? fetch;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));

  async function attempt<K extends OperationId>(
    id: K,
    input: CallInput,
  ): Promise<Out<(typeof OPERATIONS)[K]>> {
    const op: Operation = OPERATIONS[id];
    const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) =>
      encodeURIComponent(input.params?.[name] ?? ''),
    );
    const qs = input.query ? `?${new URLSearchParams(input.query).toString()}` : '';
    const what = `the ISP's ${op.port} system (${op.method} ${op.path})`;
    let res: Response;
    try {
      res = await doFetch(`${base}${path}${qs}`, {
        method: op.method,
        headers: {
          accept: 'application/json',
          ...(input.body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        },
        body: input.body !== undefined ? JSON.stringify(input.body) : undefined,
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'error',
      });
    } catch (err) {
      const timedOut = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
      const why = timedOut
        ? `did not answer within ${timeoutMs} ms`
        : `could not be reached (${(err as Error & { cause?: Error }).cause?.message ?? (err as Error).message})`;
      throw new IspHttpError(id, `${what} ${why}`, null, true);
    }
    const text = await res.text().catch(() => '');
    const unknown = res.status === 404 ? unknownService(text) : null;
    if (unknown !== null) throw new UnknownServiceError(unknown);
    if (!res.ok) {
      const transient = res.status === 429 || res.status >= 500;
      throw new IspHttpError(id, `${what} answered ${res.status}${detailOf(text)}`, res.status, transient);
    }
    if (!op.response) return undefined as Out<(typeof OPERATIONS)[K]>;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new IspHttpError(
        id,
        `${what} answered ${res.status} with a body that is not JSON`,
        res.status,
        false,
      );
    }
    const parsed = op.response.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const at = issue?.path.length ? issue.path.join('.') : '(body)';
      throw new IspHttpError(
        id,
        `${what} answered with a body outside the contract: ${at}: ${issue?.message ?? 'invalid'}`,
        res.status,
        false,
      );
    }
    return parsed.data as Out<(typeof OPERATIONS)[K]>;
  }

  async function call<K extends OperationId>(
    id: K,
    input: CallInput = {},
  ): Promise<Out<(typeof OPERATIONS)[K]>> {
    const tries = OPERATIONS[id].idempotent ? retries + 1 : 1;
    for (let i = 1; ; i++) {
      try {
        return await attempt(id, input);
      } catch (err) {
        if (!(err instanceof IspHttpError) || !err.transient || i >= tries) throw err;
        await sleep(retryDelayMs * 2 ** (i - 1));
      }
    }
  }

  const serves = new Set(opts.optionalPorts ?? ['billing', 'installation', 'fieldService']);
  return {
    access: {
      lineStatus: (serviceId, access) => call('lineStatus', { params: { serviceId }, query: { access } }),
    },
    aaa: {
      session: (username) => call('aaaSession', { params: { username } }),
      disconnect: async (username) => (await call('aaaDisconnect', { params: { username } })).disconnected,
    },
    portal: {
      status: (customerNumber) => call('portalStatus', { params: { customerNumber } }),
      unlock: (customerNumber) => call('portalUnlock', { params: { customerNumber } }),
      resetPassword: (customerNumber) => call('portalResetPassword', { params: { customerNumber } }),
    },
    ...(serves.has('billing')
      ? { billing: { status: (customerNumber) => call('billingStatus', { params: { customerNumber } }) } }
      : {}),
    ...(serves.has('installation')
      ? { installation: { address: (serviceId) => call('installationAddress', { params: { serviceId } }) } }
      : {}),
    ...(serves.has('fieldService')
      ? {
          fieldService: {
            book: (request) => call('bookVisit', { body: request }),
            addNotes: (bookingId, notes) => call('addVisitNotes', { params: { bookingId }, body: { notes } }),
          },
        }
      : {}),
  };
}

/** The service id of an unknown-service problem, or null for any other answer. */
function unknownService(text: string): string | null {
  try {
    const p = JSON.parse(text) as { type?: unknown; serviceId?: unknown };
    if (p.type !== UNKNOWN_SERVICE_TYPE) return null;
    return typeof p.serviceId === 'string' ? p.serviceId : '';
  } catch {
    // Not a problem+json body: not the contract's unknown-service answer.
    return null;
  }
}

function detailOf(text: string): string {
  try {
    const p = JSON.parse(text) as { detail?: unknown; title?: unknown };
    const d = typeof p.detail === 'string' ? p.detail : typeof p.title === 'string' ? p.title : null;
    return d ? `: ${d.slice(0, 200)}` : '';
  } catch {
    // A body that is not JSON (a proxy's error page) says nothing worth repeating.
    return '';
  }
}
