// REST API of the knowledge base under /api/v1/kb.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { INTENTS, LANGUAGES, type Language } from '../domain/index.js';
import type { TicketStore } from '../tickets/ports.js';
import { FrontMatterError, parseArticleSource } from './front-matter.js';
import { guarded, parseOr400, problem, type Guard } from '../http/reply.js';
import { isLanguage, languageFromHeader } from './http.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { renderMarkdown } from './render.js';
import {
  articleInputSchema,
  AUDIENCES,
  SLUG_PATTERN,
  type Article,
  type ArticleContent,
  type ArticleInput,
} from './types.js';

export interface KbRestOptions {
  kb: KnowledgeBase;
  /** Needed for `GET /api/v1/kb/suggest?ticketId=`; without it that route answers 404. */
  tickets?: Pick<TicketStore, 'get' | 'timeline'>;
  /** preHandler for reading routes (e.g. the staff guard); none = public. */
  readGuard?: Guard;
  /** preHandler for creating and editing articles. */
  writeGuard?: Guard;
  /** Who made an edit (stored on the version row); default: `request.staff.username`. */
  authorOf?: (request: FastifyRequest) => string | null;
}

const lang = z.enum(LANGUAGES);
const slugParams = z.object({ slug: z.string().max(120).regex(SLUG_PATTERN) });
const listQuery = z.object({
  lang: lang.optional(),
  audience: z.enum(AUDIENCES).optional(),
  intent: z.enum(INTENTS).optional(),
});
const langQuery = z.object({ lang: lang.optional() });
const searchQuery = z.object({
  // Very long queries are cut, not refused: a pasted e-mail is a fair thing to search for.
  q: z
    .string()
    .default('')
    .transform((s) => s.slice(0, 2000)),
  lang: lang.optional(),
  intent: z.enum(INTENTS).optional(),
  audience: z.enum(AUDIENCES).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
const suggestQuery = z.object({
  ticketId: z.string().min(1).max(100),
  limit: z.coerce.number().int().min(1).max(20).default(5),
});

const previewBody = z.object({ markdown: z.string().max(250_000) });
const markdownBody = z.object({
  markdown: z.string().min(1).max(250_000),
  baseVersion: z.number().int().min(1).optional(),
});
const createBody = z.union([markdownBody, articleInputSchema]);
const updateFields = articleInputSchema.omit({ slug: true, language: true }).extend({
  language: lang.optional(),
  baseVersion: z.number().int().min(1).optional(),
});
const updateBody = z.union([markdownBody, updateFields]);

function defaultAuthor(request: FastifyRequest): string | null {
  const staff = (request as unknown as { staff?: { username?: string } }).staff;
  return staff?.username ?? null;
}

export function articleView(kb: KnowledgeBase, a: Article) {
  return { ...a, url: kb.url(a.slug, a.language), html: renderMarkdown(a.body) };
}

function knownError(reply: FastifyReply, err: unknown): FastifyReply | null {
  const e = err as Error;
  if (e instanceof FrontMatterError) return problem(reply, 400, 'Your request is not valid', e.message);
  if (e.name === 'ArticleExistsError') return problem(reply, 409, 'Conflict', e.message);
  if (e.name === 'ArticleNotFoundError') return problem(reply, 404, 'Not Found', e.message);
  if (e.name === 'ArticleVersionConflictError') return problem(reply, 409, 'Conflict', e.message);
  return null;
}

export async function kbRestRoutes(app: FastifyInstance, opts: KbRestOptions): Promise<void> {
  const { kb } = opts;
  const authorOf = opts.authorOf ?? defaultAuthor;
  const read = guarded(opts.readGuard);
  const write = guarded(opts.writeGuard);

  app.get('/api/v1/kb/articles', read, async (request, reply) => {
    const q = parseOr400(reply, listQuery, request.query, 'query');
    if (!q) return reply;
    const items = await kb.list({ lang: q.lang, audience: q.audience, intent: q.intent });
    return { items: items.map((a) => ({ ...a, url: kb.url(a.slug, a.language) })) };
  });

  app.post('/api/v1/kb/articles', write, async (request, reply) => {
    const body = parseOr400(reply, createBody, request.body, 'body');
    if (!body) return reply;
    try {
      const input: ArticleInput = 'markdown' in body ? parseArticleSource(body.markdown) : body;
      const article = await kb.create(input, { author: authorOf(request) });
      reply.code(201).header('location', `/api/v1/kb/articles/${article.slug}?lang=${article.language}`);
      return articleView(kb, article);
    } catch (err) {
      return knownError(reply, err) ?? Promise.reject(err);
    }
  });

  app.get('/api/v1/kb/articles/:slug', read, async (request, reply) => {
    const p = parseOr400(reply, slugParams, request.params, 'params');
    const q = p && parseOr400(reply, langQuery, request.query, 'query');
    if (!p || !q) return reply;
    const language = await pickLanguage(kb, p.slug, q.lang, request.headers['accept-language']);
    const article = language ? await kb.get(p.slug, language) : null;
    if (!article) return problem(reply, 404, 'Not Found', `article ${p.slug} not found`);
    return { ...articleView(kb, article), languages: await kb.languagesOf(p.slug) };
  });

  app.put('/api/v1/kb/articles/:slug', write, async (request, reply) => {
    const p = parseOr400(reply, slugParams, request.params, 'params');
    const q = p && parseOr400(reply, langQuery, request.query, 'query');
    const body = q && parseOr400(reply, updateBody, request.body, 'body');
    if (!p || !q || !body) return reply;
    try {
      let content: ArticleContent;
      if ('markdown' in body) {
        content = parseArticleSource(body.markdown, {
          slug: p.slug,
          ...(q.lang ? { language: q.lang } : {}),
        });
      } else {
        const language = body.language ?? q.lang;
        if (!language)
          return problem(
            reply,
            400,
            'Your request is not valid',
            'give the language as ?lang= or in the body',
          );
        content = articleInputSchema.parse({ ...body, slug: p.slug, language });
      }
      if (content.slug !== p.slug)
        return problem(reply, 400, 'Your request is not valid', 'the slug cannot be changed');
      if (q.lang && content.language !== q.lang) {
        return problem(reply, 400, 'Your request is not valid', '?lang= and the article language differ');
      }
      const existing = await kb.get(content.slug, content.language);
      if (!existing) {
        if (body.baseVersion !== undefined)
          return problem(reply, 404, 'Not Found', `article ${p.slug} not found`);
        const created = await kb.create(content, { author: authorOf(request) });
        return reply.code(201).send(articleView(kb, created));
      }
      const updated = await kb.update(content, { author: authorOf(request), baseVersion: body.baseVersion });
      return articleView(kb, updated);
    } catch (err) {
      return knownError(reply, err) ?? Promise.reject(err);
    }
  });

  app.get('/api/v1/kb/articles/:slug/versions', read, async (request, reply) => {
    const p = parseOr400(reply, slugParams, request.params, 'params');
    const q = p && parseOr400(reply, langQuery, request.query, 'query');
    if (!p || !q) return reply;
    const language = await pickLanguage(kb, p.slug, q.lang, request.headers['accept-language']);
    const items = language ? await kb.versions(p.slug, language) : null;
    if (!items) return problem(reply, 404, 'Not Found', `article ${p.slug} not found`);
    return { slug: p.slug, language, items };
  });

  app.get('/api/v1/kb/search', read, async (request, reply) => {
    const q = parseOr400(reply, searchQuery, request.query, 'query');
    if (!q) return reply;
    const items = await kb.search(q.q, {
      lang: q.lang,
      intent: q.intent,
      audience: q.audience,
      limit: q.limit,
    });
    return { q: q.q, items };
  });

  // The editor's preview: the same sanitised rendering the help centre serves, nothing stored.
  app.post('/api/v1/kb/preview', write, async (request, reply) => {
    const body = parseOr400(reply, previewBody, request.body, 'body');
    if (!body) return reply;
    return { html: renderMarkdown(body.markdown) };
  });

  app.get('/api/v1/kb/suggest', read, async (request, reply) => {
    const q = parseOr400(reply, suggestQuery, request.query, 'query');
    if (!q) return reply;
    const ticket = opts.tickets ? await opts.tickets.get(q.ticketId) : null;
    if (!ticket || !opts.tickets) return problem(reply, 404, 'Not Found', `ticket ${q.ticketId} not found`);
    const events = await opts.tickets.timeline(ticket.id);
    const lastMessages = events.flatMap((e) => (e.type === 'message_in' ? [e.text] : [])).slice(-3);
    const items = await kb.suggestForTicket(
      { intent: ticket.intent, language: ticket.language, subject: ticket.subject, lastMessages },
      q.limit,
    );
    return { ticketId: ticket.id, items };
  });
}

/** The requested language, else the reader's preferred one, else any language the article has. */
async function pickLanguage(
  kb: KnowledgeBase,
  slug: string,
  requested: Language | undefined,
  acceptLanguage: string | undefined,
): Promise<Language | null> {
  if (requested) return requested;
  const available = await kb.languagesOf(slug);
  const preferred = languageFromHeader(acceptLanguage);
  if (preferred && available.includes(preferred)) return preferred;
  return available.find(isLanguage) ?? null;
}
