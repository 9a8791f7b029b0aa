// A second request worked while the first case is with a person: the first case is held, not
// forgotten. When the second one is done, the conversation returns to the first case (its team, its
// ticket) and, because a person still has it, no satisfaction question is asked yet.
import type { Intent } from '../domain/index.js';
import type { TriageLike } from '../runbooks/ports.js';
import { learnFacts } from '../runbooks/facts.js';
import { renameRequest } from './rename-remarks.js';
import { fold } from '../triage/normalize.js';
import type { ReplyAct } from '../triage/reply.js';
import { cueAlternation, splitFolded } from '../triage/add-on-cues.js';
import { asksAboutAnAction } from './case-actions.js';
import type { ConversationState } from './conversation-state.js';
import { questionClauses } from './side-questions.js';
import { KEEP_SERVICE } from './desk-limits.js';
import { saysNotAsked } from './said-not-asked.js';

/** Requests the desk carries out itself, whatever team has the first case. */
const DESK_REQUESTS: ReadonlySet<Intent> = new Set<Intent>([
  'wifi_password',
  'router_config',
  'firmware_update',
]);

/** A request the desk can carry out now (rename the Wi-Fi, forward a port…), not a remark for the team. */
export function isDeskRequest(
  conv: ConversationState,
  text: string,
  tri: TriageLike,
  act: ReplyAct,
  clarifyThreshold: number,
): boolean {
  if (act.act === 'thanks' || act.act === 'score' || act.act === 'person') return false;
  const facts = learnFacts({}, text);
  if (facts.ssidRename || facts.portForwardRequested || facts.adminPasswordRequested || facts.fiveGhzOwnName)
    return true;
  // "do i move the cable back into the TEL port?": a question about what the case did (case-actions.ts).
  if (asksAboutAnAction(fold(text))) return false;
  return (
    act.act === 'new_topic' &&
    tri.confidence >= clarifyThreshold &&
    DESK_REQUESTS.has(tri.intent) &&
    tri.intent !== conv.intent
  );
}

/** Before the words that turn a message to a second thing ("en sak till", "another thing", "btw"; folded). */
const TURN_WORDS = new RegExp(
  `[\\s,;:]+(?=(?:(?:och|and|men|but|ok)\\s+)?(?:${cueAlternation('turn')})\\b)`,
  'g',
);
/** Where a message turns to something else: a sentence end, or the turning words. */
const TURNS = new RegExp(`(?<=[.!?\\n])\\s+|${TURN_WORDS.source}`, 'g');

/** "… och en sak till, mitt wifi-lösen är typ 12345678, kan ni byta": what follows the turning words, if any. */
export function requestAfterTurn(text: string): string | null {
  const parts = splitFolded(String(text ?? '').slice(0, 1000), TURN_WORDS);
  return parts.length > 1 ? parts.at(-1)?.trim() || null : null;
}

/**
 * "ok. ringer dom mig eller mejlar dom? och en sak till, … kan ni byta till nåt säkrare": the parts of a
 * message that ask something and are not the request itself (`isRequest`), to be answered before the
 * request is taken up. Null when the message asks nothing beside it.
 */
export function questionsBesideRequest(text: string, isRequest: (part: string) => boolean): string | null {
  const parts = splitFolded(String(text ?? '').slice(0, 1000), TURNS)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return null;
  const asking = parts.filter((p) => questionClauses(p).length && !isRequest(p));
  return asking.length ? asking.join(' ') : null;
}

/** Connection faults the desk diagnoses itself. */
const FAULT_INTENTS: ReadonlySet<Intent> = new Set<Intent>([
  'no_connection',
  'slow_speed',
  'intermittent',
  'sites_unreachable',
  'wifi_problem',
  'outage_check',
]);
/** Teams that take no connection faults: a fault written to them is the desk's own new case. */
const NON_TECHNICAL_QUEUES: ReadonlySet<string> = new Set(['billing', 'sales']);

/**
 * "And why doesn't the internet work either?" after an invoice went to billing: a connection fault
 * of its own, diagnosed on a linked case, never filed into the billing (or sales) case.
 */
export function isNewFault(
  conv: ConversationState,
  tri: TriageLike,
  act: ReplyAct,
  clarifyThreshold: number,
  text = '',
): boolean {
  if (!conv.handoff || !NON_TECHNICAL_QUEUES.has(conv.handoff.queue)) return false;
  if (act.act !== 'new_topic' && act.act !== 'question' && act.act !== 'answer') return false;
  if (conv.intent && FAULT_INTENTS.has(conv.intent)) return false;
  // "jag vill inte bli av med internet innan …": a wish to keep the service, not a fault report.
  if (KEEP_SERVICE.test(fold(text))) return false;
  // "Sorry? I did not ask about wifi. I asked: …": a topic named only to say it was never asked about.
  if (saysNotAsked(text)) return false;
  return tri.confidence >= clarifyThreshold && FAULT_INTENTS.has(tri.intent);
}

/** Before a follow-up case is opened: remembers the case a person has; its words stay with it. */
export function holdCase(conv: ConversationState): void {
  if (conv.handoff) conv.heldCase = { handoff: conv.handoff, workTicketId: conv.workTicketId ?? null };
  conv.request = undefined;
}

/** When a follow-up case is finished: back to the held case. True when there was one (no CSAT yet). */
export function returnToHeldCase(conv: ConversationState): boolean {
  const held = conv.heldCase;
  if (!held) return false;
  conv.handoff = held.handoff;
  conv.workTicketId = held.workTicketId;
  conv.heldCase = null;
  return true;
}

/**
 * "the wifi name is still some default thing, could you set it to TomsPlace while you are at it": a
 * rename that names the network, worded as the desk's own rename request, so a loosely worded one is
 * taken up with its name (null: not a rename with a name).
 */
export function namedRenameRequest(
  lang: 'en' | 'sv',
  text: string,
  parseWifiName: (text: string) => string | null,
): string | null {
  if (!learnFacts({}, text).ssidRename) return null;
  const name = parseWifiName(text);
  return name ? renameRequest(lang, name) : null;
}
