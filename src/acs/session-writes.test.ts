import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCache, type CacheOp, type TimedParam } from './session-writes.js';

// A session's cache changes folded for one statement (PostgreSQL): the rows upserted and the rows
// removed must leave the cache as applying the changes one after the other does.

type Cache = Map<string, TimedParam>;

function applyInOrder(start: Cache, ops: readonly CacheOp[]): Cache {
  const c = new Map(start);
  for (const op of ops) {
    if (op.kind === 'upsert') for (const [k, v] of op.params) c.set(k, v);
    else for (const [k, v] of c) if (k.startsWith(op.prefix) && v.at < op.before) c.delete(k);
  }
  return c;
}

function applyFolded(start: Cache, ops: readonly CacheOp[]): Cache {
  const { upserts, remove } = foldCache(ops);
  const kept = new Set(upserts.map((r) => r.name));
  const c = new Map(start);
  // What the statement's removal takes (never a path it upserts), then the upserts.
  for (const [k, v] of start) {
    if (kept.has(k)) continue;
    const stale = remove.stale.some((r) => k.startsWith(r.prefix) && v.at < r.before);
    if (stale || remove.dropped.includes(k)) c.delete(k);
  }
  for (const r of upserts) c.set(r.name, r);
  return c;
}

const PATHS = ['A.x', 'A.y', 'A.B.z', 'B.x', 'B.y'];
const PREFIXES = ['', 'A.', 'A.B.', 'B.'];
const TIMES = ['t1', 't2', 't3', '\uffff'];

const param = (name: string, at: string, value: string): TimedParam => ({
  name,
  at,
  value,
  type: 'xsd:string',
});

const upsert = fc
  .array(fc.tuple(fc.constantFrom(...PATHS), fc.constantFrom('t1', 't2', 't3'), fc.string()), {
    minLength: 1,
  })
  .map((rows): CacheOp => ({
    kind: 'upsert',
    params: new Map(rows.map(([n, at, v]) => [n, param(n, at, v)])),
  }));
const removal = fc
  .tuple(fc.constantFrom(...PREFIXES), fc.constantFrom(...TIMES))
  .map(([prefix, before]): CacheOp => ({ kind: 'deleteStale', prefix, before }));
const stored = fc
  .array(fc.tuple(fc.constantFrom(...PATHS), fc.constantFrom('t0', 't1', 't2')))
  .map((rows) => new Map(rows.map(([n, at]) => [n, param(n, at, 'old')])));

describe('foldCache', () => {
  it('a GetParameterValues of an object: its values stay, what it no longer has goes', () => {
    const ops: CacheOp[] = [
      { kind: 'upsert', params: new Map([['A.x', param('A.x', 't2', 'new')]]) },
      { kind: 'deleteStale', prefix: 'A.', before: 't2' },
    ];
    const folded = foldCache(ops);
    expect(folded.upserts.map((r) => r.name)).toEqual(['A.x']);
    expect(folded.remove).toEqual({ stale: [{ prefix: 'A.', before: 't2' }], dropped: [] });
  });

  it('leaves the cache as the changes applied in order do', () => {
    fc.assert(
      fc.property(stored, fc.array(fc.oneof(upsert, removal), { maxLength: 6 }), (start, ops) => {
        expect(applyFolded(start, ops)).toEqual(applyInOrder(start, ops));
      }),
      { numRuns: 500 },
    );
  });
});
