// How a case ends on the engine side: resolved, refused, kept as is, advice instead of a fix,
// informed of an outage (finish, finishOutage, resolvedNow, …).
import { CONSENT_FOR_ACTION } from '../domain/index.js';
import { procedureFor } from './procedures.js';
import type { Finish } from './types.js';
import type { EngineContext, EngineOutput, EngineState } from './engine-types.js';
import { reasonFromTried } from './case-checks.js';
import { explain } from './cause-plan.js';

/** The desk offered the change without a fault behind it (nothing found, or nothing left to escalate). */
/** A request the customer withdrew: everything stays as it is and the case closes, never a handoff. */
export function keepAsIs(state: EngineState, out: EngineOutput, reason: string) {
  finish(state, out, {
    outcome: 'resolved',
    queue: null,
    disposition: 'resolved.information',
    reason,
    closing: 'closing.declined',
  });
}

export function finish(state: EngineState, out: EngineOutput, f: Finish) {
  state.finished = f;
  state.pending = null;
  out.finish = f;
}

/** The case ends informed about the outage, linked to its incident. */
export function finishOutage(
  state: EngineState,
  out: EngineOutput,
  reason: string,
  incidentId: string | null,
) {
  state.incidentId = incidentId;
  finish(state, out, {
    outcome: 'outage_informed',
    queue: null,
    disposition: 'outage.informed',
    reason,
    incidentId,
  });
}

/**
 * The customer cannot do the step (or test now): advice closes the case as resolved, with where the
 * device is asked first when we do not know it, so that the advice fits.
 */
export function adviseInstead(state: EngineState, message: string, out: EngineOutput) {
  if (state.facts.wifiLocation === undefined) {
    state.adviceAfter = message;
    state.pending = { kind: 'fact', key: 'wifi.location', fact: 'wifiLocation', asked: 1 };
    out.ask = { key: 'wifi.location' };
    return;
  }
  state.adviceAfter = undefined;
  adviseAndClose(state, state.facts.wifiLocation === 'far' ? `${message}.far` : message, out, message);
}

/** Advice instead of a fix, and the case closes: resolved, but nobody has confirmed that it works. */
export function adviseAndClose(state: EngineState, key: string, out: EngineOutput, name = key) {
  out.says.push({ key });
  state.lastFix = 'advice';
  state.tried.push({ step: name, result: 'advised' });
  finish(state, out, {
    outcome: 'resolved',
    queue: null,
    disposition: 'resolved.unconfirmed',
    reason: reasonFromTried(state),
  });
}

export function refuse(state: EngineState, out: EngineOutput) {
  out.says.push({ key: 'refused.unverified' });
  finish(state, out, {
    outcome: 'refused',
    queue: null,
    disposition: 'refused.unverified',
    reason: 'identity not verified; change refused',
  });
}

/**
 * The fix of a secondary finding (the router's factory admin password) offered once, when the case has one left
 * and the caller is verified. `thenConfirm`: offered right after a request was carried out, "does it work now?"
 * asked after it. False when there is nothing to offer.
 */
export function offerSecondary(
  ctx: EngineContext,
  state: EngineState,
  out: EngineOutput,
  thenConfirm = false,
): boolean {
  const sec = state.secondary.find((c) => !state.handled.includes(c.cause));
  if (!sec || state.secondaryOffered || !ctx.verified) return false;
  const proc = procedureFor(sec.cause, sec);
  const act = proc.steps.find((s) => s.kind === 'act');
  const consent = act?.kind === 'act' ? CONSENT_FOR_ACTION[act.action] : undefined;
  if (act?.kind !== 'act' || !consent) return false;
  state.secondaryOffered = true;
  explain(state, proc, sec, out);
  state.pending = {
    kind: 'secondary',
    key: consent,
    action: act.action,
    cause: sec.cause,
    ...(thenConfirm ? { thenConfirm: true as const } : {}),
  };
  out.ask = { key: consent, message: `offer.${act.action}` };
  return true;
}

/** `closing`: how the case ends when it is not a plain "it works now" (a request carried out, a test left for later). */
export async function resolvedNow(
  ctx: EngineContext,
  state: EngineState,
  out: EngineOutput,
  closing?: string,
) {
  if (offerSecondary(ctx, state, out)) return;
  const disposition =
    state.lastFix === 'action'
      ? 'resolved.remote_fix'
      : state.lastFix === 'step'
        ? 'resolved.customer_step'
        : state.lastFix === 'advice'
          ? 'resolved.advice'
          : 'resolved.information';
  finish(state, out, {
    outcome: 'resolved',
    queue: null,
    disposition,
    reason: reasonFromTried(state),
    ...(closing ? { closing } : {}),
  });
}
