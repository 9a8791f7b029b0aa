// The contract's plain-words rule: no customer-facing message carries an internal code, and every
// message is in the conversation's language.
import { ACTIONS, ASK_KEYS, FAULT_KINDS, INTENTS, OUTCOMES } from '../src/domain/vocabulary.js';

/** Vocabulary identifiers written with `_` or `.` (queue names and other plain words are fine). */
const VOCABULARY = [
  ...ACTIONS,
  ...FAULT_KINDS,
  ...ASK_KEYS,
  'config.wifi_name',
  ...INTENTS,
  ...OUTCOMES,
].filter((w) => /[._]/.test(w));

/** First segments of the desk's dotted codes (findings, dispositions, catalogue keys). */
const CODE_PREFIXES = [
  'aaa',
  'account',
  'cpe',
  'dns',
  'identity',
  'line',
  'outage',
  'portal',
  'speed',
  'wan',
  'wifi',
  'lan',
  'device',
  'consent',
  'step',
  'lights',
  'scope',
  'connection',
  'config',
  'contact',
  'resolution',
  'csat',
  'clarify',
  'resolved',
  'escalated',
  'routed',
  'refused',
  'kb',
  'summary',
  'secondary',
  'closed',
  'advice',
  'action',
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Text with addresses, links and quoted e-mail history taken out: codes there are not ours to judge. */
function ownText(text: string): string {
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    if (/^\s*>/.test(line)) continue;
    if (/^(On .+ wrote:|Den .+ skrev:|-----\s*Original)/.test(line.trim())) break;
    lines.push(line);
  }
  return lines
    .join('\n')
    .replace(/\bhttps?:\/\/\S+/g, ' ')
    .replace(/\S+@\S+\.\S+/g, ' ');
}

/** The internal codes a customer-facing message contains. */
export function internalCodes(text: string, observedCodes: readonly string[] = []): string[] {
  const t = ownText(text);
  const found = new Set<string>();
  for (const code of [...VOCABULARY, ...observedCodes]) {
    if (new RegExp(`(^|[^\\w.])${escape(code)}(?![\\w]|\\.\\w)`).test(t)) found.add(code);
  }
  const generic = new RegExp(
    `(?:^|[^\\w.])((?:${CODE_PREFIXES.join('|')})\\.[a-z][a-z0-9_]*(?:\\.[a-z0-9_]+)*)(?![\\w]|\\.\\w)`,
    'g',
  );
  for (const m of t.matchAll(generic)) found.add(m[1]);
  // A word that goes on in letters outside ASCII ("johans_nät", a customer's own Wi-Fi name) is no code.
  for (const m of t.matchAll(/(?:^|[^\w.])([a-z][a-z0-9]*(?:_[a-z0-9]+)+)(?![\w\p{L}])/gu)) found.add(m[1]);
  // A code garbled by secret masking ("Intent.password••••••••", "wifi_password••••") is still a code.
  for (const m of t.matchAll(/[\p{L}_.]*[\p{L}_]•{2,}/gu)) found.add(m[0]);
  // An unfilled template placeholder ("Tack {name}") is an internal code too.
  for (const m of t.matchAll(/\{\{?\s*[A-Za-z_][\w.]*\s*\}\}?/g)) found.add(m[0]);
  return [...found];
}

const WORDS = {
  sv: new Set(
    'och att det är jag du inte för på med som vi har en ett kan din ditt dina eller om så nu till av från hur vad vill ska eftersom när här där tack hej igen behöver jämför också mig dig oss ni er era vår vårt våra kommer blir skulle fungerar routern också efter innan ingen inget något några alla sedan just än fortfarande kunde'.split(
      ' ',
    ),
  ),
  en: new Set(
    'and the to is you your we it not for on with have has can of this that please will would should what how when where thanks hello again need also me us our are be been there here after before no any some all since just still could does do did works working router'.split(
      ' ',
    ),
  ),
} as const;

/** The language a text is written in, or null when it is too short or too mixed to tell. */
export function languageOf(text: string): 'sv' | 'en' | null {
  const words =
    ownText(text)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  let sv = 0;
  let en = 0;
  for (const w of words) {
    if (WORDS.sv.has(w)) sv++;
    if (WORDS.en.has(w)) en++;
  }
  if (sv + en < 4) return null;
  if (sv >= 2 * en + 2) return 'sv';
  if (en >= 2 * sv + 2) return 'en';
  return null;
}

/** Sentences of a message that are plainly in the other language. */
export function wrongLanguage(text: string, language: 'sv' | 'en'): string[] {
  const out: string[] = [];
  const whole = languageOf(text);
  if (whole && whole !== language) return [text.trim().slice(0, 80)];
  for (const sentence of ownText(text).split(/(?<=[.!?])\s+|\n+/)) {
    const l = languageOf(sentence);
    if (l && l !== language && (sentence.match(/\p{L}+/gu) ?? []).length >= 6)
      out.push(sentence.trim().slice(0, 80));
  }
  return out;
}
