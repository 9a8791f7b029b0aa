import type { AgentReply } from '../conversation-port.js';

// Answers on the keypad: a question with options (yes / no, a choice) can be answered with the
// option's number. The options offered are kept on the ticket between the platform's webhooks.

export const KEYPAD_OPTIONS_KEY = 'voice.keypadOptions';

/** The options the caller may pick by key 1–9 after this reply, or null. */
export function keypadOptions(last: AgentReply | undefined): string[] | null {
  if (!last || last.final || last.askKey === 'csat.score') return null;
  return last.options.length > 0 && last.options.length <= 9 ? last.options : null;
}

/** The option a single typed key picks, as the option's words; null when it picks none. */
export function pickedOption(typed: string, offered: string[] | null): string | null {
  if (!offered || !/^[1-9]$/.test(typed)) return null;
  return offered[Number(typed) - 1] ?? null;
}
