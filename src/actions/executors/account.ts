import type { Executor } from '../executor.js';
import { ActionFailure } from '../types.js';

function customerNumber(env: Parameters<Executor['run']>[0]): string {
  const c = env.ctx.customer;
  if (!c) throw new ActionFailure('not_verified', 'no verified customer');
  return c.customerNumber;
}

export const accountUnlock: Executor = {
  target: 'account',
  timeoutMs: 30_000,
  async run(env) {
    const n = customerNumber(env);
    await env.ctx.isp.portal.unlock(n);
    return { details: { customerNumber: n, unlocked: true } };
  },
};

export const accountPasswordReset: Executor = {
  target: 'account',
  timeoutMs: 30_000,
  async run(env) {
    const n = customerNumber(env);
    const { temporaryPassword } = await env.ctx.isp.portal.resetPassword(n);
    env.secret(temporaryPassword);
    return { details: { customerNumber: n, mustChangeAtNextSignIn: true }, secrets: { temporaryPassword } };
  },
};
