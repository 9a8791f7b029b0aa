import type { ResolvedAcsConfig } from './config.js';
import type { CredentialStore } from './credentials.js';
import { presentedAuth, type Credentials, type DigestVerifier, type PresentedAuth } from './digest.js';

// Who is calling. Before the body is read, from the Authorization header alone: whether the
// credentials are valid for some router (then a large body may follow). After the Inform is
// parsed: whether they are the credentials of the router the Inform names.

export type CpeAuthOutcome =
  /** `cpeAuth.mode: 'none'` (tests): nobody is checked. */
  | { kind: 'open' }
  | { kind: 'rejected'; stale: boolean }
  /**
   * Well-formed credentials. `verified`: valid for some router, or the shared legacy credential
   * (`shared`). Unverified ones (a router the ACS does not know yet) may send only a small body.
   */
  | {
      kind: 'presented';
      presented: PresentedAuth;
      verified: boolean;
      shared: boolean;
      owner?: string;
      /**
       * Why unverified credentials could not be checked yet: a username several routers share (as
       * routers from one factory image do) or one no router has; the Inform's device decides.
       */
      unchecked?: 'shared-username' | 'unknown-username';
    };

/** The presented credentials compared with the Inform's device's own. */
export type OwnCheck = 'none' | 'match' | 'mismatch' | 'stale';

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

  private get shared(): Credentials | null {
    const { username, password } = this.cfg;
    return username !== undefined && password !== undefined ? { username, password } : null;
  }

  /** WWW-Authenticate values of a 401: Digest first, Basic too when it is accepted. */
  challenges(stale: boolean): string[] {
    if (this.cfg.mode === 'basic') return [this.digest.basicChallenge()];
    return this.basicAllowed
      ? [this.digest.challenge(stale), this.digest.basicChallenge()]
      : [this.digest.challenge(stale)];
  }

  async authenticate(header: string | undefined): Promise<CpeAuthOutcome> {
    if (this.cfg.mode === 'none') return { kind: 'open' };
    const p = presentedAuth(header);
    if (!p) return REJECTED;
    if (p.scheme === 'basic' ? !this.basicAllowed : this.cfg.mode === 'basic') return REJECTED;
    if (
      p.scheme === 'digest' &&
      (p.params.realm !== this.digest.realm || !this.digest.nonceFresh(p.params.nonce!))
    ) {
      return { kind: 'rejected', stale: p.params.realm === this.digest.realm };
    }
    const shared = this.shared;
    if (shared && shared.username === p.username) {
      const r = this.digest.check(p, 'POST', shared);
      if (r.ok && !this.digest.consume(p)) return { kind: 'rejected', stale: true };
      return r.ok
        ? { kind: 'presented', presented: p, verified: true, shared: true }
        : { kind: 'rejected', stale: r.reason === 'stale' };
    }
    const configured = Object.entries(this.cfg.perDevice).find(([, c]) => c.username === p.username);
    const known = configured
      ? { ...configured[1], deviceId: configured[0] }
      : await this.credentials.byUsername(p.username);
    if (known === null || known === 'shared') {
      return {
        kind: 'presented',
        presented: p,
        verified: false,
        shared: false,
        unchecked: known === null ? 'unknown-username' : 'shared-username',
      };
    }
    if (!this.digest.check(p, 'POST', known).ok)
      return { kind: 'presented', presented: p, verified: false, shared: false };
    // A captured header replayed while its nonce is fresh: the honest client gets a new nonce.
    if (!this.digest.consume(p)) return { kind: 'rejected', stale: true };
    // `owner`: the device (or serial) these credentials belong to, so that its Inform needs no second look-up.
    return { kind: 'presented', presented: p, verified: true, shared: false, owner: known.deviceId };
  }

  /** Compares the presented credentials with the device's own (configured or stored). */
  async checkOwn(p: PresentedAuth, deviceId: string, serial: string): Promise<OwnCheck> {
    const own =
      this.cfg.perDevice[deviceId] ??
      this.cfg.perDevice[serial] ??
      (await this.credentials.forDevice(deviceId));
    if (!own) return 'none';
    const r = this.digest.check(p, 'POST', own);
    return r.ok ? 'match' : r.reason === 'stale' ? 'stale' : 'mismatch';
  }
}
