// Background work that must run once across all desk instances and survive restarts (reminders,
// turn recovery, retention). On PostgreSQL it runs on pg-boss (pg-jobs.ts); a single process on
// SQLite uses the in-process runner below.
import type { Logger } from 'pino';

export interface PeriodicJob {
  name: string;
  everyMs: number;
  run: () => Promise<unknown>;
}

/** Work to do once, in the background, on one instance (notifying customers, …). */
export type JobHandler<T extends object> = (payload: T) => Promise<unknown>;

export interface Jobs {
  /** Registers a periodic job (before start). */
  every(job: PeriodicJob): void;
  /** Registers the handler of a one-off job kind (before start). */
  handle<T extends object>(name: string, run: JobHandler<T>): void;
  /** Queues a one-off job; it runs after start, outside the caller's request. */
  send(name: string, payload: object): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** One-off jobs queued before start wait for it; a kind without a handler is a programming error. */
export function oneOffQueue(dispatch: (name: string, payload: object) => Promise<void>) {
  const handlers = new Map<string, JobHandler<object>>();
  let pending: [string, object][] | null = [];
  return {
    handlers,
    handle<T extends object>(name: string, run: JobHandler<T>) {
      handlers.set(name, run as JobHandler<object>);
    },
    async send(name: string, payload: object) {
      if (!handlers.has(name)) throw new Error(`no handler for the job ${name}`);
      if (pending) pending.push([name, payload]);
      else await dispatch(name, payload);
    },
    /** After start: what was queued before it is dispatched. */
    async open() {
      const queued = pending ?? [];
      pending = null;
      for (const [name, payload] of queued) await dispatch(name, payload);
    },
  };
}

/** One process: each job on its own timer, never overlapping itself. */
export function createInProcessJobs(log: Logger): Jobs {
  const jobs: PeriodicJob[] = [];
  const timers: NodeJS.Timeout[] = [];
  const running = new Set<string>();
  const inFlight = new Set<Promise<unknown>>();
  const oneOff = oneOffQueue(async (name, payload) => {
    const run = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => oneOff.handlers.get(name)!(payload))
      .catch((err: unknown) => log.error({ err, job: name, payload }, 'background job failed'))
      .finally(() => inFlight.delete(run));
    inFlight.add(run);
  });
  return {
    every(job) {
      jobs.push(job);
    },
    handle: oneOff.handle,
    send: oneOff.send,
    async start() {
      await oneOff.open();
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
      await Promise.all(inFlight);
    },
  };
}
