import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { z } from 'zod';
import type { StaffAuth } from './auth.js';
import { parseOr400, problem } from '../http/reply.js';

const loginBody = z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(256) });

export interface StaffAuthPluginOptions {
  auth: StaffAuth;
}

/**
 * `/api/v1/auth/login|logout|me`. Register with `{ auth }` from createStaffAuth. Staff sessions are
 * cookies: @fastify/cookie is registered on the app that registers this plugin unless an ancestor has it.
 */
export const staffAuthPlugin = fp(async function staffAuth(
  app: FastifyInstance,
  opts: StaffAuthPluginOptions,
) {
  if (!app.hasDecorator('parseCookie')) await app.register(fastifyCookie, { hook: false });
  await app.register(staffAuthRoutes, opts);
});

async function staffAuthRoutes(app: FastifyInstance, opts: StaffAuthPluginOptions) {
  const { auth } = opts;

  app.post('/api/v1/auth/login', { bodyLimit: 8 * 1024 }, async (request, reply) => {
    // JSON only: a cross-site form post cannot send application/json without a CORS preflight.
    if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return problem(reply, 415, 'Unsupported media type', 'Send the credentials as application/json.');
    }
    const body = parseOr400(reply, loginBody, request.body, 'body');
    if (!body) return reply;
    const result = await auth.login(body.username, body.password, request.ip);
    if (!result.ok) {
      if (result.reason === 'locked') {
        reply.header('retry-after', String(result.retryAfterSec ?? 900));
        return problem(
          reply,
          429,
          'Too many failed sign-ins',
          'The account is locked for a while. Try again later.',
        );
      }
      return problem(reply, 401, 'Wrong username or password');
    }
    auth.setSessionCookies(request, reply, result.token, result.csrfToken);
    return reply.send({
      user: publicUser(result.user),
      csrfToken: result.csrfToken,
      expiresAt: result.expiresAt,
    });
  });

  app.post('/api/v1/auth/logout', { preHandler: auth.requireStaff() }, async (request, reply) => {
    await auth.logout(request.staff!);
    auth.clearSessionCookies(request, reply);
    return reply.code(204).send();
  });

  app.get('/api/v1/auth/me', { preHandler: auth.requireStaff() }, async (request) => {
    const s = request.staff!;
    return {
      user: { id: s.id, username: s.username, displayName: s.displayName, role: s.role, queues: s.queues },
      csrfToken: s.csrfToken,
    };
  });
}

function publicUser(u: { id: string; username: string; displayName: string; role: string }) {
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role };
}
