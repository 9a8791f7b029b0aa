import SQLite from 'better-sqlite3';
import pg from 'pg';

// The SQL statements a test's code runs, on SQLite (better-sqlite3's prepared statements) and on
// PostgreSQL (pg's client), as lower-case text with the whitespace folded. `install` before the
// tests, `uninstall` after them; `start`/`stop` around what is counted.

type Method = (...a: unknown[]) => unknown;

export function statementRecorder() {
  let seen: string[] | null = null;
  const proto = Object.getPrototypeOf(new SQLite(':memory:').prepare('SELECT 1')) as Record<string, Method>;
  const original = new Map<string, Method>();
  const pgQuery = pg.Client.prototype.query as Method;
  const note = (text: string) => seen?.push(text.replace(/\s+/g, ' ').trim().toLowerCase());
  return {
    install(): void {
      pg.Client.prototype.query = function (this: pg.Client, ...a: unknown[]) {
        const q = a[0] as string | { text?: string };
        note(typeof q === 'string' ? q : (q?.text ?? ''));
        return pgQuery.apply(this, a);
      } as typeof pg.Client.prototype.query;
      for (const m of ['run', 'get', 'all', 'iterate']) {
        const f = proto[m]!;
        original.set(m, f);
        proto[m] = function (this: { source: string }, ...a: unknown[]) {
          note(this.source);
          return f.apply(this, a);
        };
      }
    },
    uninstall(): void {
      pg.Client.prototype.query = pgQuery as typeof pg.Client.prototype.query;
      for (const [m, f] of original) proto[m] = f;
    },
    start(): void {
      seen = [];
    },
    /** What ran since `start`, recording on. */
    peek(): string[] {
      return [...(seen ?? [])];
    },
    /** What ran since `start`. */
    stop(): string[] {
      const out = seen ?? [];
      seen = null;
      return out;
    },
  };
}
