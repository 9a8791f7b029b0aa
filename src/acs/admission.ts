import type { OwnCheck } from './cpe-auth.js';

// Whether the router an Inform names may open a session, given how its credentials compare
// (cpe-auth.ts). Pure: the session manager gathers the facts and carries out the decision.

export interface AdmissionFacts {
  /** No authentication at all (`cpeAuth.mode: 'none'`, tests). */
  open: boolean;
  own: OwnCheck;
  /** The presented credentials are the shared legacy credential. */
  shared: boolean;
  /** They are valid for some router (so a mismatch is another router's credentials, not a typo). */
  verified: boolean;
  scheme: 'basic' | 'digest';
  /** Registered with this ACS already, or in the ISP's inventory. */
  known: boolean;
  acceptNewDevices: boolean;
}

export type Admission =
  | {
      ok: true;
      /** Adopt the Basic credentials the router presented as its own. */
      adopt: boolean;
      /** Generate ACS credentials and set them on the router in this session. */
      pushAcsCredentials: boolean;
    }
  | { ok: false; status: 401 | 403; stale?: boolean; reason: string; hold: boolean };

const OK = { ok: true, adopt: false, pushAcsCredentials: false } as const;

export function admit(f: AdmissionFacts): Admission {
  if (f.open || f.own === 'match') return OK;
  if (f.own === 'stale') return { ok: false, status: 401, stale: true, reason: 'stale nonce', hold: false };
  if (f.own === 'mismatch') {
    if (f.shared)
      return {
        ok: false,
        status: 401,
        reason: 'shared credential used by a router that has its own',
        hold: false,
      };
    if (f.verified) return { ok: false, status: 403, reason: "another router's credentials", hold: false };
    return { ok: false, status: 401, reason: 'wrong credentials', hold: false };
  }
  // The router has no credentials of its own.
  if (f.shared) {
    return f.known || f.acceptNewDevices
      ? OK
      : { ok: false, status: 403, reason: 'unknown router with the shared credential', hold: true };
  }
  if (!f.acceptNewDevices)
    return { ok: false, status: 403, reason: 'router without credentials of its own', hold: true };
  return f.scheme === 'basic'
    ? { ok: true, adopt: true, pushAcsCredentials: false }
    : { ok: true, adopt: false, pushAcsCredentials: true };
}
