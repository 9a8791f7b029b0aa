// "ok men jag betalade ju i morse med swish?? hur länge tar det innan det funkar", "I paid it this morning by
// card, how long until it works?" on a case paused for an unpaid invoice: the payment the customer says they
// made goes on the case in their own words, and they are told how long a payment takes to show and that they
// need do nothing more — never read as a question about the invoice (round 35 b#1). What else the message says
// (a price asked, a new request) is left for the rest of the turn.
import type { Ticket } from '../domain/index.js';
import { fold } from '../triage/normalize.js';
import { afterQuestions } from './after-questions.js';
import type { AfterOutcomeCtx } from './after-outcome-context.js';
import { caseQuestions } from './case-questions.js';
import type { ConversationState } from './conversation-state.js';
import { sentencesOf } from './general-questions.js';
import type { Turn } from './turn.js';

/** The cause whose connection comes back by itself once the payment is registered. */
export const PAUSED = 'billing_suspended';

/** Sentences the answer to a payment made says all of: the payment, when it works, whether to do more. */
const TOLD_BY_PAID = new Set<string>([
  'paid_already',
  'pay_method',
  'back_after_payment',
  'how_long',
  'nothing_more',
]);
const TOLD_AFTER = new Set<string>(['service_back', 'do_when_fixed']);

/**
 * Greetings, fillers and cries left of a sentence once its payment is told ("ok men", "va?", "hallå??",
 * "seriously?!"): surprise, no question for the team (folded).
 */
const FILLER =
  /^\W*((ok|okej|okay|men|but|va|vad|vafan|what|wat|huh|eh+|ja|yes|och|and|sa|so|hmm+|aha|jaha|halla|hallo|hello|hej|hey|seriously|serios\w*|really|allvarligt|verkligen|wtf|omg)\b\W*)*$/;

function toldByPaid(sentence: string): boolean {
  return (
    caseQuestions(sentence).some((q) => TOLD_BY_PAID.has(q)) ||
    afterQuestions(sentence).some((q) => TOLD_AFTER.has(q)) ||
    FILLER.test(fold(sentence))
  );
}

/** A payment told in any sentence ("i already paid this morning?? how long until it works" reads as both). */
export function paysTold(text: string): boolean {
  return sentencesOf(text).some((s) => caseQuestions(s).includes('paid_already'));
}

/**
 * Takes up a payment the customer says they made, on a case paused for non-payment: noted, answered. Returns
 * the rest of the message (maybe empty), or null when the message tells of no payment made.
 */
export async function paidTold(
  c: AfterOutcomeCtx,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
): Promise<string | null> {
  if (!paysTold(text)) return null;
  if ((await c.deps.cause(ticket)) !== PAUSED) return null;
  // Said again ("jag sa att jag har BETALAT den"): it is on the case already — said so, in a line.
  const again = await paidNoted(c, ticket);
  if (!again)
    await c.deps.tickets.append(ticket.id, [
      {
        type: 'note',
        actor: { kind: 'customer', id: null },
        text: `${PAID_NOTE} (paid_already), in their own words, for billing to check: "${text.slice(0, 300)}"`,
        internal: true,
      },
    ]);
  turn.say(again ? `case.paid_told.${PAUSED}.again` : `case.paid_told.${PAUSED}`, c.params(ticket, conv));
  return sentencesOf(text)
    .flatMap((s) => s.split(/,?\s+(?=\b(?:och|and|men|but)\b)/))
    .filter((s) => !toldByPaid(s))
    .join(' ');
}

const PAID_NOTE = 'the customer says they have already paid';

/** A payment the customer told is on the case already. */
export async function paidNoted(c: AfterOutcomeCtx, ticket: Ticket): Promise<boolean> {
  return (await c.deps.tickets.timeline(ticket.id)).some(
    (e) => e.type === 'note' && e.text.startsWith(PAID_NOTE),
  );
}
