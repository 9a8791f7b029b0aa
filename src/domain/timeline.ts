import { z } from 'zod';
import {
  ACTIONS,
  ASK_KEYS,
  CHANNELS,
  INTENTS,
  LANGUAGES,
  OUTCOMES,
  PRIORITIES,
  QUEUES,
} from './vocabulary.js';
import { TICKET_STATUSES } from './ticket-status.js';

// The ticket timeline: a typed, append-only log of everything that happened on a ticket.

const actor = z.object({
  kind: z.enum(['customer', 'bot', 'staff', 'system']),
  id: z.string().nullable().default(null),
});
export type Actor = z.infer<typeof actor>;

const findingSchema = z.object({
  code: z.string(),
  severity: z.enum(['ok', 'warn', 'fault']),
  evidence: z.object({
    values: z.record(z.string(), z.unknown()),
    thresholds: z.record(z.string(), z.unknown()).optional(),
    source: z.string(),
  }),
  explanation: z.object({ sv: z.string(), en: z.string() }),
});

const base = { actor };

export const timelineEventSchema = z.discriminatedUnion('type', [
  z.object({
    ...base,
    type: z.literal('message_in'),
    channel: z.enum(CHANNELS),
    text: z.string(),
    meta: z.record(z.string(), z.unknown()).optional(),
  }),
  z.object({
    ...base,
    type: z.literal('message_out'),
    channel: z.enum(CHANNELS),
    text: z.string(),
    askKey: z.enum(ASK_KEYS).nullable().optional(),
    options: z.array(z.string()).optional(),
    internal: z.boolean().optional(),
  }),
  z.object({
    ...base,
    type: z.literal('triage'),
    intent: z.enum(INTENTS),
    confidence: z.number(),
    runnerUp: z.enum(INTENTS).nullable(),
    language: z.enum(LANGUAGES),
    priority: z.enum(PRIORITIES),
    reasons: z.array(z.string()),
    entities: z.record(z.string(), z.unknown()).optional(),
  }),
  z.object({ ...base, type: z.literal('finding'), probe: z.string(), finding: findingSchema }),
  z.object({
    ...base,
    type: z.literal('action_requested'),
    action: z.enum(ACTIONS),
    reason: z.string(),
    args: z.record(z.string(), z.unknown()).optional(),
  }),
  z.object({
    ...base,
    type: z.literal('action_done'),
    action: z.enum(ACTIONS),
    result: z.record(z.string(), z.unknown()).optional(),
  }),
  z.object({
    ...base,
    type: z.literal('action_failed'),
    action: z.enum(ACTIONS),
    error: z.string(),
    code: z.string().optional(),
  }),
  z.object({
    ...base,
    type: z.literal('customer_step'),
    step: z.string(),
    result: z.enum(['done', 'partly', 'cannot', 'unknown']),
  }),
  z.object({ ...base, type: z.literal('note'), text: z.string(), internal: z.boolean().default(true) }),
  z.object({
    ...base,
    type: z.literal('status_change'),
    from: z.enum(TICKET_STATUSES),
    to: z.enum(TICKET_STATUSES),
    reason: z.string().optional(),
  }),
  z.object({
    ...base,
    type: z.literal('escalation'),
    queue: z.enum(QUEUES),
    reason: z.string(),
    escalationId: z.string(),
  }),
  // A person moved the ticket to another queue (a transfer, not an escalation: no new hand-off).
  z.object({
    ...base,
    type: z.literal('queue_change'),
    from: z.enum(QUEUES).nullable(),
    to: z.enum(QUEUES),
  }),
  z.object({
    ...base,
    type: z.literal('resolution'),
    outcome: z.enum(OUTCOMES),
    queue: z.enum(QUEUES).nullable().optional(),
    disposition: z.string(),
    summary: z.object({ customer: z.string(), staff: z.string() }),
  }),
  z.object({
    ...base,
    type: z.literal('csat'),
    score: z.number().int().min(1).max(5),
    comment: z.string().optional(),
  }),
]);

export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type TimelineEventType = TimelineEvent['type'];
export type TimelineEventOf<T extends TimelineEventType> = Extract<TimelineEvent, { type: T }>;

/** A stored event: the payload plus its identity and time. */
export type StoredTimelineEvent = TimelineEvent & { id: number; ticketId: string; at: string };
