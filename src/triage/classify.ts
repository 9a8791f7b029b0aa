import type { Intent } from '../domain/index.js';
import { featurize } from './features.js';
import { loadModel, type IntentModel } from './model.js';

export interface IntentScore {
  intent: Intent;
  confidence: number;
  runnerUp: Intent | null;
  runnerUpConfidence: number;
}

/** Top two intents of already cleaned text with calibrated probabilities. */
export function classifyClean(cleaned: string, model: IntentModel = loadModel().model): IntentScore {
  const p = model.probabilities(featurize(cleaned, model.features));
  let a = 0;
  let b = -1;
  for (let c = 1; c < p.length; c++) {
    if (p[c] > p[a]) {
      b = a;
      a = c;
    } else if (b < 0 || p[c] > p[b]) b = c;
  }
  return {
    intent: model.classes[a],
    confidence: p[a],
    runnerUp: b >= 0 ? model.classes[b] : null,
    runnerUpConfidence: b >= 0 ? p[b] : 0,
  };
}
