// Failed PIN tries kept in the database (table verification_attempts, created by 001_core), so that
// the lockout holds across every desk instance on the same database. Each change is one SQL statement: a failure is
// an upsert that adds one in the database, never a read followed by a write.
import { sql, type Kysely } from 'kysely';
import {
  DEFAULT_LOCK_MS,
  DEFAULT_MAX_FAILURES,
  type AttemptState,
  type LockRule,
  type VerificationAttempts,
} from '../actions/identity.js';
import type { CoreTables } from './tables/core.js';

type Tables = Pick<CoreTables, 'verification_attempts'>;

export interface VerificationAttemptsOptions {
  now?: () => Date;
  /**
   * The lockout rule the caller applies (see lockedUntil in src/actions/identity.ts). While a lock
   * is in force a further failure is not counted: two instances racing past the lock check cannot
   * push the count beyond the multiple of `maxFailures` that locks, which would unlock it.
   */
  maxFailures?: number;
  lockMs?: number;
}

export class KyselyVerificationAttempts implements VerificationAttempts {
  private readonly now: () => Date;
  private readonly maxFailures: number;
  private readonly lockMs: number;

  constructor(
    private readonly db: Kysely<Tables>,
    opts: VerificationAttemptsOptions = {},
  ) {
    this.now = opts.now ?? (() => new Date());
    this.maxFailures = Math.max(1, Math.floor(opts.maxFailures ?? DEFAULT_MAX_FAILURES));
    this.lockMs = opts.lockMs ?? DEFAULT_LOCK_MS;
  }

  async get(customerNumber: string): Promise<AttemptState> {
    const row = await this.db
      .selectFrom('verification_attempts')
      .select(['failures', 'last_failure_at'])
      .where('customer_number', '=', customerNumber)
      .executeTakeFirst();
    return row
      ? { failures: Number(row.failures), lastFailureAt: row.last_failure_at }
      : { failures: 0, lastFailureAt: null };
  }

  async record(customerNumber: string, ok: boolean, at: Date = this.now()): Promise<AttemptState> {
    if (ok) {
      await this.db
        .deleteFrom('verification_attempts')
        .where('customer_number', '=', customerNumber)
        .execute();
      return { failures: 0, lastFailureAt: null };
    }
    const iso = at.toISOString();
    const lockCutoff = new Date(at.getTime() - this.lockMs).toISOString();
    const until = new Date(at.getTime() + this.lockMs).toISOString();
    // Locked now: a whole multiple of maxFailures whose latest failure is younger than lockMs.
    const locked = sql<boolean>`(verification_attempts.failures > 0 and verification_attempts.failures % ${this.maxFailures} = 0 and verification_attempts.last_failure_at > ${lockCutoff})`;
    const row = await this.db
      .insertInto('verification_attempts')
      .values({
        customer_number: customerNumber,
        failures: 1,
        last_failure_at: iso,
        locked_until: this.maxFailures === 1 ? until : null,
      })
      .onConflict((oc) =>
        oc.column('customer_number').doUpdateSet({
          failures: sql<number>`case when ${locked} then verification_attempts.failures else verification_attempts.failures + 1 end`,
          last_failure_at: sql<string>`case when ${locked} or verification_attempts.last_failure_at > excluded.last_failure_at then verification_attempts.last_failure_at else excluded.last_failure_at end`,
          // Informational (lockedUntil decides): when this failure starts a lock, its end.
          locked_until: sql<
            string | null
          >`case when ${locked} then verification_attempts.locked_until when (verification_attempts.failures + 1) % ${this.maxFailures} = 0 then ${until} else null end`,
        }),
      )
      .returning(['failures', 'last_failure_at'])
      .executeTakeFirstOrThrow();
    return { failures: Number(row.failures), lastFailureAt: row.last_failure_at };
  }

  async claim(
    customerNumber: string,
    at: Date,
    rule: LockRule,
  ): Promise<{ allowed: boolean; state: AttemptState }> {
    const max = Math.max(1, Math.floor(rule.maxFailures));
    const iso = at.toISOString();
    const lockCutoff = new Date(at.getTime() - rule.lockMs).toISOString();
    const until = new Date(at.getTime() + rule.lockMs).toISOString();
    await this.db
      .insertInto('verification_attempts')
      .values({ customer_number: customerNumber, failures: 0, last_failure_at: null, locked_until: null })
      .onConflict((oc) => oc.column('customer_number').doNothing())
      .execute();
    // One conditional UPDATE: both engines re-check the WHERE on the row they lock, so two
    // instances can never both take the try that the lock should have refused.
    const row = await this.db
      .updateTable('verification_attempts')
      .set({
        failures: sql<number>`failures + 1`,
        last_failure_at: sql<string>`case when last_failure_at > ${iso} then last_failure_at else ${iso} end`,
        locked_until: sql<string | null>`case when (failures + 1) % ${max} = 0 then ${until} else null end`,
      })
      .where('customer_number', '=', customerNumber)
      .where(sql<boolean>`not (failures > 0 and failures % ${max} = 0 and last_failure_at > ${lockCutoff})`)
      .returning(['failures', 'last_failure_at'])
      .executeTakeFirst();
    if (row)
      return { allowed: true, state: { failures: Number(row.failures), lastFailureAt: row.last_failure_at } };
    return { allowed: false, state: await this.get(customerNumber) };
  }
}

export function createVerificationAttempts(
  db: Kysely<Tables>,
  opts: VerificationAttemptsOptions = {},
): KyselyVerificationAttempts {
  return new KyselyVerificationAttempts(db, opts);
}
