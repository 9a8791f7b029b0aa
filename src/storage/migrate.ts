import { Migrator, sql, type Migration, type MigrationProvider, type Kysely } from 'kysely';
import type { Engine } from './db.js';
import { migrations } from './migrations/index.js';

/** A migration that may need to know the engine (FTS5 vs tsvector, autoincrement vs identity). */
export interface EngineMigration {
  up(db: Kysely<unknown>, engine: Engine): Promise<void>;
  down?(db: Kysely<unknown>, engine: Engine): Promise<void>;
}

class CodeMigrationProvider implements MigrationProvider {
  constructor(private readonly engine: Engine) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    const out: Record<string, Migration> = {};
    for (const [name, m] of Object.entries(migrations)) {
      out[name] = {
        up: (db) => m.up(db, this.engine),
        down: m.down ? (db) => m.down!(db, this.engine) : undefined,
      };
    }
    return out;
  }
}

/** Runs the pending migrations on any Kysely over the database (they are written schema-free). */
export async function migrateToLatest<T>(db: Kysely<T>, engine: Engine): Promise<string[]> {
  // On PostgreSQL the bookkeeping tables live in the connection's own schema: Kysely would
  // otherwise find another schema's tables and skip creating ours.
  const schema =
    engine === 'postgres'
      ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s
      : undefined;
  const migrator = new Migrator({
    db,
    provider: new CodeMigrationProvider(engine),
    // Capabilities add migrations independently; one added later with a lower number still runs.
    allowUnorderedMigrations: true,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  for (let attempt = 1; ; attempt++) {
    const { error, results } = await migrator.migrateToLatest();
    // Kysely's introspection reads every schema's tables; another desk or test dropping its own
    // schema at that moment fails the read with "schema … does not exist". Nothing was migrated
    // (PostgreSQL migrations run in one transaction), so the run is simply repeated.
    if (error && engine === 'postgres' && attempt < 4 && isVanishedSchema(error)) continue;
    if (error) throw error instanceof Error ? error : new Error(String(error));
    return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  }
}

function isVanishedSchema(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '3F000' && /schema "[^"]+" does not exist/.test(String((error as Error).message));
}
