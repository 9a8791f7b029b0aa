// A question the desk could not answer while the case was open was promised to a colleague ("en kollega
// svarar dig här"). When the case then closes as resolved, nobody would read it there: it goes on a linked
// case for the support team instead, and the customer is told so — a promise never hangs on a closed case.
// A question asked about a step ("which outlet should I use?") that the customer then carried out, with the
// case resolved by it, was answered by the case itself: it opens no extra case.
import type { ConversationState } from './conversation-state.js';

/** The customer was told that a colleague answers `text` here (asked while `askKey` was pending). */
export function promiseAnswer(conv: ConversationState, text: string, askKey?: string | null): void {
  conv.promised = [...(conv.promised ?? []), text.slice(0, 300)];
  if (askKey?.startsWith('step.'))
    conv.promisedAtStep = [...(conv.promisedAtStep ?? []), { step: askKey, text: text.slice(0, 300) }];
}

/** What the case did, as the runbook engine records it: steps and actions with their result. */
type Tried = readonly { step: string; result: string }[];

/** Results of a step that mean the customer carried it out. */
const CARRIED_OUT = new Set(['done', 'fixed', 'did not help']);

/**
 * At a resolved close: the questions still promised go to `open` (a linked case), once — except those
 * asked about a step the customer then carried out. Returns the questions settled by the case itself.
 */
export async function keepPromises(
  conv: ConversationState,
  open: (questions: string) => Promise<void>,
  tried: Tried = [],
): Promise<string[]> {
  const done = new Set(tried.filter((x) => CARRIED_OUT.has(x.result)).map((x) => x.step));
  const settled = (conv.promisedAtStep ?? []).filter((p) => done.has(p.step)).map((p) => p.text);
  const asked = (conv.promised ?? []).filter((q) => !settled.includes(q));
  conv.promised = [];
  conv.promisedAtStep = [];
  if (asked.length) await open(asked.map((q) => `"${q}"`).join(' '));
  return settled;
}
