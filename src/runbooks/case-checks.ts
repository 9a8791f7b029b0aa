// Small readings of a case: a cause as the engine keeps it, yes/no answers, whether a procedure
// changes the router or the router is out of reach, what is left, and the reason told from what was tried.
import type { ActionName } from '../domain/index.js';
import type { ParsedAnswer, RootCause } from './ports.js';
import type { Facts, Procedure } from './types.js';
import type { CauseRef, EngineState } from './engine-types.js';

export function toRef(c: RootCause): CauseRef {
  return {
    cause: c.cause,
    score: c.score,
    codes: c.findings.filter((f) => f.severity !== 'ok').map((f) => f.code),
    suggestedAction: c.suggestedAction,
    suggestedStep: c.suggestedStep,
    escalateTo: c.escalateTo,
  };
}

export const yesLike = (a: ParsedAnswer) => a.kind === 'yes' || a.kind === 'done';
export const noLike = (a: ParsedAnswer) => a.kind === 'no' || a.kind === 'cannot';

/** Causes still to handle besides `current` (the fallbacks for "nothing found" do not count). */
/** Router actions: everything but the portal account's. */
const ACCOUNT_ONLY: ReadonlySet<ActionName> = new Set(['account_unlock', 'account_password_reset']);

export function changesRouter(proc: Procedure): boolean {
  const acts = proc.steps.filter((s) => s.kind === 'act');
  return acts.length > 0 && acts.every((s) => s.kind === 'act' && !ACCOUNT_ONLY.has(s.action));
}

export function routerUnreachable(state: EngineState): boolean {
  return state.findings.some((f) => f.code === 'cpe.unreachable' && f.severity === 'fault');
}

export function othersLeft(state: EngineState, current: string): boolean {
  return state.causes.some(
    (c) => c.cause !== current && !state.handled.includes(c.cause) && !c.cause.startsWith('nothing_found'),
  );
}

/** A step asked for along the way: its fact is known and it has not run in this case yet. */
export function wantedNow(state: EngineState, fact: keyof Facts, action: ActionName): boolean {
  return state.facts[fact] !== undefined && !state.tried.some((t) => t.step === action);
}

export function reasonFromTried(state: EngineState): string {
  if (state.tried.length === 0) return 'no Tier-1 fix applies';
  return state.tried.map((t) => `${t.step}: ${t.result}`).join('; ');
}
