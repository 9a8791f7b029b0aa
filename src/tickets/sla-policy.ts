// SLA policies: a target per priority, optionally per queue, each counted either in business hours
// or round the clock. Plain data, so an operator configuration can replace the defaults.
import { SLA_MINUTES, type Priority, type Queue } from '../domain/index.js';
import {
  ALWAYS_OPEN,
  businessCalendar,
  SWEDISH_OFFICE_HOURS,
  weeklyHours,
  type BusinessHoursSpec,
  type Weekday,
  type WorkingCalendar,
} from './business-calendar.js';

export interface SlaTarget {
  minutes: number;
  /** Whether the clock runs only in business hours or round the clock. */
  hours: 'business' | 'always';
}

export interface QueueSla {
  /** The queue's own hours (e.g. a field team's), else the default business hours. */
  businessHours?: BusinessHoursSpec;
  targets?: Partial<Record<Priority, SlaTarget>>;
}

export interface SlaPolicies {
  businessHours: BusinessHoursSpec;
  /** Targets by priority for every queue without its own (and for tickets not in a queue yet). */
  targets: Record<Priority, SlaTarget>;
  queues?: Partial<Record<Queue, QueueSla>>;
}

const business = (minutes: number): SlaTarget => ({ minutes, hours: 'business' });
const always = (minutes: number): SlaTarget => ({ minutes, hours: 'always' });

/** P1 round the clock, the rest in Swedish office hours; the network operations centre never closes. */
export const DEFAULT_SLA_POLICIES: SlaPolicies = {
  businessHours: SWEDISH_OFFICE_HOURS,
  targets: {
    P1: always(SLA_MINUTES.P1),
    P2: business(SLA_MINUTES.P2),
    P3: business(SLA_MINUTES.P3),
    P4: business(SLA_MINUTES.P4),
  },
  queues: {
    noc: { targets: { P2: always(SLA_MINUTES.P2), P3: always(SLA_MINUTES.P3), P4: always(SLA_MINUTES.P4) } },
  },
};

/** The target that applies to a ticket, as working time on its calendar. */
export interface SlaTerm {
  ms: number;
  calendar: WorkingCalendar;
}

export interface SlaClock {
  term(queue: Queue | null, priority: Priority): SlaTerm;
}

export function slaClock(policies: SlaPolicies = DEFAULT_SLA_POLICIES): SlaClock {
  const office = businessCalendar(policies.businessHours);
  const own = new Map<Queue, WorkingCalendar>();
  for (const [queue, q] of Object.entries(policies.queues ?? {}) as [Queue, QueueSla][]) {
    if (q.businessHours) own.set(queue, businessCalendar(q.businessHours));
  }
  return {
    term(queue, priority) {
      const target =
        (queue ? policies.queues?.[queue]?.targets?.[priority] : undefined) ?? policies.targets[priority];
      const hours = (queue ? own.get(queue) : undefined) ?? office;
      return { ms: target.minutes * 60_000, calendar: target.hours === 'business' ? hours : ALWAYS_OPEN };
    },
  };
}

/** Hours as the operator configuration gives them: one opening time for a set of days. */
export interface WeeklyHours {
  timeZone: string;
  days: Weekday[];
  open: string;
  close: string;
  holidays?: BusinessHoursSpec['holidays'];
}

/** The SLA part of the operator configuration (`sla` and `queues` of the operator file). */
export interface OperatorSla {
  sla: { businessHours: WeeklyHours; targets: Record<Priority, SlaTarget> };
  queues: Partial<Record<Queue, { businessHours?: WeeklyHours; sla?: Partial<Record<Priority, SlaTarget>> }>>;
}

export function slaPoliciesOf(op: OperatorSla): SlaPolicies {
  const hours = (h: WeeklyHours) => weeklyHours(h, h.holidays ?? 'SE');
  const queues: NonNullable<SlaPolicies['queues']> = {};
  for (const [queue, q] of Object.entries(op.queues) as [Queue, OperatorSla['queues'][Queue]][]) {
    if (!q) continue;
    queues[queue] = {
      ...(q.businessHours ? { businessHours: hours(q.businessHours) } : {}),
      ...(q.sla ? { targets: q.sla } : {}),
    };
  }
  return { businessHours: hours(op.sla.businessHours), targets: op.sla.targets, queues };
}
