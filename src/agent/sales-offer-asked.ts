// What sales sells, only asked about after a case's outcome: "vad kostar det att uppgradera till snabbare",
// "what would 1000 cost?", "can I get a static IP address? For reaching the NAS from outside." The price or
// the add-on is answered, and the desk offers to pass it on to sales — a case is opened only when the customer
// says yes (sales-offer.ts), never for the question itself (round 35 a#4, b#1).
import { techMatchOf } from '../triage/tech-questions.js';
import { fold } from '../triage/normalize.js';
import type { ConversationState } from './conversation-state.js';
import { questionClauses } from './side-questions.js';
import { raisedSecondaries } from './secondary-topics.js';
import type { MessageKey } from './messages/index.js';
import type { Turn } from './turn.js';

export type SalesAsk = 'plan_price' | 'static_ip';

/** What a change would cost: "vad kostar", "what would it cost", "how much", "priset" (folded). */
const PRICE =
  /\b(vad (skulle (det|den) )?kosta\w*|kostar (det|de|dom|den)|hur mycket (kostar|blir|skulle)|pris\w*|manadskostnad\w*|how much|what (does|do|would|will|is) (it|that|\d\S*|an? \w+|the \w+)( \w+)? costs?|what('?s| is) the (price|cost)|price\w*)\b/;
/** The change itself wanted, not only its price: "jag vill", "I want", "kan ni", "please", "beställ" (folded). */
const WANTS =
  /\b((jag|vi) (vill|skulle vilja|onskar|tar)(?! (inte|veta|bara veta))|(i|we) (want|would like|'d like|wanna|will take|'ll take)(?! to know)|(kan|kunde) (ni|du)|(can|could|would) (you|u)|please|pls|snalla|gor det|do it|go ahead|bestall\w*|order\w*|sign me up)\b/;
/** Asking to be given one: "can I get", "kan jag få", "I'd like one", "do you offer" (folded). */
const ASKS_FOR =
  /\b(can|could|may) (i|we) (get|have|order|buy)|is it possible to (get|have)|(do|can) you (offer|sell|give|provide)|(?<!\b(do|does|did|will|would|should|must) )(i|we) (want|need|would like|'d like)|(kan|far) (jag|vi|man) (fa|ha|bestalla|kopa)|gar det att fa|(erbjuder|saljer) ni|(jag|vi) (vill|behover|skulle vilja) ha\b/;

/** Which sales question `text` asks, if it only asks (a price or an add-on), else null. */
export function salesAskOf(text: string): SalesAsk | null {
  const clauses = questionClauses(text);
  const staticIp = clauses.some((c) => techMatchOf(c)?.question === 'static_ip' && ASKS_FOR.test(fold(c)));
  if (staticIp) return 'static_ip';
  const t = fold(text);
  if (!PRICE.test(t) || WANTS.test(t)) return null;
  return raisedSecondaries(text, ['account_change']).length ? 'plan_price' : null;
}

/** The answer and the offer for each question. */
const OFFER: Record<SalesAsk, MessageKey[]> = {
  plan_price: ['sales.offer.plan_price'],
  static_ip: ['tech.static_ip', 'sales.offer.static_ip'],
};
/** Without a verified caller nothing is passed on: how to ask instead. */
const HOW_TO_ASK: Record<SalesAsk, MessageKey[]> = {
  plan_price: ['sales.price'],
  static_ip: ['tech.static_ip', 'sales.ask.static_ip'],
};

/** Answers a sales question and, for a verified caller, offers to pass it on (kept for the yes). */
export function offerSales(conv: ConversationState, turn: Turn, text: string, ask: SalesAsk): void {
  const verified = conv.verification === 'verified';
  for (const key of (verified ? OFFER : HOW_TO_ASK)[ask]) turn.say(key);
  conv.salesOffer = verified ? text.slice(0, 300) : null;
}
