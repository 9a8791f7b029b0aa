// Language negotiation for the KB's pages and API.
import type { FastifyRequest } from 'fastify';
import { LANGUAGES, type Language } from '../domain/index.js';

/** First of sv/en in an Accept-Language header by q-value, or null. */
export function languageFromHeader(header: string | undefined): Language | null {
  if (!header) return null;
  const prefs = header
    .split(',')
    .slice(0, 20)
    .map((part, i) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
      return { lang: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q[1]) : 1, i };
    })
    .filter((p) => (LANGUAGES as readonly string[]).includes(p.lang) && p.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return prefs.length > 0 ? (prefs[0].lang as Language) : null;
}

export function isLanguage(v: unknown): v is Language {
  return typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);
}

/** `?lang=` when valid, else Accept-Language, else the default. */
export function requestLanguage(request: FastifyRequest, fallback: Language = 'sv'): Language {
  const q = (request.query as Record<string, unknown> | undefined)?.lang;
  if (isLanguage(q)) return q;
  return languageFromHeader(request.headers['accept-language']) ?? fallback;
}
