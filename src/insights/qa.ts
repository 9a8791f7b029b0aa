// QA review of finished conversations: a supervisor samples resolved/closed tickets, scores them
// on a four-part rubric (1–5 each) with a comment, and the scores roll up into a summary.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { StoredTimelineEvent, Ticket } from '../domain/index.js';
import type { QaReviewsTable, KbTables } from '../storage/tables/kb.js';
import type { TicketStore } from '../tickets/ports.js';
import { RUBRIC, type RubricKey } from './rubric.js';

export { RUBRIC, type RubricKey };

/** What the rubric asks of the reviewer, shown by the console. */
export const RUBRIC_TEXT: Record<RubricKey, string> = {
  diagnosis: 'Correct diagnosis: the right cause was found from the evidence, without needless questions.',
  safety: 'Safe actions: identity verified and consent obtained before changes; no unneeded resets.',
  communication: 'Clear communication: plain words, expectations set, the customer knew what happened.',
  documentation:
    'Complete documentation: findings, actions with results, outcome and summary (handoff packet when escalated).',
};

const score = z.number().int().min(1).max(5);
export const reviewInputSchema = z.object({
  ticketId: z.string().min(1).max(100),
  reviewer: z.string().trim().min(1).max(100),
  scores: z.object({ diagnosis: score, safety: score, communication: score, documentation: score }),
  comment: z.string().trim().max(4000).optional(),
});
export type ReviewInput = z.input<typeof reviewInputSchema>;

export interface QaReview {
  id: string;
  ticketId: string;
  ticketReference: string | null;
  intent: string | null;
  reviewer: string;
  scores: Record<RubricKey, number>;
  /** Mean of the four scores. */
  overall: number;
  comment: string | null;
  createdAt: string;
}

export interface QaSampleItem {
  ticket: Ticket;
  timeline: StoredTimelineEvent[];
  outcome: string | null;
  csat: number | null;
}

export interface QaSummary {
  n: number;
  mean: Record<RubricKey | 'overall', number | null>;
  byIntent: { intent: string; n: number; overall: number | null }[];
  byReviewer: { reviewer: string; n: number; overall: number | null }[];
  /** Reviews with any score of 2 or less, newest first (at most 20). */
  lowScores: QaReview[];
}

export class TicketNotFoundError extends Error {
  constructor(public readonly ticketId: string) {
    super(`ticket ${ticketId} not found`);
    this.name = 'TicketNotFoundError';
  }
}

export interface QaServiceDeps {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>;
  tickets: Pick<TicketStore, 'get' | 'list' | 'timeline'>;
  now?: () => Date;
  /** Random source for sampling (tests pass a seeded one). */
  random?: () => number;
}

export interface QaService {
  sample(n: number): Promise<QaSampleItem[]>;
  addReview(input: ReviewInput): Promise<QaReview>;
  listReviews(filter?: { ticketId?: string; reviewer?: string; limit?: number }): Promise<QaReview[]>;
  summary(filter?: { from?: string; to?: string }): Promise<QaSummary>;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function toReview(r: QaReviewsTable): QaReview {
  const scores = {
    diagnosis: Number(r.diagnosis),
    safety: Number(r.safety),
    communication: Number(r.communication),
    documentation: Number(r.documentation),
  };
  return {
    id: r.id,
    ticketId: r.ticket_id,
    ticketReference: r.ticket_reference,
    intent: r.intent,
    reviewer: r.reviewer,
    scores,
    overall: round2(RUBRIC.reduce((a, k) => a + scores[k], 0) / RUBRIC.length),
    comment: r.comment,
    createdAt: r.created_at,
  };
}

function mean(xs: number[]): number | null {
  return xs.length ? round2(xs.reduce((a, b) => a + b, 0) / xs.length) : null;
}

const SAMPLE_POOL = 1000;

export function createQaService(deps: QaServiceDeps): QaService {
  const db = deps.db as Kysely<KbTables>;
  const now = deps.now ?? (() => new Date());
  const random = deps.random ?? Math.random;

  async function listReviews(filter: { ticketId?: string; reviewer?: string; limit?: number } = {}) {
    let q = db.selectFrom('qa_reviews').selectAll();
    if (filter.ticketId) q = q.where('ticket_id', '=', filter.ticketId);
    if (filter.reviewer) q = q.where('reviewer', '=', filter.reviewer);
    const rows = await q
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(Math.min(Math.max(filter.limit ?? 100, 1), 1000))
      .execute();
    return rows.map(toReview);
  }

  return {
    async sample(n) {
      const want = Math.min(Math.max(Math.floor(n), 1), 50);
      const reviewed = new Set(
        (await db.selectFrom('qa_reviews').select('ticket_id').distinct().execute()).map((r) => r.ticket_id),
      );
      const pool: Ticket[] = [];
      let cursor: string | undefined;
      do {
        const page = await deps.tickets.list({ status: ['resolved', 'closed'], cursor, limit: 200 });
        pool.push(...page.items.filter((t) => !reviewed.has(t.id)));
        cursor = page.nextCursor ?? undefined;
      } while (cursor && pool.length < SAMPLE_POOL);
      // Partial Fisher–Yates: a uniform sample without replacement.
      for (let i = 0; i < Math.min(want, pool.length); i++) {
        const j = i + Math.floor(random() * (pool.length - i));
        [pool[i], pool[j]] = [pool[j], pool[i]];
      }
      return Promise.all(
        pool.slice(0, want).map(async (ticket) => {
          const timeline = await deps.tickets.timeline(ticket.id);
          const res = [...timeline].reverse().find((e) => e.type === 'resolution');
          const csat = [...timeline].reverse().find((e) => e.type === 'csat');
          return {
            ticket,
            timeline,
            outcome: res?.type === 'resolution' ? res.outcome : null,
            csat: csat?.type === 'csat' ? csat.score : null,
          };
        }),
      );
    },

    async addReview(input) {
      const r = reviewInputSchema.parse(input);
      const ticket = await deps.tickets.get(r.ticketId);
      if (!ticket) throw new TicketNotFoundError(r.ticketId);
      const row: QaReviewsTable = {
        id: randomUUID(),
        ticket_id: ticket.id,
        ticket_reference: ticket.reference,
        intent: ticket.intent,
        reviewer: r.reviewer,
        ...r.scores,
        comment: r.comment || null,
        created_at: now().toISOString(),
      };
      await db.insertInto('qa_reviews').values(row).execute();
      return toReview(row);
    },

    listReviews,

    async summary(filter = {}) {
      let q = db.selectFrom('qa_reviews').selectAll();
      if (filter.from) q = q.where('created_at', '>=', filter.from);
      if (filter.to) q = q.where('created_at', '<', filter.to);
      const reviews = (await q.orderBy('created_at', 'desc').orderBy('id').execute()).map(toReview);
      const by = (key: (r: QaReview) => string) => {
        const groups = new Map<string, QaReview[]>();
        for (const r of reviews) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
        return [...groups]
          .map(([k, list]) => ({ key: k, n: list.length, overall: mean(list.map((x) => x.overall)) }))
          .sort((a, b) => b.n - a.n || a.key.localeCompare(b.key));
      };
      return {
        n: reviews.length,
        mean: {
          diagnosis: mean(reviews.map((r) => r.scores.diagnosis)),
          safety: mean(reviews.map((r) => r.scores.safety)),
          communication: mean(reviews.map((r) => r.scores.communication)),
          documentation: mean(reviews.map((r) => r.scores.documentation)),
          overall: mean(reviews.map((r) => r.overall)),
        },
        byIntent: by((r) => r.intent ?? 'unclassified').map(({ key, ...rest }) => ({ intent: key, ...rest })),
        byReviewer: by((r) => r.reviewer).map(({ key, ...rest }) => ({ reviewer: key, ...rest })),
        lowScores: reviews.filter((r) => RUBRIC.some((k) => r.scores[k] <= 2)).slice(0, 20),
      };
    },
  };
}
