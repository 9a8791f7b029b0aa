import { sql, type Kysely } from 'kysely';
import type { Engine } from '../db.js';
import type { EngineMigration } from '../migrate.js';

// Knowledge base and QA review tables. Self-contained: no foreign keys to other capabilities'
// tables, so it runs whether or not the core migration exists.

async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema
    .createTable('kb_articles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('intents', 'text', (c) => c.notNull())
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('current_version', 'integer', (c) => c.notNull())
    .addColumn('current_version_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('kb_articles_slug_language_uq', ['slug', 'language'])
    .execute();

  await db.schema
    .createTable('kb_article_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('article_id', 'text', (c) => c.notNull().references('kb_articles.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('intents', 'text', (c) => c.notNull())
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('author', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('kb_article_versions_article_version_uq', ['article_id', 'version'])
    .execute();

  if (engine === 'sqlite') {
    // Text is normalised in code (src/kb/text.ts) before indexing, so the tokenizer only splits.
    await sql`create virtual table kb_fts using fts5(article_id unindexed, title, keywords, body, tokenize = 'unicode61 remove_diacritics 2')`.execute(
      db,
    );
  } else {
    await sql`create table kb_fts (
      article_id text primary key references kb_articles(id) on delete cascade,
      title text not null,
      keywords text not null,
      body text not null,
      tsv tsvector generated always as (
        setweight(to_tsvector('simple', title), 'A') ||
        setweight(to_tsvector('simple', keywords), 'B') ||
        setweight(to_tsvector('simple', body), 'C')
      ) stored
    )`.execute(db);
    await sql`create index kb_fts_tsv_idx on kb_fts using gin (tsv)`.execute(db);
  }

  await db.schema
    .createTable('qa_reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('ticket_id', 'text', (c) => c.notNull())
    .addColumn('ticket_reference', 'text')
    .addColumn('intent', 'text')
    .addColumn('reviewer', 'text', (c) => c.notNull())
    .addColumn('diagnosis', 'integer', (c) => c.notNull())
    .addColumn('safety', 'integer', (c) => c.notNull())
    .addColumn('communication', 'integer', (c) => c.notNull())
    .addColumn('documentation', 'integer', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('qa_reviews_ticket_idx').on('qa_reviews').column('ticket_id').execute();
  await db.schema.createIndex('qa_reviews_created_idx').on('qa_reviews').column('created_at').execute();
}

async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('qa_reviews').ifExists().execute();
  await db.schema.dropTable('kb_fts').ifExists().execute();
  await db.schema.dropTable('kb_article_versions').ifExists().execute();
  await db.schema.dropTable('kb_articles').ifExists().execute();
}

export const kbMigration: EngineMigration = { up, down };
export default kbMigration;
