// "Next to the router with the 5G network it says 310. But down in the kitchen where I sit it's still around 40":
// two speeds, each with its place. The one close to the router shows what the line and router deliver; the one
// further away, what the Wi-Fi still carries there. Read on folded text, clause by clause.
import { fold } from './normalize.js';
import { reportedSpeed } from './speed-report.js';

const NEAR =
  /\b(next to|close to|near|nearby|beside|by|right by|at|in front of|vid|bredvid|nara|intill|precis vid|alldeles vid|framfor)( the| my| our)? (router\w*|modem\w*|box\w*)|\b(routern|modemet|boxen) (bredvid|intill)\b/;
const FAR =
  /\b(kitchen|bedroom|living ?room|lounge|office|study|garden|basement|cellar|attic|upstairs|downstairs|other room|far(ther|thest)? (away|from)|further (away|from)|where i (actually |really |usually )?(sit|work)|kok\w*|sovrum\w*|vardagsrum\w*|kontor\w*|arbetsrum\w*|kallare\w*|vinden|overvaning\w*|undervaning\w*|andra rummet|langre bort|langst bort|dar jag (faktiskt |egentligen |brukar )?(sitter|jobbar))\b/;
/** Where one clause of the report ends: a sentence, a comma, or a "but" / "while" that turns to the other place. */
const CLAUSE_END = /[.!?;,\n]+|\s+\b(?:but|men|while|whereas|medan|och|and)\b/;

export interface SpeedsByPlace {
  /** Measured close to the router. */
  near: number;
  /** Measured further away (another room, where the customer sits). */
  farther: number;
}

/** The speed near the router and the one further away, when `text` gives both; otherwise null. */
export function speedsByPlace(text: string): SpeedsByPlace | null {
  const clauses = fold(String(text ?? '').slice(0, 600))
    .split(CLAUSE_END)
    .filter((c): c is string => !!c?.trim());
  let near: number | null = null;
  let farther: number | null = null;
  // "Next to the router, with the 5G network, it says 310": a place told without its figure holds for the next one.
  let held: 'near' | 'far' | null = null;
  for (const clause of clauses) {
    const isNear = NEAR.test(clause);
    const isFar = FAR.test(clause);
    const place: 'near' | 'far' | null = isNear === isFar ? (isNear ? null : held) : isNear ? 'near' : 'far';
    const mbps = reportedSpeed(clause.replace(/\b5 ?g(hz)?\b|\b2[.,]4 ?(ghz)?\b/g, ' '));
    if (mbps === null) {
      held = place;
      continue;
    }
    held = null;
    if (place === 'near') near ??= mbps;
    else if (place === 'far') farther ??= mbps;
  }
  return near !== null && farther !== null ? { near, farther } : null;
}
