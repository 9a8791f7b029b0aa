// "ja gör det. och när du ändå håller på kan du byta namn på wifit till johans_nät?" beside the
// permission of another fix (a channel change): the rename is kept, and when the customer says the fix
// works it runs in the same case (its own permission), instead of the case closing with the rename lost.
import type { EngineState } from '../runbooks/engine.js';
import type { Facts } from '../runbooks/types.js';
import type { ConversationState } from './conversation-state.js';

/** The cause the rename runs as. */
export const RENAME_CAUSE = 'wifi_rename_request';

/** The facts to take the rename up with, or null when none is waiting (not asked, done, or in hand). */
export function renameLeft(conv: Pick<ConversationState, 'facts'>, state: EngineState | null): Facts | null {
  if (!conv.facts.ssidRename || !state || state.finished) return null;
  if (state.current?.cause === RENAME_CAUSE || state.handled.includes(RENAME_CAUSE)) return null;
  if (state.tried.some((t) => t.step === 'wifi_ssid_change')) return null;
  return { ssidRename: true, ...(conv.facts.wifiName ? { wifiName: conv.facts.wifiName } : {}) };
}
