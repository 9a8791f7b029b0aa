import type { Language } from '../../domain/index.js';
import { phoneWording } from './phrases.js';

// The agent writes for a screen: links, markdown, list bullets. On the phone a text-to-speech
// engine would spell a link out character by character, so links become a spoken pointer and
// markdown becomes plain sentences.

const POINTER: Record<Language, string> = {
  sv: 'Du hittar det i hjälpcentret på vår webbplats.',
  en: 'You can find it in the help centre on our website.',
};

// Absolute URLs, bare www. hosts and site paths such as /help/some-article?lang=sv.
const LINK =
  /(?:https?:\/\/|www\.)[^\s)\]>]+|(?<![\w.])\/(?:[\w-]+\/)*[\w-]+(?:\?[^\s)\]>]*)?(?=[\s)\].,;:!?]|$)/g;
const MARKDOWN_LINK = /\[([^\]]+)\]\((?:[^)\s]+)\)/g;

function withStop(line: string): string {
  return /[.!?…:;,]$/.test(line) || /[.!?]["”’)]$/.test(line) ? line : `${line}.`;
}

/** One line of the agent's text as something a speech engine can say; null when nothing is left. */
function speakLine(raw: string, language: Language): string | null {
  let line = raw
    .replace(MARKDOWN_LINK, '$1')
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/^\s*(?:[-*•+]|\d+[.)])\s+/, '')
    .replace(/^\s*>\s?/, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_](\S(?:.*?\S)?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`+([^`]*)`+/g, '$1');
  const hadLink = new RegExp(LINK.source).test(line);
  line = line
    .replace(LINK, '')
    .replace(/\(\s*\)/g, '')
    .replace(/[*_`#]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;!?])/g, '$1')
    .trim();
  line = phoneWording(line, language);
  if (!hadLink) return line ? withStop(line) : null;
  // A line that only introduced the link ("The whole article:") is replaced by the pointer.
  if (!line || /^[^.!?]*:$/.test(line)) return POINTER[language];
  return `${withStop(line.replace(/\s*[:—–-]$/, ''))} ${POINTER[language]}`;
}

/** The agent's reply as speakable text: no links, no markdown, lines joined as sentences. */
export function speakable(text: string, language: Language): string {
  const lines = text
    .split(/\n+/)
    .map((l) => speakLine(l, language))
    .filter((l): l is string => l !== null);
  // The pointer once is enough when a reply carried several links.
  const pointer = POINTER[language];
  const out: string[] = [];
  let pointed = false;
  for (const l of lines) {
    const text = pointed ? l.replace(pointer, '').trim() : l;
    if (l.includes(pointer)) pointed = true;
    if (text) out.push(text);
  }
  return out.join(' ');
}
