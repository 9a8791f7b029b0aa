import pg from 'pg';

// The simulated ISP's back office writing its subscribers into the RADIUS server's SQL tables
// (FreeRADIUS schema): the PPP password in radcheck, a suspended account in the group whose check
// item rejects every login. See docs/radius.md.

export const SUSPENDED_GROUP = 'frontline-suspended';
export const SUSPENDED_REPLY = 'Account disabled';

export interface RadiusSubscriber {
  username: string;
  password: string;
  suspended: boolean;
}

export class RadiusProvisioning {
  private readonly pool: pg.Pool;
  private groups: Promise<void> | null = null;

  constructor(databaseUrl: string) {
    this.pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  }

  /**
   * Writes one subscriber. `fresh`: the simulation has just created it, so what the tables remember
   * of an earlier run under the same username (sessions never stopped, old rejects) goes.
   */
  async provision(s: RadiusSubscriber, fresh: boolean): Promise<void> {
    await (this.groups ??= this.ensureSuspendedGroup());
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      if (fresh) {
        await c.query('DELETE FROM radacct WHERE username = $1', [s.username]);
        await c.query('DELETE FROM radpostauth WHERE username = $1', [s.username]);
      }
      await c.query('DELETE FROM radcheck WHERE username = $1', [s.username]);
      await c.query('DELETE FROM radusergroup WHERE username = $1', [s.username]);
      await c.query(
        `INSERT INTO radcheck (username, attribute, op, value) VALUES ($1, 'Cleartext-Password', ':=', $2)`,
        [s.username, s.password],
      );
      if (s.suspended)
        await c.query('INSERT INTO radusergroup (username, groupname, priority) VALUES ($1, $2, 1)', [
          s.username,
          SUSPENDED_GROUP,
        ]);
      await c.query('COMMIT');
    } catch (err) {
      await c.query('ROLLBACK');
      throw err;
    } finally {
      c.release();
    }
  }

  private async ensureSuspendedGroup(): Promise<void> {
    await this.pool.query(
      `INSERT INTO radgroupcheck (groupname, attribute, op, value)
       SELECT $1, 'Auth-Type', ':=', 'Reject'
       WHERE NOT EXISTS (SELECT 1 FROM radgroupcheck WHERE groupname = $1 AND attribute = 'Auth-Type')`,
      [SUSPENDED_GROUP],
    );
    await this.pool.query(
      `INSERT INTO radgroupreply (groupname, attribute, op, value)
       SELECT $1, 'Reply-Message', ':=', $2
       WHERE NOT EXISTS (SELECT 1 FROM radgroupreply WHERE groupname = $1 AND attribute = 'Reply-Message')`,
      [SUSPENDED_GROUP, SUSPENDED_REPLY],
    );
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
