import { randomBytes } from 'node:crypto';
import pg from 'pg';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createInProcessJobs } from './jobs.js';
import { createPgJobs, periodicPollSeconds, whenQueueReady } from './pg-jobs.js';

const PG = process.env.TEST_DATABASE_URL;
const log = pino({ level: 'silent' });

async function until(cond: () => boolean | Promise<boolean>, what: string, limitMs = 30_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('background jobs', () => {
  it('on pg-boss: an idle periodic job is looked for at half its period, never more often than the poll', () => {
    // The desk's jobs: silence reminders (30 s), outage detection (15 s), mail (1 s), turn recovery (60 s).
    expect(periodicPollSeconds(30_000, 2)).toBe(15);
    expect(periodicPollSeconds(15_000, 2)).toBe(7.5);
    expect(periodicPollSeconds(1_000, 2)).toBe(2);
    expect(periodicPollSeconds(60_000, 2)).toBe(30);
    // Tests that shorten both keep their short poll.
    expect(periodicPollSeconds(300, 0.5)).toBe(0.5);
  });

  it('in one process: a periodic job runs and never overlaps itself', async () => {
    const jobs = createInProcessJobs(log);
    let runs = 0;
    let active = 0;
    let overlapped = false;
    jobs.every({
      name: 'slow',
      everyMs: 20,
      run: async () => {
        active += 1;
        if (active > 1) overlapped = true;
        runs += 1;
        await new Promise((r) => setTimeout(r, 60));
        active -= 1;
      },
    });
    await jobs.start();
    await until(() => runs >= 3, 'three runs');
    await jobs.stop();
    expect(overlapped).toBe(false);
  });

  it('in one process: a one-off job waits for start, runs outside the sender, and a failure is logged', async () => {
    const errors: unknown[] = [];
    const jobs = createInProcessJobs(
      pino({ level: 'error' }, { write: (line: string) => void errors.push(JSON.parse(line)) }),
    );
    const done: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    jobs.handle<{ id: string }>('notify', async ({ id }) => {
      await gate;
      if (id === 'bad') throw new Error('mail server down');
      done.push(id);
    });
    await jobs.send('notify', { id: 'early' });
    await expect(jobs.send('unknown', {})).rejects.toThrow(/no handler/);
    await jobs.start();
    await jobs.send('notify', { id: 'bad' });
    await jobs.send('notify', { id: 'late' });
    expect(done).toEqual([]);
    release();
    await jobs.stop();
    expect(done.sort()).toEqual(['early', 'late']);
    expect(errors).toMatchObject([{ job: 'notify', payload: { id: 'bad' }, msg: 'background job failed' }]);
  });

  describe.skipIf(!PG)('on PostgreSQL (pg-boss)', () => {
    const schema = `jobs_test_${randomBytes(4).toString('hex')}`;
    afterAll(async () => {
      const c = new pg.Client({ connectionString: PG });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    });

    it('two instances share one schedule: one waiting run, one instance at a time, and it survives a restart', async () => {
      let runs = 0;
      let active = 0;
      let overlapped = false;
      const run = async () => {
        active += 1;
        if (active > 1) overlapped = true;
        runs += 1;
        await new Promise((r) => setTimeout(r, 50));
        active -= 1;
      };
      const start = async () => {
        const jobs = await createPgJobs({ connectionString: PG!, schema, log, pollSeconds: 0.5 });
        jobs.every({ name: 'sweep', everyMs: 1000, run });
        await jobs.start();
        return jobs;
      };
      const [a, b] = await Promise.all([start(), start()]);
      const waiting = async () =>
        Number(
          (
            await a.boss
              .getDb()
              .executeSql(
                `SELECT count(*)::int AS n FROM ${schema}.job WHERE name = 'sweep' AND state = 'created'`,
                [],
              )
          ).rows[0].n,
        );
      expect(await waiting()).toBe(1);
      await until(() => runs >= 3, 'three runs across the two instances');
      expect(overlapped).toBe(false);
      expect(await waiting()).toBeLessThanOrEqual(1);

      // Both stop (a restart of the whole desk); the next run is still queued and a new instance takes it.
      await Promise.all([a.stop(), b.stop()]);
      const before = runs;
      const c = await start();
      try {
        await until(() => runs > before, 'a run after the restart');
      } finally {
        await c.stop();
      }
    });

    it('a one-off job sent on one instance runs once, on one of them', async () => {
      const seen: string[] = [];
      const start = async () => {
        const jobs = await createPgJobs({ connectionString: PG!, schema, log, pollSeconds: 0.5 });
        jobs.handle<{ id: string }>('notify', async ({ id }) => void seen.push(id));
        await jobs.start();
        return jobs;
      };
      const [a, b] = await Promise.all([start(), start()]);
      try {
        await a.send('notify', { id: 'incident-1' });
        await until(() => seen.length > 0, 'the job');
        await new Promise((r) => setTimeout(r, 1500));
        expect(seen).toEqual(['incident-1']);
      } finally {
        await Promise.all([a.stop(), b.stop()]);
      }
    });
  });
});

describe('whenQueueReady', () => {
  const partitionMissing = () => new Error('no partition of relation "job" found for row');

  it('retries a send while another instance is still creating the queue’s partition', async () => {
    let calls = 0;
    const id = await whenQueueReady(async () => {
      calls++;
      if (calls < 3) throw partitionMissing();
      return 'job-1';
    });
    expect(id).toBe('job-1');
    expect(calls).toBe(3);
  });

  it('does not retry other errors, and gives up after its attempts', async () => {
    let calls = 0;
    await expect(
      whenQueueReady(async () => {
        calls++;
        throw new Error('connection refused');
      }),
    ).rejects.toThrow('connection refused');
    expect(calls).toBe(1);
    await expect(
      whenQueueReady(async () => {
        throw partitionMissing();
      }, 2),
    ).rejects.toThrow(/no partition/);
  });
});
