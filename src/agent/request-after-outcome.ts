// A new request after the outcome (after a close or beside a handoff): taken up as a new case, and a
// rename that names the network is taken up with that name.
import type { Ticket } from '../domain/index.js';
import type { TriageLike } from '../runbooks/ports.js';
import type { AfterOutcomeCtx } from './after-outcome-context.js';
import type { ConversationState } from './conversation-state.js';
import { namedRenameRequest } from './follow-up-case.js';
import type { Turn } from './turn.js';

/** What a rename request may be read as by the classifier. */
const RENAME_READINGS: ReadonlySet<string> = new Set(['wifi_password', 'wifi_problem', 'other']);

/** A new request after the outcome; a rename that names the network is taken up with that name. */
export async function reopenAsked(
  c: AfterOutcomeCtx,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
  tri: TriageLike,
) {
  const { deps } = c;
  // Only when nothing else stands out: "…and it's slow too" keeps its own reading.
  const plain = tri.confidence < deps.clarifyThreshold || RENAME_READINGS.has(tri.intent);
  const rename = plain
    ? namedRenameRequest(conv.language, text, (x) => deps.triage.parseWifiName?.(x) ?? null)
    : null;
  await deps.reopen(ticket, conv, turn, rename ?? text, rename ? deps.triage.triage(rename) : tri);
}
