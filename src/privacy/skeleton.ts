import {
  auditEntrySchema,
  timelineEventSchema,
  type AuditEntry,
  type HandoffPacket,
  type TimelineEvent,
} from '../domain/index.js';

// What is left of a record once its data subject is erased: the kind of thing that happened and
// its outcome (enums, codes, numbers, times) — never free text, names, contact details or ids
// that lead back to the person.

export const ERASED = '[erased]';

/** Keys whose string values are codes or enums, not personal data. */
const KEEP = new Set([
  'type',
  'kind',
  'channel',
  'askKey',
  'intent',
  'runnerUp',
  'language',
  'priority',
  'action',
  'severity',
  'code',
  'probe',
  'source',
  'step',
  'from',
  'to',
  'queue',
  'outcome',
  'disposition',
  'escalationId',
  'method',
  'name',
  'consentKey',
  'result',
]);

/** Free-form maps (entities, evidence values, arguments) are dropped whole. */
const DROP_MAPS = new Set(['entities', 'meta', 'args', 'values', 'thresholds', 'snapshot']);

function skeletonValue(value: unknown, key: string | null): unknown {
  if (typeof value === 'string') return key !== null && KEEP.has(key) ? value : ERASED;
  if (Array.isArray(value))
    return key === 'options' || key === 'reasons' || key === 'evidence'
      ? []
      : value.map((v) => skeletonValue(v, null));
  if (value && typeof value === 'object') {
    if (key !== null && DROP_MAPS.has(key)) return {};
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = skeletonValue(v, k);
    return out;
  }
  return value;
}

function actorSkeleton(actor: { kind: string; id: string | null }) {
  // Staff and token names identify the desk's own people, not the data subject.
  return { kind: actor.kind, id: actor.kind === 'customer' ? null : actor.id };
}

/** A timeline event with every personal detail removed; still a valid event. */
export function skeletonEvent(e: TimelineEvent): TimelineEvent {
  const bare = { ...(skeletonValue(e, null) as Record<string, unknown>), actor: actorSkeleton(e.actor) };
  const parsed = timelineEventSchema.safeParse(bare);
  if (parsed.success) return parsed.data;
  return { type: 'note', actor: bare.actor as TimelineEvent['actor'], text: ERASED, internal: true };
}

/** The event with the conversation's words removed and everything technical kept (retention). */
export function withoutWords(e: TimelineEvent): TimelineEvent {
  switch (e.type) {
    case 'message_in':
      return { ...e, text: ERASED, meta: undefined };
    case 'message_out':
    case 'note':
      return { ...e, text: ERASED };
    case 'csat':
      return e.comment === undefined ? e : { ...e, comment: ERASED };
    case 'triage':
      return { ...e, entities: undefined };
    default:
      return e;
  }
}

/** An audit entry that keeps its action, actor kind and outcome; target 'erased'. */
export function skeletonAudit(entry: AuditEntry): AuditEntry {
  const bare = {
    ...(skeletonValue(entry, null) as Record<string, unknown>),
    actor: actorSkeleton(entry.actor),
    target: 'erased',
    ...('ticketId' in entry ? { ticketId: null } : {}),
  };
  const parsed = auditEntrySchema.safeParse(bare);
  return parsed.success
    ? parsed.data
    : {
        action: 'security.event',
        actor: bare.actor as AuditEntry['actor'],
        target: 'erased',
        reason: ERASED,
        detail: ERASED,
      };
}

/** A hand-off packet without the customer, device or the problem in the customer's words. */
export function skeletonPacket(p: HandoffPacket): HandoffPacket {
  return {
    customer: null,
    service: null,
    device: null,
    problem: ERASED,
    findings: (p.findings ?? []).map((f) => ({
      code: f.code,
      severity: f.severity,
      summary: ERASED,
      evidence: {},
    })),
    stepsTried: p.stepsTried ?? [],
    customerAvailability: null,
    priority: p.priority,
    slaDueAt: p.slaDueAt,
    verified: p.verified,
  };
}
