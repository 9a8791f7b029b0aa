import { describe, expect, it } from 'vitest';
import type { StoredTimelineEvent, Ticket } from '../domain/index.js';
import { statsFromTimelines } from './stats.js';

let seq = 0;
const at = (min: number) => new Date(Date.parse('2026-03-02T08:00:00Z') + min * 60_000).toISOString();
const ev = (ticketId: string, min: number, e: Record<string, unknown>) =>
  ({
    id: ++seq,
    ticketId,
    at: at(min),
    actor: { kind: 'bot', id: null },
    ...e,
  }) as unknown as StoredTimelineEvent;
const ticket = (id: string, intent: string) => ({ id, intent, createdAt: at(0) }) as unknown as Ticket;
const triage = (id: string) =>
  ev(id, 0, {
    type: 'triage',
    intent: 'no_connection',
    confidence: 1,
    runnerUp: null,
    language: 'sv',
    priority: 'P3',
    reasons: [],
  });
const msgIn = (id: string) =>
  ev(id, 0, { type: 'message_in', channel: 'chat', text: 'x', actor: { kind: 'customer', id: null } });
const resolution = (id: string, min: number, outcome: string, queue: string | null = null) =>
  ev(id, min, {
    type: 'resolution',
    outcome,
    queue,
    disposition: `${outcome}.x`,
    summary: { customer: 's', staff: 's' },
  });

describe('desk statistics from ticket timelines', () => {
  it('counts a ticket escalated by the agent and later resolved by a person as escalated, not contained', () => {
    const items = [
      {
        ticket: ticket('a', 'no_connection'),
        events: [msgIn('a'), triage('a'), resolution('a', 5, 'resolved')],
      },
      {
        ticket: ticket('b', 'no_connection'),
        events: [
          msgIn('b'),
          triage('b'),
          ev('b', 4, { type: 'escalation', queue: 'field', reason: 'los', escalationId: 'e1' }),
          resolution('b', 5, 'escalated', 'field'),
          resolution('b', 90, 'resolved'),
        ],
      },
      {
        ticket: ticket('c', 'billing'),
        events: [
          msgIn('c'),
          triage('c'),
          ev('c', 2, { type: 'escalation', queue: 'billing', reason: 'bill', escalationId: 'e2' }),
          resolution('c', 2, 'routed', 'billing'),
        ],
      },
      { ticket: ticket('d', 'other'), events: [msgIn('d')] },
    ];
    const s = statsFromTimelines(items);
    expect(s.conversations).toBe(3);
    expect(s.withOutcome).toBe(3);
    expect(s.outcomes).toMatchObject({ resolved: 2, routed: 1, escalated: 0 });
    expect(s.escalationRate).toBe(0.667);
    expect(s.containmentRate).toBe(0.333);
    expect(s.automatedResolutionRate).toBe(0.333);
    expect(s.firstContactResolutionRate).toBe(0.5);
    expect(s.escalationsByQueue).toEqual({ field: 1, billing: 1 });
    expect(s.byIntent.no_connection).toMatchObject({ n: 2, resolved: 2, escalated: 1, escalationRate: 0.5 });
    expect(s.meanTimeToResolutionMs).toBe(((5 + 90) / 2) * 60_000);
  });
});
