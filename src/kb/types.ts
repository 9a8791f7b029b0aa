import { z } from 'zod';
import { INTENTS, LANGUAGES, type Intent, type Language } from '../domain/index.js';

export const AUDIENCES = ['customer', 'staff'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The editable content of an article (one language). */
export const articleInputSchema = z.object({
  slug: z.string().min(1).max(120).regex(SLUG_PATTERN, 'lower-case letters, digits and single hyphens'),
  language: z.enum(LANGUAGES),
  title: z.string().trim().min(1).max(200),
  body: z.string().max(200_000),
  intents: z.array(z.enum(INTENTS)).max(16).default([]),
  tags: z.array(z.string().trim().min(1).max(60)).max(40).default([]),
  audience: z.enum(AUDIENCES).default('customer'),
});
export type ArticleInput = z.input<typeof articleInputSchema>;
export type ArticleContent = z.output<typeof articleInputSchema>;

export interface Article {
  id: string;
  slug: string;
  language: Language;
  title: string;
  body: string;
  intents: Intent[];
  tags: string[];
  audience: Audience;
  version: number;
  author: string | null;
  createdAt: string;
  updatedAt: string;
}

export type ArticleSummary = Omit<Article, 'body' | 'author'>;

export interface ArticleVersion {
  id: string;
  version: number;
  title: string;
  body: string;
  intents: Intent[];
  tags: string[];
  audience: Audience;
  author: string | null;
  createdAt: string;
  current: boolean;
}

export interface ArticleHit {
  slug: string;
  language: Language;
  title: string;
  audience: Audience;
  intents: Intent[];
  tags: string[];
  url: string;
  /** Plain-text passage of the article that best matches the query. */
  excerpt: string;
  /** Ranking score (relevance plus the intent boost). */
  score: number;
  /** Share of the query's weighted terms the article contains, 0..1 (used for thresholds). */
  relevance: number;
  intentMatch: boolean;
}

export interface SearchOptions {
  lang?: Language;
  intent?: Intent | null;
  audience?: Audience;
  limit?: number;
}

export interface BestAnswer {
  article: Article;
  excerpt: string;
  url: string;
  relevance: number;
}

export interface TicketForSuggestions {
  intent: Intent | null;
  language: Language;
  subject?: string | null;
  lastMessages: string[];
}

export class ArticleExistsError extends Error {
  constructor(
    public readonly slug: string,
    public readonly language: string,
  ) {
    super(`article ${slug} (${language}) already exists`);
    this.name = 'ArticleExistsError';
  }
}

export class ArticleNotFoundError extends Error {
  constructor(
    public readonly slug: string,
    public readonly language: string,
  ) {
    super(`article ${slug} (${language}) not found`);
    this.name = 'ArticleNotFoundError';
  }
}

export class ArticleVersionConflictError extends Error {
  constructor(
    public readonly slug: string,
    public readonly expected: number,
    public readonly actual: number,
  ) {
    super(`article ${slug} is at version ${actual}, not ${expected}`);
    this.name = 'ArticleVersionConflictError';
  }
}
