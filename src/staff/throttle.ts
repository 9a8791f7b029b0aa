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

export class LoginThrottle {
  constructor(
    private readonly store: StaffStore,
    private readonly now: () => Date,
  ) {}

  /** When locked: the time the lock ends. */
  async lockedUntil(key: string): Promise<Date | null> {
    const a = await this.store.attempt(key);
    if (!a?.lockedUntil) return null;
    const until = new Date(a.lockedUntil);
    return until.getTime() > this.now().getTime() ? until : null;
  }

  /** Records a failure; returns true when this failure locked the key. */
  async fail(key: string, rule: ThrottleRule): Promise<boolean> {
    const now = this.now();
    const a = await this.store.attempt(key);
    const fresh = !a || now.getTime() - new Date(a.windowStartedAt).getTime() > rule.windowMs || (a.lockedUntil !== null && new Date(a.lockedUntil) <= now);
    const failures = fresh ? 1 : a.failures + 1;
    const locks = failures >= rule.maxFailures;
    await this.store.saveAttempt({
      key,
      failures,
      windowStartedAt: fresh ? now.toISOString() : a.windowStartedAt,
      lockedUntil: locks ? new Date(now.getTime() + rule.lockMs).toISOString() : null,
    });
    return locks;
  }

  async succeed(key: string): Promise<void> {
    await this.store.clearAttempt(key);
  }
}
