// Turns web addresses and help-centre paths in a message into links (the agent's help articles).
const LINK = /(https?:\/\/[^\s<>"”’)]+|\/help(?:\/[^\s<>"”’)]*)?(?:\?[^\s<>"”’)]*)?)/g;
/** Punctuation that ends a sentence rather than the address. */
const TRAILING = /[.,;:!?]+$/;

export function linkify(text: string, base: string): (Node | string)[] {
  const out: (Node | string)[] = [];
  let last = 0;
  for (const m of text.matchAll(LINK)) {
    const start = m.index ?? 0;
    // A path only counts at a word start (not inside "and/help").
    if (m[0].startsWith('/') && start > 0 && !/[\s(“"]/.test(text[start - 1])) continue;
    const raw = m[0].replace(TRAILING, '');
    let href: URL;
    try {
      href = new URL(raw, base);
    } catch {
      continue;
    }
    if (href.protocol !== 'https:' && href.protocol !== 'http:') continue;
    out.push(text.slice(last, start));
    const a = document.createElement('a');
    a.href = href.toString();
    a.target = '_blank';
    a.rel = 'noopener';
    a.textContent = raw;
    out.push(a);
    last = start + raw.length;
  }
  out.push(text.slice(last));
  return out.filter((x) => x !== '');
}
