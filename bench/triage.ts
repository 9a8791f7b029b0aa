// Triage benchmark: the shipped Frontline model against an nlp.js baseline trained on the same
// corpus (data/triage/train.jsonl), both scored on the held-out split. Usage: npm run bench:triage
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { readJsonl, type LabelledLine } from '../src/triage/corpus/read.js';
import { LATENCY_REPEATS, evaluate, scorePredictions, type EvalReport } from '../src/triage/eval.js';
import { dataDir } from '../src/triage/paths.js';

const require = createRequire(import.meta.url);

interface NlpLike {
  addDocument(locale: string, utterance: string, intent: string): void;
  train(): Promise<void>;
  process(locale: string, utterance: string): Promise<{ intent: string; score: number; locale?: string }>;
  use(plugin: unknown): void;
}

async function nlpjsBaseline(
  train: LabelledLine[],
  test: LabelledLine[],
): Promise<{ report: EvalReport; trainMs: number }> {
  const { Nlp } = require('@nlpjs/nlp') as { Nlp: new (settings: object) => NlpLike };
  const { LangSv } = require('@nlpjs/lang-sv') as { LangSv: unknown };
  const { LangEn } = require('@nlpjs/lang-en') as { LangEn: unknown };
  const nlp = new Nlp({
    languages: ['sv', 'en'],
    autoSave: false,
    autoLoad: false,
    nlu: { log: false },
    forceNER: false,
  });
  nlp.use(LangSv);
  nlp.use(LangEn);
  for (const l of train) nlp.addDocument(l.lang, l.text, l.intent);
  const t0 = performance.now();
  await nlp.train();
  const trainMs = performance.now() - t0;
  const predicted: { intent: string; lang: string }[] = [];
  const latencies: number[] = [];
  for (const l of test.slice(0, 10)) await nlp.process('sv', l.text);
  for (const l of test) {
    // The baseline gets no language hint: it detects the locale itself, like Frontline does.
    let r = await nlp.process(undefined as unknown as string, l.text);
    let best = Infinity;
    for (let k = 0; k < LATENCY_REPEATS; k++) {
      const t = performance.now();
      r = await nlp.process(undefined as unknown as string, l.text);
      best = Math.min(best, performance.now() - t);
    }
    latencies.push(best);
    const intent = !r.intent || r.intent === 'None' ? 'other' : r.intent;
    predicted.push({ intent, lang: r.locale === 'en' ? 'en' : r.locale === 'sv' ? 'sv' : '?' });
  }
  return { report: scorePredictions(test, predicted, latencies), trainMs };
}

function row(name: string, r: EvalReport): string {
  return `${name.padEnd(12)}${(r.accuracy * 100).toFixed(1).padStart(9)} %${r.macroF1.toFixed(3).padStart(10)}${(r.languageAccuracy * 100).toFixed(1).padStart(10)} %${r.p99LatencyMs.toFixed(3).padStart(12)} ms`;
}

async function main() {
  const dir = dataDir();
  const train = readJsonl(join(dir, 'train.jsonl'));
  const heldout = readJsonl(process.argv[2] ?? join(dir, 'heldout.jsonl'));
  const ours = evaluate(heldout);
  const base = await nlpjsBaseline(train, heldout);
  console.log(`held-out: ${heldout.length} messages; training corpus: ${train.length} messages`);
  console.log(
    `${'model'.padEnd(12)}${'accuracy'.padStart(11)}${'macro-F1'.padStart(10)}${'language'.padStart(12)}${'p99 latency'.padStart(15)}`,
  );
  console.log(row('frontline', ours));
  console.log(row('nlp.js', base.report));
  console.log(
    `(nlp.js training took ${(base.trainMs / 1000).toFixed(1)} s; p99 latency is over each message's best of ${LATENCY_REPEATS} runs)`,
  );
}

await main();
