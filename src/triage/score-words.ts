// A score written in words ("en fyra", "fyra av fem", "a four", "four out of five", "en trea"): read as its digit.
// Text is folded (lower case, å/ä/ö as a/a/o) and stays the same length, so positions still cut the customer's words.

/** The "out of five" after a score ("4/5", "4 av 5", "4 out of five"): no second number. */
export const OUT_OF_FIVE = /(?<=\d)\s*(?:\/|av|of|out of)\s*(?:5|fem|five)(?![\p{L}\p{N}])/gu;

const WORDS: Record<string, number> = {
  ett: 1,
  etta: 1,
  one: 1,
  tva: 2,
  tvaa: 2,
  two: 2,
  tre: 3,
  trea: 3,
  three: 3,
  fyra: 4,
  fyran: 4,
  four: 4,
  fem: 5,
  femma: 5,
  five: 5,
};
const WORD = Object.keys(WORDS).join('|');
/** A word that is a score only said as one: "en fyra", "a four", "fyra av fem", "three out of five", "en trea". */
const SCORE_WORD = new RegExp(
  String.raw`(?<=(?:^|[\s,.!:;])(?:en|ett|a|an)\s+)(${WORD})(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(${WORD})(?=\s*(?:\/|av|of|out of)\s*(?:5|fem|five)(?![\p{L}\p{N}]))|(?<![\p{L}\p{N}])(etta|tvaa|trea|femma)(?![\p{L}\p{N}])`,
  'gu',
);

/** `folded` with each score word replaced by its digit, padded to the word's length. */
export function scoreWordsAsDigits(folded: string): string {
  return folded.replace(SCORE_WORD, (word) => String(WORDS[word]).padEnd(word.length, ' '));
}
