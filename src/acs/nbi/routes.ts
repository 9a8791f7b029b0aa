import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AcsDeviceRow, AcsTaskRow } from '../../storage/tables/acs.js';
import { DeviceError } from '../device-service.js';
import type { AcsStore } from '../store.js';
import type { TaskName } from '../task-steps.js';
import type { TaskQueue } from '../task-queue.js';
import { submitTask } from '../task-request.js';
import type { ResolvedAcsConfig } from '../config.js';
import {
  deviceDocument,
  faultDocument,
  frontlineIdOf,
  project,
  taskDocument,
  type NbiDocument,
} from './document.js';
import { matches, parseQuery, QueryError, type Query } from './query.js';
import { selectDevices } from './select.js';

// A GenieACS-compatible subset of the NBI, for scripts written against GenieACS: devices with
// query and projection (X-Total-Count counts the filtered set), tasks with `connection_request` and
// `timeout` (200 once done, 202 otherwise), tags, task list, faults. The paths are GenieACS's, relative
// to where the plugin is registered (/api/v1/acs/nbi, or the root of a listener in GenieACS's place).
// Ids are GenieACS's (every byte outside [A-Za-z0-9_] escaped as %XX); Frontline's ids work too.

export interface NbiDeps {
  store: AcsStore;
  queue: TaskQueue;
  config: ResolvedAcsConfig;
  now: () => Date;
  parseTask(body: unknown): { ok: true; body: unknown } | { ok: false; errors: unknown };
  taskArgs(dev: AcsDeviceRow, body: never): Promise<{ name: TaskName; args: object }>;
}

const listQuery = z.object({
  query: z.string().max(8192).optional(),
  projection: z.string().max(8192).optional(),
  limit: z.coerce.number().int().min(1).max(10_000).optional(),
  skip: z.coerce.number().int().min(0).default(0),
});

const taskQuery = z.object({
  connection_request: z.string().optional(),
  timeout: z.coerce.number().int().min(0).max(600_000).default(3_000),
});

const TAG = /^[A-Za-z0-9_.\-:]{1,64}$/;

function bad(reply: FastifyReply, status: number, message: string) {
  return reply.code(status).type('text/plain').send(message);
}

export function nbiRoutes(app: FastifyInstance, d: NbiDeps): void {
  async function device(id: string): Promise<AcsDeviceRow | undefined> {
    const own = await d.store.getDevice(id);
    if (own) return own;
    const mapped = frontlineIdOf(id);
    return mapped ? d.store.getDevice(mapped) : undefined;
  }

  /** Devices matching the query, as documents with the parameters the query and projection name. */
  async function devices(query: Query, projection: string[]): Promise<NbiDocument[]> {
    return (await selectDevices(d.store, query, projection)).map(({ _frontlineId: _f, ...doc }) => doc);
  }

  for (const url of ['/devices', '/devices/']) {
    app.get(url, async (req, reply) => {
      const q = listQuery.safeParse(req.query);
      if (!q.success) return bad(reply, 400, q.error.issues.map((i) => i.message).join('; '));
      const projection = (q.data.projection ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
      let found: NbiDocument[];
      try {
        found = await devices(parseQuery(q.data.query), projection);
      } catch (e) {
        if (e instanceof QueryError) return bad(reply, 400, e.message);
        throw e;
      }
      const page = found.slice(
        q.data.skip,
        q.data.limit === undefined ? undefined : q.data.skip + q.data.limit,
      );
      reply.header('x-total-count', String(found.length));
      if (projection.length > 0) return page.map((doc) => project(doc, projection));
      // Without a projection a device comes whole.
      const out: NbiDocument[] = [];
      for (const doc of page) {
        const row = (await device(String(doc._id)))!;
        out.push({ ...deviceDocument(row, await d.store.allParams(row.id), doc._tags as string[]) });
      }
      return out;
    });
  }

  app.post<{ Params: { id: string } }>('/devices/:id/tasks', async (req, reply) => {
    const q = taskQuery.safeParse(req.query);
    if (!q.success) return bad(reply, 400, q.error.issues.map((i) => i.message).join('; '));
    const b = d.parseTask(req.body);
    if (!b.ok) return reply.code(400).send({ errors: b.errors });
    const dev = await device(req.params.id);
    if (!dev) return bad(reply, 404, 'No such device');
    let spec: { name: TaskName; args: object };
    try {
      spec = await d.taskArgs(dev, b.body as never);
    } catch (e) {
      if (e instanceof DeviceError) return bad(reply, 400, e.message);
      throw e;
    }
    const out = await submitTask(d, dev, spec, {
      maxAttempts: d.config.tasks.maxAttempts,
      connectionRequest: q.data.connection_request !== undefined,
      timeoutMs: q.data.timeout,
    });
    // GenieACS counts a reboot or factory reset done once the router acknowledged it.
    const acknowledged =
      out.row.status === 'waiting' && (spec.name === 'reboot' || spec.name === 'factoryReset');
    return reply.code(out.kind === 'done' || acknowledged ? 200 : 202).send(taskDocument(out.row, dev));
  });

  app.post<{ Params: { id: string; tag: string } }>('/devices/:id/tags/:tag', async (req, reply) => {
    if (!TAG.test(req.params.tag)) return bad(reply, 400, 'Invalid tag');
    const dev = await device(req.params.id);
    if (!dev) return bad(reply, 404, 'No such device');
    await d.store.addTag(dev.id, req.params.tag, d.now().toISOString());
    return reply.code(200).send('');
  });

  app.delete<{ Params: { id: string; tag: string } }>('/devices/:id/tags/:tag', async (req, reply) => {
    const dev = await device(req.params.id);
    if (!dev) return bad(reply, 404, 'No such device');
    await d.store.removeTag(dev.id, req.params.tag);
    return reply.code(200).send('');
  });

  /** Task-derived documents (open tasks, faults) filtered by the query, with their devices' GenieACS ids. */
  async function taskDocs(
    req: FastifyRequest,
    reply: FastifyReply,
    rows: AcsTaskRow[],
    view: (t: AcsTaskRow, dev: AcsDeviceRow | undefined) => NbiDocument,
  ) {
    const q = listQuery.safeParse(req.query);
    if (!q.success) return bad(reply, 400, q.error.issues.map((i) => i.message).join('; '));
    const devs = new Map<string, AcsDeviceRow | undefined>();
    for (const t of rows)
      if (!devs.has(t.device_id)) devs.set(t.device_id, await d.store.getDevice(t.device_id));
    try {
      const query = parseQuery(q.data.query);
      const found = rows.map((t) => view(t, devs.get(t.device_id))).filter((doc) => matches(doc, query));
      reply.header('x-total-count', String(found.length));
      return found.slice(q.data.skip, q.data.limit === undefined ? undefined : q.data.skip + q.data.limit);
    } catch (e) {
      if (e instanceof QueryError) return bad(reply, 400, e.message);
      throw e;
    }
  }

  for (const url of ['/tasks', '/tasks/']) {
    app.get(url, async (req, reply) =>
      taskDocs(req, reply, await d.store.allOpenTasks(10_000), taskDocument),
    );
  }
  for (const url of ['/faults', '/faults/']) {
    app.get(url, async (req, reply) =>
      taskDocs(req, reply, await d.store.faultedTasks(10_000), faultDocument),
    );
  }

  app.delete<{ Params: { id: string } }>('/tasks/:id', async (req, reply) => {
    const t = await d.queue.cancel(req.params.id);
    if (!t) return bad(reply, 404, 'No such task');
    return reply.code(200).send('');
  });

  app.post<{ Params: { id: string } }>('/tasks/:id/retry', async (req, reply) => {
    const t = await d.queue.retry(req.params.id);
    if (t === null) return bad(reply, 404, 'No such task');
    if (t === 'not-retryable') return bad(reply, 409, 'Task cannot be retried');
    return reply.code(200).send('');
  });

  // Deleting a task's fault drops the task with it, as in GenieACS.
  app.delete<{ Params: { id: string } }>('/faults/:id', async (req, reply) => {
    const m = /:task_(.+)$/.exec(req.params.id);
    const t = m ? await d.store.getTask(m[1]!) : undefined;
    if (!t || t.status !== 'fault') return bad(reply, 404, 'No such fault');
    await d.store.deleteTask(t.id);
    return reply.code(200).send('');
  });
}
