import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { Command } from 'commander';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { promptPassword, registerUserCommand } from '../cli/commands/user.js';
import { openDatabase } from '../storage/db.js';
import { createStaffAuth } from './auth.js';
import { createKyselyStaffStore } from './store.js';

const dir = mkdtempSync(join(tmpdir(), 'frontline-user-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('frontline user add', () => {
  it('creates a user that can sign in', async () => {
    const file = join(dir, 'staff.db');
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const program = new Command().exitOverride();
    registerUserCommand(program);
    await program.parseAsync(
      [
        'user',
        'add',
        '--username',
        'Lead',
        '--role',
        'admin',
        '--password',
        'first-admin-pw',
        '--database',
        file,
      ],
      { from: 'user' },
    );
    out.mockRestore();
    const db = openDatabase(file);
    const auth = createStaffAuth({ store: createKyselyStaffStore(db.db) });
    const r = await auth.login('lead', 'first-admin-pw', '127.0.0.1');
    expect(r.ok && r.user.role).toBe('admin');
    await db.close();
  });

  it('rejects an unknown role', async () => {
    const program = new Command().exitOverride();
    registerUserCommand(program);
    await expect(
      program.parseAsync(
        [
          'user',
          'add',
          '--username',
          'x1',
          '--role',
          'root',
          '--password',
          'first-admin-pw',
          '--database',
          join(dir, 'b.db'),
        ],
        { from: 'user' },
      ),
    ).rejects.toThrow(/role/);
  });

  it('reads a piped password', async () => {
    const input = new PassThrough() as unknown as NodeJS.ReadStream;
    const output = new PassThrough() as unknown as NodeJS.WriteStream;
    const p = promptPassword('Password: ', input, output);
    (input as unknown as PassThrough).write('piped-secret\n');
    expect(await p).toBe('piped-secret');
  });
});
