import { conceptsOf } from './lexicon.js';
import { MAX_FEATURE_CHARS, fold, tokens } from './normalize.js';

// Hashed sparse features: character n-grams (2–5) over the folded text, folded word unigrams and
// bigrams, and the unfolded words where they differ (so "nät" and "nat" share features but the
// original spelling still counts). Vectors are L2-normalised.

export const HASH_BITS = 18;
export const DIM = 1 << HASH_BITS;

export interface SparseVector {
  idx: Int32Array;
  val: Float32Array;
}

/** FNV-1a over UTF-16 code units. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & (DIM - 1);
}

/** Rule cues that generalise across phrasings; each becomes one feature. */
const CUES: [string, RegExp][] = [
  [
    'wifi+pw',
    /(wi-?fi|wlan|tr[aå]dl[oö]s|wireless|n[aä]tverk|network)\S*.{0,40}(l[oö]sen|password|pass\b|pw\b|kod|code|key|nyckel)|(l[oö]sen|password|pw\b|kod\b|code\b|key\b|nyckel)\S*.{0,40}(wi-?fi|wlan|tr[aå]dl[oö]s|wireless)/i,
  ],
  [
    'account+pw',
    /(mina sidor|portal|konto|account|e-?post|e-?mail|mail|app)\S*.{0,40}(l[oö]sen|password)|(l[oö]sen|password)\S*.{0,40}(mina sidor|portal|konto|account|e-?post|e-?mail|mail\b|app\b)/i,
  ],
  ['speed-number', /\d+\s*(mbit|mbps|mb\/s|meg\b|gbit)|\b\d{2,4}\/\d{2,4}\b/i],
  [
    'dns-error',
    /dns|nxdomain|err_name|name_not_resolved|server not found|kan inte hittas|could not be found/i,
  ],
  ['port-number', /\bport(ar|s)?\s*\d{2,5}|\d{2,5}\s*(tcp|udp)\b/i],
];

/** How much each feature group counts; chosen at training time and stored in the model file. */
export interface FeatureWeights {
  word: number;
  bigram: number;
  char: number;
  cue: number;
  concept: number;
  /** Shortest character n-gram (up to 5). */
  minN: number;
  /** Weight of 5-letter word prefixes (0 = off). */
  stem: number;
}

/** The weights tuned by measurement on the calibration slice; used by models that do not record theirs. */
export const DEFAULT_FEATURE_WEIGHTS: Readonly<FeatureWeights> = {
  word: 1,
  bigram: 1,
  char: 0.5,
  cue: 2,
  concept: 1,
  minN: 3,
  stem: 0,
};

export function featurize(
  cleaned: string,
  fw: Readonly<FeatureWeights> = DEFAULT_FEATURE_WEIGHTS,
): SparseVector {
  const text = cleaned.slice(0, MAX_FEATURE_CHARS);
  const lower = text.toLowerCase();
  const folded = fold(lower);
  const counts = new Map<number, number>();
  const add = (key: string, w: number) => {
    const h = hash(key);
    counts.set(h, (counts.get(h) ?? 0) + w);
  };

  const words = tokens(folded);
  for (let i = 0; i < words.length; i++) {
    add('w:' + words[i], fw.word);
    if (fw.stem > 0 && words[i].length > 5) add('p:' + words[i].slice(0, 5), fw.stem);
    if (i + 1 < words.length) add('b:' + words[i] + ' ' + words[i + 1], fw.bigram);
  }
  for (const w of tokens(lower)) if (/[^a-z0-9]/.test(w)) add('o:' + w, fw.word);

  const chars = ' ' + words.join(' ') + ' ';
  for (let n = fw.minN; n <= 5; n++) {
    for (let i = 0; i + n <= chars.length; i++) add('c' + chars.slice(i, i + n), fw.char);
  }
  for (const [name, re] of CUES) if (re.test(text)) add('r:' + name, fw.cue);
  const concepts = conceptsOf(folded);
  for (const c of concepts) add('k:' + c, fw.concept);
  for (let i = 0; i < concepts.length; i++) {
    for (let j = i + 1; j < concepts.length; j++) add('k:' + concepts[i] + '+' + concepts[j], fw.concept);
  }

  const idx = new Int32Array(counts.size);
  const val = new Float32Array(counts.size);
  let norm = 0;
  let k = 0;
  for (const [h, c] of counts) {
    const v = Math.log1p(c);
    idx[k] = h;
    val[k] = v;
    norm += v * v;
    k++;
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < val.length; i++) val[i] /= norm;
  return { idx, val };
}
