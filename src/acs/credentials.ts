import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { SecretBox } from '../security/secrets.js';
import type { AcsCredentialRow, AcsTables } from '../storage/tables/acs.js';
import type { Credentials } from './digest.js';

// Per-device CWMP credentials: the router's own username/password towards the ACS, and the
// connection-request credentials the ACS set on it. Passwords are encrypted at rest. Credentials
// the ACS generated but has not yet set on the router are kept as `pending` until it confirms.

export interface DeviceCredentials extends Credentials {
  deviceId: string;
}

export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

export class CredentialStore {
  constructor(
    private readonly db: Kysely<AcsTables>,
    private readonly box: SecretBox,
  ) {}

  private open(row: AcsCredentialRow | undefined): DeviceCredentials | null {
    if (!row || row.username === null || row.password_enc === null) return null;
    return { deviceId: row.device_id, username: row.username, password: this.box.decrypt(row.password_enc) };
  }

  private row(deviceId: string): Promise<AcsCredentialRow | undefined> {
    return this.db
      .selectFrom('acs_credentials')
      .selectAll()
      .where('device_id', '=', deviceId)
      .executeTakeFirst();
  }

  /** The device whose credentials carry this username; 'shared' when several routers use it. */
  async byUsername(username: string): Promise<DeviceCredentials | 'shared' | null> {
    const rows = await this.db
      .selectFrom('acs_credentials')
      .selectAll()
      .where('username', '=', username)
      .limit(2)
      .execute();
    return rows.length > 1 ? 'shared' : this.open(rows[0]);
  }

  async forDevice(deviceId: string): Promise<DeviceCredentials | null> {
    return this.open(await this.row(deviceId));
  }

  private async write(
    deviceId: string,
    patch: Partial<Omit<AcsCredentialRow, 'device_id'>>,
    nowIso: string,
  ): Promise<void> {
    await this.db
      .insertInto('acs_credentials')
      .values({
        device_id: deviceId,
        username: null,
        password_enc: null,
        pending_username: null,
        pending_password_enc: null,
        cr_username: null,
        cr_password_enc: null,
        pending_cr_username: null,
        pending_cr_password_enc: null,
        source: 'provisioned',
        created_at: nowIso,
        updated_at: nowIso,
        ...patch,
      })
      .onConflict((oc) => oc.column('device_id').doUpdateSet({ ...patch, updated_at: nowIso }))
      .execute();
  }

  /** Sets (or generates) a device's credentials; returns them in clear once, for the router. */
  async provision(
    deviceId: string,
    nowIso: string,
    given: Partial<Credentials> = {},
    source = 'provisioned',
  ): Promise<DeviceCredentials> {
    const creds = {
      deviceId,
      username: given.username || deviceId,
      password: given.password ?? generatePassword(),
    };
    await this.write(
      deviceId,
      { username: creds.username, password_enc: this.box.encrypt(creds.password), source },
      nowIso,
    );
    return creds;
  }

  /** The device's credentials, provisioned on first call (the demo's routers get theirs this way). */
  async ensure(deviceId: string, nowIso: string): Promise<DeviceCredentials> {
    return (await this.forDevice(deviceId)) ?? this.provision(deviceId, nowIso);
  }

  async revoke(deviceId: string): Promise<boolean> {
    const r = await this.db
      .deleteFrom('acs_credentials')
      .where('device_id', '=', deviceId)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  /**
   * Credentials to set on the router in its current session: new ACS credentials when `acs`
   * (kept pending until the router confirms), and connection-request credentials (the stored
   * ones when there are any, so a factory-reset router gets the same ones back).
   */
  async planPush(
    deviceId: string,
    acs: boolean,
    nowIso: string,
  ): Promise<{ acs: Credentials | null; cr: Credentials }> {
    const row = await this.row(deviceId);
    const cr = {
      username: row?.cr_username ?? `cr-${randomBytes(6).toString('hex')}`,
      password: row?.cr_password_enc ? this.box.decrypt(row.cr_password_enc) : generatePassword(),
    };
    let acsCreds: Credentials | null = null;
    if (acs) {
      acsCreds = {
        username: row?.pending_username ?? deviceId,
        password: row?.pending_password_enc ? this.box.decrypt(row.pending_password_enc) : generatePassword(),
      };
    }
    await this.write(
      deviceId,
      {
        ...(acsCreds
          ? { pending_username: acsCreds.username, pending_password_enc: this.box.encrypt(acsCreds.password) }
          : {}),
        pending_cr_username: cr.username,
        pending_cr_password_enc: this.box.encrypt(cr.password),
        ...(row ? {} : { source: 'first-contact' }),
      },
      nowIso,
    );
    return { acs: acsCreds, cr };
  }

  /** What a pending push sets on the router (for building the SetParameterValues). */
  async pending(deviceId: string): Promise<{ acs: Credentials | null; cr: Credentials | null }> {
    const row = await this.row(deviceId);
    const pair = (u: string | null | undefined, p: string | null | undefined) =>
      u && p ? { username: u, password: this.box.decrypt(p) } : null;
    return {
      acs: pair(row?.pending_username, row?.pending_password_enc),
      cr: pair(row?.pending_cr_username, row?.pending_cr_password_enc),
    };
  }

  /** The router accepted the pushed values: they become its credentials. */
  async confirmPush(deviceId: string, nowIso: string): Promise<void> {
    const row = await this.row(deviceId);
    if (!row) return;
    await this.write(
      deviceId,
      {
        ...(row.pending_username && row.pending_password_enc
          ? { username: row.pending_username, password_enc: row.pending_password_enc }
          : {}),
        ...(row.pending_cr_username && row.pending_cr_password_enc
          ? { cr_username: row.pending_cr_username, cr_password_enc: row.pending_cr_password_enc }
          : {}),
        pending_username: null,
        pending_password_enc: null,
        pending_cr_username: null,
        pending_cr_password_enc: null,
      },
      nowIso,
    );
  }

  /** Connection-request credentials the router confirmed, or null. */
  async connectionRequest(deviceId: string): Promise<Credentials | null> {
    const row = await this.row(deviceId);
    return this.openCr(row?.cr_username, row?.cr_password_enc);
  }

  /** Connection-request credentials from their stored columns (read with other facts elsewhere). */
  openCr(username: string | null | undefined, passwordEnc: string | null | undefined): Credentials | null {
    if (!username || !passwordEnc) return null;
    return { username, password: this.box.decrypt(passwordEnc) };
  }
}
