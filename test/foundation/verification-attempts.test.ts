import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockedUntil, verifyIdentity } from '../../src/actions/identity.js';
import { KyselyVerificationAttempts } from '../../src/storage/verification-attempts.js';
import { openTestDb, testEngines, type TestDb } from './helpers.js';

const T0 = Date.parse('2026-02-02T10:00:00.000Z');
const at = (ms: number) => new Date(T0 + ms);
const MIN = 60_000;

describe.each(testEngines())('persistent PIN attempts on %s', (engine) => {
  let t: TestDb;
  let store: KyselyVerificationAttempts;
  beforeAll(async () => {
    t = await openTestDb(engine);
    store = new KyselyVerificationAttempts(t.db as never, { maxFailures: 3, lockMs: 30 * MIN });
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it('starts empty, counts failures with their time and clears on success', async () => {
    expect(await store.get('200001')).toEqual({ failures: 0, lastFailureAt: null });
    expect(await store.record('200001', false, at(0))).toEqual({
      failures: 1,
      lastFailureAt: at(0).toISOString(),
    });
    expect(await store.record('200001', false, at(MIN))).toEqual({
      failures: 2,
      lastFailureAt: at(MIN).toISOString(),
    });
    expect(await store.get('200001')).toEqual({ failures: 2, lastFailureAt: at(MIN).toISOString() });
    expect(await store.get('200002')).toEqual({ failures: 0, lastFailureAt: null });
    expect(await store.record('200001', true, at(2 * MIN))).toEqual({ failures: 0, lastFailureAt: null });
    expect(await store.get('200001')).toEqual({ failures: 0, lastFailureAt: null });
  });

  it('a second store over the same database sees the same count (two desk instances)', async () => {
    const other = new KyselyVerificationAttempts(t.db as never);
    await store.record('200003', false, at(0));
    await other.record('200003', false, at(MIN));
    expect(await store.get('200003')).toEqual({ failures: 2, lastFailureAt: at(MIN).toISOString() });
  });

  it('concurrent failures are all counted (atomic increment)', async () => {
    const wide = new KyselyVerificationAttempts(t.db as never, { maxFailures: 1000 });
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => wide.record('200004', false, at(i * 1000))),
    );
    expect(results.map((r) => r.failures).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
    expect(await wide.get('200004')).toEqual({ failures: 12, lastFailureAt: at(11_000).toISOString() });
  });

  it('keeps the latest failure time when stamps arrive out of order', async () => {
    await store.record('200005', false, at(5 * MIN));
    expect(await store.record('200005', false, at(4 * MIN))).toEqual({
      failures: 2,
      lastFailureAt: at(5 * MIN).toISOString(),
    });
  });

  it('does not count past a lock while it is in force, and counts again once it expires', async () => {
    for (let i = 0; i < 3; i++) await store.record('200006', false, at(i * 1000));
    const locked = await store.get('200006');
    expect(lockedUntil(locked, 3, 30 * MIN, at(3000))).not.toBeNull();
    expect(await store.record('200006', false, at(10 * MIN))).toEqual(locked);
    expect(lockedUntil(await store.get('200006'), 3, 30 * MIN, at(10 * MIN))).not.toBeNull();
    const after = await store.record('200006', false, at(31 * MIN));
    expect(after).toEqual({ failures: 4, lastFailureAt: at(31 * MIN).toISOString() });
    expect(lockedUntil(after, 3, 30 * MIN, at(31 * MIN))).toBeNull();
  });

  it('verifyIdentity: parallel wrong PINs cannot race past the lockout', async () => {
    await t.repos.customers.createCustomer({
      customerNumber: '200007',
      name: 'Lars Ek',
      contacts: [],
      language: 'sv',
      pin: '2468',
    });
    const now = () => at(0);
    const tries = await Promise.all(
      Array.from({ length: 6 }, () =>
        verifyIdentity(
          { customerNumber: '200007', pin: '1111' },
          { directory: t.repos.customers, audit: t.repos.audit, attempts: store, now },
        ),
      ),
    );
    expect(tries.every((r) => !r.ok)).toBe(true);
    expect(tries.some((r) => !r.ok && r.reason === 'locked')).toBe(true);
    expect((await store.get('200007')).failures).toBe(3);
    const right = await verifyIdentity(
      { customerNumber: '200007', pin: '2468' },
      { directory: t.repos.customers, audit: t.repos.audit, attempts: store, now },
    );
    expect(right).toMatchObject({ ok: false, reason: 'locked' });
    const later = () => at(31 * MIN);
    const ok = await verifyIdentity(
      { customerNumber: '200007', pin: '2468' },
      { directory: t.repos.customers, audit: t.repos.audit, attempts: store, now: later },
    );
    expect(ok.ok).toBe(true);
    expect(await store.get('200007')).toEqual({ failures: 0, lastFailureAt: null });
  });

  it('verifyIdentity: 60 tries at once compare at most three PINs; a right PIN among them cannot slip through', async () => {
    await t.repos.customers.createCustomer({
      customerNumber: '200008',
      name: 'Eva Ek',
      contacts: [],
      language: 'sv',
      pin: '5557',
    });
    const compared: string[] = [];
    const directory = {
      byNumber: (n: string) => t.repos.customers.byNumber(n),
      checkPin: async (id: string, pin: string) => {
        compared.push(pin);
        return t.repos.customers.checkPin(id, pin);
      },
    };
    const now = () => at(0);
    const pins = Array.from({ length: 60 }, (_, i) => (i === 30 || i === 59 ? '5557' : String(1000 + i)));
    const tries = await Promise.all(
      pins.map((pin) =>
        verifyIdentity(
          { customerNumber: '200008', pin },
          { directory: directory as never, audit: t.repos.audit, attempts: store, now },
        ),
      ),
    );
    expect(compared).toHaveLength(3);
    // Which three tries win the race is up to the engine; only a right PIN among them may verify.
    const verified = tries.filter((r) => r.ok).length;
    expect(verified).toBe(compared.includes('5557') ? 1 : 0);
    expect(tries.filter((r) => !r.ok && r.reason === 'locked')).toHaveLength(verified ? 57 : 58);
    if (!verified) expect(lockedUntil(await store.get('200008'), 3, 30 * MIN, at(1000))).not.toBeNull();
  });
});
