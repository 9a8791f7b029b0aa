import pino from 'pino';
import { openDatabase } from '../../storage/db.js';
import { migrateToLatest } from '../../storage/migrate.js';
import type { AcsConfig } from '../config.js';
import { createAcs, type Acs } from '../index.js';
import type { ResolveService } from '../inform.js';
import { demoOperatorConfig } from '../../operator/load.js';

// Test harness: an ACS on an in-memory SQLite database, listening on 127.0.0.1 port 0.

export interface TestAcs {
  acs: Acs;
  url: string;
  close(): Promise<void>;
}

export async function startTestAcs(
  config: AcsConfig = {},
  opts: {
    resolveService?: ResolveService;
    knownDevice?: (deviceId: string) => Promise<boolean>;
    dbUrl?: string;
    now?: () => Date;
  } = {},
): Promise<TestAcs> {
  const db = openDatabase(opts.dbUrl ?? ':memory:');
  await migrateToLatest(db.db as never, db.engine);
  const acs = createAcs({
    db: db.db,
    engine: db.engine,
    config: {
      cpeAuth: { mode: 'none' },
      ...config,
      tasks: { pollIntervalMs: 50, rekickMs: 500, ...config.tasks },
    },
    log: pino({ level: process.env.ACS_TEST_LOG ?? 'silent' }),
    resolveService: opts.resolveService,
    knownDevice: opts.knownDevice,
    now: opts.now,
    firmware: demoOperatorConfig().firmware,
  });
  const { port } = await acs.listen(0, '127.0.0.1');
  return {
    acs,
    url: `http://127.0.0.1:${port}/`,
    async close() {
      await acs.close();
      await db.close();
    },
  };
}
