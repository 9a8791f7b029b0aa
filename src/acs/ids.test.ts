import { describe, expect, it } from 'vitest';
import { newTaskId, randomHex } from './ids.js';

describe('random ids from the pool', () => {
  it('gives hex of the asked length, never the same bytes twice across refills', () => {
    const seen = new Set<string>();
    // 3,000 × 16 bytes: the 4 KiB pool is refilled about a dozen times.
    for (let i = 0; i < 3000; i++) {
      const h = randomHex(16);
      expect(h).toMatch(/^[0-9a-f]{32}$/);
      seen.add(h);
    }
    expect(seen.size).toBe(3000);
  });

  it('keeps task ids 32 characters, in creation order', () => {
    const a = newTaskId(1_000);
    const b = newTaskId(1_000);
    expect(a).toHaveLength(32);
    expect(a < b).toBe(true);
  });
});
