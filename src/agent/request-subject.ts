// The subject of a case opened for a follow-up request (linked-case.ts): a short name of the kind of request
// ("Compensation request", "Charged twice", "Fråga om faktura"), never the customer's whole message — their
// words go onto the case as a note. Round 28 (b: T-000003, T-000013 took the message as their subject).
import type { Intent, Language } from '../domain/index.js';
import { fold } from '../triage/normalize.js';
import { capitalise } from './after-outcome-context.js';
import { brandParams, hasMessage, t, type BrandWords, type MessageKey } from './messages/index.js';

/** The kinds of a billing request, first match wins (folded text). */
const BILLING_KINDS: [string, RegExp][] = [
  [
    'double_charge',
    /\b(charged|billed|debited|paid|drawn|taken) (twice|two times|double)|\b(double|duplicate)[- ]?(charge|payment|billing|debit)\w*|\b(dubbel\w*|dubbla) (debiter\w*|betal\w*|dragning\w*|faktur\w*)|\bdragit (pengar )?(tva|2) ganger|\bdebiterat\w* (tva|2) ganger/,
  ],
  [
    'compensation',
    /\b(refund\w*|money back|reduction|discount|compensat\w*|credit (note|back)|pengar(na)? tillbaka|aterbetal\w*|ersattning\w*|kompensation\w*|avdrag\w*|rabatt\w*|nedsattning\w*)\b/,
  ],
  ['payment', /\b(paid|payment|pay|swish|autogiro|betal\w*|inbetal\w*)\b/],
];

/**
 * Intents whose label names no request ("Something else"): the subject is the customer's own question,
 * shortened — "my friends need an address …, whats my address?" says what the case is about; the label does not.
 */
const LABEL_NAMES_NOTHING: ReadonlySet<Intent> = new Set<Intent>(['other']);

/** The longest subject taken from the customer's words (cut at a word). */
const SUBJECT_MAX = 120;

/** A short subject for a linked case of `intent` opened for `text`, in `language`. */
export function requestSubject(language: Language, intent: Intent, text: string, words?: BrandWords): string {
  const folded = fold(String(text ?? '').slice(0, 1000));
  const kind = intent === 'billing' ? BILLING_KINDS.find(([, re]) => re.test(folded))?.[0] : undefined;
  const key = kind ? `subject.linked.${intent}.${kind}` : `subject.linked.${intent}`;
  if (hasMessage(key)) return t(language, key as MessageKey, words ? brandParams(words, language) : {});
  const own = LABEL_NAMES_NOTHING.has(intent) ? askedPart(String(text ?? '')) : '';
  if (own) return capitalise(own);
  return capitalise(t(language, `intent.${intent}` as MessageKey, words ? brandParams(words, language) : {}));
}

/**
 * The part of `text` that asks: the last sentence with a question mark, else the last sentence (a preamble
 * such as "web pages work fine, that was never the problem" comes first), cut to SUBJECT_MAX at a word.
 */
function askedPart(text: string): string {
  const sentences = text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?…])\s+/)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
  const part = sentences.filter((s) => s.includes('?')).at(-1) ?? sentences.at(-1) ?? '';
  if (part.length <= SUBJECT_MAX) return part;
  const cut = part.slice(0, SUBJECT_MAX);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : SUBJECT_MAX).trimEnd()}…`;
}
