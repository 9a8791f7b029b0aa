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
