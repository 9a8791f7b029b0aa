// Catalogue parity (issue 20): every message key in both Swedish and English, with the same
// {parameters}, none empty; and every key the code names literally exists.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, hasMessage } from '../../src/agent/messages/index.js';
import { DICTS } from '../../web/console/src/i18n.js';
import { TEXTS } from '../../web/widget/texts.js';

type Catalogue = Record<string, unknown>;

const CATALOGUE_PAIRS: [string, Catalogue, Catalogue][] = [
  ['agent messages (src/agent/messages)', CATALOGUES.sv, CATALOGUES.en],
  ['staff console (web/console/src/i18n.tsx)', DICTS.sv, DICTS.en],
  ['chat widget (web/widget/texts.ts)', TEXTS.sv, TEXTS.en],
];

const params = (v: unknown) =>
  typeof v === 'string'
    ? [...v.matchAll(/\{(\w+)\}/g)]
        .map((m) => m[1])
        .sort()
        .join()
    : typeof v;

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, ext);
    return ext.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('catalogue parity', () => {
  it.each(CATALOGUE_PAIRS)(
    '%s: the same keys in sv and en, the same parameters, no empty text',
    (_name, sv, en) => {
      expect(Object.keys(sv).sort()).toEqual(Object.keys(en).sort());
      expect(Object.keys(en).filter((k) => params(en[k]) !== params(sv[k]))).toEqual([]);
      expect(
        Object.entries({ ...sv, ...en })
          .filter(([, v]) => typeof v === 'string' && v.trim() === '')
          .map(([k]) => k),
      ).toEqual([]);
    },
  );

  it('every message key the desk names literally is in the agent catalogue', () => {
    const used = new Set<string>();
    for (const file of files('src', /\.ts$/)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\b(?:say|messageKey)\(\s*'([a-z][\w.]*)'/g)) used.add(m[1]);
      if (!text.includes('messages/index.js')) continue;
      for (const m of text.matchAll(/\bt\(\s*\w+,\s*'([a-z][\w.]*)'/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((k) => !hasMessage(k))).toEqual([]);
  });

  it('every console text the pages name (t.key) is in the console catalogue', () => {
    const used = new Set<string>();
    for (const file of files('web/console/src', /\.tsx?$/)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\.([a-zA-Z]\w*)\b/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((k) => !(k in DICTS.en))).toEqual([]);
  });
});
