import type { Kysely } from 'kysely';
import pino from 'pino';
import type { Database } from '../../storage/schema.js';
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
    /** Services the desk has (a router's service link must name one). */
    serviceIds?: string[];
  } = {},
): Promise<TestAcs> {
  const db = openDatabase(opts.dbUrl ?? ':memory:');
  await migrateToLatest(db.db as never, db.engine);
  if (opts.serviceIds?.length) await addServices(db.db, opts.serviceIds);
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

async function addServices(db: Kysely<Database>, ids: string[]): Promise<void> {
  const at = new Date().toISOString();
  const customer = { id: 'test-customer', customer_number: '000000', name: 'Test', contacts: '[]' };
  await db
    .insertInto('customers')
    .values({
      ...customer,
      language: 'sv',
      segment: 'consumer',
      pin_hash: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  const service = {
    customer_id: customer.id,
    access: 'fiber',
    down_mbps: 100,
    up_mbps: 100,
    area_code: 'SE-STO',
  };
  await db
    .insertInto('services')
    .values(
      ids.map((id) => ({
        ...service,
        id,
        account_status: 'active',
        pppoe_username: null,
        pppoe_password_enc: null,
        created_at: at,
        updated_at: at,
      })),
    )
    .execute();
}
