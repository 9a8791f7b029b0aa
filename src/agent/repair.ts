// Conversation repair: what the agent does with a reply that is not a plain answer to the pending
// question (a question back, a hedge, a correction, thanks). Pure decisions; the agent does the I/O.
import { CONSENT_FOR_ACTION, type AccessKind, type AskKey } from '../domain/index.js';
import type { ReplyAct } from '../triage/reply.js';
import type { RepairState } from './conversation-state.js';
import { hasMessage, type MessageKey } from './messages/index.js';

export type RepairMove =
  /** A plain answer (or a clear no): the phase handler parses it as before; `message` answers a question that came with it. */
  | { kind: 'answer'; message?: MessageKey }
  /** Answer the question back with a catalogue text, then put the same question again. */
  | {
      kind: 'explain';
      message: MessageKey;
      /** Several topics asked at once: one text each. */ messages?: MessageKey[];
    }
  /** One short clarification, then the same question again. */
  | { kind: 'clarify'; message: MessageKey }
  /** "vänta ska testa", "wait, let me try": acknowledged, and the question waits (it is not put again). */
  | { kind: 'wait' }
  /** A second reply to "does it work now?" that says neither yes nor no: closed as not confirmed, never a no. */
  | { kind: 'unconfirmed' }
  /** Undo what the previous answer did and put that question again. */
  | { kind: 'undo' }
  | { kind: 'thanks' }
  | { kind: 'person' }
  | { kind: 'new_topic' };

/** How many times one question is repaired before the reply is taken as it is. */
const MAX_REPAIRS = 3;

/** Questions the customer answers by trying something ("vänta ska testa"): a wait is acknowledged and kept. */
const WAITS_FOR_TRYING = (askKey: AskKey) =>
  askKey.startsWith('step.') || askKey === 'resolution.confirm' || askKey === 'device.restarted';

/** Asks whose hedges get a clarification (identity and availability answers are taken as they come). */
function hedgeMessage(askKey: AskKey): MessageKey | null {
  if (askKey.startsWith('consent.')) return 'repair.hedge.consent';
  if (askKey.startsWith('step.')) {
    const own = `repair.hedge.${askKey}`;
    return hasMessage(own) ? own : 'repair.hedge.step';
  }
  if (askKey === 'resolution.confirm') return 'reply.how_know_fixed';
  if (
    askKey === 'connection.type' ||
    askKey === 'device.restarted' ||
    askKey.startsWith('lights.') ||
    askKey === 'scope.devices'
  )
    return 'repair.hedge';
  return null;
}

/** The catalogue text that answers `topic` while `askKey` is pending (most specific first). */
/** Permission questions asked for more than one action. */
const SHARED_ASKS: ReadonlySet<string> = new Set(
  Object.values(CONSENT_FOR_ACTION).filter((k, i, all) => all.indexOf(k) !== i),
);

export function topicMessage(
  topic: string,
  askKey: AskKey | null,
  access: AccessKind | null,
  askMessage: string | null = null,
): MessageKey {
  const candidates = [
    // A permission several actions share (consent.wifi_change: a new key, the radio on, a channel) is answered
    // for the action asked about: "same name and password?" at switching the radio on is no key change.
    askMessage && askKey && SHARED_ASKS.has(askKey) ? `reply.${topic}.${askMessage}` : null,
    askKey ? `reply.${topic}.${askKey}` : null,
    access ? `reply.${topic}.${access}` : null,
    `reply.${topic}`,
  ];
  return candidates.find((k): k is MessageKey => k !== null && hasMessage(k)) ?? 'reply.other';
}

export function decideRepair(
  act: ReplyAct,
  askKey: AskKey,
  state: RepairState | null | undefined,
  access: AccessKind | null,
  askMessage: string | null = null,
): RepairMove {
  const repaired = state && state.askKey === askKey ? state.questions + state.hedges : 0;
  switch (act.act) {
    case 'question':
      // A question is never "it works": at "does it work now?" it is answered however often it comes.
      if (repaired >= MAX_REPAIRS && askKey !== 'resolution.confirm') return { kind: 'answer' };
      return { kind: 'explain', message: topicMessage(act.topic, askKey, access, askMessage) };
    case 'hedge': {
      if (act.wait && WAITS_FOR_TRYING(askKey)) return { kind: 'wait' };
      const hedges = state && state.askKey === askKey ? state.hedges : 0;
      const message = hedgeMessage(askKey);
      // "i guess?" again: still not consent, and never a no — the question is put once more, briefly.
      if (askKey.startsWith('consent.') && hedges >= 1 && repaired < MAX_REPAIRS)
        return { kind: 'clarify', message: 'repair.hedge.consent.again' };
      if (askKey === 'resolution.confirm' && hedges >= 1) return { kind: 'unconfirmed' };
      if (!message || hedges >= 1 || repaired >= MAX_REPAIRS) return { kind: 'answer' };
      return { kind: 'clarify', message };
    }
    case 'correction':
      // Once is a correction; the same words again are taken as they stand.
      return repaired >= 1 ? { kind: 'answer' } : { kind: 'undo' };
    case 'thanks':
      return repaired >= MAX_REPAIRS ? { kind: 'answer' } : { kind: 'thanks' };
    case 'answer':
      return act.topic && act.topic !== 'other'
        ? { kind: 'answer', message: topicMessage(act.topic, askKey, access, askMessage) }
        : { kind: 'answer' };
    case 'person':
      return { kind: 'person' };
    case 'new_topic':
      return { kind: 'new_topic' };
    default:
      return { kind: 'answer' };
  }
}

/** The repair count after `move` on `askKey`. */
export function countRepair(
  state: RepairState | null | undefined,
  askKey: AskKey,
  move: RepairMove,
): RepairState {
  const base = state && state.askKey === askKey ? state : { askKey, questions: 0, hedges: 0 };
  if (move.kind === 'explain' || move.kind === 'thanks' || move.kind === 'undo')
    return { ...base, questions: base.questions + 1 };
  if (move.kind === 'clarify') return { ...base, hedges: base.hedges + 1 };
  return base;
}

export function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}
