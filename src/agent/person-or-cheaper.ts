// After a handoff: a person asked for (marked urgent when it is, the visit kept, the phone way and the
// case questions answered too), or a cheaper plan wished for while sales has the case (noted for sales).
import type { Ticket } from '../domain/index.js';
import type { ReplyAct } from '../triage/reply.js';
import { fold } from '../triage/normalize.js';
import { topicsOf } from '../triage/topics-of.js';
import type { AfterOutcomeCtx } from './after-outcome-context.js';
import type { ConversationState } from './conversation-state.js';
import { caseQuestions } from './case-questions.js';
import { answerAboutCase } from './handoff-case-questions.js';
import { markUrgent } from './handoff-urgency.js';
import { asksToCall } from './phone-question.js';
import { compensation } from './refund-wish.js';
import type { Turn } from './turn.js';
import { keepVisitForPerson } from './visit-person.js';

/** A customer who would rather pay less than leave ("kanske bara billigare", "a cheaper plan instead"). */
const CHEAPER =
  /\b(billigare|cheaper|lagre (hastighet|pris)|lower (speed|price|plan)|slower plan|downgrade|nedgradera\w*|mindre abonnemang|smaller plan|less expensive|lagre kostnad)\b/;

/** Cancelling spoken of ("jag vill inte säga upp, bara betala mindre", "rather than cancel"). */
const CANCEL = /\b(cancel\w*|saga upp|sager upp|uppsag\w*|avsluta\w*|terminat\w*)\b/;

/**
 * "nej vänta, kanske bara billigare… kan jag prata med en människa?" while sales has the case: the
 * change of mind goes onto the case for sales, and the customer hears that a person answers here.
 */
export async function personOrCheaper(
  c: AfterOutcomeCtx,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
  act: ReplyAct,
): Promise<boolean> {
  const { deps, params } = c;
  const queue = conv.handoff?.queue;
  if (!queue || queue === 'outage') return false;
  const cheaper = queue === 'sales' && CHEAPER.test(fold(text));
  if (!cheaper && act.act !== 'person') return false;
  let p = params(ticket, conv);
  if (cheaper) {
    // "och det billigare abonnemanget då, vad kostar det?": a cheaper plan, never "rather than cancel"
    // unless cancelling was spoken of.
    const instead = CANCEL.test(fold(text));
    await deps.tickets.append(ticket.id, [
      {
        type: 'note',
        actor: { kind: 'customer', id: null },
        text: `Sales: the customer would like to look at a cheaper or slower plan${instead ? ' rather than cancel' : ''} ("${text.slice(0, 300)}").`,
        internal: true,
      },
    ]);
    turn.say(instead ? 'handoff.sales.cheaper' : 'handoff.sales.cheaper.price', p);
  }
  // "24 hours?? the match is tonight at 8. can i talk to a real person now": marked urgent, and said so.
  if (act.act === 'person' && (await markUrgent(deps.tickets, ticket, conv, text))) {
    p = params(ticket, conv);
    turn.say('handoff.urgent', p);
  }
  const kept =
    act.act === 'person' &&
    (await keepVisitForPerson(
      { tickets: deps.tickets, timeZone: deps.words.timeZone },
      ticket,
      conv,
      turn,
      text,
    ));
  if (act.act === 'person' && !kept) turn.say('handoff.person', p);
  // "…is there a phone number?": how to reach a person by phone, never left unanswered.
  if (act.act === 'person' && asksToCall(fold(text))) turn.say('handoff.phone', p);
  // "can i talk to a real person now? and you didnt answer about paying by card": the case question too.
  if (act.act === 'person' && caseQuestions(text).length)
    await answerAboutCase(c, ticket, conv, turn, text, null);
  // "kan jag prata med en människa nu istället. och jag vill ha pengar tillbaka": the refund is answered too.
  if (topicsOf(text).includes('compensation'))
    await compensation(c, ticket, conv, turn, text, { person: act.act === 'person' });
  return true;
}
