// A staff member's own e-mail notification settings: the address and which notices to mail.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { StaffAuth } from './auth.js';
import { NOTICE_KINDS, type NoticeStore } from './notice-store.js';

export interface StaffNotifyPluginOptions {
  auth: StaffAuth;
  notices: NoticeStore;
  now?: () => Date;
}

const settingsBody = z
  .object({
    email: z.union([z.email().max(254), z.literal('')]),
    events: z.array(z.enum(NOTICE_KINDS)).max(NOTICE_KINDS.length),
  })
  .refine((b) => b.events.length === 0 || b.email !== '', {
    message: 'an e-mail address is needed to mail notices',
    path: ['email'],
  });

const PATH = '/api/v1/console/me/notify-email';

export async function staffNotifyPlugin(app: FastifyInstance, opts: StaffNotifyPluginOptions) {
  const guard = opts.auth.requireStaff();

  app.get(PATH, { preHandler: guard }, async (request) => {
    const s = await opts.notices.settings(request.staff!.username);
    return { email: s?.email ?? '', events: s?.events ?? [] };
  });

  app.put(PATH, { preHandler: guard }, async (request, reply) => {
    const parsed = settingsBody.safeParse(request.body);
    if (!parsed.success) {
      return reply
        .code(400)
        .type('application/problem+json')
        .send({
          type: 'about:blank',
          title: 'Invalid request',
          status: 400,
          detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
        });
    }
    const events = [...new Set(parsed.data.events)];
    await opts.notices.save({
      username: request.staff!.username,
      email: parsed.data.email,
      events,
      updatedAt: (opts.now?.() ?? new Date()).toISOString(),
    });
    return { email: events.length ? parsed.data.email : '', events };
  });
}
