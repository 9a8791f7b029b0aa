import type { Language } from '../../domain/index.js';
import type { AgentReply } from '../conversation-port.js';

// Outbound e-mail bodies: the agent's replies, the quick-reply options as a list, and a footer
// ending in the operator's signature (operator configuration: brand.signature).

const TEXT = {
  sv: {
    options: 'Svara gärna med ett av alternativen:',
    footer: (ref: string) => `Ärende ${ref}. Svara på det här mejlet så hamnar ditt svar i samma ärende.`,
  },
  en: {
    options: 'You can reply with one of these options:',
    footer: (ref: string) => `Case ${ref}. Reply to this e-mail and your answer joins the same case.`,
  },
} as const;

function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

export function renderReplyMail(
  replies: AgentReply[],
  language: Language,
  reference: string,
  signature?: string,
): { text: string; html: string } {
  const t = TEXT[language];
  const footer = signature ? `${t.footer(reference)}\n${signature}` : t.footer(reference);
  const last = replies[replies.length - 1];
  const options = last?.options ?? [];
  const paragraphs = replies.map((r) => r.text.trim()).filter(Boolean);
  const text = [
    ...paragraphs,
    ...(options.length ? [`${t.options}\n${options.map((o) => `- ${o}`).join('\n')}`] : []),
    `--\n${footer}`,
  ].join('\n\n');
  const html = [
    '<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">',
    ...paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`),
    options.length
      ? `<p>${escapeHtml(t.options)}</p><ul>${options.map((o) => `<li>${escapeHtml(o)}</li>`).join('')}</ul>`
      : '',
    `<hr><p style="color:#555;font-size:90%">${escapeHtml(footer).replace(/\n/g, '<br>')}</p>`,
    '</body></html>',
  ].join('');
  return { text, html };
}

const REF_IN_SUBJECT = /\[(T-\d{6,})\]/;

export function replySubject(original: string, reference: string): string {
  const base = original
    .replace(REF_IN_SUBJECT, '')
    .replace(/^\s*((re|sv|aw|vs)\s*:\s*)+/i, '')
    .trim();
  return `Re: ${base || reference} [${reference}]`;
}
