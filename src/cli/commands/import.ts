import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { createSecretBox, resolveSecretKey } from '../../security/secrets.js';
import { loadConfig } from '../../server/config.js';
import { openDatabase } from '../../storage/db.js';
import {
  formatFromName,
  ImportFormatError,
  readImportSource,
  runImport,
} from '../../storage/import/importer.js';
import { migrateToLatest } from '../../storage/migrate.js';
import { createRepositories } from '../../storage/repositories.js';

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('import customers, services and devices from FILE.csv or FILE.json (all rows or none)')
    .argument('<file>', 'a .csv (with a header row) or .json (array of rows) file')
    .option('--json', 'print the result as JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      const config = loadConfig();
      let rows;
      try {
        rows = readImportSource(await readFile(file, 'utf8'), formatFromName(file));
      } catch (err) {
        if (err instanceof ImportFormatError || (err as NodeJS.ErrnoException).code === 'ENOENT') {
          console.error(`frontline import: ${(err as Error).message}`);
          process.exitCode = 2;
          return;
        }
        throw err;
      }
      const key = resolveSecretKey(config.secretKey, config.nodeEnv);
      if (key.development)
        console.error('warning: FRONTLINE_SECRET_KEY is not set; using the development key');
      const db = openDatabase(config.databaseUrl);
      try {
        await migrateToLatest(db.db, db.engine);
        const repos = createRepositories({ db: db.db, engine: db.engine, secrets: createSecretBox(key.key) });
        const result = await runImport(repos, rows, { source: `cli:${file}` });
        if (opts.json) console.log(JSON.stringify(result, null, 2));
        else if (result.ok) {
          console.log(
            `imported ${result.rows} rows: ${result.created} new customers, ${result.updated} updated, ${result.devices} devices`,
          );
        } else {
          console.error(`nothing imported: ${result.errors.length} bad row(s)`);
          for (const e of result.errors) console.error(`  line ${e.line}: ${e.reason}`);
        }
        if (!result.ok) process.exitCode = 1;
      } finally {
        await db.close();
      }
    });
}
