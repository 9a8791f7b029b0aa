// "A new or better router from us is arranged by our sales team … tell me you want to order one and I
// pass it on": the offer is kept with the customer's words, and the yes that follows ("ja tack, skicka
// vidare det", "yes please") — or the wish itself ("even if I pay, I want a newer one") — opens the sales
// case in those words. Anything else lets the offer go.
import { fold } from '../triage/normalize.js';
import { purchaseWish } from '../triage/purchase-wish.js';
import type { QuestionTopic } from '../triage/reply.js';
import { topicsOf } from '../triage/topics-of.js';
import type { Ticket } from '../domain/index.js';
import type { AfterOutcomeCtx } from './after-outcome-context.js';
import type { ConversationState } from './conversation-state.js';
import type { Turn } from './turn.js';
import { salesAskOf, type SalesAsk } from './sales-offer-asked.js';

/** Questions whose answers offer to pass a purchase on to sales. */
const OFFERS_SALES: ReadonlySet<QuestionTopic> = new Set<QuestionTopic>([
  'router_from_us',
  'buy_equipment',
  'equipment_cost',
]);

/** A yes to the offer: "ja tack", "gärna", "yes please", "sure, pass it on", "gör det" (folded). */
const TAKES_IT =
  /^\W*(ja|japp|jepp|jo|garna|yes|yeah|yep|yup|sure|please|pls|ok|okej|okay|absolut|definitely|gor det|do it|go ahead|skicka\w*|send it|pass it on)\b/;
/** …but not a yes that turns it down ("ok, no thanks", "ja nej det behövs inte", "uppgraderingen kan vänta"). */
const DECLINES =
  /\b(no thanks?|nej|nah|not (right )?now|inte (just )?nu|behovs inte|never mind|forget it|strunta\w*|(kan|far|can) (vanta|wait)|vanta med|hold off|later|senare|nan annan gang|some other time)\b/;

/** After an answer: keeps the question's words when its answer offered to pass a purchase on to sales. */
export function rememberSalesOffer(conv: ConversationState, text: string): void {
  conv.salesOffer = topicsOf(text).some((t) => OFFERS_SALES.has(t)) ? text.slice(0, 300) : null;
}

/**
 * The words of the sales request when `text` takes up the offer (a yes, or the wish in so many words),
 * else null. The offer is let go either way.
 */
export function takesSalesOffer(conv: ConversationState, text: string): string | null {
  const order = salesOfferTaken(conv, text);
  conv.salesOffer = null;
  return order;
}

/** The order `text` makes of the sales offer standing in `conv` (read only: the offer stays). */
export function salesOfferTaken(conv: ConversationState, text: string): string | null {
  const offer = conv.salesOffer;
  if (!offer) return null;
  const t = fold(text);
  if (DECLINES.test(t)) return null;
  if (purchaseWish(t)) return `${offer} ${text}`.slice(0, 500);
  return TAKES_IT.test(t) ? `${offer} ${text}`.slice(0, 500) : null;
}

/** What the offer was for, in plain words for the classifier (the customer's words go on the case). */
const ORDER: Record<SalesAsk | 'equipment', { en: string; sv: string }> = {
  equipment: { en: 'I want to order new equipment from you', sv: 'jag vill beställa ny utrustning av er' },
  plan_price: { en: 'I want to change my plan', sv: 'jag vill byta abonnemang' },
  static_ip: {
    en: 'I want a fixed IP address added to my subscription',
    sv: 'jag vill ha en fast ip-adress till mitt abonnemang',
  },
};

/** The clauses of `text` that turn an offer down, taken out ("…och uppgraderingen kan vänta"). */
function withoutDecline(text: string): string {
  return (text.match(/[^.!?\n]+[.!?\n]*/g) ?? [])
    .flatMap((s) => s.split(/,?\s+(?=\b(?:och|and|men|but)\b)/))
    .filter((s) => !DECLINES.test(fold(s)))
    .join(' ')
    .trim();
}

/**
 * The customer's answer to a standing offer: a yes opens the sales case, a no is said back — the offer let go
 * either way. Returns what is left of the message to handle as usual (all of it when it answered nothing;
 * '' when nothing is left).
 */
export async function answerSalesOffer(
  c: AfterOutcomeCtx,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
): Promise<string> {
  if (!conv.salesOffer) return text;
  const order = takesSalesOffer(conv, text);
  if (order) {
    conv.pendingAsk = null;
    await openSalesOrder(c, ticket, conv, turn, order);
    return '';
  }
  if (!DECLINES.test(fold(text))) return text;
  turn.say('sales.offer.declined');
  const rest = withoutDecline(text);
  return /[\p{L}\p{N}]{2,}/u.test(
    fold(rest).replace(/\b(ok|okej|okay|tack|thanks|nej|no|ja|yes|va|vad|what|huh|eh|hm+)\b/g, ''),
  )
    ? rest
    : '';
}

/**
 * The sales case for equipment the customer wants, opened as a request in plain words (the questions in
 * `words` are answered already, never again by the new case); the customer's own words go on that case.
 */
export async function openSalesOrder(
  c: AfterOutcomeCtx,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  words: string,
) {
  const { deps } = c;
  const request = ORDER[salesAskOf(words) ?? 'equipment'][conv.language];
  const before = conv.linkedTickets?.length ?? 0;
  await deps.reopen(ticket, conv, turn, request, deps.triage.triage(request));
  const linked = (conv.linkedTickets?.length ?? 0) > before ? conv.linkedTickets?.at(-1) : null;
  const next = linked ? await deps.tickets.getByReference(linked) : null;
  if (next)
    await deps.tickets.append(next.id, [
      {
        type: 'note',
        actor: { kind: 'customer', id: null },
        text: `what the customer wants, in their own words: "${words.slice(0, 500)}"`,
        internal: true,
      },
    ]);
}
