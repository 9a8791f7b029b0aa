// The public help centre: server-rendered, accessible HTML pages in Swedish and English with
// search. Only customer articles are shown. Every dynamic value is escaped; article bodies go
// through the sanitising Markdown renderer.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Language } from '../domain/index.js';
import { isLanguage, requestLanguage } from './http.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { escapeHtml, renderMarkdown } from './render.js';
import { HELP_CSS } from './help-style.js';
import { SLUG_PATTERN, type ArticleHit, type ArticleSummary } from './types.js';

const TEXT = {
  sv: {
    site: 'Frontline hjälpcenter',
    skip: 'Hoppa till innehållet',
    searchLabel: 'Sök i hjälpcentret',
    searchHint: 'Beskriv problemet med egna ord, till exempel "lampan blinkar rött".',
    searchButton: 'Sök',
    resultsFor: (q: string, n: number) => `${n} ${n === 1 ? 'artikel' : 'artiklar'} för "${q}"`,
    noResults:
      'Vi hittade inga artiklar som passar. Prova andra ord, eller kontakta oss i chatten så hjälper vi dig.',
    all: 'Alla artiklar',
    back: 'Till hjälpcentret',
    other: 'In English',
    updated: 'Senast uppdaterad',
    notFound: 'Sidan finns inte',
    notFoundText: 'Vi hittar ingen artikel med den adressen. Sök i hjälpcentret i stället.',
    languageNav: 'Språk',
    contact: 'Hittar du inte svaret? Chatta med oss — vi kan testa din linje och din router på distans.',
  },
  en: {
    site: 'Frontline Help Centre',
    skip: 'Skip to content',
    searchLabel: 'Search the help centre',
    searchHint: 'Describe the problem in your own words, for example "router light blinking red".',
    searchButton: 'Search',
    resultsFor: (q: string, n: number) => `${n} ${n === 1 ? 'article' : 'articles'} for "${q}"`,
    noResults: 'We found no matching articles. Try other words, or chat with us and we will help you.',
    all: 'All articles',
    back: 'Back to the help centre',
    other: 'På svenska',
    updated: 'Last updated',
    notFound: 'Page not found',
    notFoundText: 'There is no article at this address. Try searching the help centre instead.',
    languageNav: 'Language',
    contact: 'Cannot find the answer? Chat with us — we can test your line and your router remotely.',
  },
} as const;

const other = (lang: Language): Language => (lang === 'sv' ? 'en' : 'sv');

const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  vary: 'Accept-Language',
};

function layout(lang: Language, title: string, main: string, otherHref: string): string {
  const t = TEXT[lang];
  const o = other(lang);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – ${escapeHtml(t.site)}</title>
<link rel="stylesheet" href="/help/help.css">
<link rel="alternate" hreflang="${o}" href="${escapeHtml(otherHref)}">
</head>
<body>
<a class="skip" href="#main">${escapeHtml(t.skip)}</a>
<header class="site">
  <a class="brand" href="/help?lang=${lang}">${escapeHtml(t.site)}</a>
  <nav aria-label="${escapeHtml(t.languageNav)}"><a href="${escapeHtml(otherHref)}" hreflang="${o}" lang="${o}">${escapeHtml(t.other)}</a></nav>
</header>
<main id="main" tabindex="-1">
${main}
</main>
<footer class="site"><p>${escapeHtml(t.contact)}</p></footer>
</body>
</html>`;
}

function searchForm(lang: Language, q: string): string {
  const t = TEXT[lang];
  return `<form class="search" role="search" method="get" action="/help">
  <label for="q">${escapeHtml(t.searchLabel)}</label>
  <p id="q-hint" class="hint">${escapeHtml(t.searchHint)}</p>
  <div class="row">
    <input id="q" name="q" type="search" value="${escapeHtml(q)}" maxlength="500" aria-describedby="q-hint" autocomplete="off">
    <input type="hidden" name="lang" value="${lang}">
    <button type="submit">${escapeHtml(t.searchButton)}</button>
  </div>
</form>`;
}

function hitList(hits: ArticleHit[]): string {
  return `<ol class="results">${hits
    .map(
      (h) =>
        `<li><a href="${escapeHtml(h.url)}">${escapeHtml(h.title)}</a>${h.excerpt ? `<p>${escapeHtml(h.excerpt)}</p>` : ''}</li>`,
    )
    .join('')}</ol>`;
}

function articleList(lang: Language, items: ArticleSummary[]): string {
  return `<ul class="articles">${items
    .map(
      (a) => `<li><a href="/help/${encodeURIComponent(a.slug)}?lang=${lang}">${escapeHtml(a.title)}</a></li>`,
    )
    .join('')}</ul>`;
}

function send(reply: FastifyReply, status: number, lang: Language, html: string): FastifyReply {
  return reply
    .code(status)
    .headers({ ...SECURITY_HEADERS, 'content-language': lang })
    .type('text/html; charset=utf-8')
    .send(html);
}

export interface HelpPagesOptions {
  kb: KnowledgeBase;
  defaultLanguage?: Language;
}

export async function helpPageRoutes(app: FastifyInstance, opts: HelpPagesOptions): Promise<void> {
  const { kb } = opts;
  const fallback = opts.defaultLanguage ?? 'sv';

  app.get('/help/help.css', async (_request, reply) =>
    reply
      .headers({ 'x-content-type-options': 'nosniff', 'cache-control': 'public, max-age=3600' })
      .type('text/css; charset=utf-8')
      .send(HELP_CSS),
  );

  app.get('/help', async (request, reply) => {
    const lang = requestLanguage(request, fallback);
    const t = TEXT[lang];
    const raw = (request.query as Record<string, unknown>).q;
    const q = typeof raw === 'string' ? raw.slice(0, 500).trim() : '';
    const otherHref = `/help?lang=${other(lang)}${q ? `&q=${encodeURIComponent(q)}` : ''}`;
    if (q) {
      const hits = await kb.search(q, { lang, audience: 'customer', limit: 20 });
      const body = `<h1>${escapeHtml(t.site)}</h1>
${searchForm(lang, q)}
<section aria-labelledby="results-h"><h2 id="results-h">${escapeHtml(t.resultsFor(q, hits.length))}</h2>
${hits.length > 0 ? hitList(hits) : `<p class="empty">${escapeHtml(t.noResults)}</p>`}
</section>
<p><a href="/help?lang=${lang}">${escapeHtml(t.all)}</a></p>`;
      return send(reply, 200, lang, layout(lang, t.resultsFor(q, hits.length), body, otherHref));
    }
    const items = await kb.list({ lang, audience: 'customer' });
    const body = `<h1>${escapeHtml(t.site)}</h1>
${searchForm(lang, '')}
<section aria-labelledby="all-h"><h2 id="all-h">${escapeHtml(t.all)}</h2>
${articleList(lang, items)}
</section>`;
    return send(reply, 200, lang, layout(lang, t.site, body, otherHref));
  });

  app.get('/help/:slug', async (request, reply) => {
    const lang = requestLanguage(request, fallback);
    const t = TEXT[lang];
    const { slug } = request.params as { slug: string };
    const valid = typeof slug === 'string' && slug.length <= 120 && SLUG_PATTERN.test(slug);
    const explicit = isLanguage((request.query as Record<string, unknown>).lang);
    let article = valid ? await kb.get(slug, lang) : null;
    // Without an explicit ?lang=, show the article in the language it exists in.
    if (!article && valid && !explicit) article = await kb.get(slug, other(lang));
    if (!article || article.audience !== 'customer') {
      const body = `<h1>${escapeHtml(t.notFound)}</h1><p>${escapeHtml(t.notFoundText)}</p>${searchForm(lang, '')}`;
      return send(reply, 404, lang, layout(lang, t.notFound, body, `/help?lang=${other(lang)}`));
    }
    const al = article.language;
    const at = TEXT[al];
    const translated = (await kb.languagesOf(article.slug)).includes(other(al));
    const otherHref = translated
      ? `/help/${encodeURIComponent(article.slug)}?lang=${other(al)}`
      : `/help?lang=${other(al)}`;
    const updated = article.updatedAt.slice(0, 10);
    const body = `<p class="crumb"><a href="/help?lang=${al}">${escapeHtml(at.back)}</a></p>
<article>
<h1>${escapeHtml(article.title)}</h1>
<div class="body">${renderMarkdown(article.body)}</div>
<p class="meta">${escapeHtml(at.updated)}: <time datetime="${escapeHtml(updated)}">${escapeHtml(updated)}</time></p>
</article>
${searchForm(al, '')}`;
    return send(reply, 200, al, layout(al, article.title, body, otherHref));
  });
}
