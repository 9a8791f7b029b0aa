// Reads what a scenario run left on the desk (ticket timelines, escalations, audit log) into the
// scorer's Observation. Everything the pass rule needs is gathered here; the scorer stays pure.
import {
  ACTIONS,
  CONSENT_FOR_ACTION,
  type ActionName,
  type Outcome,
  type Queue,
  type StoredTimelineEvent,
  type Ticket,
} from '../src/domain/index.js';
import type { Desk } from '../src/server/desk.js';
import type { Scenario } from './scenario-schema.js';
import type { AfterOutcomeObservation, Observation, SpokenMessage } from './scorer.js';

type Event<T extends StoredTimelineEvent['type']> = Extract<StoredTimelineEvent, { type: T }>;

export interface RunFacts {
  ticketId: string | null;
  turns: number;
  problemGone: boolean;
  errors: string[];
  /** Every message the customer saw, in order. */
  agentMessages: SpokenMessage[];
  /** The customer's score, when it answered the satisfaction question with one. */
  csatGiven: number | null;
  /** The conversation said it had ended when the case was handed over. */
  endedAtOutcome: boolean;
  afterOutcome: { text: string; replies: number; error: string | null }[];
}

/** The outcome the ticket shows: its last resolution, or its last escalation. */
export function outcomeOf(events: StoredTimelineEvent[]): { outcome: Outcome | null; queue: Queue | null } {
  const resolution = events.findLast((e): e is Event<'resolution'> => e.type === 'resolution');
  const escalation = events.findLast((e): e is Event<'escalation'> => e.type === 'escalation');
  if (resolution)
    return { outcome: resolution.outcome, queue: resolution.queue ?? escalation?.queue ?? null };
  if (escalation) return { outcome: 'escalated', queue: escalation.queue };
  return { outcome: null, queue: null };
}

const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}]+/gu, '');

async function allTickets(desk: Desk): Promise<Ticket[]> {
  const out: Ticket[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 20; page++) {
    const r = await desk.services.repos.tickets.list({ limit: 100, ...(cursor ? { cursor } : {}) } as never);
    out.push(...r.items);
    if (!r.nextCursor) break;
    cursor = r.nextCursor;
  }
  return out;
}

/** Actions whose consent question was asked on the ticket before the action was requested. */
function consentAskedBefore(events: StoredTimelineEvent[]): ActionName[] {
  const out: ActionName[] = [];
  for (const req of events.filter((e): e is Event<'action_requested'> => e.type === 'action_requested')) {
    const key = CONSENT_FOR_ACTION[req.action];
    if (!key) continue;
    const asked = events.some((e) => e.type === 'message_out' && e.askKey === key && e.id < req.id);
    if (asked && !out.includes(req.action)) out.push(req.action);
  }
  return out;
}

/** The observation at the moment the outcome was reached (before any after-outcome message). */
export async function observeOutcome(desk: Desk, scenario: Scenario, facts: RunFacts): Promise<Observation> {
  const { repos } = desk.services;
  const events: StoredTimelineEvent[] = facts.ticketId ? await repos.tickets.timeline(facts.ticketId) : [];
  const { outcome, queue } = outcomeOf(events);
  const resolution = events.findLast((e): e is Event<'resolution'> => e.type === 'resolution');
  const done = events.filter((e): e is Event<'action_done'> => e.type === 'action_done');
  const requested = events.filter((e): e is Event<'action_requested'> => e.type === 'action_requested');
  const finished = new Set(
    events
      .filter((e) => e.type === 'action_done' || e.type === 'action_failed')
      .map((e) => (e as { action: ActionName }).action),
  );
  const verifiedAt = (
    await repos.audit.list({
      target: scenario.subscriber.customerNumber,
      action: 'identity.verified',
      limit: 10,
    })
  )
    .map((e) => e.at)
    .sort()[0];
  const unverified = done.filter((e) => !verifiedAt || e.at < verifiedAt).map((e) => e.action);
  const outcomeAt = (resolution ?? events.findLast((e) => e.type === 'escalation'))?.at ?? null;
  let handoffPacket = false;
  if (facts.ticketId && outcome && ['escalated', 'routed'].includes(outcome)) {
    const escalations = await repos.tickets.escalations(facts.ticketId);
    handoffPacket = escalations.some((e) => e.packet && Object.keys(e.packet).length > 0);
  }
  return {
    outcome,
    queue,
    actionsDone: done.map((e) => e.action),
    actionsAttempted: requested.map((e) => e.action),
    unverifiedChanges: unverified,
    turns: facts.turns,
    problemGone: facts.problemGone,
    documentation: {
      triage: events.some((e) => e.type === 'triage'),
      findings: events.filter((e) => e.type === 'finding').length,
      actionsWithoutResult: requested.map((e) => e.action).filter((a) => !finished.has(a)),
      resolution: resolution !== undefined,
      summary: !!resolution && resolution.summary.staff.length > 0 && resolution.summary.customer.length > 0,
      handoffPacket,
    },
    errors: facts.errors,
    unknownActions: [
      ...new Set(
        events
          .flatMap((e) =>
            e.type === 'action_requested' || e.type === 'action_done' || e.type === 'action_failed'
              ? [e.action as string]
              : [],
          )
          .filter((a) => !(ACTIONS as readonly string[]).includes(a)),
      ),
    ],
    findingCodes: [
      ...new Set(
        events.filter((e): e is Event<'finding'> => e.type === 'finding').map((e) => e.finding.code),
      ),
    ],
    dispositions: [
      ...new Set(
        events.filter((e): e is Event<'resolution'> => e.type === 'resolution').map((e) => e.disposition),
      ),
    ],
    verified: verifiedAt !== undefined,
    verifiedBeforeOutcome: verifiedAt !== undefined && (outcomeAt === null || verifiedAt <= outcomeAt),
    consentAsked: consentAskedBefore(events),
    customerNumberAsks: facts.agentMessages.filter((m) => m.askKey === 'identity.customer_number').length,
    agentMessages: facts.agentMessages,
    endedAtOutcome: facts.endedAtOutcome,
    linked: null,
    csat: { given: facts.csatGiven, recorded: [] },
    afterOutcome: [],
    outcomeAfter: null,
  };
}

/** Completes the observation at the end of the run: links, scores, after-outcome messages. */
export async function observeEnd(
  desk: Desk,
  scenario: Scenario,
  facts: RunFacts,
  atOutcome: Observation,
): Promise<Observation> {
  const { repos } = desk.services;
  const tickets = await allTickets(desk);
  const timelines = new Map<string, StoredTimelineEvent[]>();
  for (const t of tickets) timelines.set(t.id, await repos.tickets.timeline(t.id));
  const own = facts.ticketId ? tickets.find((t) => t.id === facts.ticketId) : undefined;

  let linked: Observation['linked'] = null;
  if (own) {
    const customer = await repos.customers.byNumber(scenario.subscriber.customerNumber);
    const services = customer ? await repos.customers.services(customer.id) : [];
    linked = {
      customer: !!customer && own.customerId === customer.id,
      service: !!own.serviceId && services.some((s) => s.id === own.serviceId),
    };
  }
  const inbound = [...timelines.values()]
    .flat()
    .filter((e): e is Event<'message_in'> => e.type === 'message_in');
  const afterOutcome: AfterOutcomeObservation[] = facts.afterOutcome.map((a) => ({
    ...a,
    onTimeline: inbound.some((e) => letters(e.text).includes(letters(a.text))),
  }));
  const recorded = [...timelines.values()]
    .flat()
    .filter((e): e is Event<'csat'> => e.type === 'csat')
    .map((e) => e.score);
  const ownEvents = facts.ticketId ? (timelines.get(facts.ticketId) ?? []) : [];
  // A request after the outcome may be carried out on a linked case: it counts towards fixedBy.
  const doneAfter = [...timelines.values()]
    .flat()
    .flatMap((e) => (e.type === 'action_done' ? [e.action] : []));
  return {
    ...atOutcome,
    actionsDoneInConversation: [...new Set([...atOutcome.actionsDone, ...doneAfter])],
    agentMessages: facts.agentMessages,
    errors: facts.errors,
    linked,
    csat: { given: facts.csatGiven, recorded },
    afterOutcome,
    outcomeAfter: facts.afterOutcome.length
      ? { ...outcomeOf(ownEvents), ticketQueue: own?.queue ?? null }
      : null,
    dispositions: [
      ...new Set([
        ...atOutcome.dispositions,
        ...[...timelines.values()].flat().flatMap((e) => (e.type === 'resolution' ? [e.disposition] : [])),
      ]),
    ],
    findingCodes: [
      ...new Set([
        ...atOutcome.findingCodes,
        ...[...timelines.values()].flat().flatMap((e) => (e.type === 'finding' ? [e.finding.code] : [])),
      ]),
    ],
  };
}
