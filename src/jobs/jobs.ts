// Background work that must run once across all desk instances and survive restarts (reminders,
// turn recovery, retention). On PostgreSQL it runs on pg-boss (pg-jobs.ts); a single process on
// SQLite uses the in-process runner below.
import type { Logger } from 'pino';

export interface PeriodicJob {
  name: string;
  everyMs: number;
  run: () => Promise<unknown>;
}

export interface Jobs {
  /** Registers a periodic job (before start). */
  every(job: PeriodicJob): void;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** One process: each job on its own timer, never overlapping itself. */
export function createInProcessJobs(log: Logger): Jobs {
  const jobs: PeriodicJob[] = [];
  const timers: NodeJS.Timeout[] = [];
  const running = new Set<string>();
  return {
    every(job) {
      jobs.push(job);
    },
    async start() {
      for (const job of jobs) {
        const timer = setInterval(() => {
          if (running.has(job.name)) return;
          running.add(job.name);
          job
            .run()
            .catch((err: unknown) => log.error({ err, job: job.name }, 'background job failed'))
            .finally(() => running.delete(job.name));
        }, job.everyMs);
        timer.unref();
        timers.push(timer);
      }
    },
    async stop() {
      for (const t of timers.splice(0)) clearInterval(t);
    },
  };
}
