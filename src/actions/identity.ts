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
}

export class InMemoryVerificationAttempts implements VerificationAttempts {
  private readonly states = new Map<string, AttemptState>();
  async get(customerNumber: string): Promise<AttemptState> {
    return { ...(this.states.get(customerNumber) ?? { failures: 0, lastFailureAt: null }) };
  }
  async record(customerNumber: string, ok: boolean, at: Date = new Date()): Promise<AttemptState> {
    const prev = await this.get(customerNumber);
    const next = ok ? { failures: 0, lastFailureAt: null } : { failures: prev.failures + 1, lastFailureAt: at.toISOString() };
    this.states.set(customerNumber, next);
    return { ...next };
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
  | { ok: false; reason: 'unknown_customer' | 'wrong_pin' | 'locked'; customer?: Customer; attemptsLeft?: number; lockedUntil?: string };

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

export async function verifyIdentity(input: { customerNumber: string; pin: string }, deps: VerifyDeps): Promise<VerifyResult> {
  const now = deps.now?.() ?? new Date();
  const max = deps.maxFailures ?? DEFAULT_MAX_FAILURES;
  const lockMs = deps.lockMs ?? DEFAULT_LOCK_MS;
  const number = normaliseNumber(input.customerNumber);
  const actor = deps.actor ?? { kind: 'customer' as const, id: number || null };
  const audit = (entry: Parameters<AuditLog['append']>[0]) => deps.audit.append(entry).catch(() => undefined);

  const customer = number ? await deps.directory.byNumber(number) : null;
  if (!customer) {
    await audit({ actor, action: 'identity.failed', target: number || '(empty)', reason: 'unknown customer number', attempts: 0 });
    return { ok: false, reason: 'unknown_customer' };
  }

  const before = await deps.attempts.get(number);
  const lockedBefore = lockedUntil(before, max, lockMs, now);
  if (lockedBefore) {
    await audit({ actor, action: 'identity.failed', target: number, reason: 'verification is locked', attempts: before.failures });
    return { ok: false, reason: 'locked', customer, lockedUntil: lockedBefore.toISOString() };
  }

  const pin = input.pin.replace(/\s/g, '');
  if (pin && (await deps.directory.checkPin(customer.id, pin))) {
    await deps.attempts.record(number, true, now);
    await audit({ actor, action: 'identity.verified', target: number, reason: 'customer number and PIN', method: 'pin' });
    return { ok: true, customer };
  }

  const after = await deps.attempts.record(number, false, now);
  const lockedNow = lockedUntil(after, max, lockMs, now);
  if (lockedNow) {
    await audit({ actor, action: 'identity.locked', target: number, reason: `${max} wrong PINs in a row`, attempts: after.failures });
    await audit({
      actor,
      action: 'security.event',
      target: number,
      reason: 'PIN verification locked',
      detail: `${max} wrong PINs in a row; verification locked until ${lockedNow.toISOString()}`,
    });
    return { ok: false, reason: 'locked', customer, lockedUntil: lockedNow.toISOString() };
  }
  await audit({ actor, action: 'identity.failed', target: number, reason: 'wrong PIN', attempts: after.failures });
  return { ok: false, reason: 'wrong_pin', customer, attemptsLeft: max - (after.failures % max) };
}
