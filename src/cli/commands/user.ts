import type { Command } from 'commander';
import { loadConfig } from '../../server/config.js';
import { createStaffAuth } from '../../staff/auth.js';
import { STAFF_ROLES, type StaffRole } from '../../staff/roles.js';
import { createKyselyStaffStore } from '../../staff/store.js';
import { openDatabase } from '../../storage/db.js';
import { migrateToLatest } from '../../storage/migrate.js';

/** Reads a password without echoing it (TTY), or one line from piped stdin. */
export async function promptPassword(
  question: string,
  input: NodeJS.ReadStream = process.stdin,
  output: NodeJS.WriteStream = process.stderr,
): Promise<string> {
  output.write(question);
  return new Promise((resolve, reject) => {
    let value = '';
    const tty = input.isTTY === true;
    if (tty) input.setRawMode(true);
    input.setEncoding('utf8');
    input.resume();
    const done = (err?: Error) => {
      if (tty) input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      input.off('end', onEnd);
      output.write('\n');
      if (err) reject(err);
      else resolve(value);
    };
    const onEnd = () => done();
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\u0003') return done(new Error('cancelled'));
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    input.on('data', onData);
    input.on('end', onEnd);
  });
}

async function withAuth<T>(
  database: string | undefined,
  fn: (auth: ReturnType<typeof createStaffAuth>) => Promise<T>,
): Promise<T> {
  const db = openDatabase(database ?? loadConfig().databaseUrl);
  try {
    await migrateToLatest(db.db, db.engine);
    return await fn(createStaffAuth({ store: createKyselyStaffStore(db.db) }));
  } finally {
    await db.close();
  }
}

function parseRole(role: string): StaffRole {
  if (!(STAFF_ROLES as readonly string[]).includes(role))
    throw new Error(`--role must be one of ${STAFF_ROLES.join(', ')}`);
  return role as StaffRole;
}

/** `frontline user add|list|set-password`: staff accounts for the console. */
export function registerUserCommand(program: Command): void {
  const user = program.command('user').description('manage staff accounts for the console');

  user
    .command('add')
    .description('create a staff account (prompts for the password unless --password is given)')
    .requiredOption('--username <name>', 'login name (a-z, 0-9, . _ -)')
    .requiredOption('--role <role>', `one of ${STAFF_ROLES.join(', ')}`)
    .option('--password <password>', 'password (avoid on shared machines: it ends up in shell history)')
    .option('--display-name <name>', 'name shown in the console')
    .option('--database <url>', 'database URL (default: DATABASE_URL)')
    .action(
      async (o: {
        username: string;
        role: string;
        password?: string;
        displayName?: string;
        database?: string;
      }) => {
        const role = parseRole(o.role);
        let password = o.password;
        if (password === undefined) {
          password = await promptPassword('Password: ');
          if (process.stdin.isTTY && (await promptPassword('Repeat password: ')) !== password)
            throw new Error('the passwords differ');
        }
        const created = await withAuth(o.database, (auth) =>
          auth.createUser({ username: o.username, password: password!, role, displayName: o.displayName }),
        );
        process.stdout.write(`created ${created.role} ${created.username}\n`);
      },
    );

  user
    .command('list')
    .description('list staff accounts')
    .option('--database <url>', 'database URL (default: DATABASE_URL)')
    .action(async (o: { database?: string }) => {
      const users = await withAuth(o.database, (auth) => auth.store.listUsers());
      for (const u of users)
        process.stdout.write(
          `${u.username}\t${u.role}\t${u.active ? 'active' : 'disabled'}\t${u.displayName}\n`,
        );
    });

  user
    .command('set-password')
    .description('set a new password (ends the user’s sessions)')
    .requiredOption('--username <name>', 'login name')
    .option('--password <password>', 'new password (prompted when left out)')
    .option('--database <url>', 'database URL (default: DATABASE_URL)')
    .action(async (o: { username: string; password?: string; database?: string }) => {
      const password = o.password ?? (await promptPassword('New password: '));
      await withAuth(o.database, (auth) => auth.setPassword(o.username, password));
      process.stdout.write(`password changed for ${o.username}\n`);
    });
}
