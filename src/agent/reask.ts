// Putting a question again without saying the same thing twice: the first time it is put as it was,
// after that in its short form ("Shall I switch it on now?"), and an answer already given while it was
// pending is not given again word for word.
import type { AskKey } from '../domain/index.js';
import type { ConversationState, RepairState } from './conversation-state.js';
import { hasMessage, type MessageKey } from './messages/index.js';
import type { AskSpec, Turn } from './turn.js';

/** Whether this question has been repaired before (then it is put again briefly). */
export function repairedBefore(state: RepairState | null | undefined, askKey: AskKey): boolean {
  return !!state && state.askKey === askKey && state.questions + state.hedges > 0;
}

/** The short form of a question: for its own text, for its key, or for its kind (`again.step`). */
export function briefAsk(spec: AskSpec): MessageKey | null {
  const candidates = [
    spec.message ? `again.${spec.message}` : null,
    `again.${spec.key}`,
    `again.${spec.key.split('.')[0]}`,
  ];
  return candidates.find((k): k is MessageKey => k !== null && hasMessage(k)) ?? null;
}

/** A question first put with thanks for the answer before ("Thanks. … your PIN"), put again without them. */
function withoutThanks(spec: AskSpec): MessageKey | null {
  const key = `reask.${spec.message ?? spec.key}`;
  return hasMessage(key) ? key : null;
}

/** Puts the question again: as it was put the first time, briefly when it was put again before. */
export function reask(turn: Turn, spec: AskSpec, again: boolean) {
  const brief = (again ? briefAsk(spec) : null) ?? withoutThanks(spec);
  if (brief) turn.askAgainIn(spec, brief);
  else turn.askAgain(spec);
}

/**
 * The answers not given yet while this question was pending; they are remembered as given. An answer
 * with a short form (`<key>.again`: "säljer ni mesh eller inte??") is given briefly when asked again.
 */
export function notSaidBefore(state: RepairState, keys: readonly MessageKey[]): MessageKey[] {
  const said = state.said ?? [];
  const fresh = keys.filter((k) => !said.includes(k));
  state.said = [...said, ...fresh];
  const again = keys
    .filter((k) => said.includes(k) && hasMessage(`${k}.again`))
    .map((k) => `${k}.again` as MessageKey);
  return [...fresh, ...again];
}

/** Answers that already tell the step in the customer's terms ("the round coax cable from the wall", "move the device, not the router"). */
const RESTATES_STEP = ['reply.which_cable', 'reply.move_router'];

/** Whether the answers said how to do the step: then it is put again briefly, not in its general words. */
export function restatesStep(keys: readonly string[]): boolean {
  return keys.some((k) => RESTATES_STEP.some((r) => k === r || k.startsWith(`${r}.`)));
}

/**
 * Answers said beside a question just put ("can i set a new one myself?" answered before "May I set a new
 * Wi-Fi password?") count as given while it is pending: asked again, the customer gets what is new.
 */
export function rememberSaid(conv: ConversationState, askKey: AskKey | null, keys: readonly string[]) {
  if (!askKey || !keys.length) return;
  const base = conv.repair?.askKey === askKey ? conv.repair : { askKey, questions: 0, hedges: 0 };
  conv.repair = { ...base, said: [...new Set([...(base.said ?? []), ...keys])] };
}
