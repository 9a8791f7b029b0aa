// A PIN never reaches the ticket: the customer's message is stored masked (turn-entry.ts), and while
// the desk answers that message every note, handoff packet and new case it writes is masked the same
// way — "7464. kommer ni stänga av mitt internet?" quoted in a note for the team keeps only "••••".
// The PINs of the message in hand are carried through the turn (AsyncLocalStorage), so no phase
// module has to remember to mask what it quotes.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { TicketStore } from '../tickets/ports.js';
import { withoutNonPinNumbers } from '../triage/entities.js';

const MASK = '••••';
/** Digit runs that may be a PIN (as turn-entry.ts masks them in the PIN answer). */
export const PIN_LIKE_RUN = /\d(?:[\s-]?\d){3,7}/g;

/**
 * Whether the digit run at `at` of `text` may be a PIN: not inside a phone number ("070-555 12 34" is shown
 * to the colleague who is to call) or a postal code ("411 24"), which are no PINs and stay readable.
 */
export function pinLikeAt(text: string, at: number, run: string): boolean {
  const kept = withoutNonPinNumbers(text).slice(at, at + run.length);
  return /\d(?:[\s-]?\d){3,7}/.test(kept);
}

/** The PIN-like runs of `text`, phone numbers and postal codes left out. */
function pinRuns(text: string): string[] {
  return [...text.matchAll(PIN_LIKE_RUN)].filter((m) => pinLikeAt(text, m.index ?? 0, m[0])).map((m) => m[0]);
}

const current = new AsyncLocalStorage<readonly string[]>();

/** The PIN as the customer wrote it ("19-66", "47 11" for 1966, 4711), and the PIN itself. */
export function pinAsWritten(text: string, pin: string): string[] {
  const written = [...text.matchAll(PIN_LIKE_RUN)]
    .map((m) => m[0])
    .filter((r) => r.replace(/[\s-]/g, '') === pin);
  return [...new Set([...written, pin])];
}

/** The PINs in a customer's message: every PIN-like digit run in the answer to the PIN question, else the one volunteered. */
export function pinsIn(text: string, answersPin: boolean, volunteered: string | null | undefined): string[] {
  const runs = answersPin ? pinRuns(text) : [];
  return [...new Set([...runs, ...(volunteered ? pinAsWritten(text, volunteered) : [])])].filter(
    (s) => s.length > 0,
  );
}

/** Runs `fn` (the answer to one message) with that message's PINs masked in everything stored. */
export function withPinsMasked<T>(pins: readonly string[], fn: () => Promise<T>): Promise<T> {
  return current.run(pins, fn);
}

function maskText(text: string, pins: readonly string[]): string {
  let out = text;
  for (const pin of pins) out = out.split(pin).join(MASK);
  return out;
}

/** Every string inside plain objects and arrays, masked; other values as they are. */
function maskDeep<T>(value: T, pins: readonly string[]): T {
  if (typeof value === 'string') return maskText(value, pins) as T;
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, pins)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v, pins)])) as T;
  return value;
}

const masked = <T>(value: T): T => {
  const pins = current.getStore();
  return pins?.length ? maskDeep(value, pins) : value;
};

/** The ticket store as the desk writes to it: the current message's PINs masked in what is written. */
export function pinMasking(store: TicketStore): TicketStore {
  return {
    create: (input, opening) => store.create(masked(input), opening && masked(opening)),
    get: (id) => store.get(id),
    getByReference: (ref) => store.getByReference(ref),
    append: (id, events, patch, expected) => store.append(id, masked(events), patch, expected),
    timeline: (id) => store.timeline(id),
    list: (filter) => store.list(filter),
    escalate: (id, queue, reason, packet) => store.escalate(id, queue, masked(reason), masked(packet)),
    escalations: (id) => store.escalations(id),
    getState: <T>(id: string, key: string) => store.getState<T>(id, key),
    setState: (id, key, value) => store.setState(id, key, value),
  };
}
