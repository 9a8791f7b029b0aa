// What the engine says while explaining a cause: the procedure's own explanation for the customer,
// then the main finding's explanation — two wordings of the same fact ("no light reaches your fibre
// box" twice). The customer hears it once; the finding, with its figures, stays in the summary.
import type { Say } from '../runbooks/engine.js';

/** The says without a finding's explanation that directly repeats a cause explanation before it. */
export function withoutEchoes(says: readonly Say[]): Say[] {
  return says.filter((s, i) => {
    const before = says[i - 1];
    return !('text' in s && before && 'key' in before && before.key.startsWith('cause.'));
  });
}
