import type { Command } from 'commander';
import { LANGUAGES, SEGMENTS, type Language, type Segment } from '../../domain/index.js';
import { readJsonl } from '../../triage/corpus/read.js';
import { evaluate, type EvalReport } from '../../triage/eval.js';
import { triage } from '../../triage/index.js';

// `frontline triage "text"` prints the triage of one message;
// `frontline triage eval FILE.jsonl [--json]` scores the shipped model on a labelled file.

export function formatReport(r: EvalReport): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const lines = [
    `messages           ${r.n}`,
    `accuracy           ${pct(r.accuracy)}`,
    `macro-F1           ${r.macroF1.toFixed(3)}`,
    `language accuracy  ${pct(r.languageAccuracy)}`,
    `p99 latency        ${r.p99LatencyMs.toFixed(3)} ms`,
    '',
    `${'intent'.padEnd(20)}${'n'.padStart(5)}${'precision'.padStart(11)}${'recall'.padStart(9)}${'F1'.padStart(8)}`,
  ];
  for (const [intent, s] of Object.entries(r.perIntent)) {
    lines.push(
      `${intent.padEnd(20)}${String(s.n).padStart(5)}${s.precision.toFixed(3).padStart(11)}${s.recall.toFixed(3).padStart(9)}${s.f1.toFixed(3).padStart(8)}`,
    );
  }
  const errors = r.confusion.filter(([g, p]) => g !== p).sort((a, b) => b[2] - a[2]);
  if (errors.length) {
    lines.push('', 'most frequent confusions (gold → predicted):');
    for (const [g, p, c] of errors.slice(0, 15)) lines.push(`  ${g} → ${p}: ${c}`);
  }
  return lines.join('\n');
}

export function registerTriageCommand(program: Command): void {
  program
    .command('triage')
    .description(
      'triage a message ("frontline triage <text>") or evaluate a labelled file ("frontline triage eval FILE.jsonl")',
    )
    .argument('<words...>', 'the message text, or: eval FILE.jsonl')
    .option('--json', 'eval: print the report as one JSON object')
    .option(
      '--lang <language>',
      'the customer profile language (sv|en), used when the text is too short to tell',
    )
    .option('--segment <segment>', 'residential|business')
    .action((words: string[], opts: { json?: boolean; lang?: string; segment?: string }) => {
      if (words[0] === 'eval' && words.length === 2) {
        const report = evaluate(readJsonl(words[1]));
        process.stdout.write((opts.json ? JSON.stringify(report) : formatReport(report)) + '\n');
        return;
      }
      const profileLanguage = LANGUAGES.includes(opts.lang as Language) ? (opts.lang as Language) : undefined;
      const segment = SEGMENTS.includes(opts.segment as Segment) ? (opts.segment as Segment) : undefined;
      const result = triage(words.join(' '), { profileLanguage, segment });
      process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    });
}
