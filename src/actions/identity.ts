// Caller verification by customer number + PIN, with a lockout after repeated wrong PINs.
import type { Customer } from '../domain/index.js';
import type { AuditLog, CustomerDirectory } from '../tickets/ports.js';

export interface AttemptState {
  /** Failed PIN tries since the last success (never reset by a lock expiring; see isLocked). */
  failures: number;
  lastFailureAt: string | null;
}

/** Where failed PIN tries are kept; storage can implement it over a table. */
export interface VerificationAttempts {
  get(customerNumber: string): Promise<AttemptState>;
  /** `ok` clears the count; a failure adds one and stamps `at`. Returns the new state. */
  record(customerNumber: string, ok: boolean, at?: Date): Promise<AttemptState>;
  /**
   * Takes one try before the PIN is compared, in one atomic step: unless verification is locked,
   * the try is counted as a failure at once (a correct PIN then clears it with `record(ok)`). So
   * however many tries arrive together, at most `maxFailures` are ever compared.
   */
  claim(customerNumber: string, at: Date, rule: LockRule): Promise<{ allowed: boolean; state: AttemptState }>;
}

export interface LockRule {
  maxFailures: number;
  lockMs: number;
}

export class InMemoryVerificationAttempts implements VerificationAttempts {
  private readonly states = new Map<string, AttemptState>();
  async get(customerNumber: string): Promise<AttemptState> {
    return { ...(this.states.get(customerNumber) ?? { failures: 0, lastFailureAt: null }) };
  }
  async record(customerNumber: string, ok: boolean, at: Date = new Date()): Promise<AttemptState> {
    const prev = await this.get(customerNumber);
    const next = ok
      ? { failures: 0, lastFailureAt: null }
      : { failures: prev.failures + 1, lastFailureAt: at.toISOString() };
    this.states.set(customerNumber, next);
    return { ...next };
  }
  async claim(
    customerNumber: string,
    at: Date,
    rule: LockRule,
  ): Promise<{ allowed: boolean; state: AttemptState }> {
    // No await between the check and the write: atomic within this process.
    const prev = { ...(this.states.get(customerNumber) ?? { failures: 0, lastFailureAt: null }) };
    if (lockedUntil(prev, rule.maxFailures, rule.lockMs, at)) return { allowed: false, state: prev };
    const next = { failures: prev.failures + 1, lastFailureAt: at.toISOString() };
    this.states.set(customerNumber, next);
    return { allowed: true, state: { ...next } };
  }
}

export interface VerifyDeps {
  directory: CustomerDirectory;
  audit: AuditLog;
  attempts: VerificationAttempts;
  now?: () => Date;
  /** Wrong PINs in a row that lock verification (default 3). */
  maxFailures?: number;
  /** How long verification stays locked, ms (default 30 min). */
  lockMs?: number;
  /** Who is recorded as making the attempt (default: the customer, by the number they gave). */
  actor?: { kind: 'customer' | 'bot' | 'staff' | 'system'; id: string | null };
}

export type VerifyResult =
  | { ok: true; customer: Customer }
  | {
      ok: false;
      reason: 'unknown_customer' | 'wrong_pin' | 'locked';
      customer?: Customer;
      attemptsLeft?: number;
      lockedUntil?: string;
    };

export const DEFAULT_MAX_FAILURES = 3;
export const DEFAULT_LOCK_MS = 30 * 60 * 1000;

/**
 * Locked while the failures since the last success are a whole multiple of `max` and the last
 * one is younger than `lockMs`. After a lock expires the caller gets `max` fresh tries without the
 * store having to support a reset.
 */
export function lockedUntil(state: AttemptState, max: number, lockMs: number, now: Date): Date | null {
  if (state.failures === 0 || state.failures % max !== 0 || !state.lastFailureAt) return null;
  const until = new Date(Date.parse(state.lastFailureAt) + lockMs);
  return until > now ? until : null;
}

function normaliseNumber(s: string): string {
  return s.replace(/[\s-]/g, '');
}

export async function verifyIdentity(
  input: { customerNumber: string; pin: string },
  deps: VerifyDeps,
): Promise<VerifyResult> {
  const now = deps.now?.() ?? new Date();
  const max = deps.maxFailures ?? DEFAULT_MAX_FAILURES;
  const lockMs = deps.lockMs ?? DEFAULT_LOCK_MS;
  const number = normaliseNumber(input.customerNumber);
  const actor = deps.actor ?? { kind: 'customer' as const, id: number || null };
  // An attempt that cannot be audited must not pass silently: audit failures propagate.
  const audit = (entry: Parameters<AuditLog['append']>[0]) => deps.audit.append(entry);

  const customer = number ? await deps.directory.byNumber(number) : null;
  if (!customer) {
    await audit({
      actor,
      action: 'identity.failed',
      target: number || '(empty)',
      reason: 'unknown customer number',
      attempts: 0,
    });
    return { ok: false, reason: 'unknown_customer' };
  }

  // Lock first, compare after: the try is counted before the (slow) PIN comparison starts.
  const claim = await deps.attempts.claim(number, now, { maxFailures: max, lockMs });
  if (!claim.allowed) {
    const until = lockedUntil(claim.state, max, lockMs, now) ?? new Date(now.getTime() + lockMs);
    await audit({
      actor,
      action: 'identity.failed',
      target: number,
      reason: 'verification is locked',
      attempts: claim.state.failures,
    });
    return { ok: false, reason: 'locked', customer, lockedUntil: until.toISOString() };
  }

  const pin = input.pin.replace(/\s/g, '');
  if (pin && (await deps.directory.checkPin(customer.id, pin))) {
    await deps.attempts.record(number, true, now);
    await audit({
      actor,
      action: 'identity.verified',
      target: number,
      reason: 'customer number and PIN',
      method: 'pin',
    });
    return { ok: true, customer };
  }

  const after = claim.state;
  const lockedNow = lockedUntil(after, max, lockMs, now);
  if (lockedNow) {
    await audit({
      actor,
      action: 'identity.locked',
      target: number,
      reason: `${max} wrong PINs in a row`,
      attempts: after.failures,
    });
    await audit({
      actor,
      action: 'security.event',
      target: number,
      reason: 'PIN verification locked',
      detail: `${max} wrong PINs in a row; verification locked until ${lockedNow.toISOString()}`,
    });
    return { ok: false, reason: 'locked', customer, lockedUntil: lockedNow.toISOString() };
  }
  await audit({
    actor,
    action: 'identity.failed',
    target: number,
    reason: 'wrong PIN',
    attempts: after.failures,
  });
  return { ok: false, reason: 'wrong_pin', customer, attemptsLeft: max - (after.failures % max) };
}
