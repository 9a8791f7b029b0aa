import type pg from 'pg';

// Prepared statements on PostgreSQL, as the SQLite statement cache does in-process: a query with
// parameters is sent as a named statement, which each pooled connection parses and plans once
// and afterwards only binds and executes. Names are shared by every connection of the pool
// (the same text always gets the same name). Parameterless statements (DDL, BEGIN, migrations
// with several commands) stay unnamed, and so does everything after `max` distinct texts, so a
// stream of one-off texts cannot grow the server's per-connection statement memory without end.

export interface StatementNames {
  /** The name for a statement text, or undefined when it is to stay unnamed. */
  nameOf(text: string): string | undefined;
  readonly size: number;
}

export function statementNames(max = 2000, maxTextLength = 16_000): StatementNames {
  const names = new Map<string, string>();
  return {
    nameOf(text) {
      const hit = names.get(text);
      if (hit !== undefined) return hit;
      if (names.size >= max || text.length > maxTextLength) return undefined;
      const name = `fl${names.size + 1}`;
      names.set(text, name);
      return name;
    },
    get size() {
      return names.size;
    },
  };
}

const PATCHED = Symbol('frontline.named-statements');

type Query = (...args: unknown[]) => unknown;

/** Makes `client.query(text, values)` use a named statement when `names` gives one. */
export function useNamedStatements(client: pg.PoolClient, names: StatementNames): void {
  const c = client as unknown as { query: Query; [PATCHED]?: true };
  if (c[PATCHED]) return;
  c[PATCHED] = true;
  const query = c.query.bind(client) as Query;
  c.query = (text: unknown, values?: unknown, ...rest: unknown[]) => {
    if (typeof text === 'string' && Array.isArray(values) && values.length > 0) {
      const name = names.nameOf(text);
      if (name !== undefined) return query({ name, text, values }, ...rest);
    }
    return query(text, values, ...rest);
  };
}

/** Every connection the pool opens uses named statements. */
export function withNamedStatements(pool: pg.Pool, names: StatementNames = statementNames()): pg.Pool {
  pool.on('connect', (client) => useNamedStatements(client, names));
  return pool;
}
