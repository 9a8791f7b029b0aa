import { describe, expect, it } from 'vitest';
import { fakeWorld } from '../diagnostics/testing/fakes.js';
import type { AuditLog } from '../tickets/ports.js';
import { InMemoryVerificationAttempts, lockedUntil, verifyIdentity } from './identity.js';

function setup() {
  const w = fakeWorld();
  let now = new Date('2026-01-15T10:00:00.000Z');
  const attempts = new InMemoryVerificationAttempts();
  const deps = { directory: w.directory, audit: w.audit, attempts, now: () => now };
  const advance = (ms: number) => (now = new Date(now.getTime() + ms));
  return { w, deps, advance, attempts };
}

describe('verifyIdentity', () => {
  it('accepts the right PIN and audits identity.verified', async () => {
    const { w, deps } = setup();
    const r = await verifyIdentity({ customerNumber: ' 100 482 ', pin: '4711' }, deps);
    expect(r).toMatchObject({ ok: true, customer: { id: w.customer.id } });
    expect(w.audit.entries).toEqual([
      expect.objectContaining({ action: 'identity.verified', method: 'pin', target: '100482' }),
    ]);
  });

  it('unknown customer', async () => {
    const { deps } = setup();
    expect(await verifyIdentity({ customerNumber: '555', pin: '1' }, deps)).toEqual({
      ok: false,
      reason: 'unknown_customer',
    });
  });

  it('locks after three wrong PINs, with a security.event, and refuses even the right PIN while locked', async () => {
    const { w, deps } = setup();
    expect(await verifyIdentity({ customerNumber: '100482', pin: '0000' }, deps)).toMatchObject({
      ok: false,
      reason: 'wrong_pin',
      attemptsLeft: 2,
    });
    expect(await verifyIdentity({ customerNumber: '100482', pin: '1111' }, deps)).toMatchObject({
      ok: false,
      reason: 'wrong_pin',
      attemptsLeft: 1,
    });
    const third = await verifyIdentity({ customerNumber: '100482', pin: '2222' }, deps);
    expect(third).toMatchObject({ ok: false, reason: 'locked', lockedUntil: '2026-01-15T10:30:00.000Z' });
    expect(w.audit.entries.map((e) => e.action)).toEqual([
      'identity.failed',
      'identity.failed',
      'identity.locked',
      'security.event',
    ]);
    expect(w.audit.entries[3]).toMatchObject({ action: 'security.event', target: '100482' });
    expect(await verifyIdentity({ customerNumber: '100482', pin: '4711' }, deps)).toMatchObject({
      ok: false,
      reason: 'locked',
    });
    expect(JSON.stringify(w.audit.entries)).not.toMatch(/0000|1111|2222|4711/);
  });

  it('the lock lasts the configured period; then three fresh tries', async () => {
    const { deps, advance } = setup();
    const d = { ...deps, lockMs: 10 * 60 * 1000 };
    for (const pin of ['1', '2', '3']) await verifyIdentity({ customerNumber: '100482', pin }, d);
    advance(9 * 60 * 1000);
    expect(await verifyIdentity({ customerNumber: '100482', pin: '4711' }, d)).toMatchObject({
      reason: 'locked',
    });
    advance(60 * 1000 + 1);
    expect(await verifyIdentity({ customerNumber: '100482', pin: '9' }, d)).toMatchObject({
      reason: 'wrong_pin',
      attemptsLeft: 2,
    });
    expect(await verifyIdentity({ customerNumber: '100482', pin: '4711' }, d)).toMatchObject({ ok: true });
  });

  it('a success clears earlier failures', async () => {
    const { deps, attempts } = setup();
    await verifyIdentity({ customerNumber: '100482', pin: '1' }, deps);
    await verifyIdentity({ customerNumber: '100482', pin: '2' }, deps);
    await verifyIdentity({ customerNumber: '100482', pin: '4711' }, deps);
    expect(await attempts.get('100482')).toEqual({ failures: 0, lastFailureAt: null });
    expect(await verifyIdentity({ customerNumber: '100482', pin: '3' }, deps)).toMatchObject({
      reason: 'wrong_pin',
      attemptsLeft: 2,
    });
  });

  it('lockedUntil is pure arithmetic over the stored state', () => {
    const now = new Date('2026-01-15T10:00:00.000Z');
    expect(lockedUntil({ failures: 2, lastFailureAt: now.toISOString() }, 3, 1000, now)).toBeNull();
    expect(lockedUntil({ failures: 3, lastFailureAt: now.toISOString() }, 3, 1000, now)?.toISOString()).toBe(
      '2026-01-15T10:00:01.000Z',
    );
    expect(lockedUntil({ failures: 4, lastFailureAt: now.toISOString() }, 3, 1000, now)).toBeNull();
  });
});

describe('verifyIdentity when the audit log fails', () => {
  it('fails the verification instead of passing it unaudited', async () => {
    const { deps } = setup();
    const audit: AuditLog = {
      append: async () => Promise.reject(new Error('audit store down')),
      list: async () => [],
    };
    await expect(
      verifyIdentity({ customerNumber: '100482', pin: '4711' }, { ...deps, audit }),
    ).rejects.toThrow('audit store down');
    await expect(
      verifyIdentity({ customerNumber: '100482', pin: '0000' }, { ...deps, audit }),
    ).rejects.toThrow('audit store down');
  });
});
