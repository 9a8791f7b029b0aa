// A satisfaction score with more beside it: "4 typ. men kan det hända igen?", "4 i guess. what if it
// happens again?", "3. also can i get some money back?", "ok tack, 3 för att ni missade tv frågan". The
// score is what the message opens with (after an ok or a thanks, hedged or not); the rest is handled as
// what it is. Read on folded text (lower case, å/ä/ö as a/a/o).
import { cleanText, fold } from './normalize.js';

/** Words before the score that only acknowledge ("ok tack, 3"). */
const ACK = String.raw`(?:(?:ok(?:ay|ej)?|tack|thanks?|thank you|thx|tusen tack|ja|yes|well|hmm+|um+|mja|jaha|sure)[\s,.!]+)*`;
/** A hedge before the score ("typ 4", "i'd say 4", "jag ger er en 3:a"). */
const BEFORE = String.raw`(?:(?:typ|kanske|maybe|about|around|ungefar|say|i'?d say|id say|i (?:would )?(?:say|give(?: it| you)?(?: a)?)|jag (?:skulle )?(?:saga|ge(?:r)?)(?: er| dig)?(?: en)?)\s+)?`;
/** The score itself, out of five or not ("4", "4/5", "4 av 5", "3:a"). */
const SCORE = String.raw`([1-5])(?::[ae]|:an)?(?:\s*(?:\/|av|of|out of)\s*(?:5|fem|five))?`;
/** A hedge after the score ("4 typ", "4 i guess"). */
const AFTER = String.raw`(?:\s+(?:typ|i guess|i think|i suppose|antar jag|tror jag|kanske|ish|or so|ungefar|maybe|liksom))?`;
/** Where the score ends and the rest begins. */
const END = String.raw`(?=\s*$|\s*[,.!:;?–—-](?!\d)|\s+(?:but|men|because|for att|eftersom|since|for|also|och|and|though|fast|pga|cause|cuz))`;

const LEADING_SCORE = new RegExp(`^${ACK}${BEFORE}${SCORE}${AFTER}${END}`);

/** The score the message opens with and what follows it, or null when it does not open with a score. */
export function scoreBeside(text: string): { score: number; rest: string } | null {
  const raw = cleanText(String(text ?? '').slice(0, 600)).trim();
  const m = LEADING_SCORE.exec(fold(raw));
  if (!m) return null;
  // Folding keeps the length, so the rest is cut from the customer's own words.
  const rest = raw
    .slice(m[0].length)
    .replace(/^[\s,.!:;–—-]+/, '')
    .trim();
  return { score: Number(m[1]), rest };
}
