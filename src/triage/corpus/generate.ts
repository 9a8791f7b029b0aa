// Generates data/triage/train.jsonl and data/triage/heldout.jsonl from the hand-written phrase banks
// in data/triage/phrases/<intent>.txt. Each phrase is a "core" complaint; variants add greetings,
// context, sign-offs, e-mail signatures and quoted replies, typos, missing diacritics and mixed
// language. The held-out split is by core phrase, so held-out lines are phrasings the model never saw.
// Phrases in data/triage/phrases/train-only/<intent>.txt were written after the held-out split was
// fixed: they only ever go into train, with their own random stream, so adding them leaves
// heldout.jsonl (and the train lines of the original phrases) byte for byte unchanged.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INTENTS, type Intent, type Language } from '../../domain/index.js';
import { pick, seededRandom, shuffle } from '../random.js';
import { SLOTS } from './slots.js';
import { CLOSINGS, CONTEXT, GREETINGS, MIXINS, QUOTED, SIGNATURES } from './wrappers.js';
import { foldDiacritics } from '../normalize.js';
import { dataDir } from '../paths.js';

export interface CorpusLine {
  text: string;
  lang: Language;
  intent: Intent;
}

interface Core {
  intent: Intent;
  lang: Language;
  text: string;
}

const HELDOUT_SHARE = 0.2;
const TRAIN_VARIANTS = 3;
const HELDOUT_VARIANTS = 2;
/** Template lines with `(a|b|c)` alternations stand for many phrasings: more variants each. */
const TEMPLATE_TRAIN_VARIANTS = 10;
const TEMPLATE_HELDOUT_VARIANTS = 4;

function isTemplate(text: string): boolean {
  return text.includes('(');
}

function expandAlternations(rnd: () => number, text: string): string {
  let out = text;
  const inner = /\(([^()]*)\)/;
  for (let m = inner.exec(out); m; m = inner.exec(out)) {
    out = out.slice(0, m.index) + pick(rnd, m[1].split('|')) + out.slice(m.index + m[0].length);
  }
  return out;
}

export function readCores(phrasesDir: string): Core[] {
  const cores: Core[] = [];
  if (!existsSync(phrasesDir)) return cores;
  for (const file of readdirSync(phrasesDir).sort()) {
    if (!file.endsWith('.txt')) continue;
    const intent = file.replace(/\.txt$/, '') as Intent;
    if (!INTENTS.includes(intent)) throw new Error(`unknown intent file ${file}`);
    for (const raw of readFileSync(join(phrasesDir, file), 'utf8').split('\n')) {
      const m = /^(sv|en):\s*(.+)$/.exec(raw.trim());
      if (m) cores.push({ intent, lang: m[1] as Language, text: m[2] });
    }
  }
  return cores;
}

function fillSlots(rnd: () => number, text: string, lang: Language): string {
  return text
    .replace(/\{(\w+)\}/g, (_, name: string) => {
      const options = SLOTS[name]?.[lang];
      if (!options) throw new Error(`unknown slot {${name}}`);
      return pick(rnd, options);
    })
    .replace(/\s+([,.?!])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

function typo(rnd: () => number, text: string): string {
  const words = text.split(' ');
  const candidates = words.map((w, i) => (w.length >= 4 ? i : -1)).filter((i) => i >= 0);
  if (candidates.length === 0) return text;
  const i = pick(rnd, candidates);
  const w = words[i];
  const p = 1 + Math.floor(rnd() * (w.length - 2));
  const kind = Math.floor(rnd() * 3);
  if (kind === 0)
    words[i] = w.slice(0, p) + w.slice(p + 1); // drop a letter
  else if (kind === 1)
    words[i] = w.slice(0, p) + w[p + 1] + w[p] + w.slice(p + 2); // swap
  else words[i] = w.slice(0, p) + w[p] + w.slice(p); // double
  return words.join(' ');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One realistic message around a core complaint. `plain` keeps it close to the bare phrase. */
export function variant(rnd: () => number, core: Core, plain: boolean): string {
  const { lang } = core;
  let body = fillSlots(rnd, expandAlternations(rnd, core.text), lang);
  if (rnd() < 0.3) body = typo(rnd, body);
  if (!plain && rnd() < 0.2) body = typo(rnd, body);
  if (lang === 'sv' && rnd() < 0.3) body = foldDiacritics(body);
  if (rnd() < 0.45) body = capitalise(body);
  if (rnd() < 0.05) body = body.toUpperCase();
  if (rnd() < 0.06) body = `${body} ${pick(rnd, MIXINS[lang])}`;
  if (plain) return rnd() < 0.3 ? `${pick(rnd, GREETINGS[lang])} ${body}` : body;

  const style = rnd();
  if (style < 0.25) {
    // An e-mail: greeting, context, the complaint, a sign-off, a signature, maybe a quoted reply.
    const parts = [pick(rnd, GREETINGS[lang]), ''];
    if (rnd() < 0.6) parts.push(pick(rnd, CONTEXT[lang]));
    parts.push(/[.!?]$/.test(body) ? body : `${body}.`);
    if (rnd() < 0.4) parts.push(pick(rnd, CONTEXT[lang]));
    parts.push('', pick(rnd, SIGNATURES[lang]));
    if (rnd() < 0.4) parts.push('', pick(rnd, QUOTED[lang]));
    return parts.join('\n');
  }
  const pieces: string[] = [];
  if (rnd() < 0.5) pieces.push(pick(rnd, GREETINGS[lang]));
  if (rnd() < 0.2) pieces.push(pick(rnd, CONTEXT[lang]));
  pieces.push(body);
  if (rnd() < 0.35) pieces.push(pick(rnd, CLOSINGS[lang]));
  return pieces.join(' ');
}

/** `n` variants of one core (every third one plain), without repeats, appended to `out`. */
function pushVariants(rnd: () => number, core: Core, n: number, out: CorpusLine[]): void {
  const seen = new Set<string>();
  for (let v = 0; v < n; v++) {
    const text = variant(rnd, core, v % 3 === 0);
    if (seen.has(text)) continue;
    seen.add(text);
    out.push({ text, lang: core.lang, intent: core.intent });
  }
}

export function generateCorpus(
  cores: Core[],
  seed = 20260525,
  trainOnly: Core[] = [],
): { train: CorpusLine[]; heldout: CorpusLine[] } {
  const rnd = seededRandom(seed);
  const train: CorpusLine[] = [];
  const heldout: CorpusLine[] = [];
  for (const intent of INTENTS) {
    for (const lang of ['sv', 'en'] as const) {
      const group = shuffle(
        rnd,
        cores.filter((c) => c.intent === intent && c.lang === lang),
      );
      const nHeld = Math.round(group.length * HELDOUT_SHARE);
      group.forEach((core, i) => {
        const held = i < nHeld;
        const template = isTemplate(core.text);
        const n = held
          ? template
            ? TEMPLATE_HELDOUT_VARIANTS
            : HELDOUT_VARIANTS
          : template
            ? TEMPLATE_TRAIN_VARIANTS
            : TRAIN_VARIANTS;
        pushVariants(rnd, core, n, held ? heldout : train);
      });
    }
  }
  // Train-only phrases go first, so the calibration slice (the tail of each intent) stays as before.
  const extraRnd = seededRandom(seed + 1);
  const extra: CorpusLine[] = [];
  for (const core of trainOnly) {
    pushVariants(extraRnd, core, isTemplate(core.text) ? TEMPLATE_TRAIN_VARIANTS : TRAIN_VARIANTS, extra);
  }
  return { train: [...extra, ...train], heldout };
}

function toJsonl(lines: CorpusLine[]): string {
  return lines.map((l) => JSON.stringify({ text: l.text, lang: l.lang, intent: l.intent })).join('\n') + '\n';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = dataDir();
  const phrases = join(dir, 'phrases');
  const { train, heldout } = generateCorpus(
    readCores(phrases),
    undefined,
    readCores(join(phrases, 'train-only')),
  );
  writeFileSync(join(dir, 'train.jsonl'), toJsonl(train));
  writeFileSync(join(dir, 'heldout.jsonl'), toJsonl(heldout));
  console.log(`train ${train.length} lines, heldout ${heldout.length} lines`);
}
