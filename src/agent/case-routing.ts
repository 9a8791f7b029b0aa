// Where a case goes once the caller is known (or is not): the runbook of its intent, our sales team
// for someone who is not a customer, a colleague for another service, a refusal or the human desk
// for a caller nobody could identify.
import { INTENTS, type Intent, type Ticket } from '../domain/index.js';
import type { ConversationState } from './conversation-state.js';
import { letsGo } from '../triage/closing-answer.js';
import { finalize } from './finalize.js';
import { RESTART } from './handoff-case-questions.js';
import { NOT_HOLDER_REASON } from './handoff.js';
import type { AgentKernel } from './kernel.js';
import { onlyOtherService } from './other-service.js';
import { answerProblemQuestions } from './problem-questions.js';
import { timesSaid } from './check-first.js';
import { asksOutage } from './public-outage.js';
import { asksOwnPlan } from './plan-question.js';
import { fold } from '../triage/normalize.js';
import { answerSalesQuestions, salesQuestions } from './sales-questions.js';
import { otherServiceAsked, passOtherService, withoutOtherService } from './other-service-question.js';
import type { Turn } from './turn.js';

const TO_A_TEAM: readonly Intent[] = ['outage_check', 'billing', 'account_change', 'human_agent', 'other'];
/** Second problems handled in the same case (the others go to a team or are offered afterwards). */
const TIER1_SECOND: ReadonlySet<Intent> = new Set(INTENTS.filter((i) => !TO_A_TEAM.includes(i)));

/**
 * "I don't have a PIN, it's not my account" at the PIN question (a landlord, a relative): the line is the
 * holder's, so nothing is tested or changed and nothing of it is told; the holder is told how to get help.
 */
export async function refuseNotHolder(k: AgentKernel, ticket: Ticket, conv: ConversationState, turn: Turn) {
  conv.verification = 'skipped';
  conv.phase = 'runbook';
  // Remembered for what comes after: a follow-up never runs the holder's tests either (closed-case.ts).
  conv.facts = { ...conv.facts, notHolder: true };
  // "can't you just check if there's an outage at the address?": the public news for the area they name.
  await k.parts.publicOutage.toNonCustomer(ticket, conv, turn, (await customerWords(k, ticket)).join(' / '), {
    passes: false,
  });
  turn.say('refused.not_holder');
  await finalize(k, ticket, conv, turn, {
    outcome: 'refused',
    queue: null,
    disposition: 'refused.unverified',
    reason: NOT_HOLDER_REASON,
  });
}

/**
 * A message after "it's not my account" was refused: still nothing of the holder's line is tested, changed
 * or told, and no case is opened for it. "can she do it herself by pulling the plug?" gets the restart anyone
 * at home can do; "is there an outage in Bromma?" the public news; "forget it" a goodbye. False for a score
 * and when the caller has been verified since.
 */
export async function afterNotHolder(
  k: AgentKernel,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
): Promise<boolean> {
  if (!conv.facts.notHolder || conv.verification === 'verified') return false;
  // "4", "5/5": the satisfaction score (a "2 second thing" inside a sentence is none).
  if (conv.pendingAsk === 'csat.score' && /^\s*[1-5](\s*\/\s*5)?[\s.!]*$/.test(text)) return false;
  const t = fold(text);
  if (letsGo(t)) turn.say('closed.bye');
  else if (!(await k.parts.publicOutage.toNonCustomer(ticket, conv, turn, text, { passes: false })))
    turn.say(RESTART.test(text) ? 'refused.not_holder.restart' : 'refused.not_holder.again');
  await k.note(
    ticket.id,
    `after the refusal (not the account holder): "${text.slice(0, 200)}"; nothing tested or told`,
  );
  turn.final();
  return true;
}

/** What the customer has written in this conversation, oldest first. */
async function customerWords(k: AgentKernel, ticket: Ticket): Promise<string[]> {
  const convId = k.inTurn.get(ticket.id)?.conversationId ?? ticket.id;
  return (await k.transcript(convId)).filter((m) => m.role === 'customer').map((m) => m.text);
}

/** Someone who is not a customer (a new subscription, moving in): our sales team, no identification. */
export async function routeNonCustomer(k: AgentKernel, ticket: Ticket, conv: ConversationState, turn: Turn) {
  conv.phase = 'runbook';
  // However it came out (the opening or a reply to the number question), the case names it.
  conv.facts = { ...conv.facts, notCustomer: true };
  // Without a service there is nothing of theirs to look at later ("you also mentioned an outage").
  conv.secondaryIntents = [];
  turn.say('cause.not_customer');
  await finalize(k, ticket, conv, turn, {
    outcome: 'routed',
    queue: 'sales',
    disposition: 'routed.sales',
    reason: 'not a customer: new subscription or moving in',
  });
  // We have no record to reach them through: their details now, or the question for them.
  const words = await customerWords(k, ticket);
  // "vad kostar det?", "finns det fiber där?" asked on the way: answered as far as the desk can.
  const asked = words.filter((w) => salesQuestions(w).length > 0);
  if (asked.length) await answerSalesQuestions(k.deps.tickets, ticket, turn, asked.join(' / '));
  // "ni har avbrott där nu?? funkar det ändå?": public news, told now.
  await k.parts.publicOutage.toNonCustomer(ticket, conv, turn, words.filter(asksOutage).join(' / '));
  await k.parts.contactDetails.ask(ticket, conv, turn, words);
}

/** A question about another service (TV, mobile) from someone not yet identified: to a colleague as it stands. */
export async function routeOtherService(k: AgentKernel, ticket: Ticket, conv: ConversationState, turn: Turn) {
  conv.phase = 'runbook';
  turn.say('cause.other_service');
  await finalize(k, ticket, conv, turn, {
    outcome: 'routed',
    queue: 'agents',
    disposition: 'routed.agents',
    reason: `other_service_request: a question about ${conv.facts.otherService ?? 'another service'}`,
  });
}

/** What the customer asked sales so far: the opening's questions, and the sentences that ask sales something. */
async function salesAsked(k: AgentKernel, ticket: Ticket, asked: string, verified: boolean): Promise<string> {
  const convId = k.inTurn.get(ticket.id)?.conversationId ?? ticket.id;
  const words = (await k.transcript(convId)).filter((m) => m.role === 'customer').map((m) => m.text);
  const sentences = words.flatMap((w) => w.split(/(?<=[.!?])\s+/));
  const more = sentences.filter(
    (x) => !asked.includes(x) && (salesQuestions(x).length || (verified && asksOwnPlan(fold(x)))),
  );
  return [asked, ...more].filter(Boolean).join(' ');
}

/** Starts the runbook of the conversation's intent (identity is settled by now). */
export async function startRunbook(k: AgentKernel, ticket: Ticket, conv: ConversationState, turn: Turn) {
  const { customer, service } = await k.customerContext(conv);
  if (!customer && onlyOtherService(conv)) return routeOtherService(k, ticket, conv, turn);
  if (!customer && conv.intent === 'account_change' && !conv.facts.notCustomer) {
    // A change to a subscription nobody could show is theirs: refused, with how to verify.
    turn.say('refused.unidentified');
    await finalize(k, ticket, conv, turn, {
      outcome: 'refused',
      queue: null,
      disposition: 'refused.unverified',
      reason: 'caller could not be identified; account change refused',
    });
    return;
  }
  if (!customer) {
    turn.say('identity.unidentified');
    await finalize(k, ticket, conv, turn, {
      outcome: 'escalated',
      queue: 'agents',
      disposition: 'escalated.agents',
      reason: 'caller could not be identified',
    });
    return;
  }
  conv.phase = 'runbook';
  const intent = conv.intent ?? 'other';
  // Second problems a runbook can fix are handled in the same case; the rest are offered at the end.
  const also = conv.secondaryIntents.filter((i) => TIER1_SECOND.has(i) && i !== intent);
  conv.secondaryIntents = conv.secondaryIntents.filter((i) => !also.includes(i));
  // What the held case's team works on is not looked at again here.
  const ctx = k.engineCtx(ticket.id, conv, customer, service);
  // A person asked for by a caller with no PIN: what the colleague needs is read without announcing a line test
  // nobody asked for.
  const quiet = intent === 'human_agent' && conv.verification === 'skipped';
  let out = await k.engine.start(ctx, intent, conv.facts, {
    also,
    handled: conv.heldCase?.causes,
    ...(quiet ? { announce: false } : {}),
  });
  // "Måste en tekniker komma hit? Jag jobbar hemifrån tis och tors.": times offered before the diagnosis
  // answer the visit question it puts at once — the visit is booked inside them, never asked for again.
  const times = out.ask?.key === 'contact.availability' && !out.finish ? conv.visitTimesGiven : undefined;
  // "Will someone need to come? I'm only home after 17." before a case goes to second line: the times
  // go on its handoff, for a visit they may plan later.
  if (out.finish?.outcome === 'escalated' && out.finish.queue !== 'field' && conv.visitTimesGiven)
    conv.timesForTeam = timesSaid(conv.visitTimesGiven, k.now(), k.cfg.words.timeZone) ?? undefined;
  if (out.ask?.key === 'contact.availability' || out.finish) conv.visitTimesGiven = undefined;
  if (times) {
    k.renderEngine(turn, { ...out, ask: null });
    out = await k.engine.answer(
      ctx,
      k.triage.parseAnswer('contact.availability', times, conv.language),
      times,
    );
  }
  k.renderEngine(turn, out);
  // "Vad finns det för hastigheter? Och kan man lägga till TV också?": kept for the team the case goes to.
  const asked = conv.problemQuestions ?? '';
  const other = otherServiceAsked(asked);
  await answerProblemQuestions(k, ticket, conv, turn, service?.access ?? null, out.finish?.queue ?? null);
  if (out.finish) {
    // "what speed am I paying for? is a fixed IP included?": the plan from the record, the rest for sales.
    const plan = conv.verification === 'verified' ? (service?.plan ?? null) : null;
    const forSales =
      out.finish.queue !== 'sales'
        ? ''
        : other
          ? withoutOtherService(asked, other.said)
          : // "ingår fast ip i abonnemanget" asks without a question mark: the customer's own words count.
            await salesAsked(k, ticket, asked, !!plan);
    const ownPlan = !!plan && asksOwnPlan(fold(forSales));
    if ((ownPlan || salesQuestions(forSales).length) && !conv.facts.cancellation && !conv.facts.houseMove)
      conv.facts = { ...conv.facts, subscriptionQuestion: true };
    await finalize(k, ticket, conv, turn, out.finish);
    // "i want to go down to a cheaper speed": the plan the service record shows, beside the change passed to sales.
    if (
      plan &&
      !ownPlan &&
      out.finish.queue === 'sales' &&
      conv.facts.ownSubscription &&
      !conv.facts.cancellation &&
      !conv.facts.houseMove
    )
      turn.say('after.my_plan', { down: String(plan.downMbps), up: String(plan.upMbps) });
    // The speeds for sales as for anyone asking them, and TV honestly: not here, passed on with the case.
    if (forSales && (other || conv.facts.subscriptionQuestion))
      await answerSalesQuestions(k.deps.tickets, ticket, turn, forSales, plan);
    // "my invoice went up … and do you have TV package also?": the TV question is our support team's; with
    // them (or sales, who sell it) it goes on the case, beside billing's or a technician's case it is its own.
    if (other && (out.finish.queue === 'agents' || out.finish.queue === 'sales'))
      await passOtherService(k.deps.tickets, ticket, conv, turn, other);
    else if (other) {
      // "Internet is down … can you give me extra mobile data meanwhile?": the outage told (or the fault
      // fixed) leaves nobody with the case, so the question gets its own linked case with our support team.
      const told = `other_service.linked.${other.service}` as const;
      await k.parts.afterOutcome.openLinked(ticket, conv, turn, 'agents', 'other', other.said, told);
      conv.otherAsked = [...(conv.otherAsked ?? []), other.service];
    }
  } else await k.outageWatch.observe(ticket.id, service, (await k.engine.get(ticket.id))?.findings ?? []);
}
