import { createHmac, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { SecretBox } from '../security/secrets.js';
import type { AcsHeldCredentialRow, AcsHeldDeviceRow, AcsTables } from '../storage/tables/acs.js';
import { addressKey } from './address-limiter.js';
import type { DeviceIdStruct } from './soap.js';

// Routers that contacted the ACS without credentials of their own while auto-registration is
// off: recorded for an operator to approve, never registered, given no tasks. Every distinct
// credential a held router presented is kept (as a fingerprint, and for Basic the password
// encrypted) with the addresses it came from, so that approval never silently adopts whichever
// came last. The list is bounded, and so are new records per source address.

export interface HoldRequest {
  deviceId: string;
  device: DeviceIdStruct;
  scheme: 'basic' | 'digest';
  username: string;
  /** Password presented over Basic, kept (encrypted) so that approval can adopt it. */
  password: string | null;
  remoteAddress: string | null;
  reason: string;
}

/** `held`: recorded or refreshed; `full`: the list is at its cap; `address-limit`: too many new ones from this address. */
export type HoldResult = 'held' | 'full' | 'address-limit';

export interface HeldLimits {
  max: number;
  /** New held routers recorded per source address per hour. */
  perAddressPerHour: number;
}

/** A credential a held router presented, as an operator sees it. */
export interface PresentedCredential {
  fingerprint: string;
  scheme: string;
  username: string;
  /** A Basic password is known, so approval can adopt it. */
  password: boolean;
  addresses: string[];
  contacts: number;
  firstSeenAt: string;
  lastSeenAt: string;
}

const HOUR_MS = 3_600_000;
/** Distinct credentials and addresses kept per held router: enough to show that they differ. */
const MAX_CREDENTIALS = 20;
const MAX_ADDRESSES = 16;

const view = (r: AcsHeldCredentialRow): PresentedCredential => ({
  fingerprint: r.fingerprint,
  scheme: r.scheme,
  username: r.username,
  password: r.password_enc !== null,
  addresses: JSON.parse(r.addresses) as string[],
  contacts: Number(r.contacts),
  firstSeenAt: r.first_seen_at,
  lastSeenAt: r.last_seen_at,
});

export class HeldDevices {
  constructor(
    private readonly db: Kysely<AcsTables>,
    private readonly box: SecretBox,
    private readonly limits: HeldLimits,
  ) {}

  async hold(h: HoldRequest, nowIso: string): Promise<HoldResult> {
    const existing = await this.get(h.deviceId);
    let salt = existing?.fingerprint_salt ?? null;
    if (existing) {
      salt ??= randomBytes(16).toString('hex');
      await this.db
        .updateTable('acs_held_devices')
        .set((eb) => ({
          username: h.username,
          remote_address: h.remoteAddress,
          reason: h.reason,
          contacts: eb('contacts', '+', 1),
          last_seen_at: nowIso,
          fingerprint_salt: salt,
        }))
        .where('device_id', '=', h.deviceId)
        .execute();
    } else {
      const from = h.remoteAddress ? addressKey(h.remoteAddress) : null;
      if (from && (await this.newFrom(from, nowIso)) >= this.limits.perAddressPerHour) return 'address-limit';
      if ((await this.count()) >= this.limits.max) return 'full';
      salt = randomBytes(16).toString('hex');
      await this.db
        .insertInto('acs_held_devices')
        .values({
          device_id: h.deviceId,
          oui: h.device.oui,
          product_class: h.device.productClass,
          serial_number: h.device.serialNumber,
          username: h.username,
          password_enc: h.password ? this.box.encrypt(h.password) : null,
          remote_address: h.remoteAddress,
          first_address: from,
          fingerprint_salt: salt,
          reason: h.reason,
          contacts: 1,
          first_seen_at: nowIso,
          last_seen_at: nowIso,
        })
        .onConflict((oc) => oc.column('device_id').doNothing())
        .execute();
      // A concurrent first contact may have won: fingerprint under the salt that was stored.
      salt = (await this.get(h.deviceId))?.fingerprint_salt ?? salt;
    }
    await this.recordCredential(h, salt, nowIso);
    return 'held';
  }

  private async newFrom(address: string, nowIso: string): Promise<number> {
    const since = new Date(Date.parse(nowIso) - HOUR_MS).toISOString();
    const r = await this.db
      .selectFrom('acs_held_devices')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('first_address', '=', address)
      .where('first_seen_at', '>', since)
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  }

  private async recordCredential(h: HoldRequest, salt: string, nowIso: string): Promise<void> {
    const fingerprint = createHmac('sha256', salt)
      .update(`${h.scheme}\0${h.username}\0${h.password ?? ''}`)
      .digest('hex')
      .slice(0, 32);
    const seen = await this.db
      .selectFrom('acs_held_credentials')
      .selectAll()
      .where('device_id', '=', h.deviceId)
      .where('fingerprint', '=', fingerprint)
      .executeTakeFirst();
    if (!seen) {
      if ((await this.credentialCount(h.deviceId)) >= MAX_CREDENTIALS) return;
      await this.db
        .insertInto('acs_held_credentials')
        .values({
          device_id: h.deviceId,
          fingerprint,
          scheme: h.scheme,
          username: h.username,
          password_enc: h.password ? this.box.encrypt(h.password) : null,
          addresses: JSON.stringify(h.remoteAddress ? [h.remoteAddress] : []),
          contacts: 1,
          first_seen_at: nowIso,
          last_seen_at: nowIso,
        })
        .onConflict((oc) =>
          oc.columns(['device_id', 'fingerprint']).doUpdateSet((eb) => ({
            contacts: eb('acs_held_credentials.contacts', '+', 1),
            last_seen_at: nowIso,
          })),
        )
        .execute();
      return;
    }
    const addresses = JSON.parse(seen.addresses) as string[];
    const more = h.remoteAddress && !addresses.includes(h.remoteAddress) && addresses.length < MAX_ADDRESSES;
    await this.db
      .updateTable('acs_held_credentials')
      .set((eb) => ({
        contacts: eb('contacts', '+', 1),
        last_seen_at: nowIso,
        ...(more ? { addresses: JSON.stringify([...addresses, h.remoteAddress]) } : {}),
      }))
      .where('device_id', '=', h.deviceId)
      .where('fingerprint', '=', fingerprint)
      .execute();
  }

  private async credentialCount(deviceId: string): Promise<number> {
    const r = await this.db
      .selectFrom('acs_held_credentials')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('device_id', '=', deviceId)
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  }

  get(deviceId: string): Promise<AcsHeldDeviceRow | undefined> {
    return this.db
      .selectFrom('acs_held_devices')
      .selectAll()
      .where('device_id', '=', deviceId)
      .executeTakeFirst();
  }

  list(limit: number, offset: number): Promise<AcsHeldDeviceRow[]> {
    return this.db
      .selectFrom('acs_held_devices')
      .selectAll()
      .orderBy('last_seen_at', 'desc')
      .limit(limit)
      .offset(offset)
      .execute();
  }

  /** The distinct credentials each of these held routers presented, oldest first. */
  async credentials(deviceIds: string[]): Promise<Map<string, PresentedCredential[]>> {
    const out = new Map<string, PresentedCredential[]>(deviceIds.map((id) => [id, []]));
    if (deviceIds.length === 0) return out;
    const rows = await this.db
      .selectFrom('acs_held_credentials')
      .selectAll()
      .where('device_id', 'in', deviceIds)
      .orderBy('first_seen_at')
      .execute();
    for (const r of rows) out.get(r.device_id)?.push(view(r));
    return out;
  }

  /** The credential with this fingerprint, with its Basic password in clear (null when none is known). */
  async presented(
    deviceId: string,
    fingerprint: string,
  ): Promise<{ username: string; password: string | null } | null> {
    const r = await this.db
      .selectFrom('acs_held_credentials')
      .selectAll()
      .where('device_id', '=', deviceId)
      .where('fingerprint', '=', fingerprint)
      .executeTakeFirst();
    return r
      ? { username: r.username, password: r.password_enc ? this.box.decrypt(r.password_enc) : null }
      : null;
  }

  async count(): Promise<number> {
    const r = await this.db
      .selectFrom('acs_held_devices')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  }

  /** The Basic password the router presented at its first contact, if any. */
  presentedPassword(row: AcsHeldDeviceRow): string | null {
    return row.password_enc ? this.box.decrypt(row.password_enc) : null;
  }

  async remove(deviceId: string): Promise<boolean> {
    await this.db.deleteFrom('acs_held_credentials').where('device_id', '=', deviceId).execute();
    const r = await this.db
      .deleteFrom('acs_held_devices')
      .where('device_id', '=', deviceId)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }
}
