// Carrying out a guarded router or account action: recorded, said, and its result (a secret, the
// undo it allows).
import type { ActionName } from '../domain/index.js';
import { undoOf } from './rename-undo.js';
import { portForwardDone } from './port-forward-host.js';
import type { EngineContext, EngineOutput, CauseRef, EngineState } from './engine-types.js';
import { actionArgs, safeArgs } from './action-asks.js';
import type { EngineKernel } from './engine-kernel.js';

/** A rename of the 5 GHz band alone (wifi.ts fiveGhzOwnName). */
function fiveGhzOwn(action: ActionName, args: Record<string, unknown>): boolean {
  return action === 'wifi_ssid_change' && args.fiveGhzOwnName === true;
}

export function createRunAction(k: EngineKernel) {
  const { deps, cfg, waitOn, record } = k;

  async function execute(
    ctx: EngineContext,
    state: EngineState,
    action: ActionName,
    ref: CauseRef,
    out: EngineOutput,
    /** Putting back what an earlier run replaced: its arguments, and what is said (`acting.`/`done.` + `say`). */
    undo?: { args: Record<string, unknown>; say: string; params: Record<string, string> },
  ) {
    const reason = `runbook ${ref.cause}`;
    const args = undo?.args ?? actionArgs(action, state.facts);
    await record(ctx.ticketId, [
      { type: 'action_requested', actor: { kind: 'bot', id: null }, action, reason, args: safeArgs(args) },
    ]);
    // The 5 GHz band named on its own says so, and which name to pick where (FIVE_GHZ_SAYS).
    const say = !undo && fiveGhzOwn(action, args) ? `${action}.five_ghz` : action;
    out.says.push(undo ? { key: `acting.${undo.say}`, params: undo.params } : { key: `acting.${say}` });
    const lastResort =
      action === 'cpe_factory_reset' &&
      state.tried.some((t) => t.step === 'cpe_reboot' && t.result !== 'fixed');
    const started = Date.now();
    const result = await waitOn(ctx, out, () =>
      deps.actions.executeAction(
        action,
        {
          ticketId: ctx.ticketId,
          actor: { kind: 'bot', id: null },
          customer: ctx.customer,
          service: ctx.service,
          deviceId: ctx.deviceId,
          verified: ctx.verified,
          consents: new Set(state.consents),
          lastResort,
          devices: deps.devices,
          isp: deps.isp,
          directory: deps.directory,
          audit: deps.audit,
          log: deps.log,
          timeoutMs: cfg.actionTimeoutMs,
        },
        args,
        reason,
        ref.codes,
      ),
    ).catch((err: unknown) => ({
      ok: false as const,
      action,
      error: 'failed' as const,
      message: String(err),
    }));
    out.deviceWaitMs += Date.now() - started;
    if (result.ok) {
      await record(ctx.ticketId, [
        { type: 'action_done', actor: { kind: 'bot', id: null }, action, result: result.details },
      ]);
      state.undo = undo ? undefined : (undoOf(action, result.details) ?? state.undo);
      if (undo) {
        out.says.push({ key: `done.${undo.say}`, params: undo.params });
        return true;
      }
      const secret = result.secrets ? Object.values(result.secrets)[0] : undefined;
      if (secret) {
        out.secrets.push(secret);
        out.says.push({ key: `done.${action}`, params: { secret } });
      } else if (say !== action) {
        const d = (result.details ?? {}) as { ssid?: unknown; usual?: unknown };
        out.says.push({
          key: `done.${say}`,
          params: { name: String(d.ssid ?? ''), usual: String(d.usual ?? '') },
        });
      } else if (action === 'port_forward_add' && state.facts.portForward) {
        out.says.push(portForwardDone(state.facts.portForward, state.facts.portForwardDraft));
      } else {
        out.says.push({ key: `done.${action}` });
      }
      return true;
    }
    await record(ctx.ticketId, [
      {
        type: 'action_failed',
        actor: { kind: 'bot', id: null },
        action,
        error: result.message,
        code: result.error,
      },
    ]);
    state.tried.push({ step: action, result: `failed: ${result.error}` });
    out.says.push({ key: 'action.failed' });
    return false;
  }

  return { execute };
}

export type RunAction = ReturnType<typeof createRunAction>;
