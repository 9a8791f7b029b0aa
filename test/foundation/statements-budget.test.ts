import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countTurnStatements, grouped, type TurnKind } from '../../bench/statement-count.js';
import { freshSchema } from '../helpers/pg-schema.js';

// SQL statements per customer turn through the real drivers (issue 17): a turn reads the ticket with
// its state and takes its lease in one statement, and writes what it changed in one transaction (on
// PostgreSQL in one statement).
// On PostgreSQL each statement is a round trip, so the budget is what keeps turns fast there.

/**
 * The most statements each turn kind may run. Measured 2026-12-05: 21 / 7 / 10 / 19 on SQLite;
 * on PostgreSQL, where a turn's writes are one statement (no begin, no commit), 21 / 2 / 5 / 14.
 * 2026-12-06: a start writes the greeting, the state and the chat token in one batch after the
 * ticket's insert (no lease): 12 on SQLite, 7 on PostgreSQL.
 */
const BUDGET: Record<'sqlite' | 'postgres', Record<TurnKind, number>> = {
  sqlite: {
    start: 12,
    problem: 10,
    // 7 of the turn's own and 3 look-ups by the identification (customer, services, devices).
    'customer number': 10,
    'PIN and diagnosis': 20,
  },
  postgres: {
    // The ticket's insert (a transaction of 5), its read and the batch.
    start: 7,
    // The lease with the read, and the writes.
    problem: 2,
    'customer number': 5,
    'PIN and diagnosis': 14,
  },
};

function expectWithinBudget(turns: Record<TurnKind, string[]>, engine: 'sqlite' | 'postgres') {
  for (const kind of Object.keys(BUDGET[engine]) as TurnKind[]) {
    const statements = turns[kind];
    expect(statements.length, `${kind}:\n${grouped(statements).join('\n')}`).toBeLessThanOrEqual(
      BUDGET[engine][kind],
    );
  }
  for (const kind of ['problem', 'customer number'] as const) {
    const statements = turns[kind].map((s) => s.toLowerCase());
    // One write transaction (on PostgreSQL one statement), no state read key by key, no lease rows,
    // no existence checks.
    expect(
      statements.filter((s) => s === 'begin'),
      kind,
    ).toHaveLength(engine === 'sqlite' ? 1 : 0);
    if (engine === 'postgres')
      expect(
        statements.filter((s) => /^with t as \(update tickets set/.test(s)),
        kind,
      ).toHaveLength(1);
    expect(
      statements.filter((s) => /from "ticket_state"/.test(s) && /"key" = /.test(s)),
      kind,
    ).toEqual([]);
    expect(
      statements.filter((s) => /"leases"/.test(s)),
      kind,
    ).toEqual([]);
    expect(
      statements.filter((s) => /^select "id" from "tickets"/.test(s)),
      kind,
    ).toEqual([]);
  }
}

describe('statements per customer turn', () => {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-budget-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stays within the budget on SQLite', async () => {
    expectWithinBudget(await countTurnStatements(join(dir, 'desk.db')), 'sqlite');
  }, 60_000);

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'stays within the budget on PostgreSQL',
    async () => {
      const { databaseUrl, drop } = await freshSchema(process.env.TEST_DATABASE_URL!, 'budget');
      try {
        expectWithinBudget(await countTurnStatements(databaseUrl), 'postgres');
      } finally {
        await drop();
      }
    },
    60_000,
  );
});
