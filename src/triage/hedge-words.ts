// The words that soften an answer ("kanske", "i guess"), sv and en, folded (lower case, å/ä/ö as a/a/o):
// declared once for the reply patterns' hedge and for a yes on condition ("i guess, if it fixes it").

interface Words {
  sv: readonly string[];
  en: readonly string[];
}

/** Said alone before "if it helps", only a hedge: the yes stands ("kanske, om det hjälper"). */
export const SOFTENERS: Words = {
  sv: ['kanske', 'antar det', 'jag antar det', 'tror det'],
  en: ['maybe', 'perhaps', 'probably', 'i guess', 'guess so', 'i suppose'],
};

/**
 * Softeners that, right beside a yes, leave it a yes ("so I suppose yes", "i guess yes then", "ja, antar jag"):
 * the customer concludes — never "maybe" or "kanske", which leave it open.
 */
export const CONCLUDERS: Words = {
  sv: ['jag antar', 'antar jag', 'antar det', 'tror jag', 'jag tror', 'skulle jag tro', 'skulle jag saga'],
  en: ['i suppose', 'i guess', 'i think', "i'd say", 'i would say', 'probably', 'guess', 'suppose'],
};

/** Doubt beyond a softener ("möjligen", "not sure"): a hedge, never a yes on its own. */
export const DOUBTS: Words = {
  sv: [
    'kanhanda',
    'mojligen',
    'mojligtvis',
    'troligen',
    'troligtvis',
    'antagligen',
    'tror jag det',
    'tror sa',
    'tror jag',
    'antar att',
    'jag antar',
    'inte saker',
    'inte helt saker',
    'osaker',
  ],
  en: ['mayb', 'mebbe', 'possibly', 'suppose so', 'i think so', 'think so', 'not sure', 'unsure'],
};

/** The words of `tables`, both languages, as a regex alternation (the words hold no regex syntax). */
export function hedgeAlternation(...tables: Words[]): string {
  return tables.flatMap((w) => [...w.sv, ...w.en]).join('|');
}
