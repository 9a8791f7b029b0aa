// Swedish/English-aware text normalisation shared by indexing and querying: lower case, folded
// diacritics, a few spelling unifications, stop words dropped and a light suffix stemmer.
// Indexing and querying go through the same function, so the stems only need to be consistent,
// not linguistically correct. Output tokens are [a-z0-9]+ only — safe to put into FTS queries.
import type { Language } from '../domain/index.js';

const STOP_WORDS: Record<Language, ReadonlySet<string>> = {
  en: new Set(
    `a about above after again all am an and any are as at be been being but by can could did do does doing
     for from get gets got had has have having he her here hi hello hey his how i i'm if in into is it its
     just me more most my no nor of off on once only or other our out over own please same she should so
     some such than thank thanks that the their them then there these they this those through to too
     under until up very was we were what when where which while who whom why will with would you your
     yours im ive dont cant doesnt isnt wont`.split(/\s+/),
  ),
  sv: new Set(
    `alla allt att av bara blir de dem den denna deras dess det detta dig din dina ditt du där då efter eller
     en er era ert ett från för ha hade han hans har hej henne hennes hon hos hur här i in inom inte jag ju
     kan kunde man med mellan men mig min mina mitt mot mycket ni nu när någon något några och om oss också
     på sedan sig sin sina sitt ska skulle som så tack till under upp ut utan vad var varför vara varit vi
     vid vilka vilken vilket vill våra vårt är åt även`
      .split(/\s+/)
      // Matching happens on folded words ("på" → "pa").
      .map((w) => w.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')),
  ),
};

// Longest suffix first. A suffix is removed only when at least three characters remain.
const SUFFIXES: Record<Language, readonly string[]> = {
  sv: [
    'heterna',
    'ingarna',
    'hetens',
    'arnas',
    'ernas',
    'ornas',
    'andet',
    'andes',
    'anden',
    'arens',
    'heten',
    'heter',
    'ingar',
    'ingen',
    'arna',
    'erna',
    'orna',
    'ande',
    'ende',
    'aste',
    'ades',
    'erns',
    'ing',
    'ens',
    'ern',
    'het',
    'ast',
    'ade',
    'are',
    'ad',
    'an',
    'en',
    'et',
    'ar',
    'er',
    'or',
    'as',
    'es',
    'at',
    'a',
    'e',
    's',
  ],
  en: ['ations', 'ation', 'ings', 'ing', 'ied', 'ies', 'ed', 'es', 'ly', 's', 'e'],
};

// Canonical forms for words customers use interchangeably (applied to stems).
const SYNONYMS: Record<string, string> = {
  wlan: 'wifi',
  wireles: 'wifi',
  wireless: 'wifi',
  tradlos: 'wifi',
  tradlost: 'wifi',
  led: 'light',
  lamp: 'light',
  lampa: 'light',
  flash: 'blink',
  blinkand: 'blink',
  modem: 'router',
  rout: 'router',
  routr: 'router',
  epost: 'email',
  mejl: 'email',
  mail: 'email',
};

const MAX_TOKEN_LENGTH = 40;

/** Lower case and fold diacritics: "Rött Lösenord" → "rott losenord". */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o');
}

function unifySpellings(folded: string): string {
  return folded
    .replace(/\bwi[\s-]?fi\b/g, 'wifi')
    .replace(/\be-?(post|mail)\b/g, 'e$1')
    .replace(/(\d)[.,](\d)/g, '$1$2');
}

const DOUBLE_CONSONANT = /([bdfgklmnprstz])\1$/;

/** Light suffix stemming; exported for tests. */
export function stem(word: string, lang: Language): string {
  if (/^\d+$/.test(word)) return word;
  let out = word;
  for (const suffix of SUFFIXES[lang]) {
    if (!out.endsWith(suffix)) continue;
    const rest = out.slice(0, -suffix.length);
    // English -ed/-ing on short words ("speed", "need", "bring") are not suffixes.
    const minRest = lang === 'en' && (suffix === 'ed' || suffix === 'ing' || suffix === 'ings') ? 4 : 3;
    if (rest.length < minRest) continue;
    if (suffix === 's' && /[su]$/.test(rest)) continue; // "access", "status"
    out = rest;
    if (lang === 'en' && (suffix === 'ing' || suffix === 'ed') && DOUBLE_CONSONANT.test(out))
      out = out.slice(0, -1);
    if (lang === 'en' && suffix === 'ies') out += 'y';
    break;
  }
  return SYNONYMS[out] ?? out;
}

export interface NormaliseOptions {
  /** Keep stop words (used for the title/body index so phrases stay intact; default false). */
  keepStopWords?: boolean;
}

/** Splits text into normalised tokens for one language. */
export function tokens(text: string, lang: Language, opts: NormaliseOptions = {}): string[] {
  const words = unifySpellings(fold(text)).split(/[^a-z0-9]+/);
  const out: string[] = [];
  for (const w of words) {
    if (!w || w.length > MAX_TOKEN_LENGTH) continue;
    if (w.length < 2 && !/^\d$/.test(w)) continue;
    if (!opts.keepStopWords && (STOP_WORDS[lang].has(w) || STOP_WORDS[lang].has(w.replace(/'/g, ''))))
      continue;
    const s = stem(w, lang);
    if (!opts.keepStopWords && STOP_WORDS[lang].has(s)) continue;
    out.push(s);
  }
  return out;
}

/** Text as stored in the search index: the normalised tokens joined by spaces. */
export function indexText(text: string, lang: Language): string {
  return tokens(text, lang).join(' ');
}

/**
 * Distinct query tokens (for one language, or the union of both when the language is unknown),
 * capped so that a pasted essay cannot build a huge query.
 */
export function queryTokens(q: string, lang: Language | undefined, max = 16): string[] {
  const text = q.length > 4000 ? q.slice(0, 4000) : q;
  const langs: Language[] = lang ? [lang] : ['sv', 'en'];
  const seen = new Set<string>();
  for (const l of langs) {
    for (const t of tokens(text, l)) {
      if (seen.size >= max) break;
      seen.add(t);
    }
  }
  return [...seen];
}

/** Whether a query token matches an indexed token (prefix match for tokens of four or more). */
export function tokenMatches(queryToken: string, docToken: string): boolean {
  return queryToken.length >= 4 ? docToken.startsWith(queryToken) : docToken === queryToken;
}
