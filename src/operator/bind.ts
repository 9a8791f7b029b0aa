import { NEUTRAL_PORTAL, type CustomerWords, type NetworkProfile } from '../domain/index.js';
import type { ActionContext } from '../actions/types.js';
import type { DiagnosticContext } from '../diagnostics/types.js';
import type { OperatorConfig } from './schema.js';

// The operator's network data reaches probes and actions through their contexts. The agent and the
// console build those contexts themselves, so the desk hands them diagnostics and actions that add
// the operator's part to every context they are given.

export function networkOf(op: OperatorConfig): NetworkProfile {
  return { dnsServers: op.network.dnsServers, ispHost: op.network.ispHost, firmware: op.firmware };
}

/** The portal's name and the time zone customers read (neutral portal words when the file names none). */
export function customerWordsOf(op: OperatorConfig): CustomerWords {
  return { portal: op.brand.portal ?? NEUTRAL_PORTAL, timeZone: op.sla.businessHours.timeZone };
}

type RunProbes<C> = (ctx: C, ...rest: never[]) => unknown;
type Execute<C> = (name: never, ctx: C, ...rest: never[]) => unknown;

/** Diagnostics whose probes see the operator's resolvers, firmware catalogue and threshold overrides. */
export function withOperatorDiagnostics<A extends { runProbes: RunProbes<DiagnosticContext> }>(
  api: A,
  op: OperatorConfig,
): A {
  const network = networkOf(op);
  const run = api.runProbes as (ctx: DiagnosticContext, ...rest: unknown[]) => unknown;
  return {
    ...api,
    runProbes: (ctx: DiagnosticContext, ...rest: unknown[]) =>
      run({ ...ctx, network, thresholds: op.thresholds, words: customerWordsOf(op) }, ...rest),
  };
}

/** Actions that write the operator's resolvers and install the catalogue's firmware. */
export function withOperatorActions<A extends { executeAction: Execute<ActionContext> }>(
  api: A,
  op: OperatorConfig,
): A {
  const network = networkOf(op);
  const exec = api.executeAction as (name: unknown, ctx: ActionContext, ...rest: unknown[]) => unknown;
  return {
    ...api,
    executeAction: (name: unknown, ctx: ActionContext, ...rest: unknown[]) =>
      exec(name, { ...ctx, network }, ...rest),
  };
}
