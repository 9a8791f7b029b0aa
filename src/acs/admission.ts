import type { CpeAuthOutcome } from './cpe-auth.js';

// Whether the router an Inform names may open a session, given who authenticated (cpe-auth.ts).
// Pure: the session manager gathers the facts and carries out the decision.

export interface AdmissionFacts {
  deviceId: string;
  serial: string;
  /** The device has credentials of its own (stored or configured). */
  hasOwnCredentials: boolean;
  /** Registered with this ACS already, or in the ISP's inventory. */
  known: boolean;
  acceptNewDevices: boolean;
  /** Whether `username` is free for this device (not used by another one). */
  usernameFree: boolean;
}

export type Admission =
  | {
      ok: true;
      /** Adopt the Basic credentials the router presented as its own. */
      adopt?: { username: string; password: string };
      /** Generate ACS credentials and set them on the router in this session. */
      pushAcsCredentials: boolean;
    }
  | { ok: false; status: 401 | 403; reason: string; hold: boolean };

export function admit(auth: CpeAuthOutcome, f: AdmissionFacts): Admission {
  switch (auth.kind) {
    case 'open':
      return { ok: true, pushAcsCredentials: false };
    case 'rejected':
      return { ok: false, status: 401, reason: 'authentication failed', hold: false };
    case 'device':
      return auth.bound === f.deviceId || auth.bound === f.serial
        ? { ok: true, pushAcsCredentials: false }
        : { ok: false, status: 403, reason: `credentials of ${auth.bound} used for ${f.deviceId}`, hold: false };
    case 'shared':
      if (f.hasOwnCredentials) return { ok: false, status: 401, reason: 'shared credential used by a router that has its own', hold: false };
      if (f.known || f.acceptNewDevices) return { ok: true, pushAcsCredentials: false };
      return { ok: false, status: 403, reason: 'unknown router with the shared credential', hold: true };
    case 'unknown': {
      if (f.hasOwnCredentials) return { ok: false, status: 401, reason: 'wrong username for this router', hold: false };
      if (!f.acceptNewDevices) return { ok: false, status: 403, reason: 'router without credentials of its own', hold: true };
      const p = auth.presented;
      if (p.scheme === 'basic' && p.username !== '' && p.password !== '' && f.usernameFree) {
        return { ok: true, adopt: { username: p.username, password: p.password }, pushAcsCredentials: false };
      }
      return { ok: true, pushAcsCredentials: true };
    }
  }
}
