import { describe, expect, it } from 'vitest';
import type { Ticket } from '../domain/index.js';
import { mean, rate, ticketsCreatedIn } from './figures.js';

const ticket = (id: string, createdAt: string) => ({ id, createdAt }) as Ticket;

describe('ticket figures', () => {
  it('rate and mean round and handle empty input', () => {
    expect(rate(1, 3)).toBe(0.333);
    expect(rate(5, 0)).toBe(0);
    expect(mean([1, 2])).toBe(2);
    expect(mean([])).toBeNull();
  });

  it('reads every page, keeps the window [from, to) and stops at the maximum', async () => {
    const all = [
      ticket('d', '2026-04-04T00:00:00Z'),
      ticket('c', '2026-03-03T00:00:00Z'),
      ticket('b', '2026-02-02T00:00:00Z'),
      ticket('a', '2026-01-01T00:00:00Z'),
    ];
    const list = async ({ cursor, limit }: { cursor?: string; limit?: number }) => {
      const at = Number(cursor ?? 0);
      const n = limit ?? 2;
      return { items: all.slice(at, at + n), nextCursor: at + n < all.length ? String(at + n) : null };
    };
    const window = { from: '2026-02-02T00:00:00Z', to: '2026-04-04T00:00:00Z', pageSize: 1 };
    expect((await ticketsCreatedIn({ list }, window)).map((t) => t.id)).toEqual(['c', 'b']);
    expect((await ticketsCreatedIn({ list }, { pageSize: 3, maxTickets: 2 })).map((t) => t.id)).toEqual([
      'd',
      'c',
    ]);
  });
});
