import type { Language } from '../domain/index.js';
import { loadModel, type LanguageProfile } from './model.js';
import { fold, tokens } from './normalize.js';

// Swedish or English from character-trigram profiles (trained with the intent model), Swedish
// letters and stop-words; short or mixed messages fall back to the customer's profile language.

const SV_WORDS = new Set(
  (
    'jag inte det har och är ar en ett att på pa för for med som vi min mitt mina hos er ni kan vill hur vad sen sedan ' +
    'funkar fungerar nätet natet hej tack nej ja också men eller så den till från fran igen inget ingen alls nere går gar ' +
    'får far lyser blinkar mig du om när nar var här har hem hemma bara typ jätte jatte mycket kommer ligger någon nagon ' +
    'något nagot inga efter varför varfor tror vet snälla snalla hjälp hjalp gör gor klart trådlöst tradlost lösenord losenord ' +
    'god morgon kväll kvall tja tjena hallå halla alla allt ingenting de dom vår var vårt vart över over redan också fortfarande ännu annu ute slutat'
  )
    .split(/\s+/)
    .filter((w) => !w.endsWith('?')),
);

const EN_WORDS = new Set(
  (
    'i the is my it and not to of a can you have has no yes with for on in at this that what how why me we our your ' +
    "doesn't dont don't can't cant isn't won't wont please thanks thank hi hello working works down since would could " +
    'be been are was were do does did get got keep keeps all any some every nothing there here still again just only ' +
    "want need help slow speed restart router light lights red green off password forgot forgotten its it's i'm im " +
    'none price thx maybe idk yeah yep nope'
  ).split(/\s+/),
);

export interface LanguageGuess {
  language: Language;
  confidence: number;
  /** True when the text looked like neither Swedish nor English. */
  foreign: boolean;
}

function trigramScore(profile: LanguageProfile, lower: string): number {
  const t = ' ' + tokens(lower).join(' ') + ' ';
  let diff = 0;
  for (let i = 0; i + 3 <= t.length; i++) {
    const g = t.slice(i, i + 3);
    diff += (profile.sv[g] ?? profile.floor.sv) - (profile.en[g] ?? profile.floor.en);
  }
  return diff;
}

let vocabulary: Set<string> | null = null;

/** Share of the words that appear in the Swedish/English training vocabulary or stop-word lists. */
export function knownWordShare(cleaned: string): { share: number; words: number } {
  vocabulary ??= new Set(loadModel().file.vocabulary);
  const words = tokens(fold(cleaned.slice(0, 1000))).filter((w) => /\p{L}/u.test(w) && w.length > 1);
  if (words.length === 0) return { share: 0, words: 0 };
  const known = words.filter((w) => vocabulary!.has(w) || SV_WORDS.has(w) || EN_WORDS.has(w)).length;
  return { share: known / words.length, words: words.length };
}

/** A name or a phrase in quotes ("Pretty Fly for a WiFi", ”Hemma-5G”): someone else's words, not the writer's language. */
const QUOTED = /"[^"\n]{1,80}"|“[^”\n]{1,80}”|”[^”\n]{1,80}”|„[^“”\n]{1,80}[“”]|«[^»\n]{1,80}»/g;

/** The text without its quoted spans, when words remain outside them; else the text as it is. */
export function withoutQuoted(text: string): string {
  const rest = text.replace(QUOTED, ' ');
  return rest !== text && tokens(rest.toLowerCase()).some((w) => /\p{L}/u.test(w)) ? rest : text;
}

export function detectLanguage(cleaned: string, profileLanguage?: Language): LanguageGuess {
  const lower = withoutQuoted(cleaned).toLowerCase().slice(0, 1000);
  const words = tokens(lower);
  const fallback: Language = profileLanguage ?? 'sv';
  if (words.length === 0) return { language: fallback, confidence: 0, foreign: false };

  let sv = 0;
  let en = 0;
  for (const w of words) {
    if (SV_WORDS.has(w)) sv++;
    if (EN_WORDS.has(w) || w.includes("'")) en++;
  }
  const swedishLetters = Math.min((lower.match(/[åäö]/g) ?? []).length, 4);
  const nb = trigramScore(loadModel().file.language, lower);
  // The trigram evidence grows with length; per-word stop-words and å/ä/ö carry most weight in short texts.
  const score = nb * 0.15 + (sv - en) * 1.5 + swedishLetters * 1.5;
  const p = 1 / (1 + Math.exp(-score));
  const language: Language = p >= 0.5 ? 'sv' : 'en';
  const confidence = Math.abs(p - 0.5) * 2;

  const { share, words: n } = knownWordShare(cleaned);
  const foreign = n >= 3 && share < 0.4 && swedishLetters === 0;
  if (confidence < 0.5 && profileLanguage) return { language: profileLanguage, confidence, foreign };
  return { language, confidence, foreign };
}
