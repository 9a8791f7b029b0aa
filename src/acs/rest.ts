import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AcsDeviceRow, AcsHeldDeviceRow, AcsTaskRow } from '../storage/tables/acs.js';
import { summaryOf, typedValue, type AcsDeviceService } from './acs-device-service.js';
import type { ResolvedAcsConfig } from './config.js';
import type { CredentialStore } from './credentials.js';
import { DeviceError } from './device-service.js';
import type { HeldDevices, PresentedCredential } from './held-devices.js';
import { toDevicePath, type Root } from './paths.js';
import type { SessionManager } from './session.js';
import type { AcsStore } from './store.js';
import { isSecretPath, redactArgs, redactResult, type TaskName } from './task-steps.js';
import type { TaskQueue } from './task-queue.js';
import { submitTask } from './task-request.js';
import { nbiRoutes } from './nbi/routes.js';
import { nbiFileRoutes } from './nbi/file-routes.js';
import type { NbiFileStore } from './nbi/file-store.js';
import { campaignRoutes } from './campaigns/routes.js';
import type { Campaigns } from './campaigns/service.js';

// REST API of the ACS (register with `{ prefix: '/api/v1' }`): devices, their parameters and tasks.
// Errors are application/problem+json (RFC 9457).

export interface AcsRestDeps {
  store: AcsStore;
  queue: TaskQueue;
  sessions: SessionManager;
  deviceService: AcsDeviceService;
  config: ResolvedAcsConfig;
  now: () => Date;
  credentials: CredentialStore;
  held: HeldDevices;
  files: NbiFileStore;
  nbiFileUrl: (name: string) => string;
  campaigns: Campaigns;
}

const PROBLEM_BASE = 'https://frontline.example/problems/acs/';

function problem(
  reply: FastifyReply,
  req: FastifyRequest,
  status: number,
  title: string,
  detail?: string,
  extra: Record<string, unknown> = {},
) {
  return reply
    .code(status)
    .type('application/problem+json')
    .send({
      type: `${PROBLEM_BASE}${title.toLowerCase().replace(/[^a-z]+/g, '-')}`,
      title,
      status,
      detail,
      instance: req.url,
      ...extra,
    });
}

function zodErrors(err: z.ZodError, where: string) {
  return err.issues.map((i) => ({
    in: where,
    pointer: '/' + i.path.map(String).join('/'),
    detail: i.message,
  }));
}

const path = z.string().min(1).max(1024);
const value = z.union([z.string().max(65_535), z.number(), z.boolean()]);

const diagnostic = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('ipPing'),
    host: z.string().min(1).max(255),
    repetitions: z.number().int().min(1).max(100).optional(),
  }),
  z.object({ kind: z.literal('traceRoute'), host: z.string().min(1).max(255) }),
  z.object({
    kind: z.literal('nslookup'),
    hostName: z.string().min(1).max(255),
    dnsServer: z.string().max(255).optional(),
  }),
  z.object({ kind: z.literal('download'), url: z.string().url().optional() }),
]);

export const taskBodySchema = z.discriminatedUnion('name', [
  z.object({ name: z.literal('getParameterValues'), parameterNames: z.array(path).min(1).max(1000) }),
  z.object({
    name: z.literal('setParameterValues'),
    parameterValues: z
      .array(
        z.union([
          z.tuple([path, value]),
          z.tuple([path, value, z.string().max(64)]),
          z.object({ path, value, type: z.string().max(64).optional() }),
        ]),
      )
      .min(1)
      .max(500),
  }),
  z.object({
    name: z.literal('getParameterNames'),
    parameterPath: z.string().max(1024),
    nextLevel: z.boolean().default(true),
  }),
  z.object({ name: z.literal('reboot') }),
  z.object({ name: z.literal('factoryReset') }),
  z.object({ name: z.literal('upgradeFirmware'), version: z.string().min(1).max(64) }),
  z.object({
    name: z.literal('download'),
    version: z.string().min(1).max(64).optional(),
    url: z.string().url().optional(),
    /** A file uploaded through the NBI (GenieACS's `file`; `fileName` as in GenieACS 1.2). */
    file: z.string().min(1).max(200).optional(),
    fileName: z.string().min(1).max(200).optional(),
    fileSize: z.number().int().nonnegative().optional(),
    fileType: z.string().max(64).default('1 Firmware Upgrade Image'),
    targetFileName: z.string().max(256).optional(),
  }),
  z.object({ name: z.literal('addObject'), objectName: path }),
  z.object({ name: z.literal('deleteObject'), objectName: path }),
  // An empty objectName (as GenieACS's "refresh all") is the router's root.
  z.object({ name: z.literal('refreshObject'), objectName: z.string().max(1024) }),
  z.object({ name: z.literal('runDiagnostic'), diagnostic }),
]);
export type TaskBody = z.infer<typeof taskBodySchema>;

const taskQuery = z.object({
  connectionRequest: z
    .union([z.boolean(), z.enum(['true', 'false', '1', '0', ''])])
    .optional()
    .transform((v) => v === true || v === 'true' || v === '1' || v === ''),
  timeoutMs: z.coerce.number().int().min(0).max(600_000).default(10_000),
});

const credentialBody = z
  .object({
    username: z.string().min(1).max(256).optional(),
    password: z.string().min(8).max(256).optional(),
  })
  .strict();

const heldView = (h: AcsHeldDeviceRow, presented: PresentedCredential[]) => ({
  deviceId: h.device_id,
  oui: h.oui,
  productClass: h.product_class,
  serialNumber: h.serial_number,
  username: h.username,
  presentedPassword: h.password_enc !== null,
  remoteAddress: h.remote_address,
  reason: h.reason,
  contacts: Number(h.contacts),
  firstSeenAt: h.first_seen_at,
  lastSeenAt: h.last_seen_at,
  /** Every distinct credential presented (fingerprints, never passwords) and where from. */
  presented,
});

/**
 * How to approve a held router: adopt one of the credentials it presented (`fingerprint`), set
 * these (`username` and `password`), or `generate` new ones (shown once, for the router's
 * configuration). Without any, the one credential it presented is adopted — refused when it
 * presented several.
 */
const approveBody = z
  .object({
    fingerprint: z.string().min(1).max(64).optional(),
    username: z.string().min(1).max(256).optional(),
    password: z.string().min(8).max(256).optional(),
    generate: z.boolean().optional(),
  })
  .strict()
  .refine(
    (b) =>
      [b.fingerprint !== undefined, b.password !== undefined, b.generate === true].filter(Boolean).length <=
      1,
    {
      message: 'give at most one of fingerprint, password, generate',
    },
  )
  .refine((b) => b.username === undefined || b.password !== undefined, {
    message: 'username needs a password',
  });

const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
  serviceId: z.string().max(200).optional(),
});

export function taskView(t: AcsTaskRow) {
  return {
    id: t.id,
    deviceId: t.device_id,
    name: t.name,
    args: JSON.parse(redactArgs(t.name, t.args)) as unknown,
    status: t.status,
    stage: t.stage,
    attempts: Number(t.attempts),
    maxAttempts: Number(t.max_attempts),
    nextAttemptAt: t.next_attempt_at,
    expiresAt: t.expires_at,
    result: t.result ? (JSON.parse(redactResult(t.result)) as unknown) : null,
    fault: t.fault ? (JSON.parse(t.fault) as unknown) : null,
    createdAt: t.created_at,
    updatedAt: t.updated_at,
  };
}

/**
 * GenieACS reads a JSON body whatever its content type, and its reference's examples send tasks
 * with `curl --data` (form encoding): the NBI's routes do the same.
 */
function jsonWhateverTheType(app: FastifyInstance): void {
  for (const type of ['application/x-www-form-urlencoded', 'text/plain']) {
    if (app.hasContentTypeParser(type)) app.removeContentTypeParser(type);
    app.addContentTypeParser(type, { parseAs: 'string' }, (_req, body, done) => {
      try {
        done(null, body === '' ? undefined : (JSON.parse(body as string) as unknown));
      } catch {
        done(Object.assign(new Error('the body is not JSON'), { statusCode: 400 }), undefined);
      }
    });
  }
}

/**
 * The REST plugin (register under /api/v1) and the GenieACS-compatible NBI on its own (the REST
 * plugin serves it under /acs/nbi; a listener in GenieACS's place serves it at its root).
 */
export function acsPlugins(d: AcsRestDeps): { rest: FastifyPluginAsync; nbi: FastifyPluginAsync } {
  const online = (dev: AcsDeviceRow) =>
    d.sessions.inSession(dev.id) ||
    (!!dev.last_inform_at && d.now().getTime() - Date.parse(dev.last_inform_at) <= d.config.onlineWindowMs);

  const deviceView = (dev: AcsDeviceRow) => ({
    ...summaryOf(dev),
    status: online(dev) ? 'online' : 'offline',
    inSession: d.sessions.inSession(dev.id),
    oui: dev.oui,
    productClass: dev.product_class,
    serialNumber: dev.serial_number,
    manufacturer: dev.manufacturer,
    cwmpNamespace: `urn:dslforum-org:cwmp-${dev.cwmp_ns}`,
    lastBootAt: dev.last_boot_at,
    lastEvents: JSON.parse(dev.last_events) as string[],
    registeredAt: dev.created_at,
  });

  /** Task arguments in the device's paths, from a validated body. */
  async function taskArgs(dev: AcsDeviceRow, body: TaskBody): Promise<{ name: TaskName; args: object }> {
    const root = dev.root as Root;
    const tp = (p: string) => toDevicePath(p, root);
    // TR-098 routers (genieacs-sim among them) may crash on names they lack or on object paths.
    const discover = root === 'InternetGatewayDevice.' ? { discover: true } : {};
    switch (body.name) {
      case 'getParameterValues':
        return {
          name: 'getParameterValues',
          args: { names: body.parameterNames.map(tp), lenient: false, ...discover },
        };
      case 'setParameterValues': {
        const values = body.parameterValues.map((v) => {
          const [p, val, type] = Array.isArray(v) ? v : [v.path, v.value, v.type];
          const t =
            type ??
            (typeof val === 'boolean'
              ? 'xsd:boolean'
              : typeof val === 'number'
                ? 'xsd:unsignedInt'
                : 'xsd:string');
          return { name: tp(p), value: typeof val === 'boolean' ? String(val) : String(val), type: t };
        });
        return { name: 'setParameterValues', args: { values } };
      }
      case 'getParameterNames':
        return {
          name: 'getParameterNames',
          args: { path: tp(body.parameterPath), nextLevel: body.nextLevel },
        };
      case 'reboot':
      case 'factoryReset':
        return { name: body.name, args: {} };
      case 'upgradeFirmware':
        return { name: 'download', args: await d.deviceService.firmwareDownloadArgs(dev, body.version) };
      case 'download': {
        const file = body.file ?? body.fileName;
        if (file) {
          const meta = await d.files.meta(file);
          if (!meta) throw new DeviceError('not_found', `no file ${file}`);
          return {
            name: 'download',
            args: {
              fileType: meta.file_type,
              url: d.nbiFileUrl(meta.name),
              fileSize: meta.length,
              targetFileName: body.targetFileName ?? meta.name,
              ...(meta.version ? { version: meta.version } : {}),
            },
          };
        }
        if (body.version)
          return { name: 'download', args: await d.deviceService.firmwareDownloadArgs(dev, body.version) };
        if (!body.url) throw new DeviceError('fault', 'download needs a version or a url');
        return {
          name: 'download',
          args: {
            fileType: body.fileType,
            url: body.url,
            fileSize: body.fileSize ?? 0,
            targetFileName: body.targetFileName,
          },
        };
      }
      case 'addObject':
      case 'deleteObject':
        return { name: body.name, args: { objectName: tp(body.objectName) } };
      case 'refreshObject':
        return {
          name: body.name,
          args: { objectName: body.objectName === '' ? root : tp(body.objectName), ...discover },
        };
      case 'runDiagnostic':
        return { name: 'runDiagnostic', args: d.deviceService.diagnosticArgs(dev, body.diagnostic) };
    }
  }

  const nbi: FastifyPluginAsync = async (app) => {
    await app.register(nbiFileRoutes, { files: d.files, now: d.now, maxBytes: d.config.nbiFileMaxBytes });
    await app.register(async (tasks) => {
      jsonWhateverTheType(tasks);
      nbiRoutes(tasks, {
        ...d,
        taskArgs,
        parseTask: (body) => {
          const b = taskBodySchema.safeParse(body);
          return b.success ? { ok: true, body: b.data } : { ok: false, errors: zodErrors(b.error, 'body') };
        },
      });
    });
  };

  const rest: FastifyPluginAsync = async (app) => {
    app.get('/devices', async (req, reply) => {
      const q = listQuery.safeParse(req.query);
      if (!q.success)
        return problem(reply, req, 400, 'Invalid query', undefined, { errors: zodErrors(q.error, 'query') });
      const rows = await d.store.listDevices(q.data.limit, q.data.offset, q.data.serviceId);
      return {
        items: rows.map(deviceView),
        total: await d.store.countDevices(q.data.serviceId),
        limit: q.data.limit,
        offset: q.data.offset,
      };
    });

    app.get<{ Params: { id: string } }>('/devices/:id', async (req, reply) => {
      const dev = await d.store.getDevice(req.params.id);
      if (!dev) return problem(reply, req, 404, 'Device not found', `no device ${req.params.id}`);
      const params = await d.store.allParams(dev.id);
      const events = await d.store.listEvents(dev.id, 20);
      return {
        ...deviceView(dev),
        // Passwords and keys are never served, whatever the cache holds.
        parameters: params.map((p) =>
          isSecretPath(p.path)
            ? { path: p.path, value: null, redacted: true, type: p.type, at: p.at }
            : { path: p.path, value: typedValue(p.value, p.type), type: p.type, at: p.at },
        ),
        events: events.map((e) => ({ at: e.at, events: e.events })),
      };
    });

    app.get<{ Params: { id: string } }>('/devices/:id/tasks', async (req, reply) => {
      const dev = await d.store.getDevice(req.params.id);
      if (!dev) return problem(reply, req, 404, 'Device not found', `no device ${req.params.id}`);
      return { items: (await d.store.listTasks(dev.id)).map(taskView) };
    });

    app.post<{ Params: { id: string } }>('/devices/:id/tasks', async (req, reply) => {
      const q = taskQuery.safeParse(req.query);
      if (!q.success)
        return problem(reply, req, 400, 'Invalid query', undefined, { errors: zodErrors(q.error, 'query') });
      const b = taskBodySchema.safeParse(req.body);
      if (!b.success)
        return problem(reply, req, 400, 'Invalid task', undefined, { errors: zodErrors(b.error, 'body') });
      const dev = await d.store.getDevice(req.params.id);
      if (!dev) return problem(reply, req, 404, 'Device not found', `no device ${req.params.id}`);
      let spec: { name: TaskName; args: object };
      try {
        spec = await taskArgs(dev, b.data);
      } catch (e) {
        if (e instanceof DeviceError) return problem(reply, req, 422, 'Task cannot be built', e.message);
        throw e;
      }
      const out = await submitTask(d, dev, spec, {
        maxAttempts: d.config.tasks.maxAttempts,
        connectionRequest: q.data.connectionRequest,
        timeoutMs: q.data.timeoutMs,
      });
      if (out.kind === 'done') return reply.code(200).send({ task: taskView(out.row) });
      if (out.kind === 'fault')
        return reply.code(202).send({ task: taskView(out.row), detail: 'Task faulted', fault: out.fault });
      return reply.code(202).send({
        task: taskView(out.row),
        detail: out.detail,
        ...(out.connectionRequest ? { connectionRequest: out.connectionRequest } : {}),
      });
    });

    await app.register(nbi, { prefix: '/acs/nbi' });
    campaignRoutes(app, d.campaigns);

    // Router credentials: shown once, when the ACS generates them, for the router's configuration.
    app.post<{ Params: { id: string } }>('/devices/:id/credentials', async (req, reply) => {
      const b = credentialBody.safeParse(req.body ?? {});
      if (!b.success)
        return problem(reply, req, 400, 'Invalid credentials', undefined, {
          errors: zodErrors(b.error, 'body'),
        });
      if (await d.credentials.forDevice(req.params.id))
        return problem(
          reply,
          req,
          409,
          'Credentials exist',
          `${req.params.id} has credentials; revoke them first`,
        );
      const c = await d.credentials.provision(req.params.id, d.now().toISOString(), b.data);
      await d.held.remove(req.params.id);
      return reply.code(201).send({
        deviceId: c.deviceId,
        username: c.username,
        ...(b.data.password ? {} : { password: c.password }),
      });
    });

    app.delete<{ Params: { id: string } }>('/devices/:id/credentials', async (req, reply) => {
      if (!(await d.credentials.revoke(req.params.id)))
        return problem(reply, req, 404, 'Credentials not found', `no credentials for ${req.params.id}`);
      return reply.code(204).send();
    });

    app.get('/acs/held-devices', async (req, reply) => {
      const q = listQuery.safeParse(req.query);
      if (!q.success)
        return problem(reply, req, 400, 'Invalid query', undefined, { errors: zodErrors(q.error, 'query') });
      const rows = await d.held.list(q.data.limit, q.data.offset);
      const presented = await d.held.credentials(rows.map((h) => h.device_id));
      return {
        items: rows.map((h) => heldView(h, presented.get(h.device_id) ?? [])),
        total: await d.held.count(),
      };
    });

    app.post<{ Params: { id: string } }>('/acs/held-devices/:id/approve', async (req, reply) => {
      const b = approveBody.safeParse(req.body ?? {});
      if (!b.success)
        return problem(reply, req, 400, 'Invalid approval', undefined, {
          errors: zodErrors(b.error, 'body'),
        });
      const h = await d.held.get(req.params.id);
      if (!h) return problem(reply, req, 404, 'Held device not found', `no held device ${req.params.id}`);
      if (await d.credentials.forDevice(h.device_id))
        return problem(reply, req, 409, 'Credentials exist', `${h.device_id} has credentials`);
      const presented = (await d.held.credentials([h.device_id])).get(h.device_id) ?? [];
      let given: { username: string; password: string } | null = null;
      if (b.data.password !== undefined) {
        given = { username: b.data.username ?? h.device_id, password: b.data.password };
      } else if (!b.data.generate) {
        const fp = b.data.fingerprint ?? (presented.length === 1 ? presented[0]!.fingerprint : undefined);
        if (fp === undefined && presented.length > 1) {
          return problem(
            reply,
            req,
            409,
            'Router presented different credentials',
            `${h.device_id} presented ${presented.length} different credentials; approve with the fingerprint to adopt, explicit username and password, or generate: true`,
            { presented },
          );
        }
        const chosen = fp === undefined ? null : await d.held.presented(h.device_id, fp);
        if (fp !== undefined && !chosen)
          return problem(reply, req, 409, 'Unknown fingerprint', `${h.device_id} never presented ${fp}`, {
            presented,
          });
        if (b.data.fingerprint !== undefined && !chosen?.password) {
          return problem(
            reply,
            req,
            409,
            'Credential cannot be adopted',
            'no password is known for it (Digest): give username and password, or generate: true',
            { presented },
          );
        }
        if (chosen?.password && chosen.username !== '')
          given = { username: chosen.username, password: chosen.password };
      }
      const c = await d.credentials.provision(h.device_id, d.now().toISOString(), given ?? {}, 'approved');
      await d.held.remove(h.device_id);
      return reply.code(201).send({
        deviceId: c.deviceId,
        username: c.username,
        ...(given ? {} : { password: c.password }),
        presented,
      });
    });

    app.delete<{ Params: { id: string } }>('/acs/held-devices/:id', async (req, reply) => {
      if (!(await d.held.remove(req.params.id)))
        return problem(reply, req, 404, 'Held device not found', `no held device ${req.params.id}`);
      return reply.code(204).send();
    });

    app.get<{ Params: { id: string } }>('/tasks/:id', async (req, reply) => {
      const t = await d.store.getTask(req.params.id);
      if (!t) return problem(reply, req, 404, 'Task not found', `no task ${req.params.id}`);
      return { task: taskView(t) };
    });

    app.delete<{ Params: { id: string } }>('/tasks/:id', async (req, reply) => {
      const t = await d.queue.cancel(req.params.id);
      if (!t) return problem(reply, req, 404, 'Task not found', `no task ${req.params.id}`);
      return reply.code(204).send();
    });

    app.post<{ Params: { id: string } }>('/tasks/:id/retry', async (req, reply) => {
      const t = await d.queue.retry(req.params.id);
      if (t === null) return problem(reply, req, 404, 'Task not found', `no task ${req.params.id}`);
      if (t === 'not-retryable')
        return problem(
          reply,
          req,
          409,
          'Task cannot be retried',
          'the task is done, running, or its secrets were removed',
        );
      return reply.code(200).send({ task: taskView(t) });
    });
  };
  return { rest, nbi };
}
