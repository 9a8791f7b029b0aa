// After a fix: testing that the fault is gone (with the wait for a restarting router), the check
// a customer makes before a visit, and looking again more widely.
import type { Queue, StepKey } from '../domain/index.js';
import type { ParsedAnswer, ProbeId } from './ports.js';
import { procedureFor, SECONDARY_CAUSES } from './procedures.js';
import { runbookFor } from './runbooks.js';
import type { Procedure } from './types.js';
import type { EngineContext, EngineOutput, EngineState } from './engine-types.js';
import { toRef, yesLike, noLike } from './case-checks.js';
import type { EngineKernel } from './engine-kernel.js';
import { causeRef } from './cause-plan.js';

const LOOK_AGAIN: readonly ProbeId[] = ['account', 'incident', 'aaa', 'line', 'cpe', 'wan', 'dns', 'ping'];
/** Fixes after which the router needs a while before it answers again. */
const RESTARTING = new Set<string>([
  'step.power_on',
  'step.power_cycle',
  'step.check_cables',
  'cpe_reboot',
  'cpe_factory_reset',
  'cpe_firmware_upgrade',
  'pppoe_credentials_resync',
]);

export function createFixChecks(k: EngineKernel) {
  const { deps, cfg, sleep, waitOn, record, probe } = k;

  async function verify(
    ctx: EngineContext,
    state: EngineState,
    proc: Procedure,
    fix: string,
    out: EngineOutput,
  ) {
    if (proc.verify.length === 0) return true;
    // A router that got new settings may need a moment to reconnect: one more look after a pause.
    const restartAttempts =
      cfg.verifyDelayMs > 0 && cfg.restartWaitMs
        ? Math.max(cfg.verifyAttempts, Math.ceil(cfg.restartWaitMs / cfg.verifyDelayMs))
        : cfg.verifyAttempts;
    const attempts = RESTARTING.has(fix)
      ? Math.max(1, restartAttempts)
      : Math.min(2, Math.max(1, cfg.verifyAttempts));
    out.says.push({ key: 'verifying' });
    if (RESTARTING.has(fix) && attempts > 2 && deps.flush) {
      await deps.flush(ctx.ticketId, out).catch(() => undefined);
      out.says = [];
    }
    const ref = causeRef(state, proc.cause);
    let wasDown = false;
    let backChecks = 0;
    for (let i = 0; i < attempts; i++) {
      if (i > 0) {
        const t0 = Date.now();
        await waitOn(ctx, out, () => sleep(cfg.verifyDelayMs));
        out.deviceWaitMs += Date.now() - t0;
      }
      const { runs, causes } = await probe(ctx, state, proc.verify, out, true, i > 0);
      const faultCodes = new Set(
        runs.flatMap((r) => r.findings.filter((f) => f.severity === 'fault').map((f) => f.code)),
      );
      const still =
        ref.codes.length > 0
          ? ref.codes.some((c) => faultCodes.has(c)) || causes.some((c) => c.cause === proc.cause)
          : causes.some((c) => !SECONDARY_CAUSES.has(c.cause));
      const unreachable = runs.some((r) => r.unavailable) || faultCodes.has('cpe.unreachable');
      // A router that has just come back needs a little longer for its line and login.
      if (unreachable) wasDown = true;
      else if (wasDown && still && backChecks++ < 3) continue;
      const cleared = !still && !unreachable;
      if (cleared) return true;
      if (!unreachable && still && i >= 1) break;
    }
    return false;
  }

  /**
   * The check the customer wanted to make before a visit is booked (see `checkFirst`): after "done"
   * the fault is tested again; fixed, the customer is asked to confirm, otherwise the visit is asked for again.
   */
  async function checkedFirst(
    ctx: EngineContext,
    state: EngineState,
    key: StepKey,
    visit: { queue: Queue; cause: string },
    answer: ParsedAnswer,
    out: EngineOutput,
  ) {
    const result = yesLike(answer) ? 'done' : noLike(answer) ? 'cannot' : 'unknown';
    await record(ctx.ticketId, [
      { type: 'customer_step', actor: { kind: 'customer', id: null }, step: key, result },
    ]);
    if (result === 'done') {
      if (await verify(ctx, state, procedureFor(visit.cause, causeRef(state, visit.cause)), key, out)) {
        state.tried.push({ step: key, result: 'fixed' });
        state.lastFix = 'step';
        out.says.push({ key: 'verified.ok' });
        state.pending = { kind: 'confirm' };
        out.ask = { key: 'resolution.confirm' };
        return;
      }
      state.tried.push({ step: key, result: 'did not help' });
      out.says.push({ key: 'verified.still' });
    } else {
      state.tried.push({ step: key, result: result === 'cannot' ? 'customer could not' : 'unclear' });
    }
    state.pending = { kind: 'availability', queue: visit.queue };
    out.says.push({ key: `escalate.before_availability.${visit.queue}` });
    out.ask = { key: 'contact.availability' };
  }

  async function rediagnose(ctx: EngineContext, state: EngineState, out: EngineOutput) {
    const rb = runbookFor(state.intent, state.facts);
    // Looking again looks wider: the connection itself, whatever the first request was about.
    // After a step the customer took, a long look is announced as checking the result.
    const { causes } = await probe(
      ctx,
      state,
      [...new Set([...rb.probes, ...LOOK_AGAIN])],
      out,
      false,
      false,
      {
        key: 'verifying',
      },
    );
    const fresh = causes
      .filter((c) => !SECONDARY_CAUSES.has(c.cause) && !state.handled.includes(c.cause))
      .map(toRef);
    for (const c of fresh) if (!state.causes.some((x) => x.cause === c.cause)) state.causes.push(c);
  }

  return { verify, checkedFirst, rediagnose };
}

export type FixChecks = ReturnType<typeof createFixChecks>;
