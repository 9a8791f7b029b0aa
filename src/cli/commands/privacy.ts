import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { PrivacyActor } from '../../privacy/audit-entries.js';
import { createPrivacyService, type PrivacyService } from '../../privacy/service.js';
import { createSecretBox, resolveSecretKey } from '../../security/secrets.js';
import { loadConfig } from '../../server/config.js';
import { openDatabase } from '../../storage/db.js';
import { migrateToLatest } from '../../storage/migrate.js';
import { createPersonalDataStore } from '../../storage/privacy/index.js';
import { createRepositories } from '../../storage/repositories.js';

// `frontline privacy export|erase|sweep`: data-subject requests and retention from the shell.

const CLI_ACTOR: PrivacyActor = { kind: 'system', id: 'cli' };

async function withPrivacy<T>(fn: (privacy: PrivacyService) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = openDatabase(config.databaseUrl);
  try {
    await migrateToLatest(db.db, db.engine);
    const key = resolveSecretKey(config.secretKey, config.nodeEnv);
    const repos = createRepositories({ db: db.db, engine: db.engine, secrets: createSecretBox(key.key) });
    return await fn(
      createPrivacyService({ store: createPersonalDataStore(repos), audit: repos.audit, retention: config }),
    );
  } finally {
    await db.close();
  }
}

function noSuchCustomer(customerNumber: string): void {
  console.error(`frontline privacy: no customer ${customerNumber}`);
  process.exitCode = 1;
}

export function registerPrivacyCommand(program: Command): void {
  const privacy = program
    .command('privacy')
    .description('personal data: export, erasure and retention (GDPR)');

  privacy
    .command('export')
    .description('write everything held about a customer as one JSON document')
    .argument('<customerNumber>', 'the customer number')
    .option('--out <file>', 'write to FILE (readable by its owner only) instead of standard output')
    .action(async (customerNumber: string, o: { out?: string }) => {
      const archive = await withPrivacy((p) => p.exportCustomer(customerNumber, CLI_ACTOR));
      if (!archive) return noSuchCustomer(customerNumber);
      const text = `${JSON.stringify(archive, null, 2)}\n`;
      if (o.out) {
        await writeFile(o.out, text, { mode: 0o600 });
        console.error(
          `wrote ${archive.tickets.length} tickets, ${archive.email.received.length} received and ${archive.email.sent.length} sent mails, ${archive.audit.length} audit entries to ${o.out}`,
        );
      } else process.stdout.write(text);
    });

  privacy
    .command('erase')
    .description("erase a customer's personal data; tickets and audit entries stay as anonymous skeletons")
    .argument('<customerNumber>', 'the customer number')
    .option('--yes', 'confirm: the erasure cannot be undone')
    .action(async (customerNumber: string, o: { yes?: boolean }) => {
      if (!o.yes) {
        console.error('frontline privacy erase: this cannot be undone; add --yes to confirm');
        process.exitCode = 1;
        return;
      }
      const erased = await withPrivacy((p) => p.eraseCustomer(customerNumber, CLI_ACTOR));
      if (!erased) return noSuchCustomer(customerNumber);
      console.log(JSON.stringify({ erased }));
    });

  privacy
    .command('sweep')
    .description('apply TRANSCRIPT_RETENTION_DAYS and RAW_MAIL_RETENTION_DAYS now')
    .action(async () => {
      console.log(JSON.stringify({ removed: await withPrivacy((p) => p.sweep()) }));
    });
}
