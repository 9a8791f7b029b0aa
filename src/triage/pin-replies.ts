// Replies to "what is your PIN?" that say the customer has no PIN at hand ("minns inte", "can't find
// it", "where do I find it?"): not a refusal, so they are told where the PIN is and asked again.
import { cleanText, fold } from './normalize.js';

const LACKS =
  /\b(minns (ju )?inte|kommer (ju )?inte ihag|glomt|glomde|vet (ju )?inte|ingen aning|hittar (den |det )?inte|har (ingen|inte (nan|nagon|den|kvar))|fatt (nan|nagon)|var (star|hittar|finns)|forgot|forgotten|(don'?t|dont|do not|can'?t|cant|cannot) (remember|recall|find|know)|no idea|not sure|(don'?t|dont|do not) have (it|one|a pin|any)|never (got|had|received)|where (do|can|is|would)|lost (it|the))\b/;

/** The customer has no PIN at hand (forgot it, cannot find it, asks where it is). */
export function lacksPin(text: string): boolean {
  const t = fold(cleanText(String(text ?? '')).slice(0, 600))
    .replace(/[’`´]/g, "'")
    .replace(/\s+/g, ' ');
  return LACKS.test(t);
}
