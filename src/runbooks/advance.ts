// Walking the current procedure step by step (ask, instruct, advise, act) until the customer
// must answer or the case is finished.
import { CONSENT_FOR_ACTION, type ActionName } from '../domain/index.js';
import { procedureFor } from './procedures.js';
import type { EngineContext, EngineOutput, EngineState } from './engine-types.js';
import { changesRouter, routerUnreachable, wantedNow, reasonFromTried } from './case-checks.js';
import { consentAsk } from './action-asks.js';
import { causeRef, explain, skipAfterFact } from './cause-plan.js';
import { finishOutage, offerSecondary, refuse } from './case-finish.js';
import { REQUEST_FIRST } from './runbooks.js';
import type { CaseClosing } from './case-closing.js';
import type { RunAction } from './run-action.js';
import type { FixChecks } from './fix-checks.js';
import type { PortForwardQuestions } from './port-forward-questions.js';

/**
 * Actions long enough that what was said while they ran goes out in a message of its own: the message
 * that asks "does it work now?" says once more that it is done.
 */
const VERIFIED_AFTER: Partial<Record<ActionName, string>> = {
  cpe_firmware_upgrade: 'verified.ok.cpe_firmware_upgrade',
  cpe_reboot: 'verified.ok.cpe_reboot',
  cpe_factory_reset: 'verified.ok.cpe_factory_reset',
};

export function createAdvance(parts: CaseClosing & RunAction & FixChecks & PortForwardQuestions) {
  const { openIncident, closing, execute, verify, askPortForward } = parts;

  /** Walks the current procedure until the customer must answer or the case is finished. */
  async function advance(ctx: EngineContext, state: EngineState, out: EngineOutput): Promise<void> {
    for (let guard = 0; guard < 40; guard++) {
      if (state.finished || state.pending) return;
      if (!state.current) {
        const next = state.causes.find((c) => !state.handled.includes(c.cause));
        if (!next) {
          await closing(
            ctx,
            state,
            { kind: 'escalate', queue: 'tier2' },
            'nothing left to try at Tier-1',
            out,
          );
          return;
        }
        // A permission was given for the change it asked about: the next cause's changes ask their own
        // (a yes to "may I switch your Wi-Fi on?" never lets a later cause set a new Wi-Fi key).
        if (state.handled.length > 0) state.consents = [];
        state.current = { cause: next.cause, step: 0 };
        const proc = procedureFor(next.cause, next);
        if (proc.requiresVerification && !ctx.verified) return refuse(state, out);
        // A router change asked for while an outage keeps the router out of reach waits for the outage.
        if (changesRouter(proc) && routerUnreachable(state)) {
          const incidentId = await openIncident(ctx, state);
          if (incidentId) {
            out.says.push({ key: 'request.router_unreachable.outage' });
            const reason = `${next.cause}: the router cannot be reached during the outage; the change waits for it`;
            finishOutage(state, out, reason, incidentId);
            return;
          }
        }
        explain(state, proc, next, out);
      }
      const ref = causeRef(state, state.current.cause);
      const proc = procedureFor(ref.cause, ref);
      const step = proc.steps[state.current.step];
      if (!step) {
        await closing(ctx, state, proc.otherwise, `${proc.cause}: ${reasonFromTried(state)}`, out);
        return;
      }
      switch (step.kind) {
        case 'ask': {
          if (step.onlyWith && !state.facts[step.onlyWith]) {
            state.current.step++;
            continue;
          }
          const seen =
            step.knownFrom &&
            state.findings.some((f) => f.code === step.knownFrom?.code && f.severity !== 'ok');
          if (seen && state.facts[step.fact] === undefined)
            state.facts = { ...state.facts, [step.fact]: step.knownFrom?.value };
          if (state.facts[step.fact] !== undefined) {
            skipAfterFact(state, proc);
            continue;
          }
          state.pending = { kind: 'fact', key: step.key, fact: step.fact, asked: 1 };
          if (step.fact === 'portForward') return askPortForward(ctx, state, state.pending, out, '');
          out.ask = { key: step.key };
          return;
        }
        case 'instruct': {
          if (step.doneBefore && state.facts[step.doneBefore] === true) {
            state.tried.push({ step: step.step, result: 'did not help' });
            state.current.step++;
            continue;
          }
          state.pending = { kind: 'step', key: step.step };
          const renamed = state.tried.some((t) => t.step === 'wifi_ssid_change' && t.result === 'done');
          if (renamed && step.afterRename) {
            out.ask = {
              key: step.step,
              message: step.afterRename,
              params: { name: state.facts.wifiName ?? '' },
            };
            return;
          }
          const message =
            step.message ??
            (step.perAccess && ctx.service?.access ? `ask.${step.step}.${ctx.service.access}` : undefined);
          out.ask = message ? { key: step.step, message } : { key: step.step };
          return;
        }
        case 'advise': {
          out.says.push({ key: step.message });
          state.lastFix = 'advice';
          state.tried.push({ step: step.message, result: 'advised' });
          state.pending = { kind: 'confirm' };
          out.ask = { key: 'resolution.confirm' };
          return;
        }
        case 'act': {
          if (step.onlyWith && !wantedNow(state, step.onlyWith, step.action)) {
            state.current.step++;
            continue;
          }
          if (!ctx.verified) return refuse(state, out);
          if (step.lastResort && !state.tried.some((t) => t.step === 'cpe_reboot')) {
            state.current.step++;
            continue;
          }
          const consent = CONSENT_FOR_ACTION[step.action];
          if (consent && !state.consents.includes(consent)) {
            state.pending = { kind: 'consent', key: consent, action: step.action, asked: 1 };
            out.ask = step.askedAs
              ? { key: consent, message: step.askedAs, params: { name: state.facts.wifiName ?? '' } }
              : consentAsk(consent, step.action, state.facts);
            return;
          }
          const ok = await execute(ctx, state, step.action, ref, out);
          if (!ok) {
            // A change the customer asked for that the router refused is not done: a person takes it on.
            if (proc.otherwise.kind === 'inform' && !proc.steps[state.current.step + 1]) {
              await closing(
                ctx,
                state,
                { kind: 'escalate', queue: 'tier2' },
                `${proc.cause}: ${reasonFromTried(state)}`,
                out,
              );
              return;
            }
            state.current.step++;
            continue;
          }
          if (!step.verify) {
            state.tried.push({ step: step.action, result: 'done' });
            state.lastFix = 'action';
            if (step.chain) {
              state.current.step++;
              continue;
            }
            const next = proc.steps[state.current.step + 1];
            if (next?.kind === 'instruct' && next.confirmAfter) {
              state.current.step++;
              continue;
            }
            // A request carried out (a port forward): the router's other weakness found on the way (its
            // factory admin password) is offered before "does it work now?", which then asks about both.
            if (REQUEST_FIRST.has(proc.cause) && offerSecondary(ctx, state, out, true)) return;
            state.pending = { kind: 'confirm' };
            out.ask = { key: 'resolution.confirm' };
            return;
          }
          if (await verify(ctx, state, proc, step.action, out)) {
            state.tried.push({ step: step.action, result: 'fixed' });
            state.lastFix = 'action';
            out.says.push({ key: VERIFIED_AFTER[step.action] ?? 'verified.ok' });
            state.pending = { kind: 'confirm' };
            out.ask = { key: 'resolution.confirm' };
            return;
          }
          state.tried.push({ step: step.action, result: 'did not help' });
          out.says.push({ key: 'verified.still' });
          state.current.step++;
          continue;
        }
      }
    }
  }

  return { advance };
}

export type Advance = ReturnType<typeof createAdvance>;
