// Markdown files with a YAML front matter block: the seed format of data/kb/*.md and an
// alternative input format for the REST API.
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { articleInputSchema, type ArticleContent } from './types.js';

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export class FrontMatterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FrontMatterError';
  }
}

export function splitFrontMatter(source: string): { data: Record<string, unknown>; body: string } {
  const m = FRONT_MATTER.exec(source);
  if (!m) return { data: {}, body: source };
  let data: unknown;
  try {
    data = parseYaml(m[1]);
  } catch (err) {
    throw new FrontMatterError(`front matter is not valid YAML: ${(err as Error).message}`);
  }
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    throw new FrontMatterError('front matter must be a YAML mapping');
  }
  return { data: (data ?? {}) as Record<string, unknown>, body: source.slice(m[0].length) };
}

/**
 * Parses a Markdown article with front matter (language, title, intents, tags, audience, and
 * optionally slug). `defaults` fills fields the front matter leaves out (e.g. the slug from a file name).
 */
export function parseArticleSource(source: string, defaults: Partial<ArticleContent> = {}): ArticleContent {
  const { data, body } = splitFrontMatter(source);
  const merged = { ...defaults, ...data, body: body.replace(/^\s*\n/, '') };
  const parsed = articleInputSchema.safeParse(merged);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new FrontMatterError(`invalid article: ${detail}`);
  }
  return parsed.data;
}

export function toArticleSource(a: ArticleContent): string {
  const meta = stringifyYaml({
    slug: a.slug,
    language: a.language,
    title: a.title,
    audience: a.audience,
    intents: a.intents,
    tags: a.tags,
  });
  return `---\n${meta}---\n\n${a.body}`;
}
