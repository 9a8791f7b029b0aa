// "btw min bror har också er, kan ni fixa hans wifi också?", "my mum is with you too, can you check her
// internet?": a request about another customer's connection. Only the account holder of that subscription
// can ask, with their own customer number — nothing is tested or changed on this customer's line for it, and
// no case is opened (folded text).
import { fold } from '../triage/normalize.js';

const SOMEONE_ELSE =
  /\b(min|mitt|mina|my|our|var)( \w+)? (bror|brorsa|brors|syster|syrra|systers|granne|grannes|mamma|mammas|pappa|pappas|morsa|farsa|foraldrar|kompis|kompisar|van|vaninna|son|sons|dotter|dotters|farmor|mormor|farfar|morfar|kusin|moster|faster|morbror|farbror|brother|brothers|sister|sisters|neighbou?rs?|mum|mom|mums|moms|mother|dad|dads|father|parents|friend|friends|son'?s|daughter|daughters|grandma|grandpa|grandmother|grandfather|uncle|aunt|cousin)('s)?\b/;

/** The other person is a customer too, or lives elsewhere. */
const ALSO_CUSTOMER =
  /\b(har (ocksa |aven )?(er|ert|bredband hos er|internet hos er|abonnemang hos er)|(ar|e) (ocksa |aven )?kund|ocksa kund|kund hos er|hos er ocksa|(is|are) (also )?(with you|a customer|customers)|(has|have) (you|your \w+) (too|also|as well)|also (has|have) (you|your)|with you (too|as well)|also a customer|bor (i|pa|hos)|hemma hos (honom|henne|dem|dom)|lives (in|at|on)|(his|her|their) (place|house|flat|apartment))\b/;

/** Something asked to be done for them ("kan ni fixa hans wifi", "could you check her router"). */
const FOR_THEM =
  /\b(fix|check|look at|help|test|sort|reset|change|fixa|kolla|titta pa|hjalpa|testa|andra|byta)\b[^.?!]{0,30}\b(his|her|their|him|them|hans|hennes|deras|honom|henne|dem|dom)\b/;

export function aboutAnotherSubscriber(text: string): boolean {
  const t = fold(text).replace(/[’`´]/g, "'");
  return SOMEONE_ELSE.test(t) && ALSO_CUSTOMER.test(t) && FOR_THEM.test(t);
}
