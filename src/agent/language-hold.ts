// Which language the desk answers in, message by message (when the customer did not choose one by
// name; that is fixed elsewhere). A short opening ("internet died") says little: when nobody knows the
// customer yet any lean of it beats the default, and the first clear message after it decides. The
// customer's first clear language is then the conversation's home: one stray line in the other
// language ("lamps are blinking now, so its working?" in a Swedish chat) does not move the desk, two
// clear ones in a row do, and back in the home language the desk follows at once. A new problem after a
// closed case is such a later message too.
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
/** After it was shown: a message long and sure enough to count towards a change. */
const CLEAR_CONFIDENCE = 0.9;
const CLEAR_WORDS = 5;
/** Clear messages in a row, away from the home language, before the desk follows. */
const DRIFT_TO_SWITCH = 2;

/**
 * Updates the conversation's language after a customer message; true when it changed.
 * `opening`: the first problem statement (a guess sure enough is taken there, and becomes the home).
 */
export function followLanguage(
  conv: ConversationState,
  guess: LanguageGuess,
  text: string,
  opening = false,
): boolean {
  if (conv.languageFixed) return false;
  const before = conv.language;
  const lang = guess.language;
  // A new problem after a closed case, in a conversation whose language is known, is a later message
  // like any other: the turn has weighed it by that rule already (a stray line does not move the desk).
  if (opening && conv.languageHome) return false;
  if (opening) {
    if (guess.languageConfidence >= SHOWN) setHome(conv, lang);
    else if (!conv.customerId && guess.languageConfidence >= LEANS) conv.language = lang;
    return conv.language !== before;
  }
  if (!conv.languageHome) {
    if (guess.languageConfidence >= DECIDES && wordCount(text) >= 2) setHome(conv, lang);
    else if (lang === conv.language && guess.languageConfidence >= SHOWN) setHome(conv, lang);
    // "none" after an opening that leaned nowhere ("fiber hisingen?"): one sure word is a lean, not yet a home.
    else if (!conv.customerId && guess.languageConfidence >= DECIDES) conv.language = lang;
    return conv.language !== before;
  }
  if (guess.languageConfidence < CLEAR_CONFIDENCE || wordCount(text) < CLEAR_WORDS) return false;
  if (lang === conv.language) {
    conv.languageDrift = 0;
    return false;
  }
  const drift = (conv.languageDrift ?? 0) + 1;
  if (conv.languageHome === lang || drift >= DRIFT_TO_SWITCH) {
    conv.language = lang;
    conv.languageDrift = 0;
    return true;
  }
  conv.languageDrift = drift;
  return false;
}

function setHome(conv: ConversationState, lang: Language) {
  conv.language = lang;
  conv.languageHome = lang;
  conv.languageDrift = 0;
}

/** The language to break a tie in the triage's guess: the one the conversation knows, if it knows one. */
export function languageHint(conv: ConversationState): Language | undefined {
  return conv.languageFixed || conv.languageHome || conv.customerId ? conv.language : undefined;
}
