// Which language the conversation continues in, from what the customer writes (when they did not
// choose one explicitly). A short opening ("internet died") says little; the first clear message
// after it decides, and once a clear message has shown the language only a long one changes it.
import type { Language } from '../domain/index.js';
import type { ConversationState } from './conversation-state.js';
import { wordCount } from './repair.js';

export interface LanguageGuess {
  language: Language;
  languageConfidence: number;
}

/** A guess this sure shows the customer's language. */
const SHOWN = 0.7;
/** Nobody knows the customer yet (greeted in both languages): any lean of the opening beats the default. */
const LEANS = 0.15;
/** Before the language was shown: a short message this sure decides ("my number is #201559"). */
const DECIDES = 0.9;
/** After it was shown: only a long message this sure changes it. */
const CHANGES = 0.9;
const CHANGES_WORDS = 5;

/**
 * Follows the customer's language; returns true when the conversation's language changed.
 * `opening`: the first problem statement (a guess sure enough is taken there).
 */
export function followLanguage(conv: ConversationState, guess: LanguageGuess, text: string, opening: boolean): boolean {
  if (conv.languageFixed) return false;
  const before = conv.language;
  const words = wordCount(text);
  if (opening && guess.languageConfidence >= SHOWN) {
    conv.language = guess.language;
    conv.languageShown = true;
  } else if (opening && !conv.customerId && guess.languageConfidence >= LEANS) {
    conv.language = guess.language;
  } else if (!conv.languageShown && guess.languageConfidence >= DECIDES && words >= 2) {
    conv.language = guess.language;
    conv.languageShown = true;
  } else if (!opening && guess.language !== conv.language && guess.languageConfidence >= CHANGES && words >= CHANGES_WORDS) {
    conv.language = guess.language;
  }
  if (!conv.languageShown && guess.language === conv.language && guess.languageConfidence >= SHOWN) conv.languageShown = true;
  return conv.language !== before;
}

/** The language to break a tie in the triage's guess: the one the conversation knows, if it knows one. */
export function languageHint(conv: ConversationState): Language | undefined {
  return conv.languageFixed || conv.languageShown || conv.customerId ? conv.language : undefined;
}
