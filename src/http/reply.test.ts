import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { staffAuthPlugin } from '../staff/plugin.js';
import { createTestStaffAuth } from '../staff/testing/db.js';
import { installProblemHandlers } from './problem.js';
import { loggedFallback, parseOr400 } from './reply.js';
import { zodRoute } from './zod-route.js';

// One 400 format: a route validated by hand answers exactly as a zodRoute does.

const body = z.object({ name: z.string().min(1), age: z.number().int() });

describe('HTTP toolkit: one 400 format', () => {
  it('parseOr400 and zodRoute give the same problem document', async () => {
    const app = Fastify();
    installProblemHandlers(app);
    zodRoute(app, { method: 'POST', url: '/declared', body, summary: 'x' }, async () => ({ ok: true }));
    app.post('/by-hand', async (request, reply) => parseOr400(reply, body, request.body, 'body') ?? reply);
    const bad = { name: '', age: 1.5 };
    const declared = await app.inject({ method: 'POST', url: '/declared', payload: bad });
    const byHand = await app.inject({ method: 'POST', url: '/by-hand', payload: bad });
    expect(byHand.statusCode).toBe(400);
    expect(byHand.headers['content-type']).toMatch(/^application\/problem\+json/);
    const strip = (p: Record<string, unknown>) => ({ ...p, instance: undefined, requestId: undefined });
    expect(strip(byHand.json())).toEqual(strip(declared.json()));
    expect(
      byHand
        .json()
        .errors.map((e: { pointer: string }) => e.pointer)
        .sort(),
    ).toEqual(['/age', '/name']);
    await app.close();
  });

  it('the staff login refuses a malformed body in that format', async () => {
    const { auth } = await createTestStaffAuth();
    const app = Fastify();
    await app.register(staffAuthPlugin, { auth });
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'x' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      type: expect.stringMatching(/validation$/),
      errors: [{ in: 'body', pointer: '/password' }],
    });
    await app.close();
  });
});

describe('loggedFallback', () => {
  it('gives the fallback and logs the error with its context', () => {
    const logged: unknown[] = [];
    const fallback = loggedFallback(
      { warn: (obj: object, msg?: string) => void logged.push({ ...obj, msg }) },
      { ticketId: 't1' },
      'finding the router',
      null,
    );
    const err = new Error('ACS down');
    expect(fallback(err)).toBeNull();
    expect(logged).toEqual([{ err, ticketId: 't1', msg: 'finding the router failed; going on without it' }]);
  });
});
