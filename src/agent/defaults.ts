// The real diagnostics and guarded actions, as the agent's defaults.
import { executeAction, verifyIdentity } from '../actions/index.js';
import { diagnose, runProbes } from '../diagnostics/index.js';
import type { ActionsApi, DiagnosticsApi, TriageApi } from '../runbooks/ports.js';
import { parseWifiName, triageApi } from '../triage/index.js';

export const defaultDiagnostics: DiagnosticsApi = { runProbes, diagnose };

export const defaultActions: ActionsApi = {
  executeAction: (name, ctx, args, reason, evidence) => executeAction(name, ctx, args, reason, evidence),
  verifyIdentity: (input, deps) => verifyIdentity(input, deps as Parameters<typeof verifyIdentity>[1]),
};

export const defaultTriage: TriageApi = { ...triageApi, parseWifiName };
