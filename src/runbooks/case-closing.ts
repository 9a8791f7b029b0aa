// How a procedure that found no fix closes: escalated (availability asked first), routed,
// linked to the open outage, or informed.
import type { Closing } from './types.js';
import type { EngineContext, EngineOutput, EngineState } from './engine-types.js';
import type { EngineKernel } from './engine-kernel.js';
import { finish, finishOutage } from './case-finish.js';

export function createCaseClosing(k: EngineKernel) {
  const { deps } = k;

  /** The open incident this case sees: the one its diagnosis found, else one open in the service's area. */
  async function openIncident(ctx: EngineContext, state: EngineState): Promise<string | null> {
    const f = state.findings.find((x) => x.code === 'incident.area_outage');
    const known = (f?.evidence.values.incidentId as string | undefined) ?? null;
    if (known || !ctx.service) return known;
    return (await deps.incidents.openInArea(ctx.service.areaCode))[0]?.id ?? null;
  }

  async function closing(
    ctx: EngineContext,
    state: EngineState,
    closingStep: Closing,
    reason: string,
    out: EngineOutput,
  ) {
    switch (closingStep.kind) {
      case 'escalate': {
        if (closingStep.askAvailability && !state.facts.availability) {
          state.pending = { kind: 'availability', queue: closingStep.queue };
          out.says.push({ key: `escalate.before_availability.${closingStep.queue}` });
          out.ask = { key: 'contact.availability' };
          return;
        }
        finish(state, out, {
          outcome: 'escalated',
          queue: closingStep.queue,
          disposition: `escalated.${closingStep.queue}`,
          reason,
        });
        return;
      }
      case 'route':
        finish(state, out, {
          outcome: 'routed',
          queue: closingStep.queue,
          disposition: `routed.${closingStep.queue}`,
          reason,
        });
        return;
      case 'outage':
        finishOutage(state, out, reason, await openIncident(ctx, state));
        return;
      case 'inform':
        out.says.push({ key: closingStep.message });
        finish(state, out, { outcome: 'resolved', queue: null, disposition: 'resolved.information', reason });
        return;
    }
  }

  return { openIncident, closing };
}

export type CaseClosing = ReturnType<typeof createCaseClosing>;
