import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { LeaseTables } from './tables/leases.js';

// A lock that holds across desk instances on one database: a lease row taken with an atomic
// upsert (it only wins over an expired lease), renewed while the work runs, deleted after.
// A crashed holder's lease simply runs out.

export interface LeaseLockOptions {
  /** How long a lease lasts without renewal. */
  leaseMs?: number;
  /** Give up waiting after this long. */
  waitMs?: number;
  now?: () => Date;
  /** Where a failed renewal is reported (the work goes on; the lease may run out under it). */
  log?: { warn(obj: object, msg?: string): void };
}

export class LeaseTimeoutError extends Error {
  constructor(name: string) {
    super(`timed out waiting for lease ${name}`);
    this.name = 'LeaseTimeoutError';
  }
}

export interface LeaseLock {
  run<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

export function createLeaseLock(db: Kysely<LeaseTables>, opts: LeaseLockOptions = {}): LeaseLock {
  const owner = randomBytes(8).toString('hex');
  const leaseMs = opts.leaseMs ?? 120_000;
  const waitMs = opts.waitMs ?? 10 * 60_000;
  const now = opts.now ?? (() => new Date());
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  async function take(name: string, holder: string): Promise<boolean> {
    const at = now();
    const expires = new Date(at.getTime() + leaseMs).toISOString();
    const row = await db
      .insertInto('leases')
      .values({ name, owner: holder, expires_at: expires })
      .onConflict((oc) =>
        oc
          .column('name')
          .doUpdateSet({ owner: holder, expires_at: expires })
          .where((eb) =>
            eb.or([eb('leases.expires_at', '<', at.toISOString()), eb('leases.owner', '=', holder)]),
          ),
      )
      .returning('owner')
      .executeTakeFirst();
    return row?.owner === holder;
  }

  let seq = 0;
  return {
    async run(name, fn) {
      // Each holding gets its own owner id, so two holdings in one process never share a lease.
      const holder = `${owner}:${++seq}`;
      const started = Date.now();
      let pause = 10;
      while (!(await take(name, holder))) {
        if (Date.now() - started > waitMs) throw new LeaseTimeoutError(name);
        await sleep(pause);
        pause = Math.min(250, pause * 2);
      }
      const renewed = (won: boolean) => {
        if (!won) opts.log?.warn({ lease: name }, 'lease taken over by another holder while the work ran');
      };
      const failed = (err: unknown) =>
        opts.log?.warn({ err, lease: name }, 'lease renewal failed; it may run out while the work runs');
      const renew = setInterval(
        () => void take(name, holder).then(renewed, failed),
        Math.max(1000, leaseMs / 3),
      );
      renew.unref();
      try {
        return await fn();
      } finally {
        clearInterval(renew);
        await db.deleteFrom('leases').where('name', '=', name).where('owner', '=', holder).execute();
      }
    },
  };
}
