// Round 34 (f45, rp34a #4): "jag har kollat att den gula fiberkabeln sitter i ordentligt. Vad betyder LOS?" was
// answered with "Kontrollera att den tunna fiberkabeln in i boxen sitter i". A step the customer reports done in
// the message is not asked again: a general answer that would tell them to do it has a text of its own for a
// step reported done (`tech.<question>.<reported>`), used when the message reports it. Tables only (folded text).
import { fold } from '../triage/normalize.js';

const CABLE = String.raw`(?:fiber|fibre)?(?:kabel\w*|sladd\w*|cables?|cords?|fib(?:er|re)(?:n|kabeln)?|patch\w*)`;
/** What the customer reports done, by the name its texts carry. */
const REPORTED: Record<string, RegExp> = {
  // "jag har kollat att den gula fiberkabeln sitter i ordentligt", "I've checked the fibre cable, it's in",
  // "kabeln sitter i och är inte böjd", "the cable is plugged in properly".
  cable_checked: new RegExp(
    String.raw`\b(?:har|have|'ve|i|we|jag|vi)\s+(?:(?!inte\b|ej\b|aldrig\b|not\b|never\b)\w+\s+){0,2}?(?:kollat|kontrollerat|tittat|checked|double-?checked|verified|made sure)\b[^.!?]{0,50}?\b${CABLE}\b|\b${CABLE}\b[^.!?]{0,25}?\b(?:sitter (?:i|fast|ordentligt|som den ska)|ar (?:ordentligt )?(?:i|isatt|inkopplad)|is (?:firmly |properly |fully )?(?:plugged )?in(?: properly| firmly)?\b|is (?:firmly |properly )?(?:connected|seated))`,
  ),
};
/** A negation just before: "har inte kollat kabeln", "haven't checked the cable". */
const NOT_DONE = /\b(?:inte|ej|aldrig|not|never|haven'?t|havent|didn'?t|didnt)\s+(?:\w+\s+){0,2}$/;

/** The steps the message reports done ("cable_checked"), for the texts that would ask for them. */
export function stepsReported(text: string): string[] {
  const t = fold(String(text ?? '').slice(0, 2000)).replace(/[’`´]/g, "'");
  const out: string[] = [];
  for (const [name, re] of Object.entries(REPORTED)) {
    const m = re.exec(t);
    if (!m) continue;
    if (NOT_DONE.test(t.slice(Math.max(0, (m.index ?? 0) - 30), m.index ?? 0) + ' ')) continue;
    // A question ("sitter kabeln i?", "is the cable in?") reports nothing.
    const end = t.slice(m.index ?? 0).search(/[.!?]/);
    if (end >= 0 && t.slice(m.index ?? 0)[end] === '?') continue;
    out.push(name);
  }
  return out;
}
