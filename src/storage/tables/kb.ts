// Tables of the knowledge base (articles, versions, search index) and of QA reviews.
// JSON as TEXT, timestamps as ISO-8601 TEXT — the same on SQLite and PostgreSQL.

export interface KbArticlesTable {
  id: string;
  slug: string;
  language: string;
  audience: string;
  /** Denormalised from the current version, for listing and filtering without a join. */
  title: string;
  intents: string;
  tags: string;
  /** The current-version pointer: number and row id of the version shown to readers. */
  current_version: number;
  current_version_id: string;
  created_at: string;
  updated_at: string;
}

export interface KbArticleVersionsTable {
  id: string;
  article_id: string;
  version: number;
  title: string;
  body: string;
  intents: string;
  tags: string;
  audience: string;
  author: string | null;
  created_at: string;
}

/**
 * The search index: normalised (folded, stemmed) text of the current version. A FTS5 virtual
 * table on SQLite; on PostgreSQL a plain table with a generated, GIN-indexed `tsv` column.
 */
export interface KbFtsTable {
  article_id: string;
  title: string;
  keywords: string;
  body: string;
}

export interface QaReviewsTable {
  id: string;
  ticket_id: string;
  ticket_reference: string | null;
  intent: string | null;
  reviewer: string;
  diagnosis: number;
  safety: number;
  communication: number;
  documentation: number;
  comment: string | null;
  created_at: string;
}

export interface KbTables {
  kb_articles: KbArticlesTable;
  kb_article_versions: KbArticleVersionsTable;
  kb_fts: KbFtsTable;
  qa_reviews: QaReviewsTable;
}
