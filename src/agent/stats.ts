// Desk statistics computed from ticket timelines: first-contact resolution, time to resolution,
// handle time, escalation rate, containment, satisfaction, volume by intent and hour.
// Served at GET /api/v1/stats.
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { OUTCOMES, type Outcome, type StoredTimelineEvent, type Ticket } from '../domain/index.js';
import { zodRoute } from '../http/zod-route.js';
import { mean, rate, ticketsCreatedIn, wasReopened } from '../tickets/figures.js';
import type { TicketStore } from '../tickets/ports.js';

export interface IntentStats {
  n: number;
  resolved: number;
  escalated: number;
  escalationRate: number;
}

export interface DeskStats {
  generatedAt: string;
  from: string | null;
  to: string | null;
  /** Tickets with at least one triaged customer conversation. */
  conversations: number;
  /** Conversations that reached an outcome (a `resolution` event); withdrawn cases are only in `outcomes.withdrawn`. */
  withOutcome: number;
  outcomes: Record<Outcome, number>;
  /** Resolved by the automated agent alone / with outcome. */
  automatedResolutionRate: number;
  /** Not handed to a human team (resolved, outage informed, refused) / with outcome. */
  containmentRate: number;
  /** Resolved in a single contact (never reopened, no escalation) / resolved. */
  firstContactResolutionRate: number;
  /** Escalated or routed / with outcome. */
  escalationRate: number;
  escalationsByQueue: Record<string, number>;
  byIntent: Record<string, IntentStats>;
  /** Conversations started per hour of day (UTC), 24 entries. */
  volumeByHour: number[];
  /** Mean time from ticket creation to the resolution event of resolved cases, ms. */
  meanTimeToResolutionMs: number | null;
  /** Mean time from the first customer message to the outcome, ms. */
  meanHandleTimeMs: number | null;
  csat: { n: number; mean: number | null; distribution: Record<string, number> };
  dispositions: Record<string, number>;
}

/** Pure: statistics of the given tickets and their timelines. */
export function statsFromTimelines(
  items: { ticket: Ticket; events: StoredTimelineEvent[] }[],
  opts: { from?: string | null; to?: string | null; now?: Date } = {},
): DeskStats {
  const outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  const escalationsByQueue: Record<string, number> = {};
  const byIntent: Record<string, IntentStats> = {};
  const volumeByHour = new Array<number>(24).fill(0);
  const dispositions: Record<string, number> = {};
  const ttr: number[] = [];
  const handle: number[] = [];
  const csatScores: number[] = [];
  let conversations = 0;
  let withOutcome = 0;
  let automated = 0;
  let contained = 0;
  let fcr = 0;
  let escalatedCount = 0;

  for (const { ticket, events } of items) {
    const triaged = events.some((e) => e.type === 'triage');
    if (!triaged) continue;
    conversations++;
    volumeByHour[new Date(ticket.createdAt).getUTCHours()]++;
    const intent = ticket.intent ?? 'other';
    const is = (byIntent[intent] ??= { n: 0, resolved: 0, escalated: 0, escalationRate: 0 });
    is.n++;
    for (const e of events) if (e.type === 'csat') csatScores.push(e.score);
    const resolutions = events.filter((e) => e.type === 'resolution');
    const last = resolutions.at(-1);
    if (!last || last.type !== 'resolution') continue;
    // A case the customer never asked for or no longer needs, withdrawn at their word: counted as withdrawn and
    // nowhere else — no outcome rate, no escalation, no containment.
    if (last.outcome === 'withdrawn') {
      outcomes.withdrawn++;
      dispositions[last.disposition] = (dispositions[last.disposition] ?? 0) + 1;
      continue;
    }
    withOutcome++;
    outcomes[last.outcome]++;
    dispositions[last.disposition] = (dispositions[last.disposition] ?? 0) + 1;
    const humanInvolved = events.some(
      (e) => (e.type === 'message_out' && e.actor.kind === 'staff') || e.type === 'escalation',
    );
    const reopened = wasReopened(events);
    if (last.outcome === 'resolved') {
      is.resolved++;
      if (!humanInvolved) automated++;
      if (!humanInvolved && !reopened && resolutions.length === 1) fcr++;
      ttr.push(Date.parse(last.at) - Date.parse(ticket.createdAt));
    }
    // Escalated once means escalated, even when a person resolved it afterwards.
    const everEscalated = resolutions.some(
      (e) => e.type === 'resolution' && (e.outcome === 'escalated' || e.outcome === 'routed'),
    );
    if (everEscalated || events.some((e) => e.type === 'escalation')) {
      escalatedCount++;
      is.escalated++;
    } else {
      contained++;
    }
    for (const e of events)
      if (e.type === 'escalation') escalationsByQueue[e.queue] = (escalationsByQueue[e.queue] ?? 0) + 1;
    const firstIn = events.find((e) => e.type === 'message_in');
    if (firstIn) handle.push(Math.max(0, Date.parse(last.at) - Date.parse(firstIn.at)));
  }
  for (const s of Object.values(byIntent)) s.escalationRate = rate(s.escalated, s.n);
  const distribution: Record<string, number> = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
  for (const s of csatScores) distribution[String(s)] = (distribution[String(s)] ?? 0) + 1;
  return {
    generatedAt: (opts.now ?? new Date()).toISOString(),
    from: opts.from ?? null,
    to: opts.to ?? null,
    conversations,
    withOutcome,
    outcomes,
    automatedResolutionRate: rate(automated, withOutcome),
    containmentRate: rate(contained, withOutcome),
    firstContactResolutionRate: rate(fcr, outcomes.resolved),
    escalationRate: rate(escalatedCount, withOutcome),
    escalationsByQueue,
    byIntent,
    volumeByHour,
    meanTimeToResolutionMs: mean(ttr),
    meanHandleTimeMs: mean(handle),
    csat: {
      n: csatScores.length,
      mean: csatScores.length
        ? Math.round((csatScores.reduce((a, b) => a + b, 0) / csatScores.length) * 100) / 100
        : null,
      distribution,
    },
    dispositions,
  };
}

/** Reads every ticket (paged) created in [from, to) with its timeline and computes the stats. */
export async function computeStats(
  tickets: TicketStore,
  opts: { from?: string; to?: string; now?: Date; maxTickets?: number } = {},
): Promise<DeskStats> {
  const items: { ticket: Ticket; events: StoredTimelineEvent[] }[] = [];
  for (const ticket of await ticketsCreatedIn(tickets, opts))
    items.push({ ticket, events: await tickets.timeline(ticket.id) });
  return statsFromTimelines(items, { from: opts.from, to: opts.to, now: opts.now });
}

const statsQuery = z.object({ from: z.iso.datetime().optional(), to: z.iso.datetime().optional() });

/** GET /stats (register with prefix /api/v1). */
export const statsPlugin: FastifyPluginAsync<{ tickets: TicketStore; now?: () => Date }> = async (
  app,
  opts,
) => {
  zodRoute(
    app,
    {
      method: 'GET',
      url: '/stats',
      query: statsQuery,
      summary: 'Desk statistics from ticket timelines',
      tags: ['stats'],
    },
    async ({ query }) => computeStats(opts.tickets, { from: query.from, to: query.to, now: opts.now?.() }),
  );
};
