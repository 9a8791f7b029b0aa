import type { Language } from '../../domain/index.js';

// The agent writes as if in a chat ("just write here", "will answer you here"). On the phone the
// caller cannot write, and "here" is a call that ends: these phrases are said the telephone way.
// A stop-gap until the agent has voice forms of its messages.

type Rewrite = [pattern: RegExp, spoken: string];

export const PHONE_PHRASES: Record<Language, Rewrite[]> = {
  sv: [
    [/\bskriv bara( igen)? om\b/gi, 'ring oss bara$1 om'],
    [/\bskriver du bara (?:till oss )?här( igen)?/gi, 'ringer du oss bara igen'],
    [/\bskriv till mig om\b/gi, 'säg till om'],
    [/\bskriv bara\.$/gi, 'Säg bara.'],
    [/\bsvarar dig här(?:, i den här konversationen,)?/gi, 'hör av sig till dig'],
    [/\bsvara här när\b/gi, 'ring oss när'],
  ],
  en: [
    [/\bjust write( again)? if\b/gi, 'just call us$1 if'],
    [/\bjust write (?:to us )?(?:again )?here( again)?/gi, 'just call us again'],
    [/\bjust reply here\b/gi, 'just call us again'],
    [/\bwrite to me if\b/gi, 'tell me if'],
    [/\bjust write\.$/gi, 'Just say.'],
    [/\b(will )?answer you here(?:, in this conversation,)?/gi, '$1contact you'],
  ],
};

/** A sentence of the agent's as it is said on the phone. */
export function phoneWording(text: string, language: Language): string {
  let out = text;
  for (const [pattern, spoken] of PHONE_PHRASES[language]) {
    out = out.replace(pattern, (...m: unknown[]) => {
      const match = m[0] as string;
      const replaced = match.replace(new RegExp(pattern.source, 'i'), spoken);
      // Keep a capital at the start of a sentence.
      return /^[A-ZÅÄÖ]/.test(match) ? replaced.charAt(0).toUpperCase() + replaced.slice(1) : replaced;
    });
  }
  return out;
}
