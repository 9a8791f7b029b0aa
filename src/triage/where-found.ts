// "Mitt kundnummer är 200-199 (står på fakturan)", "my account number is 100482, it's on the bill": a document
// named only as where a number or the PIN is found. The invoice there is no matter of the customer's: neither
// billing's intent (lexicon.ts teamIntentUnfounded) nor a second topic offered at the close (secondary-topics.ts).

/** An amount, fee or charge named: the invoice is a matter after all (folded). */
const MONEY =
  /\b(\d+ ?(kr|kronor|sek|:-)|belopp\w*|avgift\w*|kostnad\w*|dyr\w*|fee|fees|charge\w*|amount|price|pris\w*|betal\w*|pay\w*|wrong|fel|h[oö]g\w*|higher|double\w*|dubbel\w*|refund\w*)\b/iu;

/**
 * "står på fakturan", "it's on the bill", "(from my invoice)", "enligt välkomstbrevet": a document named as where a
 * number or the PIN is found (folded). With no money named, the invoice there is no topic of its own.
 */
const WHERE_FOUND =
  /\b((st[aå]r|stod|finns|fanns|syns|hittar|hittade|hittas|tryckt|skrivet|it['’]?s|it is|is|was|are|written|printed|listed|shown|found( it)?|see|se|check|kolla) (ju |also |too |[aä]ven |ocks[aå] |right |just )?(p[aå]|on|in|i|at|fr[aå]n|from|under) |(from|fr[aå]n|according to|enligt|via|per|as on|as per) )(the |my |our |your |min |mitt |v[aå]r |v[aå]rt |er |ert |senaste |last |latest ){0,2}(faktura\w*|r[aä]kning\w*|invoice\w*|bill|bills|v[aä]lkomstbrev\w*|welcome letter|avtal\w*|contract)\b/giu;
/** A sentence that names where a number is found: the customer number, the PIN or a number given in it. */
const NUMBER_GIVEN =
  /\b(pin\w*|kod|koden|code|kundnum\w*|kundnr|customer (number|no)|account (number|no)|nummer\w*|number)\b|\d[\d -]{3,}\d/iu;

/**
 * "the invoice is at the other apartment", "har inte fakturan här", "välkomstbrevet ligger hemma": the document
 * said not to be at hand — why a number is not known, never a question about the invoice (folded or as written).
 */
const NOT_AT_HAND =
  /\b(the |my |our |that )?(invoice|bill|welcome letter|contract)s? (is|are|was|were)( still| probably| somewhere)? (at|in|back at|over at|down at) (?!\d)[^.!?\n]{0,30}|\b(do ?n['’]?t|do not|did ?n['’]?t|have ?n['’]?t|have no|dont) (have|got) (the |my |an? |any )?(invoice|bill|welcome letter|contract)s?( (here|with me|on me|at hand|nearby|to hand))?\b|\b(fakturan|fakturorna|r[aä]kningen|v[aä]lkomstbrevet|avtalet) (ligger|finns|[aä]r|st[aå]r)( nog| v[aä]l| kvar)* (i|p[aå]|hemma|hos|kvar)\b[^.!?\n]{0,30}|\bhar (inte|ingen|ej) (fakturan|n[aå]gon faktura|r[aä]kningen|v[aä]lkomstbrevet|avtalet)( (h[aä]r|till hands|med mig|framme))?\b/giu;

/** `text` (folded or as written) without the invoice named only as where a number or the PIN is written. */
export function withoutWhereFound(text: string): string {
  return text
    .split(/(?<=[.!?\n])\s+/)
    .map((s) => (MONEY.test(s) ? s : NUMBER_GIVEN.test(s) ? s.replace(WHERE_FOUND, ' ') : s))
    .map((s) => (MONEY.test(s) ? s : s.replace(NOT_AT_HAND, ' ')))
    .join(' ');
}
