import type { StaffStore } from './store.js';

// Login throttling: N failures for a key within the window lock that key for a while. Keys are
// `pair:<name>|<address>` (a tight limit: guessing one account's password from one place) and
// `user:<name>` (a looser one against guessing from many places; also for unknown names, so a
// lockout does not reveal which exist). There is no lock per address alone: behind a reverse
// proxy every staff member shares one, and one person's typos must not lock out the rest.

export interface ThrottleRule {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

export const PAIR_RULE: ThrottleRule = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
export const USER_RULE: ThrottleRule = { maxFailures: 20, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

export type Admission = { ok: true; lockedNow: boolean } | { ok: false; until: Date };

/**
 * Lock first, compare after: every attempt is counted before its password is checked, so that
 * attempts made at the same moment cannot all slip under the limit. An attempt past the limit is
 * refused without a check; the one that reaches it is checked and, if wrong, leaves the key locked.
 */
export class LoginThrottle {
  constructor(
    private readonly store: StaffStore,
    private readonly now: () => Date,
  ) {}

  async admit(key: string, rule: ThrottleRule): Promise<Admission> {
    const a = await this.store.countAttempt(key, rule, this.now());
    if (a.failures > rule.maxFailures)
      return { ok: false, until: new Date(a.lockedUntil ?? this.now().getTime() + rule.lockMs) };
    return { ok: true, lockedNow: a.failures === rule.maxFailures };
  }

  async succeed(key: string): Promise<void> {
    await this.store.clearAttempt(key);
  }
}
