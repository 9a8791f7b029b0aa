// The words that turn a message to a second thing, in one table for every reader of them: the
// triage of an opening with an add-on, the split into clauses for second intents, the second
// problem told inside a yes, the rest of an answer, and the reading of a reply as a new request.
// Folded (å/ä/ö as a/a/o, lower case), as regular-expression fragments; the readers fold the text.
import { foldDiacritics } from './normalize.js';

export type CueKind =
  /** Opens a second request outright: "while you're at it", "en sak till", "btw". */
  | 'turn'
  /** Joins a clause that may be a second thing: "also", "dessutom", "plus". */
  | 'join'
  /** Moves on in time, and also means "since" in Swedish ("sen igår"): only where a fault must follow. */
  | 'then'
  /** Turns against what came before: "men", "but". */
  | 'but';

const CUES: Record<CueKind, readonly string[]> = {
  turn: [
    "while (?:you'?re|youre|you are) at it",
    "while (?:i have|i'?ve got) you",
    'another (?:thing|question|issue|problem)',
    'one more (?:thing|question)',
    'on another note',
    'a different (?:question|issue)',
    'separate (?:issue|question)',
    'i also (?:want|need|have|wonder)',
    'by the way',
    'btw',
    '(?:nar|medan) (?:du|ni) (?:anda )?(?:haller pa|ar igang|ar inne)',
    'nar jag anda har (?:er|dig)',
    'en (?:sak|grej|fraga) till',
    'en annan (?:sak|fraga)',
    'jag vill ocksa',
    'undrar ocksa',
    'forresten',
    'apropa',
  ],
  join: [
    'och dessutom',
    'dessutom',
    'och sa',
    'och sen',
    'och aven',
    'men ocksa',
    'ocksa',
    'samt',
    'plus att',
    'and also',
    'and then',
    'also',
    'as well as',
    'on top of that',
    'besides',
    'plus',
  ],
  then: ['sen', 'sedan'],
  but: ['men', 'but'],
};

/** The cues of the given kinds as one alternation, longer phrases first so that they win. */
export function cueAlternation(...kinds: CueKind[]): string {
  const all = kinds.flatMap((k) => CUES[k]);
  return [...new Set(all)].sort((a, b) => b.length - a.length).join('|');
}

/**
 * Lower case with diacritics folded, one UTF-16 unit per unit of the input, so that an index found in
 * the folded text points at the same place in the original.
 */
export function foldInPlace(text: string): string {
  let out = '';
  for (const ch of text) {
    const f = foldDiacritics(ch.toLowerCase());
    out += f.length === ch.length ? f : ch;
  }
  return out;
}

/** The text split where `separator` (global, over folded text) matches; the pieces are the original's. */
export function splitFolded(text: string, separator: RegExp): string[] {
  const folded = foldInPlace(text);
  const pieces: string[] = [];
  let last = 0;
  for (const m of folded.matchAll(separator)) {
    pieces.push(text.slice(last, m.index));
    last = m.index + m[0].length;
  }
  pieces.push(text.slice(last));
  return pieces;
}
