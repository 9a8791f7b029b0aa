import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerTriageCommand } from '../cli/commands/triage.js';
import { scorePredictions } from './eval.js';

async function run(args: string[]): Promise<string> {
  const out: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  try {
    const program = new Command('frontline').exitOverride();
    registerTriageCommand(program);
    await program.parseAsync(['node', 'frontline', ...args]);
  } finally {
    spy.mockRestore();
  }
  return out.join('');
}

function smallFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'triage-eval-'));
  const file = join(dir, 'small.jsonl');
  const lines = [
    { text: 'nätet ligger nere hos mig', lang: 'sv', intent: 'no_connection' },
    { text: 'my internet is really slow tonight', lang: 'en', intent: 'slow_speed' },
    { text: 'jag har glömt lösenordet till wifi', lang: 'sv', intent: 'wifi_password' },
    { text: 'I want to talk to a human', lang: 'en', intent: 'human_agent' },
    { text: 'varför är fakturan så hög', lang: 'sv', intent: 'billing' },
  ];
  writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return file;
}

describe('frontline triage eval', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints exactly the contract object with --json', async () => {
    const out = await run(['triage', 'eval', smallFile(), '--json']);
    const report = JSON.parse(out);
    expect(Object.keys(report).sort()).toEqual(
      ['accuracy', 'confusion', 'languageAccuracy', 'macroF1', 'n', 'p99LatencyMs', 'perIntent'].sort(),
    );
    expect(report.n).toBe(5);
    expect(report.accuracy).toBeGreaterThanOrEqual(0.8);
    expect(report.languageAccuracy).toBe(1);
    expect(report.perIntent.no_connection).toEqual({
      precision: expect.any(Number),
      recall: expect.any(Number),
      f1: expect.any(Number),
      n: 1,
    });
    for (const cell of report.confusion) {
      expect(cell).toEqual([expect.any(String), expect.any(String), expect.any(Number)]);
    }
    expect(report.confusion.reduce((s: number, c: [string, string, number]) => s + c[2], 0)).toBe(5);
    expect(typeof report.p99LatencyMs).toBe('number');
  });

  it('prints a readable table without --json', async () => {
    const out = await run(['triage', 'eval', smallFile()]);
    expect(out).toMatch(/accuracy\s+\d+\.\d %/);
    expect(out).toMatch(/macro-F1/);
    expect(out).toMatch(/no_connection\s+1/);
  });

  it('triages one message and prints pretty JSON', async () => {
    const out = await run(['triage', 'internet', 'ligger', 'nere', 'sedan', 'i', 'morse']);
    const r = JSON.parse(out);
    expect(r).toMatchObject({ intent: 'no_connection', language: 'sv' });
    expect(out).toContain('\n  "intent"');
  });
});

describe('scorePredictions', () => {
  it('computes precision, recall, macro-F1 and the confusion cells', () => {
    const gold = [
      { intent: 'billing', lang: 'sv' },
      { intent: 'billing', lang: 'en' },
      { intent: 'other', lang: 'en' },
    ];
    const pred = [
      { intent: 'billing', lang: 'sv' },
      { intent: 'other', lang: 'sv' },
      { intent: 'other', lang: 'en' },
    ];
    const r = scorePredictions(gold, pred, [1, 2, 3]);
    expect(r.accuracy).toBe(0.667);
    expect(r.languageAccuracy).toBe(0.667);
    expect(r.perIntent.billing).toEqual({ precision: 1, recall: 0.5, f1: 0.667, n: 2 });
    expect(r.perIntent.other).toEqual({ precision: 0.5, recall: 1, f1: 0.667, n: 1 });
    expect(r.macroF1).toBe(0.667);
    expect(r.confusion).toEqual([
      ['billing', 'billing', 1],
      ['billing', 'other', 1],
      ['other', 'other', 1],
    ]);
    expect(r.p99LatencyMs).toBe(3);
  });
});
