// "i guess, if it fixes it", "ja om det hjälper", "if that's what it takes": consent whose only
// condition is that the change does what it is for. A condition on anything else ("if I keep my
// settings", "om det inte tar för lång tid") is not this: it asks something. Folded text.

const BENEFIT_CONDITION =
  /(?:^|[,;]?\s+)(?:(?:but |men )?only )?(?:if|om) (?:(?:you think|du tror) (?:that |att )?)?(?:it|that|this|det|den|detta)(?:'?s| is| ar)? (?:(?:will|'?ll|kommer att?|ska|would|'?d) )?(?:fix(?:es)?|help(?:s)?|solves?|works?|hjalper|loser|fixar|funkar|fungerar|behovs|needed|what it takes|vad som kravs)(?: (?:it|that|things|the problem|the issue|problemet|det|saken|grejen))?\s*[.!]*$/;

/** What stands before a closing "if it helps" condition, when the reply ends with one; else null. */
export function beforeBenefitCondition(folded: string): string | null {
  const t = folded.trim();
  const m = BENEFIT_CONDITION.exec(t);
  return m ? t.slice(0, m.index).replace(/[,;\s]+$/, '') : null;
}

/** "ok ja.", "ok yes.", "yes." as a sentence of its own before the worry ("sure but does it…" waits). */
const LEADING_YES =
  /^(?:(?:ok(?:ay|ej)?|alright|fine)[,.!]?\s+)?(?:ja|jaa|jo|yes|yeah|yep|sure|visst)[.!]+\s|^ok(?:ay|ej)?[.!]+\s/;
/** "if it is safe", "om inget annat påverkas", "as long as it doesn't break anything": yes, on that condition. */
const SAFE_CONDITION =
  /\b(?:if|om|as long as|so long as|sa lange)\b[^.?!]{0,40}\b(?:safe|sakert|riskfritt|harmless|ofarligt|(?:nothing|inget|inte nagot|ingenting) (?:else |annat )?(?:breaks?|changes?|is affected|gets? affected|paverkas|gar sonder|forsvinner|slutar)|(?:doesn'?t|does not|won'?t|will not|dont|inte) (?:break|affect|mess|change|paverkar|forstor|andrar))/;
/** A yes in so many words after the condition: "then yes please go ahead", "så kör". */
const YES_AFTER =
  /\b(?:yes|yeah|ok(?:ay|ej)?|sure|ja|jaa|visst|go ahead|do it|please do|kor|gor det|fixa det|go for it)\b/;
const DOUBTFUL = /\b(?:maybe|perhaps|kanske|not sure|osaker|vet inte|don'?t know|dunno|hmm+)\b/;

/**
 * A yes said beside a worry about what else the change does ("ok ja. slutar wifi funka då?", "if it is safe
 * then yes please go ahead"): consent once the desk's answer settles the worry. Folded text.
 */
export function yesBesideDoubt(folded: string): boolean {
  const t = folded.trim();
  if (DOUBTFUL.test(t)) return false;
  if (LEADING_YES.test(t)) return true;
  const m = SAFE_CONDITION.exec(t);
  return !!m && YES_AFTER.test(t.slice(m.index + m[0].length));
}
