// After a would-be customer's request went to sales, everything they write belongs on that case: new or
// corrected contact details and the address, questions about price and availability, and "I told you,
// I'm not a customer", and whether the outage in the area they move to is fixed (public news, told at
// once). None of it is a new case, and no customer number is ever asked for again: anything else they
// write is noted on that case for sales, unless it is a thank-you or gives a customer number after all.
import type { Ticket } from '../domain/index.js';
import type { TicketStore } from '../tickets/ports.js';
import { extractEntities } from '../triage/entities.js';
import { fold } from '../triage/normalize.js';
import { saysNoCustomerNumber } from '../triage/pin-replies.js';
import type { TriageApi } from '../runbooks/ports.js';
import type { ConversationState } from './conversation-state.js';
import type { createContactDetails } from './contact-details.js';
import { answerSalesQuestions } from './sales-questions.js';
import { notedOnce } from './team-note.js';
import type { Turn } from './turn.js';

export interface NonCustomerFollowUpDeps {
  tickets: Pick<TicketStore, 'append' | 'timeline'>;
  contacts: ReturnType<typeof createContactDetails>;
  saysNotCustomer: (text: string) => boolean;
  /** An outage question answered from the open incidents (public-outage.ts); false when none is asked. */
  outage: (ticket: Ticket, conv: ConversationState, turn: Turn, text: string) => Promise<boolean>;
  /** The reply classifier: a thank-you or goodbye is answered as after any handoff. */
  classifyReply?: TriageApi['classifyReply'];
  /** The caller identified (and verified) before an account change, as at the opening. */
  identify: (ticket: Ticket, conv: ConversationState, turn: Turn, text: string) => Promise<void>;
}

/**
 * "do I need to do anything else now?", "or do I just wait for their email?", "behöver jag göra något mer nu?",
 * "ska jag bara vänta på mejlet?": whether anything is left to do — answered (nothing; sales gets in touch), never
 * noted for sales (folded text).
 */
const ANYTHING_TO_DO = new RegExp(
  [
    String.raw`\b(do|should|must|shall) (i|we) (have to |need to )?(do|send|sign|fill( in| out)?) (anything|something)( else| more)?\b`,
    String.raw`\b(do|should|must) (i|we) (need|have) to do (anything|something)\b`,
    String.raw`\bis there (anything|something) (else )?(i|we) (have to|need to|must|should) do\b`,
    String.raw`\b(just|only|simply) wait( for)?\b`,
    String.raw`\bwait for (their|the|your|an?) (e-?mail|mail|call|reply|answer|message)\b`,
    String.raw`\b(behover|maste|ska|skall) (jag|vi) (gora|skicka|fylla i|skriva under) (nat|nagot|nagonting|nanting|nan)( mer| annat)?\b`,
    String.raw`\b(ska|behover) (jag|vi) (bara|nu bara|bara nu) vanta\b`,
    String.raw`\bvanta pa (deras|ert|er|ett|mejlet|mailet|samtalet|svaret)\b`,
  ].join('|'),
);

/**
 * "jag är redan kund hos er, vi ska flytta dit", "we're already customers, we're moving there": the address asked
 * about is a move of a subscription we have (folded text); "not a customer yet" is none.
 */
const ALREADY_CUSTOMER =
  /\b((jag|vi) (ar|e) (ju |faktiskt |redan |ju redan |redan nu )+kund\w*|(jag|vi) (ar|e) kund\w* (hos er|redan|hos dig)|(jag|vi) har (redan |ju )+(\w+ ){0,2}(fiber|bredband|internet|abonnemang\w*|avtal\w*) (fran|hos|av|med) er|(i'?m|i am|we'?re|we are) (already |actually |in fact )+(a |your )?customers?|(i'?m|i am|we'?re|we are) (a |your )?customers? (already|of yours|with you)|(i|we) (already )?(have|got) (\w+ ){0,2}(fib\w*|broadband|internet|subscription|contract|account) (with|from) you( already)?)\b/;

/** Whether `text` says the writer is a customer already (never "not a customer yet"). */
export function saysAlreadyCustomer(text: string): boolean {
  const t = fold(text).replace(/[’`´]/g, "'");
  return ALREADY_CUSTOMER.test(t) && !/\b(not|inte|ej|inga?)\b[^.?!]{0,12}\b(kund\w*|customers?)\b/.test(t);
}

export function createNonCustomerFollowUp(deps: NonCustomerFollowUpDeps) {
  /** True when the message was about the sales case (and answered); false for the usual handling. */
  async function onMessage(ticket: Ticket, conv: ConversationState, turn: Turn, text: string) {
    if (!conv.facts.notCustomer || conv.phase !== 'closed') return false;
    // "jag är redan kund, vi ska flytta dit": a move of their subscription, verified as any account change.
    if (saysAlreadyCustomer(text)) {
      conv.facts = { ...conv.facts, notCustomer: false, houseMove: true };
      conv.intent = 'account_change';
      await deps.tickets.append(ticket.id, [
        {
          type: 'note',
          actor: { kind: 'customer', id: null },
          text: `for sales: a customer already, so a move rather than a new subscription: "${text.slice(0, 300)}"`,
          internal: true,
        },
      ]);
      turn.say('not_customer.is_customer', { reference: ticket.reference });
      await deps.identify(ticket, conv, turn, text);
      return true;
    }
    // "Could your sales team call me instead? My number is +46 70 555 12 34, best after 16:00": the number and
    // the time go on the case for sales and are said back, even when no number was asked for.
    // ("ska jag bara vänta på deras mejl?" asks what is left to do: no contact way given.)
    const toDoAsked = ANYTHING_TO_DO.test(fold(text));
    const details = extractEntities(text).phones.length > 0 || /@/.test(text);
    const took =
      (toDoAsked && !details ? false : await deps.contacts.take(ticket, conv, turn, text)) ||
      (extractEntities(text).phones.length > 0 && (await deps.contacts.take(ticket, conv, turn, text, true)));
    const asked = await answerSalesQuestions(deps.tickets, ticket, turn, text);
    const outage = await deps.outage(ticket, conv, turn, text);
    // "do I need to do anything now, or just wait for their email?": nothing, they hear from sales.
    const toDo = toDoAsked && !took && !asked && !outage;
    if (toDo) turn.say('not_customer.nothing_to_do', { reference: ticket.reference });
    const insists = !toDo && (deps.saysNotCustomer(text) || saysNoCustomerNumber(text));
    if (insists && !took && !asked && !outage)
      turn.say('not_customer.no_number_needed', { reference: ticket.reference });
    if (took || asked || insists || outage || toDo) return true;
    // A thank-you is answered as after any handoff; a customer number after all goes the usual way.
    const thanks = deps.classifyReply?.(null, text, conv.language)?.act === 'thanks';
    if (thanks || extractEntities(text).customerNumbers.length) return false;
    await deps.tickets.append(ticket.id, [
      {
        type: 'note',
        actor: { kind: 'customer', id: null },
        text: `for sales: "${text.slice(0, 300)}"`,
        internal: true,
      },
    ]);
    const p = { reference: ticket.reference };
    turn.say(await notedOnce(deps.tickets, ticket, conv.language, 'not_customer.noted', p), p);
    return true;
  }

  return { onMessage };
}
