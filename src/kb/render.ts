// Markdown → safe HTML for the help centre and the console. Articles are edited by staff through
// the API, so everything is sanitised on render, whatever is stored.
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const marked = new Marked({ gfm: true, breaks: false, async: false });

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'p',
    'br',
    'hr',
    'blockquote',
    'pre',
    'code',
    'em',
    'strong',
    'del',
    'ul',
    'ol',
    'li',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'kbd',
    'abbr',
    'dl',
    'dt',
    'dd',
  ],
  allowedAttributes: { a: ['href', 'title'], th: ['align'], td: ['align'], abbr: ['title'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: (tagName, attribs) => {
      const external = /^https?:/i.test(attribs.href ?? '');
      return {
        tagName,
        attribs: external ? { ...attribs, rel: 'noopener noreferrer nofollow' } : attribs,
      };
    },
  },
};

// `rel` is added by the transform after filtering, so allow it on output.
SANITIZE.allowedAttributes = {
  ...(SANITIZE.allowedAttributes as Record<string, string[]>),
  a: ['href', 'title', 'rel'],
};

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function sanitize(html: string): string {
  return sanitizeHtml(html, SANITIZE);
}

/** Renders Markdown to sanitised HTML; a body the parser chokes on is shown as escaped text. */
export function renderMarkdown(markdown: string): string {
  let html: string;
  try {
    html = marked.parse(markdown) as string;
  } catch {
    // Markdown the parser chokes on is still the author's text (bad input, not a failure).
    html = `<pre>${escapeHtml(markdown)}</pre>`;
  }
  return sanitize(html);
}

/** Markdown → plain text (for excerpts and the search index). */
export function markdownToText(markdown: string): string {
  return sanitizeHtml(renderMarkdown(markdown).replace(/<\/(p|li|h\d|tr|pre|blockquote)>/g, '$&\n'), {
    allowedTags: [],
    allowedAttributes: {},
  })
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n')
    .trim();
}
