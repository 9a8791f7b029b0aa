// Quality insights computed from ticket events only: outcomes per intent and runbook, the steps
// that lead to resolution or where customers give up, repeat contacts, escalations sent back
// and satisfaction. A pure function over loaded records, so it is easy to test and to reuse.
import type { Queue, StoredTimelineEvent } from '../domain/index.js';
import { humanFigures } from './human.js';
import {
  TICKET_OUTCOMES,
  type CsatStats,
  type GroupStats,
  type InsightsReport,
  type QueueStats,
  type RepeatContact,
  type ReturnedEscalation,
  type RunbookStats,
  type StepStats,
  type TicketOutcome,
  type TicketRecord,
} from './types.js';

export interface AnalyzeOptions {
  now: Date;
  /** A later contact about the same intent within this many days counts as a repeat (default 7). */
  repeatWindowDays?: number;
  /** An unresolved conversation whose last word was ours this long ago counts as abandoned (default 60). */
  abandonAfterMinutes?: number;
  from?: string | null;
  to?: string | null;
  /** Cap on listed items (repeats, returns); counts are never capped. */
  maxItems?: number;
}

const UNKNOWN = 'unclassified';
const CONFIRM_STEP = 'ask:resolution.confirm';
const HOUR = 3_600_000;

interface Derived {
  r: TicketRecord;
  intent: string;
  runbook: string;
  outcome: TicketOutcome;
  steps: string[];
  csat: number | null;
  customerMessages: number;
  returned: ReturnedEscalation[];
  escalationQueues: Queue[];
}

const round = (n: number, d = 3) => Math.round(n * 10 ** d) / 10 ** d;
const rate = (a: number, b: number) => (b > 0 ? round(a / b) : 0);

function lastOf<T extends StoredTimelineEvent['type']>(events: StoredTimelineEvent[], type: T) {
  for (let i = events.length - 1; i >= 0; i--)
    if (events[i].type === type) return events[i] as Extract<StoredTimelineEvent, { type: T }>;
  return undefined;
}

/** The ordered, de-duplicated steps a conversation went through before it ended. */
export function stepsOf(events: StoredTimelineEvent[]): string[] {
  const steps: string[] = [];
  const push = (s: string) => {
    if (steps[steps.length - 1] !== s) steps.push(s);
  };
  for (const e of events) {
    if (e.type === 'resolution') break;
    switch (e.type) {
      case 'finding':
        push('diagnose');
        break;
      case 'message_out':
        if (e.askKey && !e.internal && e.askKey !== 'csat.score') push(`ask:${e.askKey}`);
        break;
      case 'customer_step':
        push(`step:${e.step}`);
        break;
      case 'action_done':
      case 'action_failed':
        push(`action:${e.action}`);
        break;
      case 'escalation':
        push(`escalate:${e.queue}`);
        break;
      default:
        break;
    }
  }
  return steps;
}

export function outcomeOf(r: TicketRecord, now: Date, abandonAfterMinutes: number): TicketOutcome {
  const res = lastOf(r.events, 'resolution');
  if (res) return res.outcome;
  const status = r.ticket.status;
  if (status === 'escalated') return 'escalated';
  if (status === 'resolved') return 'resolved';
  if (status === 'pending_customer' || status === 'closed') return 'abandoned';
  // Still open: abandoned when we spoke last and the customer has been silent for a while.
  const lastMessage = [...r.events]
    .reverse()
    .find((e) => e.type === 'message_in' || e.type === 'message_out');
  if (
    lastMessage?.type === 'message_out' &&
    now.getTime() - Date.parse(lastMessage.at) >= abandonAfterMinutes * 60_000
  ) {
    return 'abandoned';
  }
  return 'open';
}

/** Escalations that came back: a status change from escalated to open (with its note), or Escalation.returnedAt. */
export function returnedEscalations(r: TicketRecord): ReturnedEscalation[] {
  const out: ReturnedEscalation[] = [];
  const ev = r.events;
  for (let i = 0; i < ev.length; i++) {
    const e = ev[i];
    if (e.type !== 'escalation') continue;
    for (let j = i + 1; j < ev.length; j++) {
      const s = ev[j];
      if (s.type === 'escalation') break;
      if (s.type === 'status_change' && s.from === 'escalated' && (s.to === 'open' || s.to === 'new')) {
        out.push({
          ticketId: r.ticket.id,
          reference: r.ticket.reference,
          queue: e.queue,
          escalatedAt: e.at,
          returnedAt: s.at,
          note: noteNear(ev, i, j) ?? s.reason ?? null,
        });
        break;
      }
    }
  }
  for (const esc of r.escalations) {
    if (
      !esc.returnedAt ||
      out.some(
        (o) => o.queue === esc.queue && o.escalatedAt <= esc.returnedAt! && o.returnedAt >= esc.createdAt,
      )
    )
      continue;
    out.push({
      ticketId: r.ticket.id,
      reference: r.ticket.reference,
      queue: esc.queue,
      escalatedAt: esc.createdAt,
      returnedAt: esc.returnedAt,
      note: null,
    });
  }
  return out;
}

/** The staff note that explains a return: the last note between escalation and return, else the next one after. */
function noteNear(ev: StoredTimelineEvent[], escIndex: number, returnIndex: number): string | null {
  for (let k = returnIndex - 1; k > escIndex; k--) {
    const n = ev[k];
    if (n.type === 'note') return n.text;
  }
  for (let k = returnIndex + 1; k < ev.length; k++) {
    const n = ev[k];
    if (n.type === 'note') return n.text;
    if (n.type === 'status_change' || n.type === 'message_out' || n.type === 'escalation') break;
  }
  return null;
}

function derive(
  r: TicketRecord,
  opts: Required<Pick<AnalyzeOptions, 'abandonAfterMinutes'>> & { now: Date },
): Derived {
  const csatEvent = lastOf(r.events, 'csat');
  return {
    r,
    intent: r.ticket.intent ?? UNKNOWN,
    runbook: r.runbook ?? r.ticket.intent ?? UNKNOWN,
    outcome: outcomeOf(r, opts.now, opts.abandonAfterMinutes),
    steps: stepsOf(r.events),
    csat: csatEvent ? csatEvent.score : null,
    customerMessages: r.events.filter((e) => e.type === 'message_in').length,
    returned: returnedEscalations(r),
    escalationQueues: r.events.flatMap((e) => (e.type === 'escalation' ? [e.queue] : [])),
  };
}

export function findRepeatContacts(items: Derived[], windowDays: number): RepeatContact[] {
  const groups = new Map<string, Derived[]>();
  for (const d of items) {
    if (!d.r.ticket.customerId || d.intent === UNKNOWN) continue;
    const key = `${d.r.ticket.customerId}\u0000${d.intent}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const out: RepeatContact[] = [];
  for (const list of groups.values()) {
    list.sort((a, b) => a.r.ticket.createdAt.localeCompare(b.r.ticket.createdAt));
    for (let i = 1; i < list.length; i++) {
      const first = list[i - 1];
      const next = list[i];
      const ms = Date.parse(next.r.ticket.createdAt) - Date.parse(first.r.ticket.createdAt);
      if (ms > windowDays * 24 * HOUR) continue;
      out.push({
        customerId: first.r.ticket.customerId!,
        intent: first.intent,
        firstTicketId: first.r.ticket.id,
        firstReference: first.r.ticket.reference,
        firstOutcome: first.outcome,
        repeatTicketId: next.r.ticket.id,
        repeatReference: next.r.ticket.reference,
        hoursBetween: round(ms / HOUR, 1),
      });
    }
  }
  return out.sort((a, b) => a.firstReference.localeCompare(b.firstReference));
}

function csatOf(list: Derived[]): CsatStats {
  const scores = list.flatMap((d) => (d.csat === null ? [] : [d.csat]));
  return {
    n: scores.length,
    mean: scores.length ? round(scores.reduce((a, b) => a + b, 0) / scores.length, 2) : null,
  };
}

function groupStats(key: string, list: Derived[], repeatsByFirst: Map<string, number>): GroupStats {
  const outcomes = Object.fromEntries(TICKET_OUTCOMES.map((o) => [o, 0])) as Record<TicketOutcome, number>;
  for (const d of list) outcomes[d.outcome]++;
  const n = list.length;
  return {
    key,
    tickets: n,
    outcomes,
    resolutionRate: rate(outcomes.resolved, n),
    escalationRate: rate(outcomes.escalated, n),
    abandonRate: rate(outcomes.abandoned, n),
    repeatContacts: list.reduce((a, d) => a + (repeatsByFirst.get(d.r.ticket.id) ?? 0), 0),
    returnedEscalations: list.reduce((a, d) => a + d.returned.length, 0),
    csat: csatOf(list),
    meanCustomerMessages: n ? round(list.reduce((a, d) => a + d.customerMessages, 0) / n, 2) : 0,
  };
}

function stepStats(list: Derived[]): StepStats[] {
  const map = new Map<string, StepStats>();
  const get = (step: string) => {
    let s = map.get(step);
    if (!s) {
      s = {
        step,
        reached: 0,
        resolved: 0,
        escalated: 0,
        abandoned: 0,
        lastBeforeResolution: 0,
        lastBeforeEscalation: 0,
        lastBeforeAbandon: 0,
      };
      map.set(step, s);
    }
    return s;
  };
  for (const d of list) {
    for (const step of new Set(d.steps)) {
      const s = get(step);
      s.reached++;
      if (d.outcome === 'resolved') s.resolved++;
      if (d.outcome === 'escalated') s.escalated++;
      if (d.outcome === 'abandoned') s.abandoned++;
    }
    // "Does it work now?" follows every fix; the step that fixed (or failed to fix) it is the one before.
    const effective = d.steps.filter((s) => s !== CONFIRM_STEP);
    const lastEffective = effective[effective.length - 1];
    const last = d.steps[d.steps.length - 1];
    if (lastEffective && d.outcome === 'resolved') get(lastEffective).lastBeforeResolution++;
    if (lastEffective && d.outcome === 'escalated') get(lastEffective).lastBeforeEscalation++;
    if (last && d.outcome === 'abandoned') get(last).lastBeforeAbandon++;
  }
  return [...map.values()].sort((a, b) => b.reached - a.reached || a.step.localeCompare(b.step));
}

function groupBy(list: Derived[], key: (d: Derived) => string): Map<string, Derived[]> {
  const m = new Map<string, Derived[]>();
  for (const d of list) m.set(key(d), [...(m.get(key(d)) ?? []), d]);
  return new Map([...m.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0])));
}

export function analyze(records: TicketRecord[], opts: AnalyzeOptions): InsightsReport {
  const repeatWindowDays = opts.repeatWindowDays ?? 7;
  const abandonAfterMinutes = opts.abandonAfterMinutes ?? 60;
  const maxItems = opts.maxItems ?? 200;
  const inPeriod = (r: TicketRecord) =>
    (!opts.from || r.ticket.createdAt >= opts.from) && (!opts.to || r.ticket.createdAt < opts.to);
  // A conversation exists once the customer has written: a chat opened and left empty is no ticket here.
  const everything = records
    .filter((r) => r.events.some((e) => e.type === 'message_in'))
    .map((r) => derive(r, { now: opts.now, abandonAfterMinutes }));
  const all = everything.filter((d) => inPeriod(d.r));

  // A repeat may fall after the period: look at every loaded ticket, count by the first ticket.
  const periodIds = new Set(all.map((d) => d.r.ticket.id));
  const repeats = findRepeatContacts(everything, repeatWindowDays).filter((rc) =>
    periodIds.has(rc.firstTicketId),
  );
  const repeatsByFirst = new Map<string, number>();
  for (const rc of repeats)
    repeatsByFirst.set(rc.firstTicketId, (repeatsByFirst.get(rc.firstTicketId) ?? 0) + 1);

  const returned = all.flatMap((d) => d.returned);
  const escalationCount = all.reduce((a, d) => a + d.escalationQueues.length, 0);

  const byQueue = new Map<Queue, QueueStats>();
  for (const d of all) {
    for (const q of d.escalationQueues) {
      const s = byQueue.get(q) ?? { queue: q, escalations: 0, returned: 0, returnRate: 0 };
      s.escalations++;
      byQueue.set(q, s);
    }
  }
  for (const ret of returned) {
    const s = byQueue.get(ret.queue) ?? { queue: ret.queue, escalations: 0, returned: 0, returnRate: 0 };
    s.returned++;
    byQueue.set(ret.queue, s);
  }
  for (const s of byQueue.values()) s.returnRate = rate(s.returned, s.escalations);

  const totals = groupStats('all', all, repeatsByFirst);
  const withCustomer = all.filter((d) => d.r.ticket.customerId).length;

  const byRunbook: RunbookStats[] = [...groupBy(all, (d) => d.runbook)].map(([key, list]) => {
    const causes = [
      ...groupBy(
        list.filter((d) => d.r.cause),
        (d) => d.r.cause!,
      ),
    ].map(([cause, cl]) => ({
      cause,
      tickets: cl.length,
      resolved: cl.filter((d) => d.outcome === 'resolved').length,
      escalated: cl.filter((d) => d.outcome === 'escalated').length,
    }));
    return { ...groupStats(key, list, repeatsByFirst), steps: stepStats(list), causes };
  });

  const distribution = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
  for (const d of all) if (d.csat !== null) distribution[String(d.csat) as keyof typeof distribution]++;

  const dropOff = stepStats(all)
    .filter((s) => s.lastBeforeAbandon > 0)
    .map((s) => ({ step: s.step, abandoned: s.lastBeforeAbandon }))
    .sort((a, b) => b.abandoned - a.abandoned || a.step.localeCompare(b.step));

  return {
    generatedAt: opts.now.toISOString(),
    period: { from: opts.from ?? null, to: opts.to ?? null },
    settings: { repeatWindowDays, abandonAfterMinutes },
    totals: {
      ...totals,
      repeatContactRate: rate(repeats.length, withCustomer),
      returnedEscalationRate: rate(returned.length, escalationCount),
      ...humanFigures(
        all.map((d) => ({
          ticket: d.r.ticket,
          events: d.r.events,
          outcome: d.outcome,
          repeats: repeatsByFirst.get(d.r.ticket.id) ?? 0,
        })),
      ),
    },
    byIntent: [...groupBy(all, (d) => d.intent)].map(([key, list]) => groupStats(key, list, repeatsByFirst)),
    byRunbook,
    byQueue: [...byQueue.values()].sort(
      (a, b) => b.escalations - a.escalations || a.queue.localeCompare(b.queue),
    ),
    repeatContacts: {
      count: repeats.length,
      afterResolution: repeats.filter((r) => r.firstOutcome === 'resolved').length,
      rate: rate(repeats.length, withCustomer),
      items: repeats.slice(0, maxItems),
    },
    returnedEscalations: {
      count: returned.length,
      escalations: escalationCount,
      rate: rate(returned.length, escalationCount),
      items: returned.sort((a, b) => a.returnedAt.localeCompare(b.returnedAt)).slice(0, maxItems),
    },
    csat: {
      ...csatOf(all),
      distribution,
      byIntent: [...groupBy(all, (d) => d.intent)].map(([key, list]) => ({ key, ...csatOf(list) })),
      byRunbook: [...groupBy(all, (d) => d.runbook)].map(([key, list]) => ({ key, ...csatOf(list) })),
    },
    dropOff,
  };
}
