import type { Kysely } from 'kysely';
import type { SecretBox } from '../security/secrets.js';
import type { AcsHeldDeviceRow, AcsTables } from '../storage/tables/acs.js';
import type { DeviceIdStruct } from './soap.js';

// Routers that contacted the ACS without credentials of their own while auto-registration is
// off: recorded for an operator to approve, never registered, given no tasks. The list is bounded
// so that invented routers cannot fill the database.

export interface HoldRequest {
  deviceId: string;
  device: DeviceIdStruct;
  username: string;
  /** Password presented over Basic, kept (encrypted) so that approval can adopt it. */
  password: string | null;
  remoteAddress: string | null;
  reason: string;
}

export class HeldDevices {
  constructor(
    private readonly db: Kysely<AcsTables>,
    private readonly box: SecretBox,
    private readonly max: number,
  ) {}

  /** Records (or refreshes) a held router; false when the list is full. */
  async hold(h: HoldRequest, nowIso: string): Promise<boolean> {
    const passwordEnc = h.password ? this.box.encrypt(h.password) : null;
    const existing = await this.get(h.deviceId);
    if (existing) {
      await this.db
        .updateTable('acs_held_devices')
        .set((eb) => ({
          username: h.username,
          password_enc: passwordEnc,
          remote_address: h.remoteAddress,
          reason: h.reason,
          contacts: eb('contacts', '+', 1),
          last_seen_at: nowIso,
        }))
        .where('device_id', '=', h.deviceId)
        .execute();
      return true;
    }
    if ((await this.count()) >= this.max) return false;
    await this.db
      .insertInto('acs_held_devices')
      .values({
        device_id: h.deviceId,
        oui: h.device.oui,
        product_class: h.device.productClass,
        serial_number: h.device.serialNumber,
        username: h.username,
        password_enc: passwordEnc,
        remote_address: h.remoteAddress,
        reason: h.reason,
        contacts: 1,
        first_seen_at: nowIso,
        last_seen_at: nowIso,
      })
      .onConflict((oc) => oc.column('device_id').doNothing())
      .execute();
    return true;
  }

  get(deviceId: string): Promise<AcsHeldDeviceRow | undefined> {
    return this.db.selectFrom('acs_held_devices').selectAll().where('device_id', '=', deviceId).executeTakeFirst();
  }

  list(limit: number, offset: number): Promise<AcsHeldDeviceRow[]> {
    return this.db.selectFrom('acs_held_devices').selectAll().orderBy('last_seen_at', 'desc').limit(limit).offset(offset).execute();
  }

  async count(): Promise<number> {
    const r = await this.db.selectFrom('acs_held_devices').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst();
    return Number(r?.n ?? 0);
  }

  /** The Basic password the router presented, if any. */
  presentedPassword(row: AcsHeldDeviceRow): string | null {
    return row.password_enc ? this.box.decrypt(row.password_enc) : null;
  }

  async remove(deviceId: string): Promise<boolean> {
    const r = await this.db.deleteFrom('acs_held_devices').where('device_id', '=', deviceId).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }
}
