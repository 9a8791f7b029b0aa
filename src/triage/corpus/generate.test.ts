import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir } from '../paths.js';
import { generateCorpus, readCores } from './generate.js';

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
});
