// One customer message, dispatched: the language asked for, a request for a person, the asides
// answered beside the pending question, then the handler of the conversation's phase.
import type { AskKey, Ticket } from '../domain/index.js';
import { t } from './messages/index.js';
import { otherServiceOf } from '../runbooks/facts.js';
import { afterNotHolder, refuseNotHolder, routeNonCustomer } from './case-routing.js';
import { saysNotHolder } from '../triage/pin-replies.js';
import { visitTimesOffered } from './check-first.js';
import { onClosed } from './closed-case.js';
import type { ConversationState, Phase } from './conversation-state.js';
import { onHelpAnswerReply } from './help-answer-reply.js';
import { toHuman } from './human-handoff.js';
import { adviseIntruderBeforePin } from './intruder-advice.js';
import type { AgentKernel } from './kernel.js';
import { followLanguage, languageHint } from './language-hold.js';
import { requestedLanguage } from './language-request.js';
import { answerOfferQuestion } from './offer-question.js';
import { learnRequest, onClarify, onOpening } from './opening.js';
import { onlyOtherService } from './other-service.js';
import { noticeAsked, sayNotice } from './notice-question.js';
import { acknowledgePersonWithFault } from './person-with-fault.js';
import { wordCount } from './repair.js';
import { rememberRequestAtPin, requestAtPin } from './request-at-pin.js';
import { personHeardKey, teamBesidePerson } from './request-facts.js';
import { keepInvoiceQuestion, keepSalesWish } from './sales-wish.js';
import { withdrawOffer, withoutKept } from './secondary-topics.js';
import { dropRefundWish } from './refund-dropped.js';
import { acknowledgeMood, bump, higher, recordTriage } from './triage-record.js';
import { cancelQuestions, lateScore } from './turn-asides.js';
import type { Turn } from './turn.js';
import { noteWriter } from './writer.js';

/** The questions before the caller is verified, where "it's not my account" ends the case. */
const BEFORE_PIN: ReadonlySet<Phase> = new Set<Phase>(['clarify', 'identify_number', 'identify_pin']);
/** The identity questions, where a person asked for beside the answer is heard and the identity goes on. */
const IDENTITY_PHASES: ReadonlySet<Phase> = new Set<Phase>(['identify_number', 'identify_pin']);
/** The identity questions, as asked. */
const IDENTITY_ASKS: ReadonlySet<AskKey> = new Set<AskKey>(['identity.customer_number', 'identity.pin']);

export async function dispatchTurn(
  k: AgentKernel,
  ticket: Ticket,
  conv: ConversationState,
  text: string,
  turn: Turn,
) {
  const notice = noticeAsked(conv, text);
  if (notice) await withNotice(k, ticket, conv, turn, text, notice);
  else await dispatchOne(k, ticket, conv, text, turn);
  // "Can someone just call me then" with no PIN: handed over unverified, the person is heard without "with your
  // account verified" — only what is true of the verification the turn ended with is said.
  if (conv.verification !== 'verified' && !(turn.pendingAsk && IDENTITY_ASKS.has(turn.pendingAsk)))
    turn.replaceSaid('person.heard.identity', t(turn.language, 'person.heard'));
}

/**
 * "och vad har jag för uppsägningstid?" outside a cancellation: answered in the order asked, and the rest of the
 * message dispatched on its own.
 */
async function withNotice(
  k: AgentKernel,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
  notice: { rest: string; first: boolean },
) {
  if (conv.phase === 'opening') {
    followLanguage(conv, k.triage.triage(text, { profileLanguage: languageHint(conv) }), text, true);
    turn.language = conv.language;
  }
  if (notice.first || !notice.rest) sayNotice(conv, turn);
  if (notice.rest) {
    await dispatchOne(k, ticket, conv, notice.rest, turn);
    if (!notice.first) sayNotice(conv, turn, true);
  } else if (conv.phase === 'opening') turn.say('closed.more');
  else if (conv.pendingAsk && conv.phase !== 'closed')
    turn.askAgain(conv.pendingAskSpec ?? { key: conv.pendingAsk });
}

async function dispatchOne(
  k: AgentKernel,
  ticket: Ticket,
  conv: ConversationState,
  text: string,
  turn: Turn,
) {
  const tri = k.triage.triage(text, { profileLanguage: languageHint(conv) });
  k.parts.identify.notePin(ticket.id, conv, text);
  // "I am writing for my husband Erik", "I'm Megan actually": who writes, noted as the case's contact.
  await noteWriter(k, ticket, conv, turn, text);
  // "english please": the customer's word beats any guess or profile, and holds from now on.
  const asked = requestedLanguage(text);
  if (asked) {
    conv.language = asked;
    conv.languageFixed = true;
    turn.language = asked;
    if (wordCount(text) <= 6) {
      turn.say('language.switched');
      if (conv.pendingAskSpec) turn.askAgain(conv.pendingAskSpec);
      else if (conv.pendingAsk) turn.ask(conv.pendingAsk);
      return;
    }
  }
  // A short opening ("internet died") can fool the language guess; a clear later message corrects it.
  if (conv.phase !== 'opening' && followLanguage(conv, tri, text)) turn.language = conv.language;
  // "can she do it herself by pulling the plug?" after "it's not my account": nothing of that line, ever.
  if (conv.phase === 'closed' && (await afterNotHolder(k, ticket, conv, turn, text))) return;
  // A help-centre answer is asked about once: whatever comes next, it is no longer pending.
  const helpAnswer = conv.helpAnswer ?? null;
  conv.helpAnswer = null;
  if (
    conv.phase !== 'closed' &&
    (tri.wantsHuman || k.triage.wantsHuman(text)) &&
    conv.intent !== 'human_agent'
  ) {
    if (conv.phase === 'opening') {
      followLanguage(conv, tri, text, true);
      turn.language = conv.language;
      conv.intent = teamBesidePerson(k.triage, text) ?? 'human_agent';
      conv.request = text.slice(0, 500);
      // "can I talk to a person? we need to cancel, we're moving in March": the team's request, read as one.
      if (conv.intent !== 'human_agent') conv.facts = learnRequest(k, conv.facts, text, conv.language);
      conv.facts.otherService ??= otherServiceOf(text);
      await recordTriage(k, ticket, conv, tri, conv.intent);
      acknowledgeMood(conv, turn);
      // The request is heard: said before the customer number is asked for (with a fault: checked first).
      const checkFirst = acknowledgePersonWithFault(k.triage, conv, turn, tri, text);
      if (!checkFirst && conv.verification !== 'verified' && !onlyOtherService(conv))
        turn.say(personHeardKey(conv.intent));
      return k.parts.identify.identifyOrStart(ticket, conv, turn, text);
    }
    if (conv.phase === 'runbook') return toHuman(k, ticket, conv, turn, text);
    // "200-234. kan jag inte bara få prata med en riktig människa istället?": the person is heard in the same
    // reply, and the identity goes on so that the colleague has the account (the problem stays the summary's).
    if (IDENTITY_PHASES.has(conv.phase) && conv.verification !== 'verified') {
      if (conv.intent && conv.intent !== 'other') conv.problemIntent ??= conv.intent;
      conv.intent = 'human_agent';
      await recordTriage(k, ticket, conv, tri, conv.intent);
      turn.say('person.heard.identity');
    }
  }
  if (tri.mood === 'angry' && conv.mood !== 'angry' && conv.phase !== 'opening') {
    conv.mood = 'angry';
    conv.priority = higher(conv.priority, bump(conv.priority, 1));
    await k.deps.tickets.append(ticket.id, [], { priority: conv.priority });
    acknowledgeMood(conv, turn);
  }
  if (helpAnswer && conv.pendingAsk === 'resolution.confirm' && conv.phase === helpAnswer.resume) {
    return onHelpAnswerReply(k, ticket, conv, turn, text, tri, helpAnswer);
  }
  if (await cancelQuestions(k, ticket, conv, turn, text, tri)) return;
  // "actually forget that, I also want to cancel" instead of the PIN: kept for after verification, the PIN asked again.
  const request = k.triage.wantsHuman(text) ? null : requestAtPin(k, conv, text, tri);
  if (request) return rememberRequestAtPin(k, ticket, conv, turn, text, request);
  await dropRefundWish(k, ticket, conv, turn, text);
  if (withdrawOffer(conv, turn, text)) {
    if (conv.pendingAsk) turn.askAgain(conv.pendingAskSpec ?? { key: conv.pendingAsk });
    return;
  }
  if (await k.parts.nonCustomer.onMessage(ticket, conv, turn, text)) return;
  if (await k.parts.contactDetails.take(ticket, conv, turn, text)) {
    await answerOfferQuestion(k.deps.tickets, ticket, turn, text);
    return;
  }
  // "jag sa ju att jag inte är kund. det var mitt telefonnummer": sales, not a correction of the ask.
  if (conv.phase === 'identify_number' && k.parts.identify.wouldBeCustomer(conv, text))
    return routeNonCustomer(k, ticket, conv, turn);
  if (await lateScore(k, ticket, conv, turn, text)) return;
  if (adviseIntruderBeforePin(conv, turn, text)) return;
  if (await k.parts.securityWorry.notice(ticket, conv, turn, text)) return;
  if (await k.parts.renameAlong.notice(ticket, conv, turn, text)) return;
  // "I don't have a PIN, it's not my account": the holder's line is neither tested nor told about.
  // ("no internet. i'm not the account holder, I'm the landlord" at a clarifying question or the number question too.)
  if (BEFORE_PIN.has(conv.phase) && conv.verification !== 'verified' && saysNotHolder(text))
    return refuseNotHolder(k, ticket, conv, turn);
  if (conv.phase.startsWith('identify_') && (await k.parts.identify.outageAtPin(ticket, conv, turn, text)))
    return;
  // "Då får jag väl ringa. Vilket nummer ringer jag?": where the number is, never only where the PIN is.
  if (conv.phase === 'identify_pin' && (await k.parts.identify.callNumberAtPin(ticket, conv, turn, text)))
    return;
  // "I don't have the PIN", "pappa har den": not asked for again — the case goes on with what needs no verification.
  if (conv.phase === 'identify_pin' && (await k.parts.identify.pinNotGiven(ticket, conv, turn, text))) return;
  // "kan ni skicka pinkoden till min mejl?", "jag kan ge mitt personnummer": another way than the PIN, answered.
  if (conv.phase === 'identify_pin' && (await k.parts.identify.pinOtherWay(ticket, conv, turn, text))) return;
  // "oh sorry wrong number, thats my neighbours. mine is 200,220" at the PIN: the new number, before any
  // reading of the correction as one of nothing noted (and before the PIN beside it is checked).
  if (conv.phase === 'identify_pin' && (await k.parts.identify.onCorrectedNumber(ticket, conv, turn, text)))
    return;
  // "what about the discount though?", "can you pass me to sales?" while the fault case goes on: kept for sales.
  if (conv.phase !== 'opening') keepSalesWish(k, conv, turn, text);
  // "pin: 5747. och btw min räkning gick upp, varför?": billing's, kept and acknowledged; not asked of this case.
  if (conv.phase !== 'opening' && keepInvoiceQuestion(k, conv, turn, text))
    text = withoutKept(text, conv.secondaryAsked?.billing);
  if (
    conv.phase !== 'opening' &&
    conv.phase !== 'closed' &&
    (await k.parts.runbookAnswers.repairAsk(ticket, conv, turn, text, tri))
  )
    return;
  // "will someone have to come out? I am home most days except Thursdays" before any visit is asked about:
  // kept, and the visit booked inside them should the case need one (runbook-answers.ts).
  if (!conv.handoff && conv.phase !== 'closed' && conv.pendingAsk !== 'contact.availability')
    conv.visitTimesGiven = visitTimesOffered(text, k.now(), k.cfg.words.timeZone) ?? conv.visitTimesGiven;
  switch (conv.phase) {
    case 'opening':
      return onOpening(k, ticket, conv, turn, text, tri);
    case 'clarify':
      return onClarify(k, ticket, conv, turn, text, tri);
    case 'identify_number':
      return k.parts.identify.onCustomerNumber(ticket, conv, turn, text);
    case 'identify_pin':
      return k.parts.identify.onPin(ticket, conv, turn, text);
    case 'runbook':
      await k.parts.runbookAnswers.onRunbookAnswer(ticket, conv, turn, text, tri);
      // "klart! och gärna att andralinjen fixar gästnätet" at the last step: the case closed, the offer taken.
      if (
        (conv.phase as string) === 'closed' &&
        (await k.parts.afterOutcome.takeTeamOffer(ticket, conv, turn, text, true))
      )
        return;
      // "after lunch. should I restart the box meanwhile?": the answer that handed the case over may ask about it too.
      // "…Kommer det någon hem till mig? kostar det nåt?" beside the times: answered with the visit just booked.
      if (conv.handoff) {
        const told = await k.parts.afterOutcome.answerBooked(ticket, conv, turn, text);
        // "What does that cost me?" told by the visit's cost: not also noted as a question about our prices.
        const costTold = told.some((key) => key.startsWith('reply.cost.'));
        await k.parts.afterOutcome.answerAboutCase(
          ticket,
          conv,
          turn,
          text,
          null,
          [],
          (q) => q === 'offer' && costTold,
        );
      }
      return;
    case 'closed':
      return onClosed(k, ticket, conv, turn, text, tri);
  }
}
