// The knowledge base as the rest of Frontline uses it: search, best answer for a "how do I…"
// question, the article explaining a fault, suggestions for a ticket, and versioned editing.
import type { Kysely } from 'kysely';
import { FAULT_KINDS, type FaultKind, type Intent, type Language } from '../domain/index.js';
import type { Engine } from '../storage/db.js';
import type { KbTables } from '../storage/tables/kb.js';
import { ARTICLE_FOR_CAUSE } from './causes.js';
import { KbRepository, type ArticleFilter } from './repository.js';
import { bestExcerpt, idf, INTENT_BOOST, relevance } from './scoring.js';
import { defaultSeedDir, readSeedArticles, sameContent, SEED_AUTHOR } from './seed.js';
import { queryTokens } from './text.js';
import {
  ArticleNotFoundError,
  articleInputSchema,
  type Article,
  type ArticleHit,
  type ArticleInput,
  type ArticleSummary,
  type ArticleVersion,
  type BestAnswer,
  type SearchOptions,
  type TicketForSuggestions,
} from './types.js';

/** Below this relevance bestAnswer says "no answer" rather than quoting a weak match. */
export const DEFAULT_ANSWER_THRESHOLD = 0.5;
const CANDIDATES = 60;
const MAX_LIMIT = 50;

export interface KnowledgeBaseDeps {
  // The desk passes its Kysely<Database>; only the KB tables are used.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  db: Kysely<any>;
  engine: Engine;
  /** Prefix for article links (e.g. `https://help.example.net`); default: relative `/help/…`. */
  publicBaseUrl?: string;
  answerThreshold?: number;
  now?: () => Date;
}

export interface SeedResult {
  created: number;
  updated: number;
  unchanged: number;
}

export interface KnowledgeBase {
  search(q: string, opts?: SearchOptions): Promise<ArticleHit[]>;
  bestAnswer(question: string, opts: { lang: Language; intent?: Intent | null }): Promise<BestAnswer | null>;
  articleForCause(cause: string, lang: Language): Promise<{ title: string; url: string } | null>;
  suggestForTicket(ticket: TicketForSuggestions, limit?: number): Promise<ArticleHit[]>;
  get(slug: string, lang: Language): Promise<Article | null>;
  /** Languages the slug exists in. */
  languagesOf(slug: string): Promise<Language[]>;
  /** Creates the article (version 1); throws ArticleExistsError when slug+language exist. */
  create(input: ArticleInput, opts?: { author?: string | null }): Promise<Article>;
  /** New version of an existing article; `baseVersion` makes it fail on a concurrent edit. */
  update(input: ArticleInput, opts?: { author?: string | null; baseVersion?: number }): Promise<Article>;
  /** Create or update. */
  put(input: ArticleInput, opts?: { author?: string | null }): Promise<Article>;
  list(filter?: ArticleFilter): Promise<ArticleSummary[]>;
  versions(slug: string, lang: Language): Promise<ArticleVersion[] | null>;
  seed(dir?: string): Promise<SeedResult>;
  url(slug: string, lang: Language): string;
}

export function createKnowledgeBase(deps: KnowledgeBaseDeps): KnowledgeBase {
  const repo = new KbRepository(deps.db as Kysely<KbTables>, deps.engine, deps.now);
  const base = (deps.publicBaseUrl ?? '').replace(/\/+$/, '');
  const threshold = deps.answerThreshold ?? DEFAULT_ANSWER_THRESHOLD;
  const url = (slug: string, lang: Language) => `${base}/help/${encodeURIComponent(slug)}?lang=${lang}`;

  async function search(q: string, opts: SearchOptions = {}): Promise<ArticleHit[]> {
    const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(opts.limit ?? 10)));
    const langs: Language[] = opts.lang ? [opts.lang] : ['sv', 'en'];
    const toks = queryTokens(q ?? '', opts.lang);
    if (toks.length === 0) return intentOnly(opts, langs, limit);

    const scope = { tokens: toks, langs, audience: opts.audience };
    const [cands, stats] = await Promise.all([
      repo.candidates({ ...scope, limit: CANDIDATES }),
      repo.documentFrequencies(scope),
    ]);
    if (cands.length === 0) return [];
    const summaries = await repo.summariesByIds(cands.map((c) => c.articleId));
    const maxRank = Math.max(...cands.map((c) => c.engineRank), 1e-9);
    const weight = (t: string) => idf(stats.df.get(t) ?? 0, stats.total);

    const scored = cands
      .map((c) => {
        const s = summaries.get(c.articleId)!;
        const rel = relevance({ queryTokens: toks, df: stats.df, total: stats.total }, c);
        const intentMatch = !!opts.intent && s.intents.includes(opts.intent);
        const score = rel + (intentMatch ? INTENT_BOOST : 0) + 0.02 * (c.engineRank / maxRank);
        return { s, rel, intentMatch, score };
      })
      .sort((a, b) => b.score - a.score || a.s.slug.localeCompare(b.s.slug))
      .slice(0, limit);

    const bodies = await repo.bodiesByIds(scored.map((x) => x.s.id));
    return scored.map(({ s, rel, intentMatch, score }) => ({
      slug: s.slug,
      language: s.language,
      title: s.title,
      audience: s.audience,
      intents: s.intents,
      tags: s.tags,
      url: url(s.slug, s.language),
      excerpt: bestExcerpt(bodies.get(s.id) ?? '', toks, s.language, weight),
      score: round(score),
      relevance: round(rel),
      intentMatch,
    }));
  }

  /** With no usable words, the articles tagged with the intent (if any) are the best guess. */
  async function intentOnly(opts: SearchOptions, langs: Language[], limit: number): Promise<ArticleHit[]> {
    if (!opts.intent) return [];
    const all = (await repo.list({ audience: opts.audience, intent: opts.intent })).filter((a) =>
      langs.includes(a.language),
    );
    const bodies = await repo.bodiesByIds(all.slice(0, limit).map((a) => a.id));
    return all.slice(0, limit).map((s) => ({
      slug: s.slug,
      language: s.language,
      title: s.title,
      audience: s.audience,
      intents: s.intents,
      tags: s.tags,
      url: url(s.slug, s.language),
      excerpt: bestExcerpt(bodies.get(s.id) ?? '', [], s.language, () => 0),
      score: INTENT_BOOST,
      relevance: 0,
      intentMatch: true,
    }));
  }

  async function update(input: ArticleInput, opts: { author?: string | null; baseVersion?: number } = {}) {
    const c = articleInputSchema.parse(input);
    return repo.update(c, { author: opts.author ?? null, baseVersion: opts.baseVersion });
  }

  return {
    search,
    url,

    async bestAnswer(question, opts) {
      const [top] = await search(question, {
        lang: opts.lang,
        intent: opts.intent,
        audience: 'customer',
        limit: 1,
      });
      if (!top || top.relevance < threshold) return null;
      const article = await repo.get(top.slug, top.language);
      if (!article) return null;
      return { article, excerpt: top.excerpt, url: top.url, relevance: top.relevance };
    },

    async articleForCause(cause, lang) {
      if (!(FAULT_KINDS as readonly string[]).includes(cause)) return null;
      const slug = ARTICLE_FOR_CAUSE[cause as FaultKind];
      const a = (await repo.get(slug, lang)) ?? (await repo.get(slug, lang === 'sv' ? 'en' : 'sv'));
      if (!a || a.audience !== 'customer') return null;
      return { title: a.title, url: url(a.slug, a.language) };
    },

    async suggestForTicket(ticket, limit = 5) {
      // The newest messages say most about the current problem; cap the text so a long thread stays cheap.
      const text = [ticket.subject ?? '', ...ticket.lastMessages.slice(-3).reverse()]
        .join('\n')
        .slice(0, 1500);
      const hits = await search(text, { lang: ticket.language, intent: ticket.intent, limit });
      if (hits.length > 0 || !ticket.intent) return hits;
      return search('', { lang: ticket.language, intent: ticket.intent, limit });
    },

    get: (slug, lang) => repo.get(slug, lang),
    languagesOf: (slug) => repo.languagesOf(slug),

    async create(input, opts = {}) {
      return repo.create(articleInputSchema.parse(input), opts.author ?? null);
    },

    update,

    async put(input, opts = {}) {
      const c = articleInputSchema.parse(input);
      const existing = await repo.get(c.slug, c.language);
      if (!existing) return repo.create(c, opts.author ?? null);
      return repo.update(c, { author: opts.author ?? null });
    },

    list: (filter) => repo.list(filter),
    versions: (slug, lang) => repo.versions(slug, lang),

    async seed(dir = defaultSeedDir()) {
      const result: SeedResult = { created: 0, updated: 0, unchanged: 0 };
      for (const c of await readSeedArticles(dir)) {
        const existing = await repo.get(c.slug, c.language);
        if (!existing) {
          try {
            await repo.create(c, SEED_AUTHOR);
            result.created++;
          } catch (err) {
            // Another instance seeded it between our read and write.
            if ((err as Error).name !== 'ArticleExistsError') throw err;
            result.unchanged++;
          }
        } else if (existing.author === SEED_AUTHOR && !sameContent(existing, c)) {
          await repo.update(c, { author: SEED_AUTHOR, baseVersion: existing.version }).catch((err: Error) => {
            if (err.name !== 'ArticleVersionConflictError') throw err;
          });
          result.updated++;
        } else {
          result.unchanged++;
        }
      }
      return result;
    },
  };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export { ArticleNotFoundError };
