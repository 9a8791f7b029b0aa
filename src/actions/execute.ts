import { DeviceError } from '../acs/device-service.js';
import { ACTIONS, type ActionName, type AuditEntry } from '../domain/index.js';
import { DeadlineExceeded, withDeadline } from '../diagnostics/deadline.js';
import type { ExecEnv } from './executor.js';
import { checkGuards } from './guards.js';
import { EXECUTORS } from './registry.js';
import { redact } from './secrets.js';
import { ActionFailure, type ActionContext, type ActionResult } from './types.js';

type Failure = Extract<ActionResult, { ok: false }>;

function toFailure(action: ActionName, e: unknown, secrets: Set<string>): Failure {
  const msg = (m: string) => redact(m, secrets);
  if (e instanceof ActionFailure) return { ok: false, action, error: e.code, message: msg(e.message) };
  if (e instanceof DeadlineExceeded)
    return { ok: false, action, error: 'timeout', message: `the action did not finish within ${e.ms} ms` };
  if (e instanceof DeviceError) {
    switch (e.kind) {
      case 'offline':
        return { ok: false, action, error: 'device_offline', message: msg(e.message) };
      case 'timeout':
        return { ok: false, action, error: 'timeout', message: msg(e.message) };
      case 'not_found':
        return { ok: false, action, error: 'no_device', message: msg(e.message) };
      case 'fault': {
        const f: Failure = { ok: false, action, error: 'fault', message: msg(e.message) };
        if (e.faultCode !== undefined) f.faultCode = e.faultCode;
        return f;
      }
    }
  }
  return { ok: false, action, error: 'failed', message: msg(e instanceof Error ? e.message : String(e)) };
}

async function audit(
  ctx: ActionContext,
  name: ActionName,
  reason: string,
  evidence: string[],
  result: 'done' | 'failed' | 'refused',
  target: { kind: 'device' | 'account'; id: string },
  failure?: Failure,
): Promise<void> {
  const why = failure ? `${reason} — ${failure.error}: ${failure.message}` : reason;
  const common = { actor: { kind: ctx.actor.kind, id: ctx.actor.id }, target: target.id, reason: why };
  const entry: AuditEntry =
    target.kind === 'device'
      ? { ...common, action: 'device.action', name, ticketId: ctx.ticketId, evidence, result }
      : {
          ...common,
          action: 'account.action',
          name,
          ticketId: ctx.ticketId,
          result,
          reason: evidence.length > 0 ? `${why} [evidence: ${evidence.join(', ')}]` : why,
        };
  try {
    await ctx.audit.append(entry);
  } catch (e) {
    ctx.log?.warn({ action: name, err: e instanceof Error ? e.message : String(e) }, 'audit append failed');
  }
}

/**
 * Runs one action through the guards (identity, consent, last resort), under a deadline, and
 * audits the attempt whatever its result. Secrets are returned only in `secrets` and are masked
 * out of messages, audit and logs.
 */
export async function executeAction(
  name: ActionName,
  ctx: ActionContext,
  args: Record<string, unknown>,
  reason: string,
  evidence: string[],
): Promise<ActionResult> {
  if (!(ACTIONS as readonly string[]).includes(name)) {
    return { ok: false, action: name, error: 'invalid_args', message: `unknown action ${String(name)}` };
  }
  const executor = EXECUTORS[name];
  const secrets = new Set<string>();
  let resolvedDeviceId = ctx.deviceId;
  const target = () =>
    executor.target === 'device'
      ? {
          kind: 'device' as const,
          id: resolvedDeviceId ?? (ctx.service ? `service:${ctx.service.id}` : 'unknown'),
        }
      : { kind: 'account' as const, id: ctx.customer?.customerNumber ?? 'unknown' };

  const refusal = checkGuards(name, ctx);
  if (refusal) {
    const failure: Failure = { ok: false, action: name, error: refusal.error, message: refusal.message };
    await audit(ctx, name, reason, evidence, 'refused', target(), failure);
    ctx.log?.info(
      { action: name, result: 'refused', error: refusal.error, ticketId: ctx.ticketId },
      'action refused',
    );
    return failure;
  }

  const timeoutMs = ctx.timeoutMs ?? executor.timeoutMs;
  const env: ExecEnv = {
    ctx,
    args: args ?? {},
    opts: { timeoutMs },
    async deviceId() {
      if (resolvedDeviceId) return resolvedDeviceId;
      const found = ctx.service ? await ctx.devices.findByService(ctx.service.id) : null;
      if (!found) throw new ActionFailure('no_device', 'no router is registered for this customer');
      resolvedDeviceId = found.id;
      return found.id;
    },
    secret(value) {
      secrets.add(value);
      return value;
    },
  };

  let result: ActionResult;
  try {
    const out = await withDeadline(executor.run(env), timeoutMs);
    result = { ok: true, action: name, details: out.details };
    if (out.secrets) result.secrets = out.secrets;
  } catch (e) {
    result = toFailure(name, e, secrets);
  }
  await audit(
    ctx,
    name,
    reason,
    evidence,
    result.ok ? 'done' : 'failed',
    target(),
    result.ok ? undefined : result,
  );
  ctx.log?.info(
    {
      action: name,
      result: result.ok ? 'done' : 'failed',
      error: result.ok ? undefined : result.error,
      ticketId: ctx.ticketId,
      deviceId: resolvedDeviceId,
    },
    result.ok ? 'action done' : 'action failed',
  );
  return result;
}
