import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { CampaignError, type Campaigns } from './service.js';

// Firmware campaigns over REST: create (POST), list, inspect with per-stage counts and members,
// stop by hand. Creating and stopping need the admin scope (every write outside the router-task
// routes does).

const stopBody = z.object({ reason: z.string().min(1).max(500).optional() }).strict();

function problem(reply: FastifyReply, status: number, title: string, detail: string) {
  return reply.code(status).type('application/problem+json').send({ title, status, detail });
}

export function campaignRoutes(app: FastifyInstance, campaigns: Campaigns): void {
  const fail = (reply: FastifyReply, e: unknown) => {
    if (e instanceof CampaignError) return problem(reply, e.status, 'Campaign refused', e.message);
    throw e;
  };

  app.post('/acs/campaigns', async (req, reply) => {
    try {
      return reply.code(201).send(await campaigns.create(req.body, req.caller?.id ?? null));
    } catch (e) {
      return fail(reply, e);
    }
  });

  app.get('/acs/campaigns', async () => ({ items: await campaigns.list() }));

  app.get<{ Params: { id: string } }>('/acs/campaigns/:id', async (req, reply) => {
    const v = await campaigns.view(req.params.id);
    return v ?? problem(reply, 404, 'Campaign not found', `no campaign ${req.params.id}`);
  });

  app.get<{ Params: { id: string } }>('/acs/campaigns/:id/members', async (req, reply) => {
    if (!(await campaigns.view(req.params.id)))
      return problem(reply, 404, 'Campaign not found', `no campaign ${req.params.id}`);
    const rows = await campaigns.members(req.params.id);
    return {
      items: rows.map((m) => ({
        deviceId: m.device_id,
        stage: Number(m.stage) + 1,
        status: m.status,
        taskId: m.task_id,
        detail: m.detail,
        updatedAt: m.updated_at,
      })),
    };
  });

  app.post<{ Params: { id: string } }>('/acs/campaigns/:id/stop', async (req, reply) => {
    const b = stopBody.safeParse(req.body ?? {});
    if (!b.success)
      return problem(reply, 400, 'Invalid stop', b.error.issues.map((i) => i.message).join('; '));
    try {
      return await campaigns.stop(
        req.params.id,
        b.data.reason ?? `stopped by ${req.caller?.id ?? 'an operator'}`,
      );
    } catch (e) {
      return fail(reply, e);
    }
  });
}
