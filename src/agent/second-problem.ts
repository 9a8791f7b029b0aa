// "yes its back. also my wifi is really slow in the evenings, can you check that too?": a second problem
// told inside the yes to "does it work now?" is a case of its own, taken up as soon as this one closes.
// Tables: what marks the second thing, and the words of a fault. Folded text (å/ä/ö as a/a/o).
import { cueAlternation } from '../triage/add-on-cues.js';
import { fold } from '../triage/normalize.js';

/** What opens the second thing: "also", "btw", "en sak till", "dessutom", "sen". */
const MARKER = new RegExp(
  `(?:^|[.!?,;]\\s*|\\s)(?:and |och )?(?:${cueAlternation('turn', 'join', 'then')})\\b`,
);
/** The words of a fault in what follows it. */
const FAULT =
  /\b(slow|slower|laggy|lags?|lagging|buffer\w*|drops?|dropping|disconnect\w*|cuts? out|keeps? (dropping|failing)|(does ?n'?t|doesnt|dont|don'?t|wont|won'?t|isn'?t|isnt|not) (work\w*|load\w*|connect\w*)|no (signal|internet|connection)|langsam\w*|(?:jatte|super|mega|sa)?seg[ta]?|trog\w*|laggar|hackar|buffrar|tappar|forsvinner|(funkar|fungerar|gar|laddar) inte|ingen (signal|tackning|uppkoppling))\b/;

/** A fault told as it was before ("between the drops before", "det tappade förut också"). */
const BEFORE =
  /\b(before|previously|earlier|used to|in the past|last (week|month|time)|innan|forut|tidigare|forra (veckan|manaden|gangen)|forr)\b/;

/** The first sentence of `rest` tells of the time before ("also worked between the drops earlier."). */
export function toldOfBefore(rest: string): boolean {
  return BEFORE.test(fold(rest.toLowerCase()).split(/[.!?]+/)[0] ?? '');
}

/** The second problem as the customer put it, or null when the message tells none. */
export function secondProblemBeside(text: string): string | null {
  const raw = String(text ?? '').slice(0, 600);
  const folded = fold(raw.toLowerCase());
  const m = MARKER.exec(folded);
  if (!m) return null;
  const rest = raw
    .slice(m.index + m[0].length)
    .replace(/^[\s,.:;–—-]+/, '')
    .trim();
  // ("it works right now but it also worked between the drops before. How will I know?": the fault as it was
  // before the fix, told in the past, is no second problem.)
  const told = fold(rest.toLowerCase())
    .split(/[.!?]+/)
    .some((s) => FAULT.test(s) && !BEFORE.test(s));
  return told ? rest : null;
}
