// Which language the desk answers in, message by message. The customer's first clear language is the
// conversation's home: one stray line in the other language ("lamps are blinking now, so its
// working?" in a Swedish chat) does not move the desk, two in a row do, and back in the home
// language the desk follows at once. A language the customer asked for by name is fixed elsewhere.
import type { Language } from '../domain/index.js';
import type { ConversationState } from './conversation-state.js';
import { wordCount } from './repair.js';

/** A message long and sure enough to tell the customer's language. */
const CLEAR_CONFIDENCE = 0.9;
const CLEAR_WORDS = 5;
/** Clear messages in a row, away from the home language, before the desk follows. */
const DRIFT_TO_SWITCH = 2;

/** Updates the conversation's language after a customer message; true when it changed. */
export function followLanguage(conv: ConversationState, detected: { language: Language; languageConfidence: number }, text: string): boolean {
  if (conv.languageFixed) return false;
  const clear = detected.languageConfidence >= CLEAR_CONFIDENCE && wordCount(text) >= CLEAR_WORDS;
  if (!clear) return false;
  const lang = detected.language;
  if (conv.phase === 'opening') {
    // The opening decides the language (onOpening); it is the home once it is clear.
    conv.languageHome = lang;
    conv.languageDrift = 0;
    return false;
  }
  if (lang === conv.language) {
    conv.languageHome ??= lang;
    conv.languageDrift = 0;
    return false;
  }
  const home = conv.languageHome;
  const drift = (conv.languageDrift ?? 0) + 1;
  // No clear language yet (a short opening can fool the guess), or back home: follow at once.
  if (!home || home === lang || drift >= DRIFT_TO_SWITCH) {
    conv.language = lang;
    conv.languageHome = home ?? lang;
    conv.languageDrift = 0;
    return true;
  }
  conv.languageDrift = drift;
  return false;
}
