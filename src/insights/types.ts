import type { HumanFigures } from './human.js';
import type { Escalation, Outcome, Queue, StoredTimelineEvent, Ticket } from '../domain/index.js';

/** One ticket with everything the insights need, loaded from the TicketStore. */
export interface TicketRecord {
  ticket: Ticket;
  events: StoredTimelineEvent[];
  escalations: Escalation[];
  /** The runbook that handled the ticket (the runbook engine's intent), if known. */
  runbook: string | null;
  /** The root cause the runbook worked on last (a fault kind or request), if known. */
  cause: string | null;
}

export type TicketOutcome = Outcome | 'abandoned' | 'open';
export const TICKET_OUTCOMES: readonly TicketOutcome[] = [
  'resolved',
  'escalated',
  'routed',
  'outage_informed',
  'refused',
  'withdrawn',
  'abandoned',
  'open',
];

export interface CsatStats {
  n: number;
  mean: number | null;
}

export interface GroupStats {
  key: string;
  tickets: number;
  outcomes: Record<TicketOutcome, number>;
  resolutionRate: number;
  escalationRate: number;
  abandonRate: number;
  /** Later contacts from the same customer about the same intent within the window, counted on the first ticket. */
  repeatContacts: number;
  returnedEscalations: number;
  csat: CsatStats;
  meanCustomerMessages: number;
}

/** What happened to the tickets that reached a step (an ask, a customer step, an action, …). */
export interface StepStats {
  step: string;
  reached: number;
  resolved: number;
  escalated: number;
  abandoned: number;
  /** Tickets whose last step before being resolved was this one: the step that fixed it. */
  lastBeforeResolution: number;
  lastBeforeEscalation: number;
  /** Tickets whose customer stopped answering after this step. */
  lastBeforeAbandon: number;
}

export interface RunbookStats extends GroupStats {
  steps: StepStats[];
  causes: { cause: string; tickets: number; resolved: number; escalated: number }[];
}

export interface RepeatContact {
  customerId: string;
  intent: string;
  firstTicketId: string;
  firstReference: string;
  firstOutcome: TicketOutcome;
  repeatTicketId: string;
  repeatReference: string;
  hoursBetween: number;
}

export interface ReturnedEscalation {
  ticketId: string;
  reference: string;
  queue: Queue;
  escalatedAt: string;
  returnedAt: string;
  note: string | null;
}

export interface QueueStats {
  queue: Queue;
  escalations: number;
  returned: number;
  returnRate: number;
}

export interface InsightsReport {
  generatedAt: string;
  period: { from: string | null; to: string | null };
  settings: { repeatWindowDays: number; abandonAfterMinutes: number };
  totals: GroupStats & { repeatContactRate: number; returnedEscalationRate: number } & HumanFigures;
  byIntent: GroupStats[];
  byRunbook: RunbookStats[];
  byQueue: QueueStats[];
  repeatContacts: {
    count: number;
    /** Repeats whose first ticket was resolved: a resolution that did not hold. */
    afterResolution: number;
    rate: number;
    items: RepeatContact[];
  };
  returnedEscalations: { count: number; escalations: number; rate: number; items: ReturnedEscalation[] };
  csat: CsatStats & {
    distribution: Record<'1' | '2' | '3' | '4' | '5', number>;
    byIntent: (CsatStats & { key: string })[];
    byRunbook: (CsatStats & { key: string })[];
  };
  /** Across all runbooks: the steps after which customers most often stopped answering. */
  dropOff: { step: string; abandoned: number }[];
}
