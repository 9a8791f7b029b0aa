// Trains the intent model on data/triage/train.jsonl and writes data/triage/model.json.
// Usage: npm run train:triage   (regenerate the corpus first with: npx tsx src/triage/corpus/generate.ts)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INTENTS, type Language } from '../domain/index.js';
import { readJsonl, type LabelledLine } from './corpus/read.js';
import {
  DEFAULT_FEATURE_WEIGHTS,
  DIM,
  HASH_BITS,
  featurize,
  type FeatureWeights,
  type SparseVector,
} from './features.js';
import { IntentModel, softmax, type LanguageProfile, type ModelFile } from './model.js';
import { cleanText, fold, tokens } from './normalize.js';
import { dataDir } from './paths.js';
import { seededRandom, shuffle } from './random.js';

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** Recorded in the model file, so classifying uses exactly the weights the model was trained with. */
  features: FeatureWeights;
}

/** Tuning knobs for training runs only (TRIAGE_FW_WORD=2 npm run train:triage); the desk never reads them. */
function featureWeightsFromEnv(): FeatureWeights {
  const fw = { ...DEFAULT_FEATURE_WEIGHTS };
  for (const key of Object.keys(fw) as (keyof FeatureWeights)[]) {
    const raw = process.env[`TRIAGE_FW_${key.toUpperCase()}`];
    if (raw !== undefined) fw[key] = Number(raw);
  }
  return fw;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  epochs: Number(process.env.TRIAGE_EPOCHS ?? 30),
  learningRate: Number(process.env.TRIAGE_LR ?? 0.6),
  l2: Number(process.env.TRIAGE_L2 ?? 5e-4),
  seed: 7,
  features: featureWeightsFromEnv(),
};

interface Example {
  x: SparseVector;
  y: number;
}

export function toExamples(
  lines: LabelledLine[],
  features: FeatureWeights = DEFAULT_FEATURE_WEIGHTS,
): Example[] {
  return lines.map((l) => ({ x: featurize(cleanText(l.text), features), y: INTENTS.indexOf(l.intent) }));
}

/** Multinomial logistic regression by plain SGD with lazily applied L2 on the touched weights. */
export function trainWeights(examples: Example[], opts: TrainOptions = DEFAULT_TRAIN_OPTIONS): IntentModel {
  const C = INTENTS.length;
  const w = new Float32Array(DIM * C);
  const bias = new Float32Array(C);
  const model = new IntentModel(w, bias, [...INTENTS], 1, opts.features);
  const rnd = seededRandom(opts.seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    const lr = opts.learningRate / (1 + epoch * 0.15);
    for (const i of shuffle(rnd, order)) {
      const { x, y } = examples[i];
      const p = softmax(model.logits(x));
      for (let c = 0; c < C; c++) {
        const g = p[c] - (c === y ? 1 : 0);
        bias[c] -= lr * g * 0.1;
        for (let k = 0; k < x.idx.length; k++) {
          const j = x.idx[k] * C + c;
          w[j] -= lr * (g * x.val[k] + opts.l2 * w[j]);
        }
      }
    }
  }
  return model;
}

/** The temperature that minimises the negative log-likelihood on a calibration slice. */
export function fitTemperature(model: IntentModel, calib: Example[]): number {
  const logits = calib.map((e) => model.logits(e.x));
  let best = { t: 1, nll: Infinity };
  for (let t = 0.2; t <= 6; t += 0.05) {
    let nll = 0;
    calib.forEach((e, i) => {
      nll -= Math.log(Math.max(softmax(logits[i], t)[e.y], 1e-12));
    });
    if (nll < best.nll) best = { t, nll };
  }
  return Math.round(best.t * 100) / 100;
}

/** The last `share` of each intent's lines (contiguous, so variants of one phrase mostly stay together). */
export function calibrationSplit(
  lines: LabelledLine[],
  share = 0.15,
): { fit: LabelledLine[]; calib: LabelledLine[] } {
  const fit: LabelledLine[] = [];
  const calib: LabelledLine[] = [];
  for (const intent of INTENTS) {
    for (const lang of ['sv', 'en'] as const) {
      const group = lines.filter((l) => l.intent === intent && l.lang === lang);
      const cut = Math.floor(group.length * (1 - share));
      fit.push(...group.slice(0, cut));
      calib.push(...group.slice(cut));
    }
  }
  return { fit, calib };
}

export function languageProfile(lines: LabelledLine[], keep = 3000): LanguageProfile {
  const counts: Record<Language, Map<string, number>> = { sv: new Map(), en: new Map() };
  for (const l of lines) {
    const t = ' ' + tokens(cleanText(l.text).toLowerCase()).join(' ') + ' ';
    for (let i = 0; i + 3 <= t.length; i++) {
      const g = t.slice(i, i + 3);
      counts[l.lang].set(g, (counts[l.lang].get(g) ?? 0) + 1);
    }
  }
  const profile = { sv: {}, en: {}, floor: { sv: 0, en: 0 } } as LanguageProfile;
  for (const lang of ['sv', 'en'] as const) {
    const top = [...counts[lang]].sort((a, b) => b[1] - a[1]).slice(0, keep);
    const total = top.reduce((s, [, c]) => s + c, 0) + keep;
    for (const [g, c] of top) profile[lang][g] = Math.round(Math.log((c + 1) / total) * 1000) / 1000;
    profile.floor[lang] = Math.round(Math.log(0.5 / total) * 1000) / 1000;
  }
  return profile;
}

export function serialise(
  model: IntentModel,
  extra: Pick<ModelFile, 'language' | 'vocabulary' | 'trainedOn'>,
): ModelFile {
  const C = model.classes.length;
  const w = (model as unknown as { w: Float32Array }).w;
  let maxAbs = 0;
  for (let i = 0; i < w.length; i++) maxAbs = Math.max(maxAbs, Math.abs(w[i]));
  const scale = maxAbs / 127;
  const buckets: number[] = [];
  const q: number[] = [];
  for (let b = 0; b < DIM; b++) {
    const row: number[] = [];
    let any = false;
    for (let c = 0; c < C; c++) {
      const v = Math.round(w[b * C + c] / scale);
      row.push(v);
      if (v !== 0) any = true;
    }
    if (any) {
      buckets.push(b);
      q.push(...row);
    }
  }
  return {
    version: 1,
    hashBits: HASH_BITS,
    classes: model.classes,
    temperature: model.temperature,
    scale,
    bias: Array.from(model.bias, (b) => Math.round(b * 1e4) / 1e4),
    buckets: Buffer.from(new Int32Array(buckets).buffer).toString('base64'),
    weights: Buffer.from(new Int8Array(q).buffer).toString('base64'),
    features: { ...model.features },
    ...extra,
  };
}

export function accuracy(model: IntentModel, examples: Example[]): number {
  let ok = 0;
  for (const e of examples) {
    const z = model.logits(e.x);
    let best = 0;
    for (let c = 1; c < z.length; c++) if (z[c] > z[best]) best = c;
    if (best === e.y) ok++;
  }
  return ok / examples.length;
}

export function trainFromFile(trainPath: string, opts = DEFAULT_TRAIN_OPTIONS): ModelFile {
  const lines = readJsonl(trainPath);
  const { fit, calib } = calibrationSplit(lines);
  const calibModel = trainWeights(toExamples(fit, opts.features), opts);
  const calibExamples = toExamples(calib, opts.features);
  const temperature = fitTemperature(calibModel, calibExamples);
  console.log(
    `calibration slice: ${calib.length} lines, accuracy ${accuracy(calibModel, calibExamples).toFixed(3)}, T=${temperature}`,
  );

  const model = trainWeights(toExamples(lines, opts.features), opts);
  model.temperature = temperature;
  const vocabulary = [...new Set(lines.flatMap((l) => tokens(fold(cleanText(l.text)))))]
    .filter((w) => w.length > 1 && !/^\d+$/.test(w))
    .sort();
  return serialise(model, {
    language: languageProfile(lines),
    vocabulary,
    trainedOn: { lines: lines.length, at: new Date().toISOString() },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = dataDir();
  const file = trainFromFile(join(dir, 'train.jsonl'));
  const out = join(dir, 'model.json');
  const json = JSON.stringify(file);
  writeFileSync(out, json + '\n');
  console.log(
    `wrote ${out} (${(json.length / 1024).toFixed(0)} kB, ${file.buckets.length} b64 chars of buckets)`,
  );
}
