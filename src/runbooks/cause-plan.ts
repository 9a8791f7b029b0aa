// Which causes a case works on and in what order, the cause as kept, and what is said to explain it.
import type { RootCause } from './ports.js';
import { procedureFor, SECONDARY_CAUSES } from './procedures.js';
import { REQUEST_FIRST } from './runbooks.js';
import type { Facts, Procedure } from './types.js';
import type { EngineOutput, CauseRef, EngineState } from './engine-types.js';
import { toRef, routerUnreachable } from './case-checks.js';

/** Causes that explain every other symptom: handled first whatever the ranking says. */
const DOMINANT = ['area_outage', 'billing_suspended'];

export function plan(state: EngineState, causes: RootCause[], request: string | undefined, fallback: string) {
  const refs = causes.map(toRef);
  const primary = refs.filter((c) => !SECONDARY_CAUSES.has(c.cause));
  primary.sort((a, b) => {
    const da = DOMINANT.includes(a.cause) ? 0 : 1;
    const db = DOMINANT.includes(b.cause) ? 0 : 1;
    return da - db;
  });
  const list: CauseRef[] = [];
  if (request && REQUEST_FIRST.has(request)) list.push({ cause: request, score: 1, codes: [] });
  for (const c of primary) if (!list.some((l) => l.cause === c.cause)) list.push(c);
  if (list.length === 0) {
    // Nothing broken: a secondary finding becomes the case, otherwise the runbook's fallback.
    const sec = refs.find((c) => SECONDARY_CAUSES.has(c.cause) && state.intent !== 'no_connection');
    list.push(sec ?? { cause: fallback, score: 0, codes: [] });
  }
  state.causes = list;
  state.secondary = refs.filter(
    (c) => SECONDARY_CAUSES.has(c.cause) && !list.some((l) => l.cause === c.cause),
  );
}

export function causeRef(state: EngineState, name: string): CauseRef {
  return state.causes.find((c) => c.cause === name) ?? { cause: name, score: 0, codes: [] };
}

export function offeredOnly(state: EngineState, cause: string): boolean {
  const ref = causeRef(state, cause);
  const proc = procedureFor(cause, ref);
  return (ref.codes.length === 0 && !!proc.explainUnfound) || proc.otherwise.kind === 'inform';
}

export function explain(state: EngineState, proc: Procedure, ref: CauseRef, out: EngineOutput) {
  // "I checked: …" only when the router answered the check.
  const unfound = ref.codes.length === 0 && !!proc.explainUnfound;
  if (unfound && routerUnreachable(state)) return;
  const told = Object.entries(proc.explainWhen ?? {}).find(([fact]) => state.facts[fact as keyof Facts]);
  const key = unfound ? proc.explainUnfound : (told?.[1] ?? proc.explain);
  if (key) out.says.push({ key });
  // The outage notice says it all (incident, ETA); the finding would only repeat it.
  if (proc.otherwise.kind === 'outage' && proc.steps.length === 0) return;
  // The main finding's own explanation (rules list the defining code first).
  const main = ref.codes
    .map((c) => state.findings.find((f) => f.code === c && f.severity === 'fault'))
    .find(Boolean);
  if (main) out.says.push({ text: main.explanation });
}

export function skipAfterFact(state: EngineState, proc: Procedure) {
  if (!state.current) return;
  state.current.step++;
  // A customer already on a cable needs no wired test.
  const next = proc.steps[state.current.step];
  if (
    next?.kind === 'instruct' &&
    next.step === 'step.wired_test' &&
    (state.facts.connection === 'cable' || state.facts.wiredOk)
  ) {
    state.current.step++;
  }
}
