import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir } from '../paths.js';
import { fold, tokens } from '../normalize.js';
import { generateCorpus, readCores } from './generate.js';
import { readJsonl } from './read.js';

describe('corpus generation with train-only phrases', () => {
  const phrases = join(dataDir(), 'phrases');
  const cores = readCores(phrases);
  const trainOnly = readCores(join(phrases, 'train-only'));

  it('reads the train-only phrase bank separately from the split phrases', () => {
    expect(trainOnly.length).toBeGreaterThan(0);
    const split = new Set(cores.map((c) => `${c.intent}|${c.text}`));
    expect(trainOnly.filter((c) => split.has(`${c.intent}|${c.text}`))).toEqual([]);
  });

  it('leaves the held-out split and the original train lines unchanged', () => {
    const before = generateCorpus(cores);
    const after = generateCorpus(cores, undefined, trainOnly);
    expect(after.heldout).toEqual(before.heldout);
    expect(after.train.slice(after.train.length - before.train.length)).toEqual(before.train);
    expect(after.train.length).toBeGreaterThan(before.train.length);
  });

  it('never puts a held-out line into train', () => {
    const { train, heldout } = generateCorpus(cores, undefined, trainOnly);
    const trainTexts = new Set(train.map((l) => l.text));
    expect(heldout.filter((l) => trainTexts.has(l.text)).length).toBeLessThan(heldout.length * 0.05);
  });

  it('keeps the noisy evaluation file and near-copies of its lines out of training', () => {
    const words = (text: string) => new Set(tokens(fold(text)));
    const noisy = readJsonl(join(dataDir(), 'noisy.jsonl')).map((l) => words(l.text));
    const train = readJsonl(join(dataDir(), 'train.jsonl')).map((l) => words(l.text));
    const similar = (a: Set<string>, b: Set<string>) =>
      [...a].filter((w) => b.has(w)).length / new Set([...a, ...b]).size;
    expect(noisy.length).toBeGreaterThanOrEqual(60);
    // A greeting ("hej hej") is a line of its own in both; only sentences count as copies.
    const nearCopies = noisy.filter((n) => n.size >= 3 && train.some((t) => similar(n, t) >= 0.8));
    expect(nearCopies).toEqual([]);
  });
});
