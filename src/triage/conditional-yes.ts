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

/**
 * "ok ja.", "ok yes.", "yes." as a sentence of its own before the worry ("sure but does it…" waits); "yes please.",
 * "ja tack." the same; a go-ahead in so many words before it ("sure go ahead, does the password change?").
 */
const LEADING_YES =
  /^(?:(?:ok(?:ay|ej)?|alright|fine)[,.!]?\s+)?(?:ja|jaa|jo|yes|yeah|yep|sure|visst)(?:\s+(?:please|pls|plz|thanks|thank you|tack|garna))?[.!]+\s|^ok(?:ay|ej)?[.!]+\s|^(?:(?:ok(?:ay|ej)?|ja|jaa|yes|yeah|yep|sure|visst)[,.!]?\s+)?(?:go ahead|do it|please do|kor|kor pa|gor det|fixa det)(?:\s+(?:please|tack|then|da))?[,.!]+\s(?!\s*(?:but|men|fast|though)\b)/;
/** "if it is safe", "om inget annat påverkas", "as long as it doesn't break anything": yes, on that condition. */
const SAFE_CONDITION =
  /\b(?:if|om|as long as|so long as|sa lange)\b[^.?!]{0,40}\b(?:safe|sakert|riskfritt|harmless|ofarligt|(?:nothing|inget|inte nagot|ingenting) (?:else |annat )?(?:breaks?|changes?|is affected|gets? affected|paverkas|gar sonder|forsvinner|slutar)|(?:doesn'?t|does not|won'?t|will not|dont|inte) (?:break|affect|mess|change|paverkar|forstor|andrar))/;
/**
 * "…? if not then yes go ahead", "…? isåfall ok kör", "if so, fine": a condition that points back at the question
 * just asked — the yes holds once the answer is what it hopes for (or whatever it is).
 */
const ANSWER_CONDITION =
  /(?:^|[.?!,;]\s*)(?:if not|if no|if so|if that'?s? (?:so|the case)|in that case|otherwise|om inte|om nej|om det inte gor det|isafall|i sa fall|i det fallet|annars)\b/;
/** A yes in so many words after the condition: "then yes please go ahead", "så kör". */
const YES_AFTER =
  /\b(?:yes|yeah|ok(?:ay|ej)?|sure|ja|jaa|visst|go ahead|do it|please do|kor|gor det|fixa det|go for it)\b/;
/** "if so, don't do it", "isåfall nej", "om inte så vänta": no yes after the condition. */
const NOT_AFTER = /\b(?:no|nej|not|don'?t|dont|inte|ej|wait|vanta|hold on|later|senare)\b/;
const DOUBTFUL = /\b(?:maybe|perhaps|kanske|not sure|osaker|vet inte|don'?t know|dunno|hmm+)\b/;

/**
 * A yes said beside a worry about what else the change does ("ok ja. slutar wifi funka då?", "if it is safe
 * then yes please go ahead"): consent once the desk's answer settles the worry. Folded text.
 */
export function yesBesideDoubt(folded: string): boolean {
  const t = folded.trim();
  if (DOUBTFUL.test(t)) return false;
  if (LEADING_YES.test(t)) return true;
  const m = SAFE_CONDITION.exec(t) ?? ANSWER_CONDITION.exec(t);
  if (!m) return false;
  const after = t.slice(m.index + m[0].length);
  return YES_AFTER.test(after) && !NOT_AFTER.test(after);
}

/** A go-ahead in so many words: "yes change it", "anyway yes do it", "go ahead", "ja byt det", "kör". */
const FIRM_YES =
  /^(?:[a-z]+[,.!]?\s+){0,2}(?:(?:yes|yeah|yep|sure|ok(?:ay|ej)?|ja|jaa|jo|visst)[,.!]*\s+(?:please\s+|snalla\s+|tack\s+)?(?:change|reset|set|do|make|fix|switch|byt|andra|gor|fixa|satt|stall|kor)\b|(?:(?:yes|ja|ok(?:ay|ej)?)[,.!]*\s+)?(?:go ahead|go for it|do it|please do|kor pa|kor|gor det|fixa det|byt det|byt ut det|andra det)\b)/;
const FIRM_NOT = /\b(?:not|dont|don'?t|inte|ej|aldrig|never|no|nej|wait|vanta|later|senare|maybe|kanske)\b/;

/**
 * A firm yes in a sentence of its own beside questions ("wait what couldnt you answer? anyway yes change it.
 * how do I get the new one?"): consent — the questions are answered and the change made. `statements`: the
 * folded sentences of the reply that ask nothing.
 */
export function firmYesBeside(statements: string[]): boolean {
  return statements.some((s) => {
    const t = s.trim();
    return FIRM_YES.test(t) && !FIRM_NOT.test(t);
  });
}
