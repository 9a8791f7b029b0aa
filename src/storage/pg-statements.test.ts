import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './db.js';
import { statementNames, useNamedStatements } from './pg-statements.js';

describe('named statements on PostgreSQL', () => {
  it('names a statement with parameters by its text, the same name every time', () => {
    const names = statementNames();
    const a = names.nameOf('select $1');
    expect(a).toBeDefined();
    expect(names.nameOf('select $1')).toBe(a);
    expect(names.nameOf('select $1, $2')).not.toBe(a);
  });

  it('stops naming new texts past its limit, and leaves overlong texts unnamed', () => {
    const names = statementNames(2, 20);
    expect(names.nameOf('select $1')).toBeDefined();
    expect(names.nameOf(`select $1 ${' '.repeat(30)}`)).toBeUndefined();
    expect(names.nameOf('select $2')).toBeDefined();
    expect(names.nameOf('select $3')).toBeUndefined();
    expect(names.nameOf('select $1')).toBeDefined();
  });

  it('sends queries with values as named statements and the rest as they are', () => {
    const calls: unknown[][] = [];
    const client = { query: (...args: unknown[]) => calls.push(args) };
    useNamedStatements(client as never, statementNames());
    useNamedStatements(client as never, statementNames()); // patched once
    const q = (client as unknown as { query: (...a: unknown[]) => unknown }).query;
    q('select $1', [1]);
    q('begin', []);
    q('select 1');
    expect(calls).toEqual([
      [{ name: 'fl1', text: 'select $1', values: [1] }],
      ['begin', []],
      ['select 1', undefined],
    ]);
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'prepares a repeated query once per connection on the server',
    async () => {
      const url = process.env.TEST_DATABASE_URL!;
      const schema = `t_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      const db = openDatabase(url, { pgSchema: schema, poolMax: 1 });
      try {
        for (let i = 0; i < 3; i++)
          expect((await sql<{ n: number }>`select ${i}::int + 1 as n`.execute(db.db)).rows[0]!.n).toBe(i + 1);
        const prepared = await sql<{
          name: string;
          statement: string;
        }>`select name, statement from pg_prepared_statements`.execute(db.db);
        expect(prepared.rows.filter((r) => r.statement.includes('::int + 1'))).toHaveLength(1);
      } finally {
        await db.close();
        await admin.query(`DROP SCHEMA ${schema} CASCADE`);
        await admin.end();
      }
    },
  );
});
