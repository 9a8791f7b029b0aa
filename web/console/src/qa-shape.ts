// Adapters for the QA API (src/insights/qa.ts): GET /api/v1/qa/sample?n=, POST/GET
// /api/v1/qa/reviews, GET /api/v1/qa/summary. The rubric's keys are the API's.

export interface QaSampleItem {
  ticketId: string;
  reference: string;
  intent: string | null;
  outcome: string | null;
}

export interface QaReview {
  id: string;
  ticketId: string;
  reference?: string;
  reviewer?: string;
  scores: Record<string, number>;
  comments: string;
  createdAt?: string;
}

export { RUBRIC, type RubricKey } from '../../../src/insights/rubric.js';
import { RUBRIC, type RubricKey } from '../../../src/insights/rubric.js';

function list(body: unknown, ...keys: string[]): Record<string, unknown>[] {
  if (Array.isArray(body)) return body as Record<string, unknown>[];
  const o = body as Record<string, unknown>;
  for (const k of keys) if (Array.isArray(o?.[k])) return o[k] as Record<string, unknown>[];
  return [];
}

const str = (v: unknown) => (typeof v === 'string' ? v : null);

export function parseSample(body: unknown): QaSampleItem[] {
  return list(body, 'items', 'sample', 'tickets', 'conversations').map((x) => {
    const ticket = (x.ticket ?? {}) as Record<string, unknown>;
    return {
      ticketId: str(x.ticketId) ?? str(ticket.id) ?? str(x.id) ?? '',
      reference: str(x.reference) ?? str(ticket.reference) ?? '',
      intent: str(x.intent) ?? str(ticket.intent),
      outcome: str(x.outcome) ?? str(ticket.disposition),
    };
  });
}

export function parseReviews(body: unknown): QaReview[] {
  return list(body, 'items', 'reviews').map((x) => ({
    id: String(x.id ?? ''),
    ticketId: String(x.ticketId ?? ''),
    reference: str(x.ticketReference) ?? str(x.reference) ?? undefined,
    reviewer: str(x.reviewer) ?? undefined,
    scores: (x.scores as Record<string, number>) ?? Object.fromEntries(RUBRIC.map((k) => [k, Number(x[k])])),
    comments: str(x.comments) ?? str(x.comment) ?? '',
    createdAt: str(x.createdAt) ?? undefined,
  }));
}

export function reviewBody(ticketId: string, scores: Record<RubricKey, number>, comment: string) {
  return { ticketId, scores, ...(comment.trim() ? { comment: comment.trim() } : {}) };
}
