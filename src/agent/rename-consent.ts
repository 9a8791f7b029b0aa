// While a Wi-Fi rename waits for its permission: "hm but do emojis work? maybe skip it, just Jonas Wifi.
// will the printer find it by itself?" answers the emoji and printer questions and puts the permission again
// with the newest name given; "no, WITHOUT the emoji. just: Jonas Wifi" corrects the name (never a decline),
// and when it is the name already proposed it is the go-ahead for it. A name correction is never read as
// a wish for another change (a new Wi-Fi password).
import type { Ticket } from '../domain/index.js';
import type { EngineState } from '../runbooks/engine.js';
import type { TriageLike } from '../runbooks/ports.js';
import { parseAnswer } from '../triage/answers.js';
import { asksSomething } from '../triage/deferral.js';
import { correctedName } from '../triage/name-correction.js';
import { fold } from '../triage/normalize.js';
import type { ConversationState } from './conversation-state.js';
import type { MessageKey } from './messages/index.js';
import { asksAboutDevice } from './rename-remarks.js';
import type { Turn } from './turn.js';

/** "do emojis work?", "kan man ha emojis?", or an emoji in a name asked about. */
const EMOJI_ASKED = /\b(emoji\w*|emojin|smiley\w*|smilis)\b|[\p{Extended_Pictographic}]/u;
/** What a new name means for a printer or a TV: it picks the new name once, with the same password. */
const DEVICE_FACT: MessageKey = 'reply.breaks_other.wifi_ssid_change';

export interface RenameConsentDeps {
  state(ticketId: string): Promise<EngineState | null>;
  note(ticketId: string, text: string): Promise<void>;
  /** Takes the rename up again with `name`: its permission is asked for that name. */
  renameTo(ticket: Ticket, conv: ConversationState, turn: Turn, name: string): Promise<void>;
  /** The go-ahead for the rename as proposed. */
  yes(ticket: Ticket, conv: ConversationState, turn: Turn, text: string, tri: TriageLike): Promise<void>;
}

export function createRenameConsent(deps: RenameConsentDeps) {
  /** True when the reply to the rename's permission was read here. */
  return async function onRenameConsent(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    text: string,
    tri: TriageLike,
  ): Promise<boolean> {
    const spec = conv.pendingAskSpec;
    if (conv.pendingAsk !== 'consent.wifi_change' || !spec?.message?.includes('ssid')) return false;
    const state = await deps.state(ticket.id);
    const proposed = (state?.facts.wifiName as string | undefined) ?? conv.facts.wifiName ?? null;
    const wanted = correctedName(text, proposed);
    const asks = asksSomething(text);
    const emoji = asks && EMOJI_ASKED.test(fold(text));
    if (!wanted && !emoji) return false;
    // 'ok yes do it, but with capitals: "Pizza Palace"': a yes with its name is the runbook's answer as it is.
    if (!asks && parseAnswer('consent.wifi_change', text, conv.language).kind === 'yes') return false;
    if (emoji) turn.say('rename.emoji');
    if (asks && asksAboutDevice(text)) turn.say(DEVICE_FACT);
    if (wanted && wanted !== proposed) {
      await deps.note(ticket.id, `customer gave the Wi-Fi name "${wanted}" instead of "${proposed ?? ''}"`);
      turn.say('rename.name_instead', { name: wanted });
      await deps.renameTo(ticket, conv, turn, wanted);
      return true;
    }
    if (wanted && !asks) {
      await deps.note(ticket.id, `customer confirmed the Wi-Fi name "${wanted}": the go-ahead for it`);
      await deps.yes(ticket, conv, turn, text, tri);
      return true;
    }
    turn.askAgain(spec);
    return true;
  };
}
