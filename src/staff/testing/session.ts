// What the staff tests set up again and again: a signed-in session on the staff API (its cookies,
// and requests that carry them with the CSRF header) and a fresh chat ticket nobody has looked at.
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Priority, TimelineEvent } from '../../domain/index.js';
import type { TicketStore } from '../../tickets/ports.js';

/** Signs in (the demo staff's passwords are `<username>-demo`); a refused sign-in fails the test. */
export async function signIn(app: FastifyInstance, username: string, password = `${username}-demo`) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
  });
  if (res.statusCode !== 200) throw new Error(`signing in as ${username}: ${res.statusCode} ${res.body}`);
  const cookies: Record<string, string> = {};
  for (const c of res.headers['set-cookie'] as string[]) {
    const [k, v] = c.split(';')[0].split('=');
    cookies[k] = decodeURIComponent(v);
  }
  const send = (method: InjectOptions['method'], url: string, payload?: object) =>
    app.inject({ method, url, cookies, payload, headers: { 'x-csrf-token': cookies.fl_csrf } });
  return {
    cookies,
    get: (url: string) => app.inject({ method: 'GET', url, cookies }),
    post: (url: string, payload: object = {}) => send('POST', url, payload),
    put: (url: string, payload: object = {}) => send('PUT', url, payload),
    del: (url: string) => send('DELETE', url),
  };
}

/** A Swedish chat ticket with no customer, intent 'other' (P3 unless asked), with any first events. */
export function newChat(
  tickets: Pick<TicketStore, 'create'>,
  opts: { priority?: Priority; events?: TimelineEvent[] } = {},
) {
  const input = { customerId: null, serviceId: null, intent: 'other' as const, subject: null };
  return tickets.create(
    { ...input, channel: 'chat', language: 'sv', priority: opts.priority ?? 'P3' },
    opts.events,
  );
}
