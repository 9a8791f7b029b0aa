import { cleanText, fold, tokens } from './normalize.js';
import { REPLY_PATTERNS as P, SCORE_FILLER_WORDS, SCORE_WORDS } from './reply-patterns.js';

// A reply to the satisfaction question read strictly: only a score counts as a score, so that
// "ok fine, do it then" or a new question after a close is never saved as CSAT.

/** Strictly a satisfaction score: a digit 1–5, stars, a number word or a rating word, and nothing else of substance. */
export function strictScore(text: string): number | null {
  const t = fold(cleanText(String(text ?? '').slice(0, 300)))
    .replace(/\b([1-5]):(a|e|an|en)\b/g, '$1')
    .replace(
      /\b(fem|five|fyra|four|tre|three|tva|two|one|ett|en)\s+(av|of|out of)\s+(fem|five)\b/g,
      (_, n: string) => `${SCORE_WORDS.get(n) ?? 1}/5`,
    );
  // "4 but the wait was long", "2, ni borde ha fixat det direkt": the score comes first, a comment after.
  const lead =
    /^([1-5])(?:\s*(?:\/|av|of|out of)\s*5)?\s*(?:[,.!:;–—-](?!\s?\d)|\b(?:but|men|because|eftersom|since|for|then|though|tack|thanks?|thank you|thx|tusen tack)\b)/.exec(
      t,
    );
  if (lead) return Number(lead[1]);
  // "5/5 would recommend": a score out of five first is a score whatever follows.
  const outOfFiveFirst = /^([1-5])\s*(?:\/|av|of|out of)\s*(?:5|fem|five)\b/.exec(t);
  if (outOfFiveFirst) return Number(outOfFiveFirst[1]);
  const stars = (t.match(/[★⭐]/g) ?? []).length;
  const rest = t.replace(/[★⭐]/g, ' ');
  const words = tokens(rest);
  const content = words.filter((w) => !SCORE_FILLER_WORDS.has(w));
  if (stars >= 1 && stars <= 5 && content.length === 0) return stars;
  const digits = rest.match(/(?<![\d.,:])\d+(?:[.,]\d+)?(?![\d:])/g) ?? [];
  const outOfFive = /(?<![\d.])([1-5])\s*(?:\/|av|of|out of)\s*(?:5|fem|five)(?![\d.])/.exec(rest);
  if (outOfFive) {
    const others = content.filter(
      (w) => w !== outOfFive[1] && w !== '5' && !['av', 'of', 'out', 'fem', 'five'].includes(w),
    );
    return others.length === 0 ? Number(outOfFive[1]) : null;
  }
  if (digits.length === 1 && /^[1-5]$/.test(digits[0])) {
    return content.every((w) => w === digits[0]) ? Number(digits[0]) : null;
  }
  if (digits.length > 0) return null;
  const scored = content.map((w) => SCORE_WORDS.get(w));
  const phrase = P.scorePhrases.find(([re]) => re.test(t));
  if (phrase) {
    const leftover = tokens(t.replace(phrase[0], ' ')).filter((w) => !SCORE_FILLER_WORDS.has(w));
    return leftover.length === 0 ? phrase[1] : null;
  }
  if (scored.length === 0 || scored.some((s) => s === undefined)) return null;
  const values = new Set(scored);
  return values.size === 1 ? (scored[0] as number) : null;
}
