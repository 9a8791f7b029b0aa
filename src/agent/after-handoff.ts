// Messages after a handoff to a person (or an outage notice): the conversation stays open. Changes to a
// booked visit, a person asked for, urgency, questions about the case, a refund, a new request on a
// linked case, or the message noted for the team; the first case never leaves its queue.
import { BESIDE_URGENCY, narrowsOf } from '../triage/tech-questions.js';
import type { Ticket } from '../domain/index.js';
import type { TriageLike } from '../runbooks/ports.js';
import type { QuestionTopic, ReplyAct } from '../triage/reply.js';
import { extractEntities } from '../triage/entities.js';
import { fold } from '../triage/normalize.js';
import { purchaseWish } from '../triage/purchase-wish.js';
import { givesUp } from '../triage/closing-answer.js';
import { topicsOf } from '../triage/topics-of.js';
import { declinedVisit, type AfterOutcomeCtx } from './after-outcome-context.js';
import { afterQuestions, type AfterQuestion } from './after-questions.js';
import { answerDeskLimit, asksDeskToAct, nothingChangedKey } from './desk-limits.js';
import { askedOrder } from './answer-order.js';
import { caseAnswerKey, caseQuestions } from './case-questions.js';
import type { ConversationState } from './conversation-state.js';
import { answerFieldQuestions, fieldQuestions } from './field-questions.js';
import { isDeskRequest, isNewFault, questionsBesideRequest, requestAfterTurn } from './follow-up-case.js';
import { billBeside, restReaders } from './answer-rest.js';
import { wantsHuman } from '../triage/signals.js';
// Follow-up requests that belong to another team: opened as their own ticket, linked to this one.
import { TEAM_OF } from './secondary-topics.js';
import { visitQuestions } from './visit-questions.js';
import { teamStatus, teamStatusAsked, withoutTeamStatus } from './team-status.js';
import { answerAboutCase, askedQueue, handedCause } from './handoff-case-questions.js';
import { markUrgent, unmarkUrgent } from './handoff-urgency.js';
import { contactCorrection, contactWay, noteReach, wayWords } from './handoff-contact.js';
import { teamName } from './handoff.js';
import { hasMessage, t, type MessageKey } from './messages/index.js';
import {
  outageCaseInConversation,
  paymentQuestion,
  teamAddressed,
  teamCaseInConversation,
} from './team-case.js';
import { serviceBackAsked } from './service-back-asked.js';
import { paidTold, paysTold } from './paid-told.js';
import { pausedStillClosed } from './paused-still-closed.js';
import { offerSales, salesAskOf } from './sales-offer-asked.js';
import { openLinked } from './linked-case.js';
import { outageVisit } from './outage-visit.js';
import { personOrCheaper } from './person-or-cheaper.js';
import { phoneForCustomer } from './phone-display.js';
import { asksToCall } from './phone-question.js';
import { compensation } from './refund-wish.js';
import { answerGeneral, generalTopics } from './knowledge-routes.js';
import { correctSplitterClue, splitterClue } from './handoff-clue.js';
import { otherServiceAsked, passOtherService, withoutOtherService } from './other-service-question.js';
import {
  sayStillWorks,
  stillWorksAsked,
  withdrawOtherServiceCase,
  withoutCallOff,
} from './outage-other-service.js';
import { reopenAsked } from './request-after-outcome.js';
import { asksOutright, causeAnswers, generalAnswersIn, questionClauses } from './side-questions.js';
import { sentencesOf, withoutGeneralQuestions } from './general-questions.js';
import { raisedSecondaries } from './secondary-topics.js';
import { notedOnce, noteForTeam, noteQuestionsForTeam } from './team-note.js';
import { NARROWS, narrowest } from './question-answers.js';
import type { Turn } from './turn.js';
import { formatVisitWindow } from './field-visit.js';
import { visitCostAsked } from './visit-cost.js';
import { personNotTime, standingVisit } from './visit-person.js';
import { tellAccess, tellAheadWish } from './visit-notes-told.js';
import { withoutAheadWish } from './visit-ahead.js';
import { visitTimes } from './visit-times.js';
import { wishWords } from './visit-wishes.js';
import { asksNumberReceived, numberReceived, PHONE_NOTE } from './number-received.js';

/** Questions an outage's own answers take (after-answers.ts, handoff-case-questions.ts): the expected end, a text message when it is back. */
const OUTAGE_ANSWERS: ReadonlySet<string> = new Set<string>(['eta_check', 'notify_sms']);

/** Answers after a handoff that already say who has the case and when they answer. */
const TEAM_TOLD: ReadonlySet<AfterQuestion> = new Set<AfterQuestion>([
  'contact_myself',
  'intruder_now',
  'service_back',
  'recurrence',
]);

/**
 * Questions about the team's own matter whose catalogue answer says what it depends on and that the team settles
 * it ("Kostar det något att flytta?" with sales on the move): answered, and put on the case for the team.
 */
const ANSWERED_FOR_TEAM: ReadonlySet<QuestionTopic> = new Set<QuestionTopic>(['move_cost']);

export async function afterHandoff(...args: Parameters<typeof onMessage>) {
  const [c, ticket, conv, turn, text] = args;
  // "It already IS plugged into the splitter" after the clue was noted: the note corrected, whatever else is said.
  await correctSplitterClue(c, ticket, text);
  await onMessage(...args);
  // "text me instead" with a refund case linked: the wish is on that team's case too, said last.
  await reachOnLinked(c, ticket, conv, turn, text);
}

async function onMessage(
  c: AfterOutcomeCtx,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
  tri: TriageLike,
  act: ReplyAct,
) {
  const { deps, answers, visit, visitMove, visitLater, visitRebook, visitHold, caseTopic, params } = c;
  const outage = conv.handoff?.queue === 'outage';
  // "is there a fee for moving?": a question for sales, who has the move — never billing's for the word "fee".
  const moveCost = topicsOf(text).includes('move_cost');
  const teamFollowUp = moveCost
    ? conv.handoff?.queue === 'sales'
      ? 'sales'
      : undefined
    : tri.confidence >= deps.clarifyThreshold
      ? TEAM_OF[tri.intent]
      : undefined;
  // "kostar det nåt? för besöket alltså": what the visit costs (visit-cost.ts), never an invoice case.
  // ("I want a newer router, happy to pay for it" is equipment from us, not the visit's cost.)
  const wish = purchaseWish(fold(text));
  const visitCost =
    conv.handoff?.queue === 'field' && !wish ? visitCostAsked(text, await deps.cause(ticket)) : null;
  // A subscription change only when the words name one ("do I have to pay first?" is not one).
  const followUp =
    visitCost ||
    (teamFollowUp === 'sales' &&
      !raisedSecondaries(text, ['account_change']).length &&
      // "I want a newer router, even if I pay": equipment from us is sales' too.
      !wish)
      ? undefined
      : teamFollowUp;
  // "did billing say anything yet?", "ok and billing?" after a request went to billing: that case's real status
  // (not yet, with its case and when they answer; or that they have written), never the question filed again.
  const statusOf = teamStatusAsked(text);
  const status = statusOf ? await teamStatus(deps.tickets, ticket, conv, statusOf) : null;
  if (status) {
    turn.say(status.answered ? 'case.team_status.answered' : 'case.team_status.not_yet', {
      ...params(status.case, conv, statusOf ?? undefined),
    });
    const rest = withoutTeamStatus(text);
    if (!questionClauses(rest).length && rest.split(/\s+/).filter(Boolean).length <= 3) return;
    text = rest;
  }
  // "måste jag betala fakturan nu eller vänta?" while sales has this case and billing a linked one: the
  // message goes on billing's case, answered for it — never filed with sales, never a second billing case.
  const team = visitCost ? undefined : teamAddressed(text, followUp);
  let teamCase = await teamCaseInConversation(deps.tickets, ticket, conv, team);
  // "do I have to pay the 549 now or can I wait?" beside sales' case with no billing case yet: billing's own
  // linked case at its first mention, and the question answered for it.
  if (!teamCase && team === 'billing' && paymentQuestion(text) && billingFirstMention(conv, text)) {
    const before = conv.linkedTickets?.length ?? 0;
    await openLinked(c, ticket, conv, turn, 'billing', 'billing', text);
    const opened = (conv.linkedTickets?.length ?? 0) > before ? conv.linkedTickets?.at(-1) : null;
    teamCase = opened ? await deps.tickets.getByReference(opened) : null;
  }
  // "jag betalade ju i morse med swish?? hur länge tar det?" on a case paused for non-payment: noted and answered
  // (paid-told.ts); what else the message says goes on below.
  const unpaid = await paidTold(c, ticket, conv, turn, text);
  if (unpaid !== null) {
    if (!questionClauses(unpaid).length && unpaid.split(/\s+/).filter(Boolean).length <= 3) return;
    text = unpaid;
    tri = deps.triage.triage(unpaid);
    act =
      deps.triage.classifyReply?.(null, unpaid, conv.language, { intent: conv.intent ?? undefined }) ?? act;
    if (!paysTold(unpaid)) return onMessage(c, ticket, conv, turn, text, tri, act);
  }
  // "jag vill bara att internet ska funka igen", "internet funkar fortfarande INTE" on that paused case: when it
  // opens (paused-still-closed.ts), never "anything else?" or "good question" over words that ask nothing.
  const closedRest = await pausedStillClosed(c, ticket, conv, turn, text);
  if (closedRest !== null) {
    if (!questionClauses(closedRest).length && closedRest.split(/\s+/).filter(Boolean).length <= 3) return;
    return onMessage(c, ticket, conv, turn, closedRest, deps.triage.triage(closedRest), act);
  }
  // "and what does it cost to upgrade to a faster plan" asked alone beside another team's case: the price is
  // sales', offered to them — never a general text about plans, never a case for the question.
  const priceOnly =
    salesAskOf(text) === 'plan_price' && questionClauses(text).length <= 1 && conv.handoff?.queue !== 'sales';
  if (priceOnly && conv.verification === 'verified') return offerSales(conv, turn, text, 'plan_price');
  // "When the internet is back, how will I know, do you send an e-mail?" while billing's case is the current
  // one: how the outage's all-clear comes is the outage case's answer, never the billing team's contact.
  const outageCase =
    !teamCase && !outage && conv.handoff && serviceBackAsked(text)
      ? await outageCaseInConversation(deps.tickets, ticket, conv)
      : null;
  if (outageCase && conv.handoff) {
    const held = conv.handoff;
    conv.handoff = { ...held, queue: 'outage' };
    try {
      await onMessage(c, outageCase, conv, turn, text, tri, act);
    } finally {
      if (conv.handoff?.queue === 'outage') conv.handoff = held;
    }
    return;
  }
  if (teamCase && conv.handoff) {
    const held = conv.handoff;
    conv.handoff = { ...held, queue: teamCase.queue ?? held.queue };
    try {
      await onMessage(c, teamCase, conv, turn, text, tri, act);
    } finally {
      // (A request it opened moved the conversation on; otherwise back to the case it was on.)
      if (conv.handoff?.queue === teamCase.queue) conv.handoff = held;
    }
    return;
  }
  // "will they call me or write here? my phone is 0701234567": the number goes on the case for the team, and is said back.
  // "can someone call me when its back instead, 070-123 45 67" during an outage: the same, for the call-back.
  const phone = extractEntities(text).phones[0];
  if (phone)
    await deps.tickets.append(ticket.id, [
      {
        type: 'note',
        actor: { kind: 'customer', id: null },
        text: `${PHONE_NOTE}${phone}`,
        internal: true,
      },
    ]);
  // "portkod 4512. tack" for a booked visit: on the case for the technician, and said back with the code.
  // "door code 4471, 3rd floor, name on door Larsson": every way-in detail with it; the details alone once a visit is booked.
  // "Ring gärna innan på 070-…", "can they call me before they come?": the wish noted for the technician, and
  // the rest of the message taken up without it. Both go to the field service's booking too (visit-notes.ts).
  const fieldCase = conv.handoff?.queue === 'field';
  const forTechnician = {
    tickets: deps.tickets,
    isp: deps.isp,
    log: deps.log,
    timeZone: deps.words.timeZone,
  };
  const access = fieldCase && (await tellAccess(forTechnician, ticket, turn, text));
  const ahead = fieldCase && (await tellAheadWish(forTechnician, ticket, turn, text));
  if (ahead) text = withoutAheadWish(text);
  if ((access || ahead) && !questionClauses(text).length && !requestAfterTurn(text)) {
    // "hinner ni ringa innan? tack": nothing else about the visit, so it still stands — said so.
    const times = visitTimes(wishWords(text), deps.now(), deps.words.timeZone);
    if (!times.preferred.length && !times.avoid.length && !UNSUITED_VISIT.test(fold(text))) {
      const booked = ahead ? await standingVisit(deps.tickets, ticket.id) : null;
      if (booked)
        turn.say('visit.still_booked', {
          window: formatVisitWindow(booked, conv.language, deps.words.timeZone),
        });
      return;
    }
  }
  // "I can only do mornings", "please call me instead": for the people who take over, on the case and said back
  // (a field case's times are the booked visit's, handled below).
  const reach = await noteReach(deps.tickets, ticket, text, {
    now: deps.now(),
    timeZone: deps.words.timeZone,
    times: conv.handoff?.queue === 'agents' || conv.handoff?.queue === 'tier2',
  });
  const reachParams = { ...params(ticket, conv), phone: phone ? phoneForCustomer(phone) : '' };
  // A call wished for with the number in the same message: the number said back, never "write it here".
  const callOn = (key: MessageKey) => (phone && key === 'handoff.contact_noted.call' ? `${key}.number` : key);
  if (phone && !ahead && !reach.some((r) => r.key === 'handoff.contact_noted.call'))
    turn.say('handoff.phone_noted', reachParams);
  for (const r of reach)
    if (!(r.key === 'handoff.contact_noted.text' && caseQuestions(text).includes('notify_sms')))
      turn.say(callOn(r.key) as MessageKey, { ...reachParams, times: r.times ?? '' });
  // "please don't mark it as urgent on my behalf": the urgency taken back, the priority restored, said so.
  const calmer = await unmarkUrgent(deps.tickets, ticket, conv, text);
  if (calmer)
    turn.say(calmer === 'lowered' ? 'handoff.not_urgent' : 'handoff.not_urgent.none', params(ticket, conv));
  // "did you get the phone number or not": yes with the number on the case, or no.
  if (!phone && asksNumberReceived(text)) {
    const got = await numberReceived(deps.tickets, ticket);
    turn.say(got.key, { ...reachParams, phone: got.phone });
    if (questionClauses(text).length <= 1 && !requestAfterTurn(text)) return;
  }
  // Nothing asked beside it: said back, nothing more.
  // ("i didnt say i want to be called??" is a correction, taken up above: no question left for the team.)
  // ("kan dom inte ringa mig istället? 0703-12 34 56. tack": the call asked for is that wish, said back above —
  // no question left for a stock "I cannot see that from here".)
  if (
    reach.length &&
    !questionClauses(text).some((q) => !contactCorrection(q) && !(wishOnly(text) && onlyContactWish(q))) &&
    !requestAfterTurn(text)
  )
    return;
  // "Cancel the visit" is the technician visit, never the subscription.
  // "ok behåll besöket då. får vi pengar tillbaka för dagarna utan internet?": every part answered.
  // "ok monday works. can i talk to an actual person though? …money back": the person is honoured too.
  const personToo = act.act === 'person' || wantsHuman(text);
  if (await visitHold.onMessage(ticket, conv, turn, text))
    return besideVisit(c, ticket, conv, turn, text, personToo);
  // "ge mig en människa istället, det här funkar inte": a person, never a new time for the visit.
  const person = personNotTime(act, text, deps.now(), deps.words.timeZone);
  if (
    (await visit.onMessage(ticket, conv, turn, text)) ||
    (!person && (await visitRebook.onMessage(ticket, conv, turn, text))) ||
    (!person && (await visitLater.onMessage(ticket, conv, turn, text))) ||
    (!person && (await visitMove.onMessage(ticket, conv, turn, text)))
  )
    return besideVisit(c, ticket, conv, turn, text, personToo);
  // "will they call me? and another thing, … can you change it": the request after the turning words.
  const turned = requestAfterTurn(text);
  const deskRequest = (part: string) =>
    isDeskRequest(conv, part, deps.triage.triage(part), { act: 'new_topic' }, deps.clarifyThreshold);
  // "so were we actually hacked or just a neighbour? and should i change my email passwords too?": only
  // questions, nothing asked of us — answered, never a case of their own.
  const questionsOnly = onlyQuestions(text);
  const whole = !questionsOnly && isDeskRequest(conv, text, tri, act, deps.clarifyThreshold);
  // "if it stays this expensive i want to go down to a cheaper speed", "vad kostar det att uppgradera till
  // 1000 mbit?" beside billing's case: a plan change is sales' own linked case at its first mention.
  const planChange =
    followUp === 'sales' &&
    !!conv.handoff &&
    conv.handoff.queue !== 'sales' &&
    conv.handoff.queue !== 'outage' &&
    conv.verification === 'verified' &&
    !act.act.match(/^(thanks|score|person)$/);
  // "ok thanks. 13:32 today? and btw my bill went up, why?": an invoice beside another team's case is
  // billing's own linked case at its first mention; the rest is answered first.
  // Not for a caller a person verifies another way (their follow-ups stay on the handed case), and never
  // "do i have to pay for the visit?" beside a field team's case (the visit's cost, answered there).
  const bill =
    !whole &&
    conv.verification === 'verified' &&
    (!followUp || followUp === 'billing') &&
    conv.handoff?.queue !== 'billing' &&
    !visitCost &&
    !topicsOf(text).includes('compensation')
      ? billBeside(text, restReaders(deps.triage))
      : null;
  const requestPart = !whole && turned && deskRequest(turned) ? turned : bill;
  /** The request after the turning words, taken up after what was asked before it was answered. */
  const requestNext = async () => {
    if (!requestPart) return;
    conv.pendingAsk = null;
    await reopenAsked(c, ticket, conv, turn, requestPart, deps.triage.triage(requestPart));
  };
  // "ok but can i talk to a person or not" after an outage was told: a person's own linked case, the first time
  // asked (the outage case stays linked to the fault); asked again, where that person's case is.
  // ("can someone call me when it's back, 070-…" is the call-back on this case, noted above: no person's case.)
  const callBack = contactWay(text) === 'call';
  if (outage && personToo && !callBack && (await personAfterOutage(c, ticket, conv, turn, text)))
    return requestNext();
  if (await personOrCheaper(c, ticket, conv, turn, requestPart ? text.replace(requestPart, '') : text, act))
    return requestNext();
  if (outage && outageVisit(ticket, turn, text)) return;
  // "inom 24 timmar?? jag vill se matchen ikväll": marked urgent for the team, and said so.
  const urgent = !calmer && (await markUrgent(deps.tickets, ticket, conv, text));
  // The promised time follows the case's urgency: read once the message may have marked it urgent.
  const p = params(ticket, conv);
  if (urgent) turn.say('handoff.urgent', p);
  // "och TV då?? tredje gången jag frågar": TV passed on with this case, never a new fault; the rest as usual.
  // "stäng tv-ärendet", "close that TV case": the other service's linked case withdrawn; the outage case stays.
  if (outage && (await withdrawOtherServiceCase(deps.tickets, ticket, conv, turn, text))) {
    const rest = withoutCallOff(text);
    if (!questionClauses(rest).length) return;
    text = rest;
  }
  const other = otherServiceAsked(text);
  // "Men kabel-tv:n fungerar ju, hur kommer det sig?": a question about the outage, answered in one line —
  // never a TV case of its own.
  if (other && outage && stillWorksAsked(other.said)) {
    sayStillWorks(turn, other.service);
    const rest = withoutOtherService(text, other.said);
    if (!questionClauses(rest).length) return;
    text = rest;
  } else if (other && outage) {
    // "och kabel-tv:n är också svart, är det samma fel?" after the outage was told: the outage case has no
    // team, so the TV (mobile, e-mail) question gets its own linked case with our support team, once; the
    // rest of the message (the outage questions) is answered as usual.
    if (!(conv.otherAsked ?? []).includes(other.service)) {
      const told = `other_service.linked.${other.service}` as const;
      await openLinked(c, ticket, conv, turn, 'agents', 'other', other.said, told);
      conv.otherAsked = [...(conv.otherAsked ?? []), other.service];
    } else await passOtherService(deps.tickets, ticket, conv, turn, other);
    const rest = withoutOtherService(text, other.said);
    if (!questionClauses(rest).length) return;
    text = rest;
  } else if (other) {
    await passOtherService(deps.tickets, ticket, conv, turn, other);
    const rest = withoutOtherService(text, other.said);
    if (!questionClauses(rest).length) return;
    text = rest;
  }
  // "ok. what does the LOS light actually mean?", "fungerar larmet under avbrottet?": what a technician
  // knows whatever the case is answered here; the rest of the message goes on as usual.
  // ("24 timmar?? det är väl jättelänge" with the field team: how long their answer takes at most, and usually.)
  // "…vi har betalat två gånger. Hur lång tid tar en återbetalning?": a refund asked in a question answered
  // here in general is still billing's wish — read in the whole message, never only in what is left of it.
  const refundText = topicsOf(text).includes('compensation') ? text : null;
  // ("can i unplug it?" about the TV box passed on: the TV box's restart, never the router's.)
  // During an outage the incident and the case answer "4 hours??" and "can you text me instead?" themselves
  // (the expected end, the number noted): those questions are theirs, not the general technician's.
  const theirs = (q: string) =>
    outage && [...afterQuestions(q), ...caseQuestions(q)].some((x) => OUTAGE_ANSWERS.has(x));
  const general = generalAnswersIn(
    text,
    questionClauses(text).filter((q) => !theirs(q)),
    {
      cause: await handedCause(c, ticket, conv),
      queue: conv.handoff?.queue ?? null,
      channel: conv.channel,
    },
  );
  // "kan jag inte bara ringa fakturaavdelningen istället för att vänta 4 timmar?": the call asked in the same
  // breath as the wait is answered first (how to phone), never left behind the answer about the wait.
  let phoned = false;
  // "vad gör jag i morgon, jag har möten hela dagen": marked urgent, and how to get by until then said too.
  if (urgent)
    for (const key of general.keys) if (BESIDE_URGENCY.has(key.split('.')[1] ?? '')) turn.say(key, p);
  if (general.keys.length && !urgent) {
    if (!outage && asksToCall(fold(text))) {
      await noteForTeam(deps.tickets, ticket, text, conv.verification === 'verified');
      turn.say('handoff.phone', p);
      phoned = true;
    }
    for (const key of general.keys) turn.say(key, p);
    // ("…leave the modem on? And will I get a text message when it works again?": the text message stays for
    // the outage's own answer below.)
    const rest = withoutGeneralQuestions(text, theirs);
    if (!questionClauses(rest).length && rest.split(/\s+/).filter(Boolean).length <= 3) {
      if (!outage && !phoned) turn.say('handoff.next', p);
      return;
    }
    text = rest;
  }
  // "1. Ska jag dra ur sladden när det är lagat? …": the topics the technician's answers narrow are answered by
  // them — never a second, broader answer to the same question ("Ja, det kan du …" and then "Nej – …").
  const byTech = new Set(general.keys.flatMap((key) => narrowsOf(key.split('.')[1] ?? '')));
  // ("24 timmar?? det är väl jättelänge": the question answered, the rest a remark — never also "noted".)
  const answeredAll = general.keys.length > 0 && !urgent && !questionClauses(text).length;
  // "can i get my invoices by email instead?", "vad är en filterdosa … och pensionärsrabatt?": general
  // questions are answered, and what a team acts on goes to it (onto its case here, or a linked one).
  // "routern sitter direkt i väggen bredvid tror jag" on a DSL case: the tip, and the clue for the team.
  if (!outage && (await splitterClue(c, ticket, turn, text, params(ticket, conv)))) return;
  if (!outage && generalTopics(text, conv.intent).length) {
    await answers.answer(ticket, conv, turn, text, p);
    await answerGeneral(c, ticket, conv, turn, text);
    return;
  }
  // "can i call someone?": how to reach a person by phone, or here; never a question left for a colleague.
  if (!outage && !phoned && asksToCall(fold(text))) {
    await noteForTeam(deps.tickets, ticket, text, conv.verification === 'verified');
    turn.say('handoff.phone', p);
    // "… and another thing, can you change my wifi password": taken up after the answer.
    return requestNext();
  }
  // "men det är alltså inte uppsagt nu? och finns ni ens i uppsala?": handing the request on changed
  // nothing yet — said plainly; what else is asked is for the team that has the case.
  const queue = conv.handoff?.queue ?? 'agents';
  // "forget it, i'll look on the invoice.": a goodbye, never a new case; the first case stays as it is.
  if (!requestPart && givesUp(fold(text)) && !ASKS_OF_US.test(fold(text))) {
    turn.say(outage ? 'outage.noted' : 'handoff.let_go', p);
    return;
  }
  const unchanged = !outage && !requestPart ? nothingChangedKey(queue, text) : null;
  if (unchanged) {
    turn.say(unchanged, p);
    const others = questionClauses(text).filter((q) => !nothingChangedKey(queue, q));
    if (!others.length) return;
    await noteQuestionsForTeam(deps.tickets, ticket, others);
    turn.say('handoff.also_noted', p);
    return;
  }
  if (
    whole ||
    planChange ||
    requestPart ||
    (!questionsOnly && isNewFault(conv, tri, act, deps.clarifyThreshold, text) && !caseQuestions(text).length)
  ) {
    // Something the desk does itself (rename the Wi-Fi…), or a connection fault written to billing
    // or sales: its own linked case, worked here now; the first case stays with its team.
    // "ringer dom mig eller mejlar dom? och en sak till, …": what is asked beside it is answered first.
    const asked = questionsBesideRequest(
      text,
      (part) =>
        deskRequest(part) ||
        (!!bill && bill.includes(part)) ||
        (planChange && raisedSecondaries(part, ['account_change']).length > 0),
    );
    if (asked) {
      const mine = await answers.answer(ticket, conv, turn, asked, p);
      if (!mine.length) await answerAboutCase(c, ticket, conv, turn, asked, null, mine);
    }
    conv.pendingAsk = null;
    // "vad kostar det att uppgradera till snabbare": the price answered and sales offered, no case for a question.
    if (!requestPart && planChange && salesAskOf(text) === 'plan_price')
      return offerSales(conv, turn, text, 'plan_price');
    if (requestPart) await reopenAsked(c, ticket, conv, turn, requestPart, deps.triage.triage(requestPart));
    else await reopenAsked(c, ticket, conv, turn, text, tri);
    return;
  }
  // "kan ni inte öppna nätet tills dess?": what the desk cannot do for this team's case, and why.
  // Every answer below is put in the order its question was asked (answer-order.ts).
  const mark = turn.mark();
  const order = askedOrder(text);
  turn.answering('desk_limit');
  const limit = await answerDeskLimit(deps.tickets, ticket, turn, text, {
    queue: conv.handoff?.queue ?? 'agents',
    cause: await deps.cause(ticket),
    urgent,
    params: p,
  });
  turn.answering('cost');
  if (visitCost) turn.say(visitCost, p);
  turn.answering(null);
  // "will it come back by itself?", "does the technician bring a new router?": from the fault found.
  const field = await answerFieldQuestions(deps.tickets, ticket, conv, turn, text, await deps.cause(ticket));
  const mine = await answers.answer(ticket, conv, turn, text, p);
  const told = new Set(turn.tagsSince(mark).map(order));
  const about = await answerAboutCase(c, ticket, conv, turn, text, act, mine, (q) =>
    told.has(order(`case:${q}`)),
  );
  // "what does 2.4 GHz mean, …? I'm on my laptop in the living room": beside what the case's words answered,
  // the question's own topic is answered too, from what the case knows (never "your other question").
  if (!about && mine.length && act.act === 'question' && !TEAM_TOPICS.has(act.topic)) {
    const own = await caseTopic(ticket, narrowest(act.topic, text), conv);
    if (own !== 'reply.other') turn.say(own, p);
  }
  if (about || mine.length || field.length || visitCost || limit) {
    // "…how long? and do I get money back for the days?": the refund is billing's, whatever else was asked.
    if (refundText || topicsOf(text).includes('compensation'))
      await compensation(c, ticket, conv, turn, refundText ?? text);
    turn.orderSince(mark, order);
    // "can you tell me what the new amount is? and will they call or email me?": a question beside the
    // answered ones that nothing here reads is put on the case for the team, and said so — never dropped.
    const unread = outage || urgent ? [] : unreadQuestions(text);
    if (unread.length) {
      await noteQuestionsForTeam(deps.tickets, ticket, unread);
      turn.say('handoff.also_noted', p);
    } else if (!about && !limit && !outage && !field.length && !mine.some((q) => TEAM_TOLD.has(q)))
      turn.say('handoff.next', p);
    return;
  }
  if (topicsOf(text).includes('compensation') || (act.act === 'question' && act.topic === 'compensation')) {
    // Billing with the case gets the refund wish on it; another team's case, a linked billing case.
    await compensation(c, ticket, conv, turn, text);
    return;
  }
  if (followUp && followUp === conv.handoff?.queue) {
    // "varför fick jag ingen påminnelse innan ni stängde av? jag har autogiro trodde jag" with billing on the
    // case: a question about the team's own matter is taken as a question — what the desk cannot see, said
    // honestly, and the question put on the case for them — never only "your message is added".
    const asked = askedIn(text);
    const own = topicsOf(text).find((x) => ANSWERED_FOR_TEAM.has(x));
    if (!urgent && (asked.length || own)) {
      await noteQuestionsForTeam(deps.tickets, ticket, asked.length ? asked : [text]);
      turn.say(own ? await caseTopic(ticket, own, conv) : notedKey(followUp, asked), p);
      return;
    }
    // That team already has this case: the message goes onto it, never into a second case for them.
    if (!urgent) turn.say(await notedOnce(deps.tickets, ticket, conv.language, 'handoff.noted', p), p);
    return;
  }
  if (act.act === 'question' && act.topic === 'compensation') {
    await compensation(c, ticket, conv, turn, text);
    return;
  }
  if (followUp && conv.verification !== 'verified' && !outage) {
    // A caller handed to a person without a PIN: the follow-up is for that person, who verifies
    // them another way; a case of its own would ask for the PIN again and sit in no queue.
    await noteForTeam(deps.tickets, ticket, text, false);
    turn.say('handoff.unverified_follow_up', p);
    return;
  }
  if (followUp && (act.act === 'new_topic' || act.act === 'answer' || act.act === 'question')) {
    // A request for another team (an invoice, the subscription): its own linked case, worked in this
    // conversation; the first stays with its team. Anything else is for the person who has the case.
    conv.pendingAsk = null;
    await deps.reopen(ticket, conv, turn, text, tri);
    return;
  }
  // "du svarar inte på nånting. hej då", "useless. bye": a complaint, never thanked for — a short apology
  // and what happens next, and the complaint on the case for the team.
  if (act.act !== 'question' && COMPLAINT.test(fold(text))) {
    await noteForTeam(deps.tickets, ticket, text, conv.verification === 'verified');
    turn.say(outage ? 'outage.complaint' : 'handoff.complaint', p);
    return;
  }
  if (act.act === 'thanks') {
    if (await visitMove.onThanks(ticket, conv, turn)) return;
    // A would-be customer hears from sales on the contact details given (e-mail or phone), never "here".
    turn.say(
      outage ? 'outage.noted' : conv.facts.notCustomer ? 'handoff.thanks.contact' : 'handoff.thanks',
      p,
    );
    return;
  }
  if (act.act === 'question' && act.topic === 'how_long') {
    // "How long?" here is about the team's answer, not the minute a restart takes.
    // "how long does billing take?" while sales has the newer case: the time of the team named.
    const team = askedQueue(conv, text);
    turn.say(declinedVisit(conv, caseAnswerKey('how_long', team, null)), c.params(ticket, conv, team));
    return;
  }
  if (act.act === 'question' && byTech.has(act.topic) && !questionClauses(text).length) return;
  if (act.act === 'question' && act.topic !== 'other') {
    const topic = narrowest(act.topic, text);
    // "so i just wait then" with a visit booked: yes, and when the technician comes.
    const visit =
      topic === 'just_wait' &&
      conv.handoff?.queue === 'field' &&
      (await standingVisit(deps.tickets, ticket.id));
    if (visit)
      turn.say('reply.just_wait.after.field.visit', {
        ...p,
        window: formatVisitWindow(visit, conv.language, deps.words.timeZone),
      });
    else turn.say(await caseTopic(ticket, topic, conv), p);
    // "vad betyder signalmarginal? är det mitt fel?": every question of the message is answered from the
    // case, not only the first one read — each topic once, none the team's own.
    for (const other of otherTopics(text, topic)) {
      const key = await caseTopic(ticket, other, conv);
      if (key !== 'reply.other') turn.say(key, p);
    }
    // "so i just wait then": its answer already says who answers and when.
    if (!outage && topic !== 'just_wait') turn.say('handoff.next', p);
    return;
  }
  // A question the desk cannot answer: said so, with who answers it and when.
  // "can I swap the patch cable myself? I have a spare": the answer given, what is left goes on the case.
  if (answeredAll) {
    await noteForTeam(deps.tickets, ticket, text, conv.verification === 'verified');
    if (!outage) turn.say('handoff.next', p);
    return;
  }
  if (act.act === 'question' && !outage && !urgent) {
    await noteQuestionsForTeam(deps.tickets, ticket, [text]);
    turn.say(notedKey(conv.handoff?.queue ?? null, [text]), p);
    return;
  }
  if (!urgent)
    turn.say(
      await notedOnce(deps.tickets, ticket, conv.language, outage ? 'outage.noted' : 'handoff.noted', p),
      p,
    );
}

/** The sentences of `text` that ask: a question mark, or a question's first words. */
function askedIn(text: string): string[] {
  // ("jag sa inte att ni skulle ringa?? mejla mig istället" corrects a record: never a question for the team.)
  return questionClauses(text).filter(
    (q) => (q.includes('?') || asksOutright(q)) && !contactCorrection(q) && !asksToCall(fold(q)),
  );
}

/** "I cannot answer that from here, so I have noted your question…", in the team's own words when it has them. */
function notedKey(queue: string | null, asked: readonly string[]): MessageKey {
  const own = `case.noted.${queue}`;
  // ("will they write in English?" on an invoice case: no question about reminders or payments, so never
  // billing's "your reminders, payments and direct debit I cannot see".)
  if (queue === 'billing' && !PAYMENT_MATTER.test(fold(asked.join(' ')))) return 'case.noted';
  return hasMessage(own) ? own : 'case.noted';
}

/** Nothing in `text` but the contact wish, a number and a word or two ("… 0703-12 34 56. tack"). */
function wishOnly(text: string): boolean {
  return sentencesOf(text).every(
    (s) => onlyContactWish(s) || !/\p{L}{3,}/u.test(s.replace(/\b(tack|thanks?|thx|ok|okej)\b/gi, '')),
  );
}

/** A question that asks nothing but the way to be contacted ("kan dom inte ringa mig istället?"). */
function onlyContactWish(q: string): boolean {
  return (
    !!contactWay(q) &&
    !caseQuestions(q).length &&
    !afterQuestions(q).length &&
    !fieldQuestions(q).length &&
    !topicsOf(q).some((x) => x !== 'other')
  );
}

/** What billing's own "I cannot see that from here" is about: reminders, payments, direct debit (folded). */
const PAYMENT_MATTER =
  /\b(paminnelse\w*|reminder\w*|autogiro\w*|direct ?debit\w*|betalning\w*|payment\w*|paid|pay|betala\w*|inbetal\w*|dragning\w*|drogs|dras|dragits|obetald\w*|unpaid|overdue|forfall\w*|stang\w* av|cut (me |us |it )?off|cutting (me |us )?off|inkasso\w*|collection\w*)\b/;

/** The question sentences of `text` that no reading after a handoff takes up (answered by none). */
function unreadQuestions(text: string): string[] {
  return questionClauses(text).filter(
    (q) =>
      (q.includes('?') || asksOutright(q)) &&
      !TIME_REACTION.test(fold(q)) &&
      !REACTION.test(fold(q)) &&
      !contactCorrection(q) &&
      !afterQuestions(q).length &&
      !caseQuestions(q).length &&
      !fieldQuestions(q).length &&
      !asksToCall(fold(q)) &&
      !asksDeskToAct(q) &&
      !visitCostAsked(q, null) &&
      !topicsOf(q).some((x) => x !== 'other'),
  );
}

/**
 * The topics of `text`'s questions besides `first` that a text of their own answers: none the team's, none
 * that a narrower topic of the message answers, none `first` narrows.
 */
function otherTopics(text: string, first: QuestionTopic): QuestionTopic[] {
  const all = [...new Set(questionClauses(text).flatMap((q) => topicsOf(q)))];
  return all.filter(
    (x) =>
      x !== first &&
      !TEAM_TOPICS.has(x) &&
      !all.some((y) => [NARROWS[y]].flat().includes(x)) &&
      ![NARROWS[first]].flat().includes(x),
  );
}

/**
 * Topics whose answer after a handoff is the team's, the visit's or the refund's (their own handling below
 * and in handoff-case-questions.ts): never said again as a topic beside another answer.
 */
const TEAM_TOPICS = new Set<string>([
  'other',
  'compensation',
  'how_know_fixed',
  'how_long',
  'cost',
  'what_happens_next',
  'what_you_do',
  'just_wait',
  'technician_when',
  'should_restart',
  'devices_drop',
]);

/** "24 hours?!", "4 timmar??": the promised time said back in surprise, no question of its own (folded). */
const TIME_REACTION =
  /^\W*(\d+|en|ett|one|a|two|tva|three|tre)\s*(hours?|hrs?|h|timmar|timme|tim|days?|dagar|dag|dygn|minutes?|mins?|minuter)\W*$/;

/**
 * "va??", "what?!", "seriously?", "hallå??", "eh?": surprise or protest in a word or two, no question for anyone
 * to answer (folded).
 */
const REACTION =
  /^\W*((ok|okay|okej|men|but|and|och|oh|ah|eh|um|uh|va|vad|vafan|what|wat|wut|huh|hm+|eh+|halla|hallo|hello|hej|seriously|serios\w*|allvarligt|really|verkligen|wtf|omg|jaha|aha|nej|no|nu|now|sa|so|jasa)[\s,]*){1,3}[?!.\s]*$/;

/** "den tiden passar inte", "that doesn't work": the booked time turned down — the visit's to move (folded). */
const UNSUITED_VISIT =
  /\b(passar|funkar|gar|fungerar) (inte|ej)\b|\b(doesn'?t|does not|dont|won'?t|can'?t|cannot) (work|suit|make it)\b|\b(move|reschedul\w*|flytta\w*|annan (tid|dag)|another (time|day))\b/;

/** A complaint about the help itself ("you're not answering anything", "värdelöst"). */
const COMPLAINT =
  /\b(svarar (inte|aldrig)|svarade (inte|aldrig)|not answering|(don'?t|do not|didn'?t|did not|never) answer\w*|vardelos\w*|useless|worthless|waste of (my )?time|sloseri (med|pa) tid|hjalper inte (alls|ett dugg|ett skit)|(no|not any|not much) help( at all)?|inte till (nan|nagon|nagon som helst) hjalp|pointless|meningslos\w*|dalig (service|hjalp)|terrible|awful|horrible|bedrovlig\w*|uselt?)\b/;

/** Words that ask something of us ("can you …", "please", "kan ni …"), not only a question about the case. */
const ASKS_OF_US =
  /\b((can|could|will|would) (you|u|ya)|please|pls|kan (ni|du)|kunde (ni|du)|snalla|(i|we) (want|need|would like|'d like)|(jag|vi) (vill|behover))\b/;

/** Every sentence of `text` asks a question, and none asks anything of us. */
function onlyQuestions(text: string): boolean {
  const sentences = String(text ?? '')
    .split(/(?<=[?!.])\s+|\n+/)
    .map((x) => x.trim())
    .filter((x) => /\w/.test(x));
  const asking = questionClauses(text);
  return sentences.length > 0 && asking.length >= sentences.length && !ASKS_OF_US.test(fold(text));
}

const params = (c: AfterOutcomeCtx, ticket: Ticket, conv: ConversationState) => c.params(ticket, conv);

/** "…och får jag pengar tillbaka?", "…does he bring a new router?" beside a change to the visit: answered too. */
async function besideVisit(
  c: AfterOutcomeCtx,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
  person = false,
) {
  const { deps } = c;
  const cause = await deps.cause(ticket);
  // "ok. men varför händer det här hela tiden? tredje gången", "vad är det som är FEL på routern egentligen?"
  // beside the booked visit: what the diagnosis found answers it, in the same reply.
  for (const key of causeAnswers(text, cause)) turn.say(key, params(c, ticket, conv));
  // "Måndag passar bra. … Och kostar besöket något?": what the visit costs, beside the time kept.
  const cost = conv.handoff?.queue === 'field' ? visitCostAsked(text, cause) : null;
  if (cost) turn.say(cost, params(c, ticket, conv));
  await answerFieldQuestions(deps.tickets, ticket, conv, turn, text, cause);
  // "tisdag förmiddag funkar. men kan ni inte bara skicka en ny router med posten istället?": the technician's
  // answer to a general question beside the time, never only the booked visit again. (The visit's own questions —
  // when, the call before, being home — are the visit's answers above.)
  const general = generalAnswersIn(
    text,
    questionClauses(text).filter((q) => !visitQuestions(q).length),
    { cause: await handedCause(c, ticket, conv), queue: conv.handoff?.queue ?? null, channel: conv.channel },
  );
  for (const key of general.keys) turn.say(key, params(c, ticket, conv));
  const refund = topicsOf(text).includes('compensation');
  if (refund) await compensation(c, ticket, conv, turn, text, { person });
  // A person asked for beside the visit: said who has the case (a colleague already taking over says so).
  else if (person) turn.say('handoff.person', params(c, ticket, conv));
}

/** A payment question beside a case another team has, from a verified caller, that no refund path takes. */
function billingFirstMention(conv: ConversationState, text: string): boolean {
  const queue = conv.handoff?.queue;
  return (
    conv.verification === 'verified' &&
    !!queue &&
    queue !== 'billing' &&
    queue !== 'outage' &&
    !topicsOf(text).includes('compensation')
  );
}

/**
 * "text me instead" after an outage notice with a refund case linked: the wish goes on the team cases of this
 * conversation too (billing reaches the customer, the desk cannot), and is said so.
 */
async function reachOnLinked(
  c: AfterOutcomeCtx,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
) {
  const way = contactWay(text);
  if (!way) return;
  for (const reference of conv.linkedTickets ?? []) {
    const linked = await c.deps.tickets.getByReference(reference);
    if (!linked || linked.id === ticket.id || !linked.queue || !['escalated', 'open'].includes(linked.status))
      continue;
    await c.deps.tickets.append(linked.id, [
      {
        type: 'note',
        actor: { kind: 'customer', id: null },
        text: `the customer would rather be contacted by ${wayWords(way)} (said on case ${ticket.reference}): "${text.slice(0, 200)}"`,
        internal: true,
      },
    ]);
    turn.say('handoff.contact_noted.linked', {
      linked: linked.reference,
      team: teamName(linked.queue, conv.language),
      way: t(conv.language, `contact.way.${way}`),
    });
  }
}

/** A person asked for while the case waits for an outage: the agents' linked case, opened once. */
async function personAfterOutage(
  c: AfterOutcomeCtx,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
): Promise<boolean> {
  const linked = await Promise.all((conv.linkedTickets ?? []).map((r) => c.deps.tickets.getByReference(r)));
  const held = linked.find((t) => t?.queue === 'agents' && t.status !== 'closed' && t.status !== 'resolved');
  if (held) {
    // ("human agent please. I want to complain about the outages": their words on that case, for the person.)
    await c.deps.tickets.append(held.id, [
      { type: 'note', actor: { kind: 'customer', id: null }, text: text.slice(0, 500), internal: true },
    ]);
    turn.say('handoff.person', c.params(held, conv, 'agents'));
    return true;
  }
  await openLinked(c, ticket, conv, turn, 'agents', 'human_agent', text, 'handoff.linked.person');
  return true;
}
