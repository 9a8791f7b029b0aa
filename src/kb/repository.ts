// Storage of articles, their versions and the search index, on SQLite (FTS5) and PostgreSQL
// (tsvector). Every write is one transaction: article row, new version row and index row.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Intent, Language } from '../domain/index.js';
import type { Engine } from '../storage/db.js';
import type { KbArticlesTable, KbArticleVersionsTable, KbTables } from '../storage/tables/kb.js';
import { markdownToText } from './render.js';
import { indexText } from './text.js';
import {
  ArticleExistsError,
  ArticleNotFoundError,
  ArticleVersionConflictError,
  type Article,
  type ArticleContent,
  type ArticleSummary,
  type ArticleVersion,
  type Audience,
} from './types.js';

export interface ArticleFilter {
  lang?: Language;
  audience?: Audience;
  intent?: Intent;
}

export interface SearchCandidate {
  articleId: string;
  /** Engine rank, larger is better (bm25 negated on SQLite, ts_rank on PostgreSQL). */
  engineRank: number;
  title: string;
  keywords: string;
  body: string;
}

export interface CandidateQuery {
  tokens: string[];
  langs: Language[];
  audience?: Audience;
  limit: number;
}

type Row = KbArticlesTable;

function parseJsonArray<T>(text: string): T[] {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? (v as T[]) : [];
  } catch {
    // A column that is not a JSON array reads as empty (bad stored input, not a failure).
    return [];
  }
}

function toSummary(r: Row): ArticleSummary {
  return {
    id: r.id,
    slug: r.slug,
    language: r.language as Language,
    title: r.title,
    intents: parseJsonArray<Intent>(r.intents),
    tags: parseJsonArray<string>(r.tags),
    audience: r.audience as Audience,
    version: Number(r.current_version),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toVersion(v: KbArticleVersionsTable, currentId: string): ArticleVersion {
  return {
    id: v.id,
    version: Number(v.version),
    title: v.title,
    body: v.body,
    intents: parseJsonArray<Intent>(v.intents),
    tags: parseJsonArray<string>(v.tags),
    audience: v.audience as Audience,
    author: v.author,
    createdAt: v.created_at,
    current: v.id === currentId,
  };
}

/** The text that goes into the index for one article version. */
export function indexRow(articleId: string, c: ArticleContent) {
  return {
    article_id: articleId,
    title: indexText(c.title, c.language),
    keywords: indexText(c.tags.join(' '), c.language),
    body: indexText(markdownToText(c.body), c.language),
  };
}

/** Builds an engine-specific full-text query from normalised tokens ([a-z0-9]+ only). */
export function ftsQuery(engine: Engine, tokens: string[]): string {
  const safe = tokens.filter((t) => /^[a-z0-9]+$/.test(t));
  if (engine === 'sqlite') return safe.map((t) => (t.length >= 4 ? `"${t}"*` : `"${t}"`)).join(' OR ');
  return safe.map((t) => (t.length >= 4 ? `${t}:*` : t)).join(' | ');
}

export class KbRepository {
  constructor(
    private readonly db: Kysely<KbTables>,
    private readonly engine: Engine,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private async row(slug: string, lang: Language, db: Kysely<KbTables> = this.db): Promise<Row | undefined> {
    return db
      .selectFrom('kb_articles')
      .selectAll()
      .where('slug', '=', slug)
      .where('language', '=', lang)
      .executeTakeFirst();
  }

  async get(slug: string, lang: Language): Promise<Article | null> {
    const r = await this.row(slug, lang);
    if (!r) return null;
    const v = await this.db
      .selectFrom('kb_article_versions')
      .selectAll()
      .where('id', '=', r.current_version_id)
      .executeTakeFirstOrThrow();
    return { ...toSummary(r), body: v.body, author: v.author };
  }

  async getById(id: string): Promise<Article | null> {
    const r = await this.db
      .selectFrom('kb_articles')
      .select(['slug', 'language'])
      .where('id', '=', id)
      .executeTakeFirst();
    return r ? this.get(r.slug, r.language as Language) : null;
  }

  /** Languages an article slug exists in. */
  async languagesOf(slug: string): Promise<Language[]> {
    const rows = await this.db
      .selectFrom('kb_articles')
      .select('language')
      .where('slug', '=', slug)
      .execute();
    return rows.map((r) => r.language as Language).sort();
  }

  async list(filter: ArticleFilter = {}): Promise<ArticleSummary[]> {
    let q = this.db.selectFrom('kb_articles').selectAll();
    if (filter.lang) q = q.where('language', '=', filter.lang);
    if (filter.audience) q = q.where('audience', '=', filter.audience);
    const rows = await q.orderBy('title').orderBy('language').execute();
    const out = rows.map(toSummary);
    return filter.intent ? out.filter((a) => a.intents.includes(filter.intent!)) : out;
  }

  async versions(slug: string, lang: Language): Promise<ArticleVersion[] | null> {
    const r = await this.row(slug, lang);
    if (!r) return null;
    const rows = await this.db
      .selectFrom('kb_article_versions')
      .selectAll()
      .where('article_id', '=', r.id)
      .orderBy('version', 'desc')
      .execute();
    return rows.map((v) => toVersion(v, r.current_version_id));
  }

  async create(c: ArticleContent, author: string | null): Promise<Article> {
    const at = this.now().toISOString();
    const id = randomUUID();
    const versionId = randomUUID();
    try {
      await this.db.transaction().execute(async (trx) => {
        if (await this.row(c.slug, c.language, trx)) throw new ArticleExistsError(c.slug, c.language);
        await trx
          .insertInto('kb_articles')
          .values({
            id,
            slug: c.slug,
            language: c.language,
            audience: c.audience,
            title: c.title,
            intents: JSON.stringify(c.intents),
            tags: JSON.stringify(c.tags),
            current_version: 1,
            current_version_id: versionId,
            created_at: at,
            updated_at: at,
          })
          .execute();
        await trx
          .insertInto('kb_article_versions')
          .values(this.versionRow(versionId, id, 1, c, author, at))
          .execute();
        await trx.insertInto('kb_fts').values(indexRow(id, c)).execute();
      });
    } catch (err) {
      if (err instanceof ArticleExistsError) throw err;
      if (isUniqueViolation(err)) throw new ArticleExistsError(c.slug, c.language);
      throw err;
    }
    return (await this.get(c.slug, c.language))!;
  }

  /** Writes a new version and moves the current pointer to it. */
  async update(c: ArticleContent, opts: { author: string | null; baseVersion?: number }): Promise<Article> {
    const at = this.now().toISOString();
    try {
      await this.db.transaction().execute(async (trx) => {
        const r = await this.row(c.slug, c.language, trx);
        if (!r) throw new ArticleNotFoundError(c.slug, c.language);
        const current = Number(r.current_version);
        if (opts.baseVersion !== undefined && opts.baseVersion !== current) {
          throw new ArticleVersionConflictError(c.slug, opts.baseVersion, current);
        }
        const next = current + 1;
        const versionId = randomUUID();
        await trx
          .insertInto('kb_article_versions')
          .values(this.versionRow(versionId, r.id, next, c, opts.author, at))
          .execute();
        const res = await trx
          .updateTable('kb_articles')
          .set({
            audience: c.audience,
            title: c.title,
            intents: JSON.stringify(c.intents),
            tags: JSON.stringify(c.tags),
            current_version: next,
            current_version_id: versionId,
            updated_at: at,
          })
          .where('id', '=', r.id)
          .where('current_version', '=', current)
          .executeTakeFirst();
        if (Number(res.numUpdatedRows) !== 1)
          throw new ArticleVersionConflictError(c.slug, current, current + 1);
        await trx.deleteFrom('kb_fts').where('article_id', '=', r.id).execute();
        await trx.insertInto('kb_fts').values(indexRow(r.id, c)).execute();
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new ArticleVersionConflictError(c.slug, opts.baseVersion ?? -1, -1);
      throw err;
    }
    return (await this.get(c.slug, c.language))!;
  }

  private versionRow(
    id: string,
    articleId: string,
    version: number,
    c: ArticleContent,
    author: string | null,
    at: string,
  ): KbArticleVersionsTable {
    return {
      id,
      article_id: articleId,
      version,
      title: c.title,
      body: c.body,
      intents: JSON.stringify(c.intents),
      tags: JSON.stringify(c.tags),
      audience: c.audience,
      author,
      created_at: at,
    };
  }

  /** Articles matching any of the tokens, best engine rank first. */
  async candidates(q: CandidateQuery): Promise<SearchCandidate[]> {
    const match = ftsQuery(this.engine, q.tokens);
    if (!match || q.langs.length === 0) return [];
    const audience = q.audience ? sql`and a.audience = ${q.audience}` : sql``;
    const langs = sql.join(q.langs.map((l) => sql`${l}`));
    if (this.engine === 'sqlite') {
      const res = await sql<{
        article_id: string;
        rank: number;
        title: string;
        keywords: string;
        body: string;
      }>`
        select kb_fts.article_id as article_id, bm25(kb_fts, 0.0, 6.0, 3.0, 1.0) as rank,
               kb_fts.title as title, kb_fts.keywords as keywords, kb_fts.body as body
        from kb_fts join kb_articles a on a.id = kb_fts.article_id
        where kb_fts match ${match} and a.language in (${langs}) ${audience}
        order by rank limit ${q.limit}`.execute(this.db);
      return res.rows.map((r) => ({ ...pick(r), engineRank: -Number(r.rank) }));
    }
    const res = await sql<{
      article_id: string;
      rank: number;
      title: string;
      keywords: string;
      body: string;
    }>`
      select f.article_id as article_id, ts_rank(f.tsv, to_tsquery('simple', ${match})) as rank,
             f.title as title, f.keywords as keywords, f.body as body
      from kb_fts f join kb_articles a on a.id = f.article_id
      where f.tsv @@ to_tsquery('simple', ${match}) and a.language in (${langs}) ${audience}
      order by rank desc, f.article_id limit ${q.limit}`.execute(this.db);
    return res.rows.map((r) => ({ ...pick(r), engineRank: Number(r.rank) }));
  }

  /** How many articles (in the languages/audience searched) contain each token; and how many in all. */
  async documentFrequencies(
    q: Omit<CandidateQuery, 'limit'>,
  ): Promise<{ total: number; df: Map<string, number> }> {
    const audience = q.audience ? sql`and a.audience = ${q.audience}` : sql``;
    const langs = sql.join(q.langs.map((l) => sql`${l}`));
    const totalRes = await sql<{ n: number }>`
      select count(*) as n from kb_articles a where a.language in (${langs}) ${audience}`.execute(this.db);
    const total = Number(totalRes.rows[0]?.n ?? 0);
    const df = new Map<string, number>();
    for (const t of q.tokens) {
      const match = ftsQuery(this.engine, [t]);
      if (!match) continue;
      const res =
        this.engine === 'sqlite'
          ? await sql<{ n: number }>`
              select count(*) as n from kb_fts join kb_articles a on a.id = kb_fts.article_id
              where kb_fts match ${match} and a.language in (${langs}) ${audience}`.execute(this.db)
          : await sql<{ n: number }>`
              select count(*) as n from kb_fts f join kb_articles a on a.id = f.article_id
              where f.tsv @@ to_tsquery('simple', ${match}) and a.language in (${langs}) ${audience}`.execute(
              this.db,
            );
      df.set(t, Number(res.rows[0]?.n ?? 0));
    }
    return { total, df };
  }

  async summariesByIds(ids: string[]): Promise<Map<string, ArticleSummary>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.selectFrom('kb_articles').selectAll().where('id', 'in', ids).execute();
    return new Map(rows.map((r) => [r.id, toSummary(r)]));
  }

  async bodiesByIds(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('kb_articles as a')
      .innerJoin('kb_article_versions as v', 'v.id', 'a.current_version_id')
      .select(['a.id as id', 'v.body as body'])
      .where('a.id', 'in', ids)
      .execute();
    return new Map(rows.map((r) => [r.id, r.body]));
  }
}

function pick(r: { article_id: string; title: string; keywords: string; body: string }) {
  return { articleId: r.article_id, title: r.title, keywords: r.keywords, body: r.body };
}

function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string } | null;
  if (!e) return false;
  return (
    e.code === '23505' ||
    e.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    /UNIQUE constraint failed/i.test(e.message ?? '')
  );
}
