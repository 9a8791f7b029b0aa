// A change the customer asked for that leaves their devices offline when they cannot reconnect them now
// ("I can't do that, sorry" after a Wi-Fi rename): what is told, and whether the old setting is offered back.
// Per case, as data: a rename is undone on request of the offer (the old name, recorded when renaming, set
// through the same wifi_ssid_change); a new Wi-Fi key is never offered back — a key changed for security must
// stay changed, and a plain new key was the customer's own wish.
import type { ActionName } from '../domain/index.js';
import type { ParsedAnswer } from './ports.js';

interface WhenCannotRejoin {
  /** What is said plainly: the devices stay offline until they join. */
  tell: string;
  /** The action whose earlier values are offered back (its undo is recorded when it runs). */
  undo?: ActionName;
}

const WHEN_CANNOT_REJOIN: Readonly<Record<string, WhenCannotRejoin>> = {
  wifi_rename_request: { tell: 'rejoin.offline.new_name', undo: 'wifi_ssid_change' },
  wifi_password_forgotten: { tell: 'rejoin.offline.new_key' },
};

/** The old values an action replaced, and the arguments that put them back (same action). */
export interface RecordedUndo {
  action: ActionName;
  args: Record<string, unknown>;
  /** The name the customer reads ("Frontline-3F2A"). */
  label: string;
}

/** What an action's result says it replaced: only the rename records one (its previous SSIDs per radio). */
export function undoOf(action: ActionName, details: unknown): RecordedUndo | undefined {
  if (action !== 'wifi_ssid_change' || !details || typeof details !== 'object') return undefined;
  const previous = (details as { previous?: Record<string, string> }).previous;
  const names = Object.entries(previous ?? {}).filter(([, v]) => typeof v === 'string' && v.trim());
  if (names.length === 0) return undefined;
  const ssids = Object.fromEntries(names);
  const label = ssids['1'] ?? names[0][1];
  return { action, args: { ssid: label, ssids }, label };
}

export type CannotRejoin =
  | { kind: 'tell'; say: string }
  | {
      kind: 'offer';
      say: string;
      ask: { key: 'consent.wifi_change'; message: string; params: Record<string, string> };
    };

/** A customer who cannot reconnect after `cause`'s change: the plain words, and the offer to put it back. */
export function cannotRejoin(
  cause: string,
  undo: RecordedUndo | undefined,
  newName: string | undefined,
): CannotRejoin {
  const rule = WHEN_CANNOT_REJOIN[cause];
  if (!rule) return { kind: 'tell', say: 'rejoin.later' };
  if (!rule.undo || undo?.action !== rule.undo) return { kind: 'tell', say: rule.tell };
  return {
    kind: 'offer',
    say: rule.tell,
    ask: {
      key: 'consent.wifi_change',
      message: 'consent.wifi_change.undo',
      params: { old: undo.label, name: newName ?? '' },
    },
  };
}

/** The answer to the offer: put it back, keep the change, or (once) ask again. */
export function undoChoice(answer: ParsedAnswer, asked: number): 'undo' | 'keep' | 'again' {
  if (answer.kind === 'yes' || answer.kind === 'done') return 'undo';
  if (answer.kind === 'no' || answer.kind === 'cannot' || asked >= 2) return 'keep';
  return 'again';
}
