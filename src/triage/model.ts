import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INTENTS, type Intent } from '../domain/index.js';
import { DEFAULT_FEATURE_WEIGHTS, DIM, type FeatureWeights, type SparseVector } from './features.js';
import { dataDir } from './paths.js';

// The intent model: multinomial logistic regression over hashed features, stored sparse and
// quantised to int8 in data/triage/model.json, with a softmax temperature fitted on a calibration slice.

export interface LanguageProfile {
  /** log P(trigram | language) for the most frequent trigrams; `floor` for the rest. */
  sv: Record<string, number>;
  en: Record<string, number>;
  floor: { sv: number; en: number };
}

export interface ModelFile {
  version: 1;
  hashBits: number;
  classes: Intent[];
  temperature: number;
  scale: number;
  bias: number[];
  /** Base64 of Int32 bucket indices (little-endian). */
  buckets: string;
  /** Base64 of Int8 weights, buckets × classes, row-major. */
  weights: string;
  language: LanguageProfile;
  /** Folded words seen in training (for "is this Swedish or English at all?"). */
  vocabulary: string[];
  trainedOn: { lines: number; at: string };
  /** The feature weights the model was trained with (absent in older files: the defaults). */
  features?: FeatureWeights;
}

export class IntentModel {
  /** Dense weights, bucket-major: w[h * C + c]. Dense lookup keeps scoring well under a millisecond. */
  private readonly w: Float32Array;
  readonly classes: Intent[];
  readonly bias: Float32Array;
  temperature: number;
  /** Text must be featurised with the weights the model was trained with. */
  readonly features: Readonly<FeatureWeights>;

  constructor(
    w: Float32Array,
    bias: Float32Array,
    classes: Intent[],
    temperature: number,
    features: Readonly<FeatureWeights> = DEFAULT_FEATURE_WEIGHTS,
  ) {
    this.w = w;
    this.bias = bias;
    this.classes = classes;
    this.temperature = temperature;
    this.features = features;
  }

  /** Raw class scores (logits). */
  logits(x: SparseVector): Float32Array {
    const C = this.classes.length;
    const z = Float32Array.from(this.bias);
    for (let k = 0; k < x.idx.length; k++) {
      const base = x.idx[k] * C;
      const v = x.val[k];
      for (let c = 0; c < C; c++) z[c] += this.w[base + c] * v;
    }
    return z;
  }

  probabilities(x: SparseVector, temperature = this.temperature): Float64Array {
    return softmax(this.logits(x), temperature);
  }

  static fromFile(file: ModelFile): IntentModel {
    if (file.hashBits !== Math.log2(DIM)) throw new Error('model hash size does not match features');
    const C = file.classes.length;
    const buckets = new Int32Array(bytes(file.buckets).buffer);
    const q = new Int8Array(bytes(file.weights).buffer);
    const w = new Float32Array(DIM * C);
    for (let b = 0; b < buckets.length; b++) {
      for (let c = 0; c < C; c++) w[buckets[b] * C + c] = q[b * C + c] * file.scale;
    }
    return new IntentModel(
      w,
      Float32Array.from(file.bias),
      file.classes,
      file.temperature,
      file.features ?? DEFAULT_FEATURE_WEIGHTS,
    );
  }
}

function bytes(b64: string): Uint8Array {
  const buf = Buffer.from(b64, 'base64');
  const out = new Uint8Array(buf.length);
  out.set(buf);
  return out;
}

export function softmax(z: ArrayLike<number>, temperature = 1): Float64Array {
  let max = -Infinity;
  for (let i = 0; i < z.length; i++) max = Math.max(max, z[i] / temperature);
  const p = new Float64Array(z.length);
  let sum = 0;
  for (let i = 0; i < z.length; i++) {
    p[i] = Math.exp(z[i] / temperature - max);
    sum += p[i];
  }
  for (let i = 0; i < z.length; i++) p[i] /= sum;
  return p;
}

export function modelPath(): string {
  return join(dataDir(), 'model.json');
}

let loaded: { file: ModelFile; model: IntentModel } | null = null;

/** The committed model, loaded once. */
export function loadModel(): { file: ModelFile; model: IntentModel } {
  if (!loaded) {
    const file = JSON.parse(readFileSync(modelPath(), 'utf8')) as ModelFile;
    if (file.version !== 1 || file.classes.some((c) => !INTENTS.includes(c)))
      throw new Error('bad triage model file');
    loaded = { file, model: IntentModel.fromFile(file) };
  }
  return loaded;
}
