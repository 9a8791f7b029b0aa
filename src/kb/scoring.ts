// Engine-independent relevance: the database finds candidates (FTS5 bm25 / ts_rank), and this
// module scores them from the normalised index text so that both engines rank the same way.
import type { Language } from '../domain/index.js';
import { markdownToText } from './render.js';
import { tokenMatches, tokens as tokenize } from './text.js';

export const INTENT_BOOST = 0.2;

const FIELD_WEIGHT = { title: 1, keywords: 0.9, bodyBase: 0.35, bodyPerHit: 0.12, bodyMax: 0.7 } as const;

export interface ScoringInput {
  queryTokens: string[];
  /** Documents containing each token (in the searched subset) and the subset's size. */
  df: Map<string, number>;
  total: number;
}

export interface IndexedDoc {
  title: string;
  keywords: string;
  body: string;
}

export function idf(df: number, total: number): number {
  return Math.log(1 + (Math.max(total, 1) - df + 0.5) / (df + 0.5));
}

function countMatches(q: string, field: string[]): number {
  let n = 0;
  for (const t of field) if (tokenMatches(q, t)) n++;
  return n;
}

/**
 * Weighted share of the query that the document answers, 0..1: every query token counts with its
 * idf, and a token found in the title or keywords counts more than one found only in the body.
 */
export function relevance(input: ScoringInput, doc: IndexedDoc): number {
  const title = doc.title.split(' ');
  const keywords = doc.keywords.split(' ');
  const body = doc.body.split(' ');
  let sum = 0;
  let got = 0;
  for (const q of input.queryTokens) {
    const w = idf(input.df.get(q) ?? 0, input.total);
    sum += w;
    let best = 0;
    if (countMatches(q, title) > 0) best = FIELD_WEIGHT.title;
    else if (countMatches(q, keywords) > 0) best = FIELD_WEIGHT.keywords;
    const inBody = countMatches(q, body);
    if (inBody > 0) {
      const bodyWeight = Math.min(
        FIELD_WEIGHT.bodyMax,
        FIELD_WEIGHT.bodyBase + FIELD_WEIGHT.bodyPerHit * (inBody - 1),
      );
      best = best > 0 ? Math.min(1, best + 0.1) : bodyWeight;
    }
    got += w * best;
  }
  return sum > 0 ? got / sum : 0;
}

/** The passage of an article that covers most of the query, as plain text of at most `max` characters. */
export function bestExcerpt(
  markdown: string,
  queryTokens: string[],
  lang: Language,
  weights: (t: string) => number,
  max = 280,
): string {
  const paragraphs = paragraphsOf(markdown, lang);
  if (paragraphs.length === 0) return '';
  let best = (paragraphs.find((p) => p.text.length > 40) ?? paragraphs[0]).text;
  let bestScore = 0;
  for (const { text: p, tokens: ptoks } of paragraphs) {
    let s = 0;
    for (const q of queryTokens) if (ptoks.some((t) => tokenMatches(q, t))) s += weights(q);
    // Headings are short; prefer a paragraph that explains something.
    if (p.length < 40) s *= 0.5;
    if (s > bestScore) {
      bestScore = s;
      best = p;
    }
  }
  return truncate(best, max);
}

// Rendering Markdown to text is the slow part of a search; articles change rarely, so the
// paragraphs of recently seen bodies are kept (bounded).
const PARAGRAPH_CACHE = new Map<string, { text: string; tokens: string[] }[]>();
const PARAGRAPH_CACHE_MAX = 500;

function paragraphsOf(markdown: string, lang: Language): { text: string; tokens: string[] }[] {
  const key = `${lang}\u0000${markdown}`;
  const hit = PARAGRAPH_CACHE.get(key);
  if (hit) return hit;
  const out = markdownToText(markdown)
    .split('\n')
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((text) => ({ text, tokens: tokenize(text, lang) }));
  if (PARAGRAPH_CACHE.size >= PARAGRAPH_CACHE_MAX)
    PARAGRAPH_CACHE.delete(PARAGRAPH_CACHE.keys().next().value!);
  PARAGRAPH_CACHE.set(key, out);
  return out;
}

export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}
