// Text clean-up before classification: the complaint without HTML, control characters, quoted
// replies, signatures and greetings, cut to a sensible length.
import { isMailFooterLine } from './mail-footer.js';

/** Raw input beyond this is ignored (a 100 kB paste must not slow triage down). */
export const MAX_INPUT_CHARS = 8000;
/** Cleaned text beyond this is not used for features. */
export const MAX_FEATURE_CHARS = 600;

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  '#39': "'",
};

export function stripHtml(text: string): string {
  if (!/[<&]/.test(text)) return text;
  return text
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<br\s*\/?>|<\/p>|<\/div>/gi, '\n')
    .replace(/<[^>]{0,500}>/g, ' ')
    .replace(/&(nbsp|amp|lt|gt|quot|apos|#39);/g, (_, e: string) => ENTITIES[e]);
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g;

/** Lines at which an e-mail's own text ends: signature delimiters and quoted-reply headers. */
const END_OF_MESSAGE = [
  /^--\s*$/,
  /^_{5,}\s*$/,
  /^-{3,}\s*(original message|ursprungligt meddelande|originalmeddelande|forwarded message|vidarebefordrat meddelande)/i,
  /^(on|den|le|am)\s.{4,120}(wrote|skrev)\s*:?\s*$/i,
  /^(from|från|fr\u00e5n|sent|skickat):\s/i,
  /^(med )?(vänliga|vanliga|bästa|basta|varma) hälsningar|^(med )?(vänlig|vanlig) hälsning|^mvh\b|^hälsningar\b|^halsningar\b/i,
  /^(kind|best|warm)( regards)?,?\s*$|^(best|kind|warm) regards\b|^regards\b|^sincerely\b|^yours (sincerely|faithfully)\b|^cheers,?\s*$/i,
  /^(sent from my|skickat från min)\b/i,
];

const GREETING =
  /^(hej(san|hej)?( igen)?|hallå( igen)?|halla|tja(bba|ena)?|tjena|god (morgon|dag|kväll|kvall|eftermiddag)|hi( there| again)?|hello( again)?|hey( again)?|hiya|good (morning|afternoon|evening)|dear [^,\n]{1,40})\b[ \t]*(frontline|support|kundtjänst|kundtjanst|team)?[!,.:]*\s+/i;

export function stripQuotedAndSignature(text: string): string {
  const lines = text.split(/\r?\n/);
  const kept: string[] = [];
  for (const line of lines) {
    const t = line.trim();
    if (t.startsWith('>')) continue;
    if (kept.some((k) => k.trim() !== '') && (END_OF_MESSAGE.some((re) => re.test(t)) || isMailFooterLine(t)))
      break;
    kept.push(line);
  }
  return kept.join('\n');
}

export function stripGreeting(text: string): string {
  const m = GREETING.exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length);
  return /[\p{L}\p{N}]/u.test(rest) ? rest : text;
}

/** The customer's own words, ready for features and entity extraction. */
export function cleanText(raw: string): string {
  let text = typeof raw === 'string' ? raw : String(raw ?? '');
  if (text.length > MAX_INPUT_CHARS) text = text.slice(0, MAX_INPUT_CHARS);
  text = stripHtml(text).replace(CONTROL, ' ').replace(/\t/g, ' ');
  text = stripQuotedAndSignature(text);
  text = text.replace(/\s+/g, ' ').trim();
  return stripGreeting(text);
}

/** Lowercase with å/ä/ö/é… folded to their base letters: "Nätet" → "natet". */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}

export function fold(text: string): string {
  return foldDiacritics(text.toLowerCase());
}

/**
 * Spoken Swedish in writing, for the question patterns (folded text): "ja" for "jag" right after a verb
 * ("måste ja logga in igen?", "kan ja köra på?", "behöver ja göra nåt") is the pronoun, never a yes.
 */
const JA_FOR_JAG =
  /\b(maste|behover|behov\w+|ska|skall|kan|kunde|kommer|vill|far|fick|borde|slipper|skulle|bor|gor|hade|har) ja\b(?=\s+\p{L})/gu;

export function spokenSwedish(folded: string): string {
  return folded.replace(JA_FOR_JAG, '$1 jag');
}

/** Word tokens (letters and digits), already lowercased/folded by the caller. */
export function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}
