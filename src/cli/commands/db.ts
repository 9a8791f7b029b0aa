import type { Command } from 'commander';
import { loadConfig } from '../../server/config.js';
import { openDatabase } from '../../storage/db.js';
import { migrateToLatest } from '../../storage/migrate.js';

export function registerDbCommand(program: Command): void {
  const db = program.command('db').description('database maintenance');
  db.command('migrate')
    .description('apply pending migrations (also done at every start)')
    .action(async () => {
      const config = loadConfig();
      const { db: kysely, engine, close } = openDatabase(config.databaseUrl);
      try {
        const applied = await migrateToLatest(kysely, engine);
        console.log(
          applied.length ? `applied on ${engine}: ${applied.join(', ')}` : `${engine}: already up to date`,
        );
      } finally {
        await close();
      }
    });
}
