// Periodic jobs on pg-boss: each job is a "stately" queue (at most one waiting and one running
// job), and every run first queues the next one. So however many instances start, one run is
// waiting at a time, it survives restarts (it is a row), and one instance takes it.
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { currentSchemaOf } from '../storage/pg-schema.js';
import { oneOffQueue, type Jobs, type PeriodicJob } from './jobs.js';

export interface PgJobsOptions {
  connectionString: string;
  /** Where pg-boss keeps its tables (default: `<current schema>_jobs`, so desks sharing a database stay apart). */
  schema?: string;
  log: Logger;
  /** How often an idle worker looks for due jobs. */
  pollSeconds?: number;
}

/** pg-boss 10: the last major version that runs on Node 20. */
export async function createPgJobs(opts: PgJobsOptions): Promise<Jobs & { boss: PgBoss }> {
  const schema = opts.schema ?? jobsSchemaFor(await currentSchemaOf(opts.connectionString));
  const boss = new PgBoss({
    connectionString: opts.connectionString,
    schema,
    max: 4,
    schedule: false,
    supervise: true,
  });
  boss.on('error', (err) => opts.log.error({ err }, 'job engine error'));
  const jobs: PeriodicJob[] = [];
  const seconds = (ms: number) => Math.max(1, Math.round(ms / 1000));
  const oneOff = oneOffQueue(async (name, payload) => {
    await boss.send(name, payload);
  });

  return {
    boss,
    every(job) {
      jobs.push(job);
    },
    handle: oneOff.handle,
    send: oneOff.send,
    async start() {
      await boss.start();
      for (const [name, run] of oneOff.handlers) {
        // A failed run is retried a few times (the handlers are idempotent), then stays failed in the table.
        await ensureQueue(boss, {
          name,
          policy: 'standard',
          retryLimit: 3,
          retryDelay: 5,
          retryBackoff: true,
        });
        await boss.work<object>(name, { pollingIntervalSeconds: opts.pollSeconds ?? 2 }, async (batch) => {
          for (const job of batch) {
            try {
              await run(job.data);
            } catch (err) {
              opts.log.error({ err, job: name, payload: job.data }, 'background job failed');
              throw err;
            }
          }
        });
      }
      await oneOff.open();
      for (const job of jobs) {
        const expire = Math.max(60, seconds(job.everyMs) * 10);
        await ensureQueue(boss, {
          name: job.name,
          policy: 'stately',
          retryLimit: 0,
          expireInSeconds: expire,
        });
        await whenQueueReady(() => boss.send(job.name, {}, { startAfter: seconds(job.everyMs) }));
        const pollingIntervalSeconds = periodicPollSeconds(job.everyMs, opts.pollSeconds ?? 2);
        await boss.work(job.name, { pollingIntervalSeconds }, async () => {
          await boss.send(job.name, {}, { startAfter: seconds(job.everyMs) });
          try {
            await job.run();
          } catch (err) {
            opts.log.error({ err, job: job.name }, 'background job failed');
          }
        });
      }
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}

/**
 * How often an idle worker of a periodic job looks for its next run: every `pollSeconds` (2 s) for
 * jobs due that often, else at half the job's period, so that a job due every 30 s costs its
 * instances a query every 15 s, not every 2 s (a run then starts up to half a period late).
 */
export function periodicPollSeconds(everyMs: number, pollSeconds: number): number {
  return Math.max(pollSeconds, Math.round(everyMs / 1000) / 2);
}

/** Instances starting together race to create a queue (PostgreSQL may report a deadlock): retry until it exists. */
async function ensureQueue(boss: PgBoss, queue: PgBoss.Queue): Promise<void> {
  await withBackOff(
    async () => {
      if (!(await boss.getQueue(queue.name))) await boss.createQueue(queue.name, queue);
    },
    { attempts: 6, baseMs: 50, retryIf: () => true },
  );
}

/**
 * A queue another instance is still creating exists before its partition of the job table does, so a
 * first send can fail with "no partition of relation … found for row": retried until the partition is there.
 */
export function whenQueueReady<T>(send: () => Promise<T>, attempts = 8): Promise<T> {
  return withBackOff(send, { attempts, baseMs: 25, retryIf: isMissingPartition });
}

/** Runs `task`, retrying the failures `retryIf` accepts with a jittered exponential back-off. */
async function withBackOff<T>(
  task: () => Promise<T>,
  { attempts, baseMs, retryIf }: { attempts: number; baseMs: number; retryIf: (err: unknown) => boolean },
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await task();
    } catch (err) {
      if (attempt + 1 >= attempts || !retryIf(err)) throw err;
      await new Promise((r) => setTimeout(r, baseMs * 2 ** attempt + Math.random() * baseMs));
    }
  }
}

function isMissingPartition(err: unknown): boolean {
  return err instanceof Error && /no partition of relation/i.test(err.message);
}

function jobsSchemaFor(current: string): string {
  return current === 'public' ? 'pgboss' : `${current}_jobs`.slice(0, 63);
}
