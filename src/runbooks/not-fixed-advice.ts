// "Nej, det fungerar fortfarande inte" after the Wi-Fi advice, when the customer could do neither the cable
// test nor the test close to the router: the router's own speed test still reaches the plan, so the line
// delivers what the customer pays for and a second-line case would find nothing. The advice is the answer
// (the contract: speed_wifi_limited is resolved by advice); the case closes without a claim that it works.
import { finish } from './case-finish.js';
import type { EngineOutput, EngineState } from './engine-types.js';
import type { FixStep, Procedure } from './types.js';

/** A result of the customer's own test: done, or a figure measured. */
const TESTED = /^(done|fixed|measured)/;

/** The steps that test where the slowness is: each instruct step and the one asked instead of it. */
function testSteps(steps: FixStep[]): string[] {
  return steps.flatMap((s) =>
    s.kind === 'instruct' ? [s.step, ...(s.orInstead ? [s.orInstead.step] : [])] : [],
  );
}

/** True when the case closed here with the procedure's advice. */
export function closeWithAdvice(proc: Procedure | null, state: EngineState, out: EngineOutput): boolean {
  const advice = proc?.notFixedAdvice;
  if (!proc || !advice) return false;
  if (!state.findings.some((f) => f.code === advice.whileFinding)) return false;
  // A test the customer did and still "not working" is their own finding against ours: the second line looks.
  const tests = testSteps(proc.steps);
  if (state.tried.some((x) => tests.includes(x.step) && TESTED.test(x.result))) return false;
  out.says.push({ key: advice.message });
  // (The advice itself is on record already: the summary tells it once.)
  state.lastFix = 'advice';
  finish(state, out, {
    outcome: 'resolved',
    queue: null,
    disposition: 'resolved.unconfirmed',
    reason: `${proc.cause}: still slow for the customer, who could not test on a cable or close to the router; our test at the router reaches the plan, so Wi-Fi advice closes the case`,
  });
  return true;
}
