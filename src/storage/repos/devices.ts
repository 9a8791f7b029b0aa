import { CompiledQuery, type Selectable } from 'kysely';
import type { Device } from '../../domain/index.js';
import { NotFoundError } from '../../tickets/ports.js';
import type { Executor, RepoContext } from '../common.js';
import { newestFirstPage } from '../newest-first.js';
import {
  deviceId,
  deviceInputSchema,
  devicePatchSchema,
  type DeviceInput,
  type DevicePatch,
} from '../inputs.js';
import type { DevicesTable } from '../tables/core.js';

/** The columns of `devices` a `Device` is made of (with the last Inform, from the ACS's state). */
export const DEVICE_COLUMNS = [
  'devices.id',
  'devices.oui',
  'devices.product_class',
  'devices.serial_number',
  'devices.manufacturer',
  'devices.model',
  'devices.firmware',
  'devices.service_id',
  'devices.created_at',
] as const;

type DeviceRow = Pick<
  Selectable<DevicesTable>,
  | 'id'
  | 'oui'
  | 'product_class'
  | 'serial_number'
  | 'manufacturer'
  | 'model'
  | 'firmware'
  | 'service_id'
  | 'created_at'
> & { last_inform_at: string | null };

/** Devices with the time of their last Inform (null: the ACS has not talked to the device). */
export function devicesWithInform(db: Executor) {
  return db
    .selectFrom('devices')
    .leftJoin('acs_device_state', 'acs_device_state.device_id', 'devices.id')
    .select([...DEVICE_COLUMNS, 'acs_device_state.last_inform_at']);
}

export function toDevice(r: DeviceRow): Device {
  return {
    id: r.id,
    oui: r.oui,
    productClass: r.product_class,
    serialNumber: r.serial_number,
    manufacturer: r.manufacturer,
    model: r.model,
    firmware: r.firmware,
    serviceId: r.service_id,
    lastInformAt: r.last_inform_at,
    createdAt: r.created_at,
  };
}

/** The device inventory (CPEs the ISP handed out), keyed by the ACS id `OUI-ProductClass-Serial`. */
/** The service of a router by its serial number (another row of it), then by its PPPoE username. */
function bySerialOrPppoe(
  q: { serial?: string | null; pppoeUsername?: string | null },
  param: (value: unknown) => string,
): string {
  return (
    `coalesce((select service_id from devices where serial_number = ${param(q.serial || null)} ` +
    `and service_id is not null limit 1), ` +
    `(select id from services where pppoe_username = ${param(q.pppoeUsername || null)} limit 1))`
  );
}

export class DeviceRepository {
  constructor(private readonly ctx: RepoContext) {}

  async get(id: string): Promise<Device | null> {
    const r = await devicesWithInform(this.ctx.db).where('devices.id', '=', id).executeTakeFirst();
    return r ? toDevice(r) : null;
  }

  async list(opts: { serviceId?: string; serial?: string; cursor?: string; limit?: number } = {}) {
    let q = devicesWithInform(this.ctx.db);
    if (opts.serviceId) q = q.where('devices.service_id', '=', opts.serviceId);
    if (opts.serial) q = q.where('devices.serial_number', '=', opts.serial);
    return newestFirstPage(q, opts, toDevice);
  }

  /** Registers a device (or updates the one with the same id). */
  async upsert(input: DeviceInput): Promise<{ device: Device; created: boolean }> {
    const p = deviceInputSchema.parse(input);
    return this.ctx.db.transaction().execute(async (trx) => {
      if (p.serviceId) await this.requireService(trx, p.serviceId);
      return this.upsertIn(trx, p);
    });
  }

  async update(id: string, patch: DevicePatch): Promise<Device> {
    const p = devicePatchSchema.parse(patch);
    return this.ctx.db.transaction().execute(async (trx) => {
      if (p.serviceId) await this.requireService(trx, p.serviceId);
      const res = await trx
        .updateTable('devices')
        .set({ ...this.optionalFields(p), updated_at: this.ctx.now().toISOString() })
        .where('id', '=', id)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) throw new NotFoundError('device', id);
      return toDevice(await devicesWithInform(trx).where('devices.id', '=', id).executeTakeFirstOrThrow());
    });
  }

  async delete(id: string): Promise<void> {
    const res = await this.ctx.db.deleteFrom('devices').where('id', '=', id).executeTakeFirst();
    if (Number(res.numDeletedRows) !== 1) throw new NotFoundError('device', id);
  }

  /**
   * The service a CPE belongs to: by the inventory (exact id, then serial number), then by the
   * PPPoE username the router reports. Suits the ACS's `resolveService` dependency: `unlinked` is a
   * device id the ACS has just read without a service (not looked up again); the serial number and
   * the PPPoE username are looked up in one statement.
   */
  async resolveService(q: {
    serial?: string | null;
    oui?: string | null;
    productClass?: string | null;
    pppoeUsername?: string | null;
    unlinked?: string;
  }): Promise<string | null> {
    const db = this.ctx.db;
    if (q.serial && q.oui && q.productClass) {
      const id = deviceId(q.oui, q.productClass, q.serial);
      const r =
        id === q.unlinked
          ? undefined
          : await db.selectFrom('devices').select('service_id').where('id', '=', id).executeTakeFirst();
      if (r?.service_id) return r.service_id;
    }
    if (!q.serial && !q.pppoeUsername) return null;
    const values: unknown[] = [];
    const text = bySerialOrPppoe(q, (v) => {
      values.push(v);
      return this.ctx.engine === 'postgres' ? `$${values.length}::text` : '?';
    });
    const r = await db.executeQuery<{ id: string | null }>(CompiledQuery.raw(`select ${text} as id`, values));
    return r.rows[0]?.id ?? null;
  }

  /**
   * PostgreSQL: `resolveService` for a router whose own row (`unlinked`) has just been found without
   * a service, as one SQL expression (its values added through `param`, which gives their
   * placeholders) for the ACS to put into the statement that reads that row.
   */
  unlinkedServiceSql(
    q: {
      serial?: string | null;
      oui?: string | null;
      productClass?: string | null;
      pppoeUsername?: string | null;
      unlinked: string;
    },
    param: (value: unknown) => string,
  ): string {
    const byId =
      q.serial && q.oui && q.productClass && deviceId(q.oui, q.productClass, q.serial) !== q.unlinked
        ? `(select service_id from devices where id = ${param(deviceId(q.oui, q.productClass, q.serial))})`
        : null;
    const rest = q.serial || q.pppoeUsername ? bySerialOrPppoe(q, param) : null;
    return byId && rest ? `coalesce(${byId}, ${rest})` : (byId ?? rest ?? 'null');
  }

  async upsertIn(
    exec: Executor,
    p: ReturnType<typeof deviceInputSchema.parse>,
  ): Promise<{ device: Device; created: boolean }> {
    const id = deviceId(p.oui, p.productClass, p.serialNumber);
    const at = this.ctx.now().toISOString();
    const cur = await devicesWithInform(exec).where('devices.id', '=', id).executeTakeFirst();
    if (cur) {
      const fields = { ...this.optionalFields(p), updated_at: at };
      await exec.updateTable('devices').set(fields).where('id', '=', id).execute();
      return { device: toDevice({ ...cur, ...fields }), created: false };
    }
    const row: Selectable<DevicesTable> = {
      id,
      oui: p.oui.toUpperCase(),
      product_class: p.productClass,
      serial_number: p.serialNumber,
      manufacturer: p.manufacturer ?? null,
      model: p.model ?? null,
      firmware: p.firmware ?? null,
      service_id: p.serviceId ?? null,
      created_at: at,
      updated_at: at,
    };
    await exec.insertInto('devices').values(row).execute();
    return { device: toDevice({ ...row, last_inform_at: null }), created: true };
  }

  private optionalFields(p: DevicePatch) {
    return {
      ...(p.manufacturer !== undefined ? { manufacturer: p.manufacturer } : {}),
      ...(p.model !== undefined ? { model: p.model } : {}),
      ...(p.firmware !== undefined ? { firmware: p.firmware } : {}),
      ...(p.serviceId !== undefined ? { service_id: p.serviceId } : {}),
    };
  }

  private async requireService(exec: Executor, serviceId: string): Promise<void> {
    const s = await exec.selectFrom('services').select('id').where('id', '=', serviceId).executeTakeFirst();
    if (!s) throw new NotFoundError('service', serviceId);
  }
}
