// "Is this going to take long?", "hur lång tid tar det?" — answered from what the desk is about to do at
// that point of the case, then the same question is put again briefly (reask.ts). While a question is
// pending the answer is the catalogue's `reply.how_long.<ask>` (question-answers.ts: identification and
// tests, a restart, a firmware update, a visit still to be agreed); this table holds the points where
// no question is pending: the opening, and a booked or cancelled visit after the field handoff.
import type { Intent } from '../domain/index.js';
import { topicsOf } from '../triage/topics-of.js';
import type { MessageKey } from './messages/index.js';

/** The opening's answer by what comes next: requests that are identified and tested first. */
const AT_OPENING: Partial<Record<Intent, MessageKey>> = {
  no_connection: 'reply.how_long.opening',
  slow_speed: 'reply.how_long.opening',
  intermittent: 'reply.how_long.opening',
  sites_unreachable: 'reply.how_long.opening',
  wifi_problem: 'reply.how_long.opening',
  wifi_password: 'reply.how_long.opening',
  router_config: 'reply.how_long.opening',
  router_reset: 'reply.how_long.opening',
  firmware_update: 'reply.how_long.opening',
  login_problem: 'reply.how_long.opening',
  password_reset: 'reply.how_long.opening',
  outage_check: 'reply.how_long.opening',
};

/** After the field handoff, by the visit's state on the ticket. */
const AT_VISIT = {
  booked: 'visit.how_long',
  cancelled: 'visit.cancelled_asked',
} as const satisfies Record<string, MessageKey>;

export type VisitPhase = keyof typeof AT_VISIT;

/** Whether `text` asks how long it takes. */
export function asksHowLong(text: string): boolean {
  // "how long must we wait?" asks until when it works again (wait_until_works), not how long a check takes.
  const topics = topicsOf(text);
  return topics.includes('how_long') && !topics.includes('wait_until_works');
}

/** The answer to "how long?" in the opening, or null when the request is not identified and tested first. */
export function howLongAtOpening(intent: Intent, text: string): MessageKey | null {
  return asksHowLong(text) ? (AT_OPENING[intent] ?? null) : null;
}

/** The answer to "how long?" about a visit in the given state. */
export function howLongAtVisit(phase: VisitPhase): MessageKey {
  return AT_VISIT[phase];
}

/** Whether one of `keys` answers "how long?" (the question is then put again briefly). */
export function answersHowLong(keys: readonly string[]): boolean {
  return keys.some((k) => k.startsWith('reply.how_long'));
}
