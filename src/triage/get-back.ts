// "får vi något tillbaka för dagarna utan internet?", "do we get anything back": a refund asked for without
// a money word. Only an indefinite "something/anything" (or "for the days") with "back" counts:
// "when do we get the internet back", "get back to me" and "får jag tillbaka routern" are not refunds.
// Matched against folded text (lowercase, å/ä/ö → a/a/o).

const SV_WHO = '(?:vi|jag|ja|jg|man|ni|du)';
const SV_WHAT = '(?:nagot|nat|ngt|nagonting|nanting|nanstans|lite|nagra kronor|nagot alls)';
const EN_WHAT = '(?:anything|something|smth|sth|any ?thing|some ?thing|any of it|some of it|a bit)';

/** Money named: "the 200 kr", "our money", "the difference" (never a thing such as the router). */
const EN_MONEY =
  '(?:(?:the|our|my|that|those|these|this) )?(?:money|\\d+ ?(?:kr|kronor|sek|crowns|euros?)|difference|overcharge|extra(?: \\d+ ?(?:kr|kronor|sek))?)';
const SV_MONEY =
  '(?:(?:de|dom|det) )?(?:pengarna|pengar|mellanskillnaden|\\d+ ?(?:kr|kronor|kronorna)|det extra)';

/** Get/få (someone) something back: compensation asked for in the plainest words. */
export const GET_SOMETHING_BACK = new RegExp(
  [
    // får vi något tillbaka · kan jag få nåt tillbaka · får man tillbaka något · får vi tillbaka för dagarna
    `\\b(?:fa|far)(?: ${SV_WHO})? ${SV_WHAT} tillbaka\\b`,
    `\\b(?:fa|far)(?: ${SV_WHO})? tillbaka (?:${SV_WHAT}|for (?:de |dom )?(?:dagar\\w*|tiden|avbrott\\w*|stillestandet|strul\\w*))\\b`,
    // do we get anything back · can i get something back for it
    `\\b(?:get|gets|getting|got) ${EN_WHAT} back\\b`,
    // do we get the 200 kr back · will I get my money back · får vi tillbaka pengarna · får vi de 200 kr tillbaka
    `\\b(?:get|gets|getting|got) ${EN_MONEY} back\\b`,
    `\\b(?:fa|far)(?: ${SV_WHO})? (?:tillbaka ${SV_MONEY}|${SV_MONEY} tillbaka)\\b`,
  ].join('|'),
);
