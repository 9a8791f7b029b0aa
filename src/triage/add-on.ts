import type { Intent } from '../domain/index.js';
import { classifyClean } from './classify.js';
import { cueAlternation, foldInPlace } from './add-on-cues.js';
import { tokens } from './normalize.js';

// "Our Wi-Fi is gone since yesterday … and while you're at it: can you rename the network?" The
// part after an add-on cue is a second request; the problem is what comes before it, and the
// model reading the whole message can be pulled off by the request's words.

const ADD_ON = new RegExp(`(?:^|[\\s.,;:!?])(?:and |och )?(?:${cueAlternation('turn')})(?![\\p{L}\\d])`, 'u');

/** The problem part of a message that adds a second request, or null when there is no add-on. */
export function beforeAddOn(cleaned: string): string | null {
  const m = ADD_ON.exec(foldInPlace(cleaned));
  if (!m || m.index === 0) return null;
  const head = cleaned.slice(0, m.index).trim();
  return tokens(head).length >= 4 ? head : null;
}

/** How sure the problem part must be to outweigh the whole message's reading. */
const HEAD_CONFIDENCE = 0.7;

/** The intent of the problem part, when it is surer than the whole message's and differs from it. */
export function problemBeforeAddOn(
  cleaned: string,
  whole: { intent: Intent; confidence: number },
): { intent: Intent; confidence: number } | null {
  const head = beforeAddOn(cleaned);
  if (!head) return null;
  const r = classifyClean(head);
  if (r.intent === whole.intent || r.intent === 'other') return null;
  if (r.confidence < HEAD_CONFIDENCE || r.confidence <= whole.confidence) return null;
  return { intent: r.intent, confidence: r.confidence };
}
