// What a RESOLVED case's summary says it found: the causes worked on, in the past tense (the findings'
// own explanations say "cannot … right now", which after the fix reads as if it were still broken).
// An unresolved or escalated case keeps the findings' present tense (handoff.ts).
import type { CustomerWords, Language } from '../domain/index.js';
import type { EngineState } from '../runbooks/engine.js';
import { brandParams, hasMessage, t } from './messages/index.js';

/** The past-tense text of a worked cause, or null when the catalogue has none (a request, "nothing found"). */
export function fixedCauseText(
  cause: string,
  lang: Language,
  words: CustomerWords,
  held = false,
): string | null {
  // Beside a held case's fault, the text that claims nothing else was wrong has a plainer form.
  const plain = held ? `summary.fixed.held.${cause}` : null;
  const key = plain && hasMessage(plain) ? plain : `summary.fixed.${cause}`;
  return hasMessage(key) ? t(lang, key, brandParams(words, lang)) : null;
}

/** The causes this case worked on, in the past tense; null when none has a past-tense text. */
export function resolvedFindings(
  engine: EngineState | null,
  lang: Language,
  words: CustomerWords,
): string[] | null {
  if (!engine) return null;
  // A linked second case tells its own story: what the held case's team has is not "found" here.
  const elsewhere = new Set(engine.heldElsewhere ?? []);
  const worked = [...(engine.handled ?? []), ...(engine.current ? [engine.current.cause] : [])].filter(
    (cause) => !elsewhere.has(cause),
  );
  const texts = [...new Set(worked)]
    .map((cause) => fixedCauseText(cause, lang, words, elsewhere.size > 0))
    .filter((x): x is string => x !== null);
  return texts.length ? texts : null;
}
