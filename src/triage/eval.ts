import { INTENTS, type Intent } from '../domain/index.js';
import type { LabelledLine } from './corpus/read.js';
import { triage } from './index.js';
import { loadModel } from './model.js';

// Scores triage on a labelled file. Predictions see only the text; labels are used for scoring.

export interface EvalReport {
  n: number;
  accuracy: number;
  macroF1: number;
  languageAccuracy: number;
  perIntent: Record<string, { precision: number; recall: number; f1: number; n: number }>;
  confusion: [string, string, number][];
  p99LatencyMs: number;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export function scorePredictions(
  gold: { intent: string; lang: string }[],
  predicted: { intent: string; lang: string }[],
  latenciesMs: number[],
): EvalReport {
  const n = gold.length;
  const cells = new Map<string, number>();
  let correct = 0;
  let langCorrect = 0;
  gold.forEach((g, i) => {
    const p = predicted[i];
    if (g.intent === p.intent) correct++;
    if (g.lang === p.lang) langCorrect++;
    const key = `${g.intent}\u0000${p.intent}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
  });
  const labels = [...new Set([...gold.map((g) => g.intent), ...predicted.map((p) => p.intent)])].sort(
    (a, b) => INTENTS.indexOf(a as Intent) - INTENTS.indexOf(b as Intent),
  );
  const perIntent: EvalReport['perIntent'] = {};
  let f1Sum = 0;
  for (const label of labels) {
    const tp = cells.get(`${label}\u0000${label}`) ?? 0;
    const goldN = gold.filter((g) => g.intent === label).length;
    const predN = predicted.filter((p) => p.intent === label).length;
    const precision = predN ? tp / predN : 0;
    const recall = goldN ? tp / goldN : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perIntent[label] = { precision: r3(precision), recall: r3(recall), f1: r3(f1), n: goldN };
    f1Sum += f1;
  }
  const confusion: [string, string, number][] = [...cells]
    .map(([k, count]) => {
      const [g, p] = k.split('\u0000');
      return [g, p, count] as [string, string, number];
    })
    .sort((a, b) => INTENTS.indexOf(a[0] as Intent) - INTENTS.indexOf(b[0] as Intent) || b[2] - a[2]);
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  return {
    n,
    accuracy: n ? r3(correct / n) : 0,
    macroF1: labels.length ? r3(f1Sum / labels.length) : 0,
    languageAccuracy: n ? r3(langCorrect / n) : 0,
    perIntent,
    confusion,
    p99LatencyMs: Math.round(percentile(sorted, 99) * 1000) / 1000,
  };
}

/** Timed runs per message; the fastest counts, so a busy machine's preemptions do not pose as triage cost. */
export const LATENCY_REPEATS = 3;

/** Runs triage over every line (text only) and scores the predictions against the labels. */
export function evaluate(lines: LabelledLine[]): EvalReport {
  loadModel();
  // Warm up the JIT so the latency reflects steady-state triage, not first-call compilation.
  for (const l of lines.slice(0, 20)) triage(l.text);
  const texts = lines.map((l) => l.text);
  const predicted: { intent: string; lang: string }[] = [];
  const latencies: number[] = [];
  for (const text of texts) {
    let best = Infinity;
    let r = triage(text);
    for (let k = 0; k < LATENCY_REPEATS; k++) {
      const t0 = performance.now();
      r = triage(text);
      best = Math.min(best, performance.now() - t0);
    }
    latencies.push(best);
    predicted.push({ intent: r.intent, lang: r.language });
  }
  return scorePredictions(lines, predicted, latencies);
}
