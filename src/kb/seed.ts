// Seeds the knowledge base from data/kb/*.md at start. Idempotent: a missing article is created;
// an article whose current version came from the seed is updated when its file changed; an
// article edited by staff is left alone.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticleSource } from './front-matter.js';
import type { ArticleContent } from './types.js';

export const SEED_AUTHOR = 'seed';

/** data/kb of this repository (works from src/ under tsx and from dist/src/ after a build). */
export function defaultSeedDir(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const candidates = [resolve(here, '../../data/kb'), resolve(here, '../../../data/kb')];
  return candidates.find((d) => existsSync(d)) ?? candidates[0];
}

/** Reads every `*.md` in `dir`; file `router-lights.sv.md` defaults slug and language. */
export async function readSeedArticles(dir: string): Promise<ArticleContent[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.md')).sort();
  const out: ArticleContent[] = [];
  for (const f of files) {
    const m = /^(.+?)\.(sv|en)\.md$/.exec(basename(f));
    const defaults = m ? { slug: m[1], language: m[2] as 'sv' | 'en' } : {};
    const source = await readFile(join(dir, f), 'utf8');
    try {
      out.push(parseArticleSource(source, defaults));
    } catch (err) {
      throw new Error(`${f}: ${(err as Error).message}`, { cause: err });
    }
  }
  return out;
}

export function sameContent(a: ArticleContent, b: ArticleContent): boolean {
  return (
    a.title === b.title &&
    a.body.trim() === b.body.trim() &&
    a.audience === b.audience &&
    JSON.stringify(a.intents) === JSON.stringify(b.intents) &&
    JSON.stringify(a.tags) === JSON.stringify(b.tags)
  );
}
