import { describe, expect, it } from 'vitest';
import type { StoredTimelineEvent, Ticket } from '../domain/index.js';
import { humanFigures } from './human.js';

const ticket = (id: string, slaDueAt: string | null): Ticket =>
  ({
    id,
    reference: id,
    createdAt: '2026-03-01T08:00:00.000Z',
    resolvedAt: null,
    slaDueAt,
  }) as unknown as Ticket;
const resolvedAt = (at: string): StoredTimelineEvent =>
  ({
    id: 1,
    at,
    type: 'resolution',
    actor: { kind: 'staff', id: 'tove' },
    outcome: 'resolved',
    queue: 'tier2',
    disposition: 'resolved.staff',
    summary: { customer: '', staff: '' },
  }) as StoredTimelineEvent;

describe('human figures', () => {
  it('SLA attainment: resolved by the due time, over resolved tickets that have one', () => {
    const f = humanFigures([
      {
        ticket: ticket('a', '2026-03-01T12:00:00.000Z'),
        events: [resolvedAt('2026-03-01T11:00:00.000Z')],
        outcome: 'resolved',
        repeats: 0,
      },
      {
        ticket: ticket('b', '2026-03-01T12:00:00.000Z'),
        events: [resolvedAt('2026-03-01T13:00:00.000Z')],
        outcome: 'resolved',
        repeats: 1,
      },
      {
        ticket: ticket('c', null),
        events: [resolvedAt('2026-03-01T13:00:00.000Z')],
        outcome: 'resolved',
        repeats: 0,
      },
    ]);
    expect(f.slaMeasured).toBe(2);
    expect(f.slaAttainmentRate).toBe(0.5);
    // b had a repeat contact: two of three resolutions were first-contact ones.
    expect(f.firstContactResolutions).toBe(2);
  });
});
