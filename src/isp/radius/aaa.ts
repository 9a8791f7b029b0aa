import pg from 'pg';
import type { AaaPort, AaaRejectReason, AaaSession } from '../ports.js';
import { exchange } from './packets.js';

// The AAA port over a RADIUS server's SQL tables (the FreeRADIUS schema: radacct, radpostauth,
// radcheck, radusergroup, radgroupcheck) and RFC 5176 Disconnect-Requests to the NAS that holds
// the session. The wire contract is docs/radius.md.

export interface RadiusAaaOptions {
  /** The RADIUS server's database (PostgreSQL, FreeRADIUS's own schema). */
  databaseUrl: string;
  /** The shared secret of the NAS's dynamic-authorization (CoA/DM) listener. */
  secret: string;
  /** The NAS's dynamic-authorization port (RFC 5176: 3799). */
  disconnectPort?: number;
  /** Send Disconnect-Requests here instead of to the session's NAS-IP-Address. */
  disconnectHost?: string;
  timeoutMs?: number;
}

export interface RadiusAaa extends AaaPort {
  disconnect(pppoeUsername: string): Promise<boolean>;
  close(): Promise<void>;
}

interface OpenSession {
  acctsessionid: string;
  nas: string;
  ip: string | null;
  acctstarttime: Date | null;
}

const OPEN_SESSIONS = `SELECT acctsessionid, host(nasipaddress) AS nas, host(framedipaddress) AS ip, acctstarttime
  FROM radacct WHERE username = $1 AND acctstoptime IS NULL ORDER BY acctstarttime DESC, radacctid DESC`;
const LAST_AUTH = `SELECT reply, authdate FROM radpostauth WHERE username = $1 ORDER BY id DESC LIMIT 1`;
// A user whose check items (own or through a group) say Auth-Type := Reject is disabled: a reject
// then means the account, not the password.
const DISABLED = `SELECT
  EXISTS (SELECT 1 FROM radcheck WHERE username = $1 AND attribute = 'Auth-Type' AND value = 'Reject')
  OR EXISTS (SELECT 1 FROM radusergroup ug JOIN radgroupcheck gc ON gc.groupname = ug.groupname
             WHERE ug.username = $1 AND gc.attribute = 'Auth-Type' AND gc.value = 'Reject') AS disabled`;

export function createRadiusAaa(opts: RadiusAaaOptions): RadiusAaa {
  const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 4 });
  const iso = (d: Date | null) => (d ? d.toISOString() : null);

  async function openSessions(user: string): Promise<OpenSession[]> {
    return (await pool.query<OpenSession>(OPEN_SESSIONS, [user])).rows;
  }

  async function rejectReason(user: string): Promise<AaaRejectReason> {
    const r = await pool.query<{ disabled: boolean }>(DISABLED, [user]);
    return r.rows[0]?.disabled ? 'account_disabled' : 'auth_failure';
  }

  return {
    async session(pppoeUsername: string): Promise<AaaSession> {
      const [open, last] = await Promise.all([
        openSessions(pppoeUsername),
        pool.query<{ reply: string; authdate: Date }>(LAST_AUTH, [pppoeUsername]),
      ]);
      const s = open[0];
      if (s)
        return {
          up: true,
          ipAddress: s.ip,
          startedAt: iso(s.acctstarttime),
          lastReject: null,
          lastRejectAt: null,
        };
      const auth = last.rows[0];
      const rejected = auth?.reply === 'Access-Reject';
      return {
        up: false,
        ipAddress: null,
        startedAt: null,
        lastReject: rejected ? await rejectReason(pppoeUsername) : null,
        lastRejectAt: rejected ? iso(auth.authdate) : null,
      };
    },

    async disconnect(pppoeUsername: string): Promise<boolean> {
      let ended = false;
      for (const s of await openSessions(pppoeUsername)) {
        const reply = await exchange(
          { host: opts.disconnectHost ?? s.nas, port: opts.disconnectPort ?? 3799, secret: opts.secret },
          'Disconnect-Request',
          [
            ['User-Name', pppoeUsername],
            ['Acct-Session-Id', s.acctsessionid],
            ['NAS-IP-Address', s.nas],
          ],
          { timeoutMs: opts.timeoutMs ?? 1000 },
        );
        if (reply.code === 'Disconnect-ACK') ended = true;
      }
      return ended;
    },

    close: () => pool.end(),
  };
}
