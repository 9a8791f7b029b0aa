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

/**
 * The caller is not the account holder: "it's not my account", "I'm the landlord, it's in my tenant's name",
 * "det är inte mitt abonnemang", "det står på min hyresgäst". No PIN will come, and the line is not theirs to test.
 */
const NOT_HOLDER =
  /\b((it'?s|its|it is|that'?s|thats|this is) not my (account|subscription|contract|line|connection|router)|not my (own )?(account|subscription|contract)|(i'?m|im|i am) not (the )?(account ?holder|holder|owner of the account|customer)|not the account ?holder|(i'?m|im|i am) (the|her|his|their) landlord|in (my )?(tenant'?s?|hyresgast\w*) name|(my|the) tenant'?s (account|subscription|contract|line|internet|connection|router)|(det ar|det e|de e) inte (mitt|min) (konto|abonnemang|avtal|linje|uppkoppling|router)|inte (mitt|min) (egna? )?(konto|abonnemang|avtal)|(jag ar|ja e|jag e) inte (konto|abonnemangs)?innehavare\w*|(jag ar|ja e|jag e) (hyresvard|hennes hyresvard|hans hyresvard)|star pa (min |mina )?hyresgast\w*|min hyresgasts? (konto|abonnemang|internet|uppkoppling|router))\b/;

/** The caller says the account is someone else's (a landlord, a relative): nothing is tested or changed for them. */
export function saysNotHolder(text: string): boolean {
  const t = fold(cleanText(String(text ?? '')).slice(0, 600))
    .replace(/[’`´]/g, "'")
    .replace(/\s+/g, ' ');
  return NOT_HOLDER.test(t);
}
