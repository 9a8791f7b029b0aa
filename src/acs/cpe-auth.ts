import type { ResolvedAcsConfig } from './config.js';
import type { CredentialStore } from './credentials.js';
import { presentedAuth, type DigestVerifier, type PresentedAuth } from './digest.js';

// Who is calling, from the Authorization header alone — before the body is read or parsed. A
// router's own credential names the device it may speak for; the Inform must then be that device.

export type CpeAuthOutcome =
  /** `cpeAuth.mode: 'none'` (tests): nobody is checked. */
  | { kind: 'open' }
  /** A router's own credential; `bound` is its device id, or a serial number for static config entries. */
  | { kind: 'device'; bound: string }
  /** The opt-in legacy/bootstrap credential shared by all routers. */
  | { kind: 'shared' }
  /** Well-formed credentials that belong to nobody: a router the ACS does not know yet. */
  | { kind: 'unknown'; presented: PresentedAuth }
  | { kind: 'rejected'; stale: boolean };

type AuthConfig = ResolvedAcsConfig['cpeAuth'];

const REJECTED = { kind: 'rejected', stale: false } as const;

export class CpeAuthenticator {
  constructor(
    private readonly cfg: AuthConfig,
    private readonly digest: DigestVerifier,
    private readonly credentials: CredentialStore,
  ) {}

  private get basicAllowed(): boolean {
    return this.cfg.mode === 'basic' || this.cfg.allowBasic;
  }

  /** WWW-Authenticate values of a 401: Digest first, Basic too when it is accepted. */
  challenges(stale: boolean): string[] {
    if (this.cfg.mode === 'basic') return [this.digest.basicChallenge()];
    return this.basicAllowed ? [this.digest.challenge(stale), this.digest.basicChallenge()] : [this.digest.challenge(stale)];
  }

  async authenticate(header: string | undefined): Promise<CpeAuthOutcome> {
    if (this.cfg.mode === 'none') return { kind: 'open' };
    const p = presentedAuth(header);
    if (!p) return REJECTED;
    if (p.scheme === 'basic' ? !this.basicAllowed : this.cfg.mode === 'basic') return REJECTED;
    const result = (creds: { username: string; password: string }, ok: CpeAuthOutcome): CpeAuthOutcome => {
      const r = this.digest.check(p, 'POST', creds);
      return r.ok ? ok : { kind: 'rejected', stale: r.reason === 'stale' };
    };
    for (const [bound, creds] of Object.entries(this.cfg.perDevice)) {
      if (creds.username === p.username) return result(creds, { kind: 'device', bound });
    }
    const stored = await this.credentials.byUsername(p.username);
    if (stored) return result(stored, { kind: 'device', bound: stored.deviceId });
    const { username, password } = this.cfg;
    if (username !== undefined && password !== undefined && p.username === username) return result({ username, password }, { kind: 'shared' });
    if (p.scheme === 'digest' && (p.params.realm !== this.digest.realm || !this.digest.nonceFresh(p.params.nonce!))) {
      return { kind: 'rejected', stale: p.params.realm === this.digest.realm };
    }
    return { kind: 'unknown', presented: p };
  }

  /** Whether a device has credentials of its own (stored or configured). */
  async hasOwn(deviceId: string, serial: string): Promise<boolean> {
    const d = this.cfg.perDevice;
    if (d[deviceId] || d[serial]) return true;
    return (await this.credentials.forDevice(deviceId)) !== null;
  }
}
