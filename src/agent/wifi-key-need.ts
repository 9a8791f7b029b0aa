// "nätverket syns nu men mobilen vill ha lösenordet, vad är det?" at "does it work now?" after a Wi-Fi fix:
// where the key is (the label under the router) is answered and a new key offered with its own permission
// (the one given for the fix is none for a new key); once a new key was set in the case, "jag kommer ju
// inte in utan lösenordet" points to the key shown above and asks again — never a handoff for a fix that worked.
import type { Ticket } from '../domain/index.js';
import type { RunbookEngine } from '../runbooks/engine.js';
import type { ConversationState } from './conversation-state.js';
import type { Turn } from './turn.js';
import { fold } from '../triage/normalize.js';

export type WifiKeyNeedDeps = Pick<RunbookEngine, 'get' | 'restore'>;

/** True when the reply was answered here; false: the new key is offered next (the runbook asks for it). */
/**
 * "the new password only shows as dots … I cannot read it?? what is it?", "jag ser bara prickar, vad är
 * lösenordet?": the key after a change asked for again, or said to be unreadable (not a refusal of the step).
 */
const KEY_UNREADABLE =
  /(•{3,}|\*{4,})|\b(dots|dotted|prickar|punkter|stjarnor|asterisks?|stars)\b|\b(can'?t|cant|cannot|can not|kan inte|kan ej|unable to)\b[^.!?]{0,15}\b(read|see|find|lasa|se|hitta)\b[^.!?]{0,15}\b(it|the (new )?(password|key)|det|losen\w*)\b|\b(what|vad|which|vilket)\b[^.!?]{0,10}\b(is|was|ar|var|blev)\b[^.!?]{0,10}\b(it|the (new )?(password|key)|det|(det )?nya (losen\w*|wifi-?losen\w*)|losen\w*)\b[^.!?]{0,10}\?|\b(didn'?t|did not|never|fick (aldrig|inte)|har inte fatt)\b[^.!?]{0,20}\b(get|got|receive\w*|see|saw|se|fick|fatt|sett)\b[^.!?]{0,20}\b(password|key|losen\w*)\b/;

export function asksKeyAgain(text: string): boolean {
  return KEY_UNREADABLE.test(fold(String(text ?? '').slice(0, 600)));
}

export async function answerWifiKeyNeed(
  deps: WifiKeyNeedDeps,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
): Promise<boolean> {
  const state = await deps.get(ticket.id);
  if (!state) return false;
  if (state.tried.some((x) => x.step === 'wifi_password_change' && x.result !== 'customer declined')) {
    turn.say(conv.channel === 'email' ? 'wifi_key.shown_above.email' : 'wifi_key.shown_above');
    turn.askAgain(conv.pendingAskSpec ?? { key: 'resolution.confirm' });
    return true;
  }
  turn.say('wifi_key.on_label');
  // A yes to switching the Wi-Fi on is no yes to a new key: that permission is asked on its own.
  await deps.restore(ticket.id, {
    ...state,
    consents: state.consents.filter((c) => c !== 'consent.wifi_change'),
  });
  return false;
}
