import type { Logger } from 'pino';
import type {
  AcsCampaignMemberRow,
  AcsCampaignMemberStatus,
  AcsCampaignRow,
  AcsDeviceRow,
} from '../../storage/tables/acs.js';
import { DeviceError } from '../device-service.js';
import type { NbiFileStore } from '../nbi/file-store.js';
import { parseQuery } from '../nbi/query.js';
import { selectDevices } from '../nbi/select.js';
import type { AcsStore } from '../store.js';
import type { TaskQueue } from '../task-queue.js';
import {
  campaignBodySchema,
  overThreshold,
  stageSizes,
  type CampaignRequest,
  type CampaignSettings,
} from './plan.js';
import { CampaignStore } from './store.js';

// Firmware campaigns: a selection of routers upgraded stage by stage. Each member gets a Download
// task; it succeeds when the task is done (TransferComplete without fault) and, when the file's
// version is known, the router reports that version after its boot. A stage whose failed share
// exceeds the threshold stops the campaign; otherwise the next stage starts once every member of
// this one has an outcome. `advance()` is the background job that moves every campaign on.

export class CampaignError extends Error {
  constructor(
    readonly status: 400 | 404 | 409,
    message: string,
  ) {
    super(message);
  }
}

export interface CampaignDeps {
  store: AcsStore;
  queue: TaskQueue;
  files: NbiFileStore;
  campaigns: CampaignStore;
  now: () => Date;
  log: Logger;
  /** URL of an uploaded NBI file on the ACS's file endpoint. */
  nbiFileUrl: (name: string) => string;
  /** Download arguments for the catalogue's image of a version (throws DeviceError when none). */
  catalogueArgs: (device: AcsDeviceRow, version: string) => Promise<object>;
}

type Firmware = { file: string } | { version: string };

const OPEN: AcsCampaignMemberStatus[] = ['planned', 'queued', 'transferred'];
const KICKS_AT_ONCE = 16;

export interface CampaignView {
  id: string;
  name: string;
  status: AcsCampaignRow['status'];
  /** 1-based stage under way (or where it stopped). */
  stage: number;
  stopReason: string | null;
  selection: unknown;
  firmware: Firmware;
  settings: CampaignSettings;
  stages: ({ stage: number; size: number; failureRate: number } & Record<AcsCampaignMemberStatus, number>)[];
  skipped: number;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

export class Campaigns {
  constructor(private readonly d: CampaignDeps) {}

  private iso(): string {
    return this.d.now().toISOString();
  }

  /** Plans a campaign: selects the routers now and assigns them to stages (ordered by id). */
  async create(body: unknown, createdBy: string | null): Promise<CampaignView> {
    const parsed = campaignBodySchema.safeParse(body);
    if (!parsed.success)
      throw new CampaignError(
        400,
        parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      );
    const req: CampaignRequest = parsed.data;
    const expected = await this.expectedVersion(req.firmware);
    const query = {
      ...(typeof req.selection.query === 'string'
        ? parseQuery(req.selection.query)
        : (req.selection.query ?? {})),
      ...(req.selection.tags?.length ? { $and: req.selection.tags.map((t) => ({ _tags: t })) } : {}),
    };
    const docs = await selectDevices(this.d.store, query, []);
    const devices = (await Promise.all(docs.map((doc) => this.d.store.getDevice(String(doc._frontlineId)))))
      .filter((r): r is AcsDeviceRow => r !== undefined)
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    const verify = req.verifyVersion && expected !== null;
    const todo = devices.filter((dev) => !(verify && dev.firmware === expected));
    const sizes = stageSizes(todo.length, req.stages);
    const nowIso = this.iso();
    const id = crypto.randomUUID();
    const members: AcsCampaignMemberRow[] = [];
    let at = 0;
    sizes.forEach((size, stage) => {
      for (const dev of todo.slice(at, at + size))
        members.push({
          campaign_id: id,
          device_id: dev.id,
          stage,
          status: 'planned',
          task_id: null,
          detail: null,
          updated_at: nowIso,
        });
      at += size;
    });
    for (const dev of devices.filter((x) => !todo.includes(x)))
      members.push({
        campaign_id: id,
        device_id: dev.id,
        stage: -1,
        status: 'skipped',
        task_id: null,
        detail: `already on ${expected}`,
        updated_at: nowIso,
      });
    const { name, selection, firmware, stages, ...rest } = req;
    const settings: CampaignSettings = { ...rest, stages };
    const done = sizes.length === 0;
    await this.d.campaigns.insert(
      {
        id,
        name,
        selection: JSON.stringify(selection),
        firmware: JSON.stringify(firmware),
        settings: JSON.stringify(settings),
        stage_sizes: JSON.stringify(sizes),
        status: done ? 'completed' : 'running',
        stage: 0,
        stop_reason: done ? 'no router needs the upgrade' : null,
        created_by: createdBy,
        created_at: nowIso,
        updated_at: nowIso,
        finished_at: done ? nowIso : null,
      },
      members,
    );
    return (await this.view(id))!;
  }

  /** The version routers should report afterwards (null: unknown, not verified). */
  private async expectedVersion(firmware: Firmware): Promise<string | null> {
    if ('version' in firmware) return firmware.version;
    const meta = await this.d.files.meta(firmware.file);
    if (!meta)
      throw new CampaignError(
        400,
        `no file ${firmware.file} (upload it with PUT /api/v1/acs/nbi/files/:name)`,
      );
    return meta.version || null;
  }

  async list(limit = 100): Promise<CampaignView[]> {
    const rows = await this.d.campaigns.list(limit);
    return Promise.all(rows.map((r) => this.viewOf(r)));
  }

  async view(id: string): Promise<CampaignView | null> {
    const row = await this.d.campaigns.get(id);
    return row ? this.viewOf(row) : null;
  }

  members(id: string): Promise<AcsCampaignMemberRow[]> {
    return this.d.campaigns.members(id);
  }

  private async viewOf(c: AcsCampaignRow): Promise<CampaignView> {
    const sizes = JSON.parse(c.stage_sizes) as number[];
    const counts = await this.d.campaigns.counts(c.id);
    const settings = JSON.parse(c.settings) as CampaignSettings;
    const empty = (): Record<AcsCampaignMemberStatus, number> => ({
      planned: 0,
      queued: 0,
      transferred: 0,
      succeeded: 0,
      failed: 0,
      skipped: 0,
      cancelled: 0,
    });
    const stages = sizes.map((size, i) => {
      const byStatus = empty();
      for (const r of counts) if (r.stage === i) byStatus[r.status] = r.n;
      return { stage: i + 1, size, failureRate: size ? byStatus.failed / size : 0, ...byStatus };
    });
    return {
      id: c.id,
      name: c.name,
      status: c.status,
      stage: Number(c.stage) + 1,
      stopReason: c.stop_reason,
      selection: JSON.parse(c.selection) as unknown,
      firmware: JSON.parse(c.firmware) as Firmware,
      settings,
      stages,
      skipped: counts.filter((r) => r.status === 'skipped').reduce((a, r) => a + r.n, 0),
      createdBy: c.created_by,
      createdAt: c.created_at,
      updatedAt: c.updated_at,
      finishedAt: c.finished_at,
    };
  }

  /** Stops a running campaign by hand: open Download tasks are cancelled, planned routers left alone. */
  async stop(id: string, reason: string): Promise<CampaignView> {
    const c = await this.d.campaigns.get(id);
    if (!c) throw new CampaignError(404, `no campaign ${id}`);
    if (c.status !== 'running') throw new CampaignError(409, `campaign ${id} is ${c.status}`);
    await this.finish(c, 'cancelled', reason);
    return (await this.view(id))!;
  }

  /** One pass over every running campaign (the background job). Returns how many it looked at. */
  async advance(): Promise<number> {
    const running = await this.d.campaigns.running();
    for (const c of running) {
      try {
        await this.advanceOne(c);
      } catch (err) {
        this.d.log.error({ err, campaign: c.id }, 'acs: campaign step failed');
      }
    }
    return running.length;
  }

  private async advanceOne(c: AcsCampaignRow): Promise<void> {
    const settings = JSON.parse(c.settings) as CampaignSettings;
    const sizes = JSON.parse(c.stage_sizes) as number[];
    const stage = Number(c.stage);
    let members = await this.d.campaigns.members(c.id, stage);
    if (members.some((m) => m.status === 'planned')) {
      await this.startStage(
        c,
        settings,
        members.filter((m) => m.status === 'planned'),
      );
      members = await this.d.campaigns.members(c.id, stage);
    }
    for (const m of members)
      if (m.status === 'queued' || m.status === 'transferred') await this.track(c, settings, m);
    members = await this.d.campaigns.members(c.id, stage);
    const size = sizes[stage] ?? members.length;
    const failed = members.filter((m) => m.status === 'failed').length;
    if (overThreshold(failed, size, settings.maxFailureRate)) {
      const pct = Math.round(settings.maxFailureRate * 1000) / 10;
      await this.finish(
        c,
        'stopped',
        `stage ${stage + 1}: ${failed} of ${size} routers failed (more than ${pct} %)`,
      );
      return;
    }
    if (members.some((m) => OPEN.includes(m.status))) return;
    if (stage + 1 < sizes.length) {
      if (await this.d.campaigns.updateIfRunning(c.id, { stage: stage + 1, updated_at: this.iso() }))
        this.d.log.info({ campaign: c.id, stage: stage + 2 }, 'acs: campaign stage started');
      return;
    }
    await this.finish(c, 'completed', null);
  }

  private async finish(
    c: AcsCampaignRow,
    status: 'stopped' | 'completed' | 'cancelled',
    reason: string | null,
  ) {
    const nowIso = this.iso();
    if (
      !(await this.d.campaigns.updateIfRunning(c.id, {
        status,
        stop_reason: reason,
        updated_at: nowIso,
        finished_at: nowIso,
      }))
    )
      return;
    this.d.log.info({ campaign: c.id, status, reason }, 'acs: campaign finished');
    if (status === 'completed') return;
    // Downloads not yet sent are withdrawn; routers still planned stay as they are.
    for (const m of await this.d.campaigns.members(c.id)) {
      if (m.status !== 'queued' || !m.task_id) continue;
      const t = await this.d.store.getTask(m.task_id);
      if (t && t.status === 'pending') {
        await this.d.queue.cancel(t.id);
        await this.d.campaigns.updateMember(c.id, m.device_id, {
          status: 'cancelled',
          detail: `campaign ${status}`,
          updated_at: nowIso,
        });
      }
    }
  }

  private async downloadArgs(dev: AcsDeviceRow, firmware: Firmware): Promise<object> {
    if ('version' in firmware) return this.d.catalogueArgs(dev, firmware.version);
    const meta = await this.d.files.meta(firmware.file);
    if (!meta) throw new DeviceError('fault', `the file ${firmware.file} was deleted`);
    return {
      fileType: meta.file_type,
      url: this.d.nbiFileUrl(meta.name),
      fileSize: meta.length,
      targetFileName: meta.name,
      ...(meta.version ? { version: meta.version } : {}),
    };
  }

  private async startStage(c: AcsCampaignRow, settings: CampaignSettings, planned: AcsCampaignMemberRow[]) {
    const firmware = JSON.parse(c.firmware) as Firmware;
    const toKick: AcsDeviceRow[] = [];
    for (const m of planned) {
      const nowIso = this.iso();
      const dev = await this.d.store.getDevice(m.device_id);
      if (!dev) {
        await this.d.campaigns.updateMember(c.id, m.device_id, {
          status: 'failed',
          detail: 'router no longer registered',
          updated_at: nowIso,
        });
        continue;
      }
      let args: object;
      try {
        args = await this.downloadArgs(dev, firmware);
      } catch (e) {
        if (!(e instanceof DeviceError)) throw e;
        await this.d.campaigns.updateMember(c.id, m.device_id, {
          status: 'failed',
          detail: e.message,
          updated_at: nowIso,
        });
        continue;
      }
      const task = await this.d.queue.enqueue(
        dev.id,
        'download',
        { ...args, campaign: c.id },
        {
          maxAttempts: settings.maxAttempts,
          timeoutMs: settings.taskTimeoutMs,
        },
      );
      await this.d.campaigns.updateMember(c.id, m.device_id, {
        status: 'queued',
        task_id: task.id,
        detail: null,
        updated_at: nowIso,
      });
      if (settings.connectionRequest) toKick.push(dev);
    }
    // A router that does not answer gets its download at its next periodic inform.
    for (let i = 0; i < toKick.length; i += KICKS_AT_ONCE)
      await Promise.all(toKick.slice(i, i + KICKS_AT_ONCE).map((dev) => this.d.queue.kick(dev)));
  }

  private async track(c: AcsCampaignRow, settings: CampaignSettings, m: AcsCampaignMemberRow): Promise<void> {
    const nowIso = this.iso();
    const set = (status: AcsCampaignMemberStatus, detail: string | null) =>
      this.d.campaigns.updateMember(c.id, m.device_id, { status, detail, updated_at: nowIso });
    let task = m.task_id ? await this.d.store.getTask(m.task_id) : undefined;
    if (!task) return set('failed', 'its download task was removed');
    // Past its deadline: expired here rather than at the queue's next sweep.
    if (
      task.expires_at &&
      task.expires_at < nowIso &&
      (await this.d.queue.expire(task.id, 'deadline passed'))
    )
      task = (await this.d.store.getTask(task.id)) ?? task;
    switch (task.status) {
      case 'fault':
      case 'expired':
      case 'cancelled': {
        const f = task.fault ? (JSON.parse(task.fault) as { code?: number; message?: string }) : null;
        const what = task.status === 'fault' && f?.code ? `fault ${f.code}` : task.status;
        return set('failed', f?.message ? `${what}: ${f.message}` : what);
      }
      case 'done': {
        const expected = (JSON.parse(task.args) as { version?: string }).version;
        if (!settings.verifyVersion || !expected) return set('succeeded', 'transfer complete');
        const dev = await this.d.store.getDevice(m.device_id);
        if (dev?.firmware === expected) return set('succeeded', `reports ${expected}`);
        if (m.status === 'queued')
          return set('transferred', `transfer complete; waiting for ${expected} after boot`);
        if (Date.parse(nowIso) - Date.parse(m.updated_at) > settings.bootTimeoutMs)
          return set(
            'failed',
            `transfer complete but the router still reports ${dev?.firmware ?? 'no version'}`,
          );
        return;
      }
      case 'waiting': {
        const since = Math.max(Date.parse(task.updated_at), Date.parse(m.updated_at));
        if (Date.parse(nowIso) - since < settings.nudgeAfterMs) return;
        const dev = await this.d.store.getDevice(m.device_id);
        if (dev) await this.d.queue.kick(dev);
        return set('queued', 'download under way; asked the router to report');
      }
      default:
        return;
    }
  }
}

export { CampaignStore };
