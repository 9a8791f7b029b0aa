// A question the desk could not answer while the case was open was promised to a colleague ("en kollega
// svarar dig här"). When the case then closes as resolved, nobody would read it there: it goes on a linked
// case for the support team instead, and the customer is told so — a promise never hangs on a closed case.
import type { ConversationState } from './conversation-state.js';

/** The customer was told that a colleague answers `text` here. */
export function promiseAnswer(conv: ConversationState, text: string): void {
  conv.promised = [...(conv.promised ?? []), text.slice(0, 300)];
}

/** At a resolved close: the questions still promised go to `open` (a linked case), once. */
export async function keepPromises(
  conv: ConversationState,
  open: (questions: string) => Promise<void>,
): Promise<void> {
  const asked = conv.promised ?? [];
  conv.promised = [];
  if (asked.length) await open(asked.map((q) => `"${q}"`).join(' '));
}
