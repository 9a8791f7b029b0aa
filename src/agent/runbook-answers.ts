// Replies while a runbook question is pending: conversation repair first (a question back, a hedge,
// a correction, a request for a person, a second request), then the answer goes to the runbook engine.
import { doesNotKnow } from '../runbooks/port-forward-host.js';
import { wantsOtherChange } from '../triage/other-change.js';
import { nameAskedBack } from '../triage/wifi-name.js';
import { changedHere } from './rename-along.js';
import { endsWithPause } from '../triage/deferral.js';
import { secondProblemBeside } from './second-problem.js';
import type { Customer, Intent, Language, Service, Ticket } from '../domain/index.js';
import type { EngineContext, EngineOutput, RunbookEngine } from '../runbooks/engine.js';
import type { ParsedAnswer, TriageApi, TriageLike } from '../runbooks/ports.js';
import { fold } from '../triage/normalize.js';
import { measuredOn5Ghz } from '../triage/answers.js';
import { statementsOf } from '../triage/step-done.js';
import { firmYesBeside, yesBesideDoubt } from '../triage/conditional-yes.js';
import { DOUBTS, hedgeAlternation, SOFTENERS } from '../triage/hedge-words.js';
import { asksRouterLogin, topicsOf } from '../triage/topics-of.js';
import type { QuestionTopic, ReplyAct } from '../triage/reply.js';
import { narrowsOf, techMatchOf } from '../triage/tech-questions.js';
import { sentencesOf, techKeyFor } from './general-questions.js';
import type { Finish } from '../runbooks/types.js';
import type { ConversationState } from './conversation-state.js';
import { onlyOtherService } from './other-service.js';
import { createAnswerReadings } from './answer-readings.js';
import { rootCauseOf } from './knowledge.js';
import { actionsDone, stepsDone, answerFor, findingCodes, questionAnswers } from './question-answers.js';
import { fixedCaseKey, questionClauses, sideAnswers, techAnswers } from './side-questions.js';
import { infoQuestionAtIdentity } from './identity-info-question.js';
import { holdBesideIdentity } from './identity-question.js';
import { caseQuestions } from './case-questions.js';
import { answersHowLong } from './how-long.js';
import { howToCheck, SHOWS_LATER } from './confirm-open.js';
import { settledBeside } from './confirm-beside.js';
import { countRepair, decideRepair, wordCount, type RepairMove } from './repair.js';
import { notSaidBefore, reask, repairedBefore, restatesStep } from './reask.js';
import { hasMessage, t, type MessageKey } from './messages/index.js';
import { noAnswer, stateChecks } from './unanswered.js';
import { cancelAnsweredIn } from './cancel-questions.js';
import { visitDeclinedSays, visitQuestionAnswer, wantsNoVisitWords } from './visit-declined.js';
import { checkFirstStep, visitTimesBeside, visitTimesIn, wantsToCheckFirst } from './check-first.js';
import { afterQuestions } from './after-questions.js';
import { otherServiceBeside } from './other-beside.js';
import { RENAME_CAUSE, renameLeft } from './rename-after.js';
import { objects } from './rename-remarks.js';
import { askedOfTeam, raisedSecondaries, TEAM_OF } from './secondary-topics.js';
import { promiseAnswer } from './promised-follow-up.js';
import { scoreLater } from './csat-once.js';
import { answerPart, billBeside, restOfTurn, restReaders } from './answer-rest.js';
import { asksConnectedDevices, sayClientCount } from './wifi-clients.js';
import { sayNatType } from './nat-answer.js';
import { lacksPin } from '../triage/pin-replies.js';
import { ruleAskedAtConsent } from '../runbooks/port-forward-answers.js';
import { morePortsRequest, priorForward } from './more-ports.js';
import { innerQuestion } from './inner-questions.js';
import { answerOtherServiceCheck } from './other-service-check.js';
import type { Turn } from './turn.js';
import { visitAnswerKeys, visitQuestions } from './visit-questions.js';
import { visitTimes } from './visit-times.js';

/** A simulated home where a customer's physical step can be carried out (the demo ISP). */
/** Why a case closed on "can't tell until tonight" after the desk said when it shows. */
const LATER_NOTE =
  'customer cannot tell yet: it shows only later; told how to check and to write with the reference';

export interface DemoHome {
  performStep(customerNumber: string, step: string): 'done' | 'cannot';
}

export interface RunbookAnswerDeps {
  triage: TriageApi;
  engine: RunbookEngine;
  clarifyThreshold: number;
  context(conv: ConversationState): Promise<{ customer: Customer | null; service: Service | null }>;
  engineCtx(
    ticketId: string,
    conv: ConversationState,
    customer: Customer | null,
    service: Service | null,
  ): EngineContext;
  render(turn: Turn, out: EngineOutput): void;
  finalize(ticket: Ticket, conv: ConversationState, turn: Turn, finish: Finish): Promise<void>;
  switchTopic(ticket: Ticket, conv: ConversationState, turn: Turn, tri: TriageLike): Promise<void>;
  toHuman(ticket: Ticket, conv: ConversationState, turn: Turn, text?: string, reason?: string): Promise<void>;
  recordTriage(ticket: Ticket, conv: ConversationState, tri: TriageLike, intent: Intent): Promise<void>;
  note(ticketId: string, text: string): Promise<void>;
  demoHome(): DemoHome | null;
  learnFacts(facts: ConversationState['facts'], text: string): ConversationState['facts'];
  /** Now, and the operator's time zone (a visit's times are local). */
  now(): Date;
  timeZone: string;
  /** A question beside an answer that the desk answers from its own records (a public outage); true when said. */
  /** `pinGiven`: the message answers the PIN question (the outage is checked this turn, once verified). */
  aside?(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    text: string,
    pinGiven: boolean,
  ): Promise<boolean>;
  /** A new request after the case has closed: its own linked case. */
  reopen?(ticket: Ticket, conv: ConversationState, turn: Turn, text: string, tri: TriageLike): Promise<void>;
}

/** Topics the case's findings and actions answer: beside the identity answer they wait for the case. */
const CASE_TOPICS = [
  'did_you_act',
  'why_broke',
  'who_switched_off',
  'my_side',
  'your_fault',
  'router_blame',
  'was_hacked',
  'upgrade_helps',
  'is_outage',
];
/** Topics a booked visit answers (its window, who must be home, its cost): said with the booking. */
const BOOKING_TOPICS: ReadonlySet<string> = new Set(['technician_when', 'how_long', 'cost', 'be_home']);

/** Worries about what else a change does: answered from the catalogue per action. */
// ("ok yes. but will it break if the pc gets a new address again?": about a later change of the device's
// address, which this permission does not decide — answered, and the yes stands.)
const WORRY_TOPICS = ['breaks_other', 'is_it_safe', 'lose_settings', 'other_affected', 'address_changes'];
/** Changes with a cost the customer must hear before saying yes: every device reconnects, settings go, a port opens. */
const COSTLY = /wifi_change|wifi_password|wifi_ssid|factory_reset|port_forward/;

/**
 * Whether `key` answers a worry about the pending change and the answer is that nothing else is affected.
 * A text that names its action ("reply.reconnect_devices.consent.wifi_channel_change") speaks for that action:
 * one Wi-Fi permission may be a channel change (devices come back by themselves) or a new key (they do not).
 */
function settlesWorry(askKey: string, key: string): boolean {
  const named = key.split('.').length > 2;
  if (COSTLY.test(named ? key : askKey)) return false;
  if (NOTHING_DROPS.has(key)) return true;
  return [...WORRY_TOPICS, 'reconnect_devices'].some((topic) => key.startsWith(`reply.${topic}`));
}

/** "will that kick us off?" answered "No": changes that disconnect nothing. */
const NOTHING_DROPS = new Set([
  'reply.devices_drop.consent.admin_password_change',
  'reply.devices_drop.consent.dns_reset',
  'reply.devices_drop.consent.wifi_radio_enable',
]);

/** "I don't have it here": nothing to ask for again. */
const LACKS =
  /\b(don'?t have|do not have|haven'?t got|have no|har (inte|ingen|int)|saknar|inte till hands|no idea)\b/;

/**
 * "I'm on my iPad, I don't have a computer", "har ingen dator, bara mobilen": the device a step needs is not
 * there at all (a cable may still turn up: "no cable here" is asked again).
 */
const NO_DEVICE =
  /\b(don'?t have|do not have|dont have|haven'?t got|have no|no|har (ingen|inte (nan|nagon|en))|saknar|ingen)( a| an| en| nagon| any)?( \w+)? (computer|laptop|pc|mac|dator\w*)\b|\b(only|just|bara)( have| got| har)?( my| a| min| en)? (phone|ipad|tablet|mobile|mobil\w*|telefon\w*|ipad\w*|surfplatt\w*)\b|\bon my (ipad|phone|tablet|mobile)\b/;
/** Texts a step's reading answers itself when it takes the step as not possible ("must I?", "I can't answer"). */
const CONSUMED_BY_READING = new Set(['reply.must_i', 'reply.cannot_answer']);
const HEDGED = new RegExp(`\\b(${hedgeAlternation(DOUBTS, SOFTENERS)})\\b`);

export function createRunbookAnswers(deps: RunbookAnswerDeps) {
  const readings = createAnswerReadings({ ...deps, answer: (...args) => onRunbookAnswer(...args) });

  /** At "does it work now?", a free answer whose statements say yes or no is that yes or no. */
  function settledByStatements(
    askKey: string,
    text: string,
    whole: ParsedAnswer,
    lang: Language,
  ): ParsedAnswer {
    if (askKey !== 'resolution.confirm' || (whole.kind !== 'free' && whole.kind !== 'unknown')) return whole;
    const said = statementsOf(String(text ?? ''));
    if (!said || said === String(text ?? '').trim()) return whole;
    const kind = deps.triage.parseAnswer(askKey, said, lang);
    return kind.kind === 'yes' || kind.kind === 'no' ? kind : whole;
  }

  async function onRunbookAnswer(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    text: string,
    tri: TriageLike,
    forced?: ParsedAnswer,
  ) {
    const askKey = conv.pendingAsk;
    const { customer, service } = await deps.context(conv);
    const ctx = deps.engineCtx(ticket.id, conv, customer, service);
    const home = deps.demoHome();
    const factsBefore = conv.facts;
    conv.facts = deps.learnFacts(conv.facts, text);
    // "it works. why did the settings change, did someone hack the router?" after a diagnosis: a question
    // about the fault found, answered from it — never a new security worry that renames the problem.
    if (
      !factsBefore.securityWorry &&
      conv.facts.securityWorry &&
      askKey === 'resolution.confirm' &&
      topicsOf(text).includes('was_hacked')
    )
      conv.facts = { ...conv.facts, securityWorry: factsBefore.securityWorry };
    // "PLEASE put the network name back to Karlsson" where no rename was asked, after this case changed the router:
    // a name asked back is no new rename (rename-along.ts tells that nothing was renamed). Before any change of
    // ours, a name asked back undoes someone else's rename: a rename asked for.
    if (
      !factsBefore.ssidRename &&
      conv.facts.ssidRename &&
      nameAskedBack(text) &&
      changedHere((await deps.engine.get(ticket.id))?.tried ?? [])
    ) {
      const { ssidRename: _asked, ...rest } = conv.facts;
      conv.facts = rest;
    }
    if (conv.facts.ssidRename && !conv.facts.wifiName)
      conv.facts.wifiName = deps.triage.parseWifiName?.(text) ?? undefined;
    if (!askKey) {
      // A message while nothing is asked: a new topic if triage is sure, otherwise a gentle nudge.
      return deps.switchTopic(ticket, conv, turn, tri);
    }
    const wifiName =
      askKey === 'config.wifi_name' ? deps.triage.parseWifiName?.(text, { asked: true }) : undefined;
    const whole =
      forced ??
      (wifiName
        ? { kind: 'free' as const, text: wifiName }
        : deps.triage.parseAnswer(askKey, text, conv.language));
    // "thanks. do I need to log into the router now?", "tack. måste jag logga in på routern nu?" at "does it work
    // now?": the question beside is answered on its own (confirm-beside.ts), and what is stated answers this
    // ask — the whole message read as one free answer was taken as "still not working".
    const parsed = !forced && !wifiName ? settledByStatements(askKey, text, whole, conv.language) : whole;
    // "seems ok now yes. btw can i rename my wifi while youre at it?": a rename asked inside the yes is a
    // request of its own. This case closes on the yes with its own problem; the rename comes next.
    const renameNext =
      askKey === 'resolution.confirm' &&
      parsed.kind === 'yes' &&
      !factsBefore.ssidRename &&
      conv.facts.ssidRename;
    if (renameNext) conv.facts = factsBefore;
    // "can i use spaces and emojis? like 'Jonas Wifi 🏠'" at the name question gives the name: no new topic.
    // A name the desk read itself ("Åbergs wifi kanske?") is an answer too, never a new topic.
    const unanswered =
      !wifiName && !forced && (parsed.kind === 'free' || (parsed.kind === 'unknown' && wordCount(text) >= 5));
    // "nej inte wifit. men admin-lösenordet får du byta": one announced change for another, no new topic.
    // "No I mean how do I find the IP address of the laptop": a question put again, never a new topic.
    const correction =
      (deps.triage.isCorrection?.(text) ?? false) &&
      !otherChangeAsked(askKey, text) &&
      !topicsOf(text).includes('find_device_ip');
    // "vet inte ip-adressen, det är min gamingdator" at the device's address answers that ask: never a new topic.
    const notKnown = askKey.startsWith('config.') && doesNotKnow(text);
    if (
      (unanswered || correction) &&
      !notKnown &&
      // ("måste jag logga in på routern nu?" after the admin password: a question, never a login problem.)
      !asksRouterLogin(text) &&
      !(await asksMorePorts(ticket.id, conv, askKey, text)) &&
      tri.confidence >= 0.8 &&
      tri.intent !== 'other' &&
      tri.intent !== conv.intent &&
      wordCount(text) >= 4
    ) {
      return deps.switchTopic(ticket, conv, turn, tri);
    }
    const doneNow = parsed.kind === 'yes' || (parsed.kind === 'done' && !parsed.earlier && !parsed.restLeft);
    if (home && customer && askKey.startsWith('step.') && doneNow) {
      // The demo home is simulated: the customer's "done" is what a real customer would have done.
      // A step done before it was asked did not help: doing it again would clear what it did not.
      home.performStep(customer.customerNumber, askKey);
    }
    await deps.engine.learn(ticket.id, conv.facts);
    const before = structuredClone(await deps.engine.get(ticket.id));
    const spec = conv.pendingAskSpec ?? { key: askKey };
    // "…kan du byta namn på wifit till johans_nät?" asked beside another fix: its turn once the fix works.
    // Only a rename asked earlier: one asked in this very answer ("seems ok now yes. btw can i rename my wifi?")
    // is a second request, taken up after this case closes on the yes.
    const rename =
      askKey === 'resolution.confirm' && parsed.kind === 'yes' && factsBefore.ssidRename
        ? renameLeft(conv, before)
        : null;
    // The permission given for the other fix is not one for the rename: that one is asked on its own.
    if (rename && before)
      await deps.engine.restore(ticket.id, {
        ...before,
        consents: before.consents.filter((c) => c !== 'consent.wifi_change'),
      });
    let out = rename
      ? await deps.engine.takeUp(ctx, RENAME_CAUSE, rename)
      : await deps.engine.answer(ctx, parsed, text);
    // "still red. ok send someone, tuesday afternoon works": the times beside a step's (or a permission's)
    // answer are the answer to the visit question it led to; else the times given before (beside the wish
    // to check first, or "I am home most days except Thursdays" beside the PIN).
    const times =
      /^(step|consent)\./.test(askKey) && out.ask?.key === 'contact.availability' && !out.finish
        ? (visitTimesBeside(text, deps.now(), deps.timeZone) ?? conv.visitTimesGiven ?? null)
        : null;
    if (out.ask?.key === 'contact.availability' || out.finish) conv.visitTimesGiven = undefined;
    if (times) {
      deps.render(turn, { ...out, ask: null });
      out = await deps.engine.answer(
        ctx,
        deps.triage.parseAnswer('contact.availability', times, conv.language),
        text,
      );
    }
    deps.render(turn, out);
    // A no to a permission that ended the case: kept, so that "i never said no" can take it back.
    conv.declined =
      askKey.startsWith('consent.') && parsed.kind === 'no' && out.finish && before
        ? { ask: spec, engine: before, facts: factsBefore, ticketId: ticket.id }
        : null;
    // What this answer led to can be undone by a correction, unless it changed the router or ended the case.
    // (What was said while waiting for the router may have gone out already: the runbook's record tells.)
    const acted = ((await deps.engine.get(ticket.id))?.tried ?? [])
      .slice(before?.tried.length ?? 0)
      .some((x) => !x.step.includes('.'));
    const changed = acted || out.says.some((x) => 'key' in x && x.key.startsWith('acting.'));
    // The check the customer chose before a visit is not undone into being asked again.
    const checkedFirst = before?.pending?.kind === 'step' && !!before.pending.visit;
    conv.undo =
      before && !changed && !out.finish && !checkedFirst
        ? { ask: spec, engine: before, facts: factsBefore }
        : null;
    // What the customer told beside the yes to "does it work now?" is its own case, taken up at once: another
    // service ("ja internet funkar! men nu har tvn ingen bild"), a rename asked in this answer, or a second
    // problem ("yes its back. also my wifi is really slow in the evenings").
    // "ja funkar. öppna 3478-3479 också": more ports to the same device, after the game's other ports were offered.
    const more =
      askKey === 'resolution.confirm' && out.finish && parsed.kind === 'yes'
        ? morePortsRequest(conv.language, text, priorForward(before?.facts))
        : null;
    const next =
      askKey === 'resolution.confirm' && out.finish
        ? (otherServiceBeside(text) ??
          (renameNext ? renameAsked(text) : null) ??
          (more?.kind === 'request' ? more.text : null) ??
          secondProblemBeside(text))
        : null;
    // The satisfaction question waits until the next request is done: asked once, for both.
    function renameAsked(said: string): string {
      // Only the rename: the whole message would be triaged by its first clause ("ja nu funkar det").
      return restOfTurn(turn, askKey, said, conv.language, restReaders(deps.triage))?.text ?? said;
    }

    if (next && deps.reopen) scoreLater(conv, ticket.id);
    if (out.finish) await deps.finalize(ticket, conv, turn, out.finish);
    if (next && deps.reopen)
      await deps.reopen(ticket, conv, turn, next, next === text ? tri : deps.triage.triage(next));
  }

  /**
   * A reply to a pending question that is not a plain answer: a question back is answered and the
   * same question put again; a hedge gets one clarification; a correction undoes the previous answer.
   * Returns false when the phase handler should take the reply as an answer.
   */
  /**
   * The port forward's rule in the customer's words, for the runbook to answer (never a question back, a
   * second request or a new topic): "no i mean both tcp and udp. on 25566" at its permission question, and
   * "ok do them too", "I still want TCP too" at "does it work now?" after the forward.
   */
  async function asksMorePorts(ticketId: string, conv: ConversationState, askKey: string, text: string) {
    if (conv.phase !== 'runbook') return false;
    const state = await deps.engine.get(ticketId);
    const rule = state?.facts.portForward;
    if (!state || !rule) return false;
    if (state.pending?.kind === 'consent' && state.pending.action === 'port_forward_add')
      return ruleAskedAtConsent(rule, text) !== null;
    if (askKey !== 'resolution.confirm') return false;
    if (!state.tried.some((t) => t.step === 'port_forward_add' && t.result === 'done')) return false;
    return morePortsRequest(conv.language, text, priorForward(state.facts)) !== null;
  }

  /** The devices the router lists now, read only when the connected devices are asked about. */
  async function homeDevices(ticket: Ticket, conv: ConversationState, keys: readonly MessageKey[]) {
    if (!asksConnectedDevices(keys)) return null;
    const { customer, service } = await deps.context(conv);
    return deps.engine.homeDevices(deps.engineCtx(ticket.id, conv, customer, service));
  }

  async function repairAsk(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    text: string,
    tri: TriageLike,
  ): Promise<boolean> {
    const askKey = conv.pendingAsk;
    if (!askKey || !deps.triage.classifyReply) return false;
    if (await asksMorePorts(ticket.id, conv, askKey, text)) return false;
    // "i dont know it, why do you even need that?": no PIN at hand is the PIN step's own answer (identify.ts).
    // (A cancellation without the PIN has its own answers: cancel-questions.ts.)
    if (
      askKey === 'identity.pin' &&
      !conv.facts.cancellation &&
      lacksPin(text) &&
      deps.triage.parseAnswer('identity.pin', text, conv.language).kind !== 'pin' &&
      ['question', 'hedge'].includes(deps.triage.classifyReply(askKey, text, conv.language).act)
    )
      return false;
    // "could it be the cable? i can check it first": the check is guided and awaited before any visit.
    if (askKey === 'contact.availability' && conv.phase === 'runbook' && wantsToCheckFirst(text))
      if (await checkFirst(ticket, conv, turn, text)) return true;
    // "Never mind. I found a little button at the back and pressed it. Now there are green lights.": the step
    // that led to the visit question is done after all; it is taken as done and the line tested again.
    if (askKey === 'contact.availability' && (await stepDoneAfterAll(ticket, conv, turn, text, tri)))
      return true;
    if (await readings.read(ticket, conv, turn, text, tri)) return true;
    // "ja nu går det bättre. men kan jag byta till 250?": the reply is read by the part that answers;
    // a question inside it ("is that safe tho?", "is 40 on wifi really normal?") is answered first.
    const replyPart = answerPart(
      askKey,
      text,
      conv.language,
      { ...restReaders(deps.triage), intent: conv.intent },
      turn,
    );
    const act = infoQuestionAtIdentity(
      askKey,
      text,
      innerQuestion(
        askKey,
        text,
        deps.learnFacts,
        settledBeside(
          deps.triage,
          askKey,
          deps.triage.classifyReply(askKey, replyPart, conv.language, { intent: conv.intent ?? undefined }),
          replyPart,
          conv.language,
        ),
      ),
    );
    // "no idea what the ip is" at the device's address: the port forward's own reading tells how to find it
    // and keeps the port — never the general answer with the same question put again word for word.
    if (askKey === 'config.port_forward' && doesNotKnow(text)) return false;
    const { service } = await deps.context(conv);
    let move = decideRepair(
      act,
      askKey,
      conv.repair,
      service?.access ?? null,
      conv.pendingAskSpec?.key === askKey ? (conv.pendingAskSpec.message ?? null) : null,
    );
    // "how would I know, it's the morning" then "like I said I dont know yet …": the question was put again
    // once already, so a don't-know now closes it as not confirmed (never as a yes, never put a third time).
    if (askKey === 'resolution.confirm' && act.act === 'hedge' && (conv.confirmOpen ?? 0) >= 1)
      move = { kind: 'unconfirmed' };
    // "Nu tryckte jag på knappen på grenuttaget och då tändes den röda lampan": a step reported done asks
    // nothing, so the topic its words touch (the power strip) brings no text of its own — but "vet inte vad
    // ett filter är men allt sitter i. klart" says what the customer does not know, and that is explained.
    if (
      askKey.startsWith('step.') &&
      act.act === 'answer' &&
      move.kind === 'answer' &&
      !act.topic?.startsWith('what_') &&
      !questionClauses(text).length
    )
      move.message = undefined;
    // Put again after an earlier repair of the same question, it is put briefly.
    const again = repairedBefore(conv.repair, askKey);
    conv.repair = countRepair(conv.repair, askKey, move);
    const spec = conv.pendingAskSpec ?? { key: askKey };
    // "ok yes but could someone have turned it off?": a question beside the yes that has only a general text
    // gets the one for this case (its cause, the action done) when there is one.
    if (
      move.kind === 'answer' &&
      (act.act === 'answer' || act.act === 'refusal') &&
      act.topic &&
      act.topic !== 'other' &&
      move.message === `reply.${act.topic}`
    ) {
      const state = await deps.engine.get(ticket.id);
      move.message =
        answerFor(act.topic, {
          askKey,
          askMessage: spec.message ?? null,
          cause: rootCauseOf(state),
          access: service?.access ?? null,
          actions: actionsDone(state),
          findings: findingCodes(state),
        }) ?? move.message;
    }
    // "yes it works. but why would one phone without a filter break the whole internet?": a general question that
    // is a narrower case of the topic read beside the yes gets the technician's answer — never the broader one
    // ("what a splitter is") again.
    const readTopic = 'topic' in act ? act.topic : undefined;
    if (move.kind === 'answer' && readTopic && move.message === `reply.${readTopic}`) {
      const narrower = sentencesOf(text)
        .map((s) => techMatchOf(s))
        .find((m) => m?.narrows.includes(readTopic));
      const state = narrower ? await deps.engine.get(ticket.id) : null;
      const key = narrower
        ? techKeyFor(narrower.question, {
            cause: rootCauseOf(state),
            access: service?.access ?? null,
            askKey,
          })
        : null;
      if (key) move.message = key;
    }
    if (act.act === 'answer' || act.act === 'correction' || act.act === 'hedge' || act.act === 'refusal')
      await answerSideQuestion(ticket, conv, turn, text, move, spec);
    if (askKey === 'contact.availability' && conv.phase === 'runbook' && declinesVisit(act, text)) {
      // A step the customer could not do led to the booking: it is offered again (once); otherwise no visit.
      if (conv.undo?.ask.key.startsWith('step.') && move.kind === 'undo')
        return undoLast(ticket, conv, turn, text, tri, spec);
      await declineVisit(ticket, conv, turn, text, tri);
      return true;
    }
    if (
      act.act === 'refusal' &&
      conv.intent === 'human_agent' &&
      askKey.startsWith('identity.') &&
      !answersIdentity(askKey, text, conv.language)
    ) {
      // "No" to the customer number on the way to a person: they get the person now.
      await deps.toHuman(ticket, conv, turn, text);
      return true;
    }
    if (act.act === 'refusal' && conv.phase === 'runbook') {
      // A clear no or cannot, however it is phrased.
      const parsed = deps.triage.parseAnswer(askKey, text, conv.language);
      if (parsed.kind !== 'no' && parsed.kind !== 'cannot') {
        await onRunbookAnswer(ticket, conv, turn, text, tri, {
          kind: askKey.startsWith('step.') ? 'cannot' : 'no',
        });
        return true;
      }
    }
    // The worry's answer was already given while this permission was pending (its risk heard).
    let heardBefore = false;
    if (move.kind === 'explain' && act.act === 'question') {
      // Every topic the question touches, each with the text for this action, ask, cause or access.
      const state = await deps.engine.get(ticket.id);
      const ctx = {
        askKey,
        askMessage: spec.message ?? null,
        cause: rootCauseOf(state),
        access: service?.access ?? null,
        actions: actionsDone(state),
        findings: findingCodes(state),
        request: conv.intent,
      };
      // An answer already given while this question was pending is not given again word for word.
      const answered = questionAnswers(text, act.topic, ctx, move.message);
      move.messages = notSaidBefore(conv.repair, answered);
      // Asked again with nothing new to say: the answer again, never "a colleague will answer" it.
      heardBefore = !move.messages.length;
      if (!move.messages.length) move.messages = answered;
      // "behöver ni verkligen skicka nån? kan ni inte starta om den på distans": why a restart would not do.
      const visitAnswer = askKey === 'contact.availability' ? visitQuestionAnswer(text, ctx.cause) : null;
      // (Its text for this fault says why too: never the general why-on-site beside it.)
      if (visitAnswer && move.messages.every((k) => k === 'reply.other' || k.startsWith('reply.why_remote')))
        move.messages = notSaidBefore(conv.repair, [visitAnswer]);
      // "so you wont cancel it? we move on the 1st": answered from the cancellation text, nothing to pass on.
      if (cancelAnsweredIn(turn)) move.messages = move.messages.filter((k) => k !== 'reply.other');
      else if (move.messages.every((k) => k === 'reply.other')) {
        // "I pushed on the box … is that done then?" at a step: the step is taken as done and checked.
        const checks = stateChecks(text);
        if (
          askKey.startsWith('step.') &&
          checks.kinds.includes('done') &&
          !questionClauses(checks.rest).length
        ) {
          await onRunbookAnswer(ticket, conv, turn, text, tri, { kind: 'done' });
          return true;
        }
        const none = noAnswer(conv, askKey, text, {
          askMessage: spec.message,
          ctx: { cause: ctx.cause, access: ctx.access },
        });
        move.messages = none.keys;
        if (none.note)
          await deps.note(ticket.id, `question for a colleague to answer: "${text.slice(0, 300)}"`);
      }
      // "hur många enheter är anslutna nu?", "can you see which devices are connected?": said with the
      // devices the router lists now, or the count the Wi-Fi probe saw.
      move.messages = sayClientCount(
        turn,
        move.messages,
        state,
        await homeDevices(ticket, conv, move.messages),
      );
      // "moderate nat, är det bra nog?": with the game's other ports when the case forwarded its port.
      move.messages = sayNatType(turn, move.messages, state);
    }
    // "I'm on my iPad, I don't have a computer with a cable. And you didn't answer about the discount." at a
    // step: a step the customer cannot do for want of the device it needs, told beside a question, is taken —
    // the question answered, the step never asked for again.
    if (move.kind === 'explain' && act.act === 'question' && askKey.startsWith('step.')) {
      const stated = statementsOf(text);
      const told = stated ? deps.triage.parseAnswer(askKey, stated, conv.language).kind : null;
      // "vet inte om jag har en sån kabel. måste jag?", "no cable here. can i skip it?": asking whether the step
      // must be done beside a reason it may not be possible is the wish to go on without it.
      const mustI = (move.messages ?? []).some((k) => k.startsWith('reply.must_i'));
      const noDevice = NO_DEVICE.test(fold(stated)) && !HEDGED.test(fold(stated));
      if (told === 'cannot' && (noDevice || mustI)) {
        // "vet inte om jag har en sån kabel. måste jag?": the step's reading answers whether it must be done
        // (we go on without it) — never also "I can't answer that" or a second "no need" beside it.
        for (const key of move.messages ?? [])
          if (!CONSUMED_BY_READING.has(key.split('.').slice(0, 2).join('.')))
            turn.say(key, { reference: ticket.reference });
        await onRunbookAnswer(ticket, conv, turn, stated, tri, { kind: told });
        return true;
      }
    }
    // "If it is safe then yes please go ahead", "ok ja. slutar wifi funka då för mina grejer?": a yes beside a
    // worry the desk's answer settles (nothing else is affected) is consent — answered, and the change made.
    // When the answer tells of a cost (every device must reconnect) the permission is asked once more; the
    // same yes beside the same worry after that answer ("yes. will that make my pc unsafe?" again) is consent,
    // the answer not said a second time.
    const worryHeard =
      move.kind === 'explain' &&
      heardBefore &&
      !!move.messages?.every((k) => WORRY_TOPICS.some((w) => k.startsWith(`reply.${w}`)));
    if (
      move.kind === 'explain' &&
      act.act === 'question' &&
      askKey.startsWith('consent.') &&
      move.messages?.length &&
      (move.messages.every((k) => settlesWorry(askKey, k)) || worryHeard) &&
      yesBesideDoubt(fold(text))
    ) {
      if (!worryHeard) for (const key of move.messages) turn.say(key, { reference: ticket.reference });
      await deps.note(
        ticket.id,
        `customer said yes beside a worry about ${askKey}; answered, and taken as consent`,
      );
      await onRunbookAnswer(ticket, conv, turn, text, tri, { kind: 'yes' });
      return true;
    }
    // "wait what couldnt you answer? anyway yes change it. how do I get the new one?": a firm yes in a sentence
    // of its own beside questions is the permission — the questions answered, the change made. (A worry about
    // what a costly change does is still heard before the change: the permission is then put again.)
    if (
      move.kind === 'explain' &&
      act.act === 'question' &&
      askKey.startsWith('consent.') &&
      firmYesBeside(fold(statementsOf(text)).split(/[.!\n]+/)) &&
      !(
        COSTLY.test(askKey) &&
        (move.messages ?? []).some((k) => WORRY_TOPICS.some((w) => k.startsWith(`reply.${w}`)))
      )
    ) {
      for (const key of move.messages ?? []) turn.say(key, { reference: ticket.reference });
      await deps.note(
        ticket.id,
        `customer said yes in so many words beside a question about ${askKey}; answered, and taken as consent`,
      );
      await onRunbookAnswer(ticket, conv, turn, text, tri, { kind: 'yes' });
      return true;
    }
    if (move.kind === 'clarify' && askKey === 'resolution.confirm') {
      const state = await deps.engine.get(ticket.id);
      move.message = howToCheck(rootCauseOf(state), {
        text,
        intent: conv.intent,
        complaint: conv.complaint,
        actions: actionsDone(state),
        steps: stepsDone(state),
      });
      // "vet inte e ju inte kväll än lol": it shows only tonight, so "does it work now?" is not put again.
      if (SHOWS_LATER.has(move.message)) {
        turn.say(move.message, { reference: ticket.reference });
        if (await closeUnconfirmed(ticket, conv, turn, LATER_NOTE, null)) return true;
        turn.askAgain(spec);
        return true;
      }
    }
    return applyRepair(ticket, conv, turn, text, tri, move, spec, again);
  }

  /** The text names times for the visit (to book inside, or to avoid). */
  function namesTimes(text: string): boolean {
    const v = visitTimes(text, deps.now(), deps.timeZone);
    return v.preferred.length > 0 || v.avoid.length > 0;
  }

  /** "cant you just check it? its 200192" about another service, answered with the number read in it. */
  function otherServiceCheck(ticket: Ticket, conv: ConversationState, turn: Turn, text: string) {
    const parsed = deps.triage.parseAnswer('identity.customer_number', text, conv.language);
    const number = parsed.kind === 'customer_number' ? parsed.value : null;
    return answerOtherServiceCheck(conv, turn, text, number, (x) => deps.note(ticket.id, x));
  }

  /** The question inside an answer is answered before the answer is acted on. */
  async function answerSideQuestion(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    text: string,
    move: RepairMove,
    spec: NonNullable<ConversationState['pendingAskSpec']>,
  ) {
    // "2478. is that right?", "I pushed it in. is that done then?": a check of what was just given or done
    // is answered by what it leads to (verified, the step checked), never passed on.
    const checks = stateChecks(text);
    if (checks.kinds.length && move.kind === 'answer') {
      if (spec.key.startsWith('identity.'))
        conv.identityCheck = checks.kinds.includes('more') ? 'more' : 'given';
      else if (spec.key.startsWith('step.') && !checks.kinds.includes('more')) turn.say('check.step_done');
      if (!questionClauses(checks.rest).length) return;
      text = checks.rest;
    }
    const { service } = await deps.context(conv);
    const state = await deps.engine.get(ticket.id);
    const ctx = {
      askKey: spec.key,
      askMessage: spec.message ?? null,
      cause: rootCauseOf(state),
      access: service?.access ?? null,
      actions: actionsDone(state),
      findings: findingCodes(state),
    };
    // "is there an outage in limhamn? fine 200430": what the desk knows before identity is told.
    const pinGiven = move.kind === 'answer' && spec.key === 'identity.pin';
    if (questionClauses(text).length && (await deps.aside?.(ticket, conv, turn, text, pinGiven))) return;
    // "ja nu funkar det. men kan jag byta till 250?": a second request is taken up as its own case, not answered here.
    const side = sideAnswers(answerPart(spec.key, text, conv.language, restReaders(deps.triage), turn), ctx);
    // "its 804512 i think. is there a notice period?": answered from the cancellation text, nothing left to pass on.
    // "how much notice … do we pay for the months after we leave?": what a cancellation costs is its notice
    // period, answered there — never "troubleshooting is free".
    if (cancelAnsweredIn(turn)) {
      side.unanswered = false;
      side.keys = side.keys.filter((k) => k.split('.')[1] !== 'cost');
    }
    // "200150. cant you just tell me what it is now?": with the number given, "what it is" is never where to
    // find the number; it waits beside the identity answer and is answered for the case (identity-question.ts).
    // "ok. 5557. Will it be fixed before 19? What do I do otherwise?": with the PIN given, "what do I do" is never
    // where to find the PIN either.
    if (
      (spec.key === 'identity.customer_number' ||
        (spec.key === 'identity.pin' &&
          deps.triage.parseAnswer(spec.key, text, conv.language).kind === 'pin')) &&
      move.kind === 'answer'
    ) {
      const before = side.keys.length;
      side.keys = side.keys.filter((k) => !k.startsWith('reply.where_customer_number'));
      if (side.keys.length < before && !side.keys.length) side.unanswered = true;
      // "PIN-koden är 1438. behöver ni verkligen min PIN?": what the PIN let the desk do is said once it is
      // checked (identify.ts), never "you find it in your welcome letter" beside the PIN just given.
      if (spec.key === 'identity.pin') side.keys = side.keys.filter((k) => !k.startsWith('reply.why_pin'));
    }
    // "cant you just check it? its 200192" about TV: it cannot be seen from here; the number goes with the handoff.
    if (
      spec.key === 'identity.customer_number' &&
      side.unanswered &&
      (await otherServiceCheck(ticket, conv, turn, text))
    )
      side.unanswered = false;
    // Beside the customer number or PIN: answered once the identity answer is acted on, for the case it
    // is then about (identity-question.ts) — a question about the case in hand waits too, answered once.
    // "200143. did you turn it off?": what the case found and did answers it, once it is known.
    const forTheCase =
      side.unanswered ||
      caseQuestions(text).length > 0 ||
      side.keys.some((k) => CASE_TOPICS.some((x) => k === `reply.${x}` || k.startsWith(`reply.${x}.`)));
    if (forTheCase && move.kind === 'answer' && holdBesideIdentity(conv, spec.key, text)) {
      move.message = undefined;
      return;
    }
    // "yep sites load now. btw my wifi is a bit slow in the kitchen, is that normal?": beside the close,
    // the no-fault range advice (as after a close), never a question passed on.
    if (spec.key === 'resolution.confirm' && afterQuestions(text).includes('wifi_range')) {
      turn.say('after.wifi_range');
      side.unanswered = false;
    }
    // "seems to work yes. will it drop again next time she calls?": whether the fault comes back, from
    // what the case found and fixed (as after a close), never what a change does to the devices.
    if (spec.key === 'resolution.confirm' && afterQuestions(text).includes('recurrence')) {
      const own = ctx.cause ? `after.recurrence.${ctx.cause}` : null;
      turn.say(own && hasMessage(own) ? (own as MessageKey) : 'after.recurrence', {
        reference: ticket.reference,
      });
      side.keys = side.keys.filter((k) => !k.startsWith('reply.devices_drop'));
      side.unanswered = false;
    }
    // "ja nu funkar det. kan du byta namn på wifit också?": a request taken up next, not a question to pass on.
    if (
      spec.key === 'resolution.confirm' &&
      (deps.learnFacts({}, text).ssidRename || otherServiceBeside(text))
    )
      side.unanswered = false;
    // "nej behåll nya namnet. förresten, kan ni ändra så att vi får fakturan på mejl istället för papper?":
    // a request billing takes up on its own case, never a question the desk "cannot answer".
    if (billBeside(text, restReaders(deps.triage))) side.unanswered = false;
    // "jag bytte till Nilsson-5G, speedtest visar 380. är det ok eller ska det vara 500?" at the cable test: the
    // figure is said back with what it means on Wi-Fi (step.measured.on_5ghz) — never "I cannot answer that".
    if (spec.key === 'step.wired_test' && measuredOn5Ghz(text)) side.unanswered = false;
    // "vardagar efter 16. Kommer det någon hem till mig? kostar det nåt?": the times book the visit in this
    // reply, so what is asked about it is answered with the booking (visit-move.ts answerBooked), never
    // "the field team calls to agree on a time" or "tell me when suits you" beside the times just given.
    if (spec.key === 'contact.availability' && conv.phase === 'runbook' && namesTimes(text)) {
      side.keys = side.keys.filter((k) => !BOOKING_TOPICS.has(k.split('.')[1]));
      if (move.kind === 'answer' && move.message && BOOKING_TOPICS.has(move.message.split('.')[1]))
        move.message = undefined;
      if (visitAnswerKeys(text, ctx.cause).length || visitQuestions(text).length) side.unanswered = false;
    }
    // "datorn vet jag inte, den står i andra rummet. måste jag starta om den?": "den" is the device named before
    // it, never the router — that device's answer stands alone.
    if (topicsOf(text).includes('restart_device'))
      side.keys = side.keys.filter((k) => k.split('.')[1] !== 'should_restart');
    // "funkar nu. har ni gjort nåt?": a specific answer replaces the general "noted" the answer part brings.
    if (move.kind === 'answer' && move.message === 'reply.other' && side.keys.length)
      move.message = undefined;
    // A topic the answer part already brings a text for is answered once, by that text.
    const brought = move.kind === 'answer' ? move.message : undefined;
    const topic = (key: string) => key.split('.')[1];
    if (brought) side.unanswered = false;
    // (A technician's answer brought for a narrower question answers the broader topics it narrows too.)
    if (brought?.startsWith('tech.')) {
      const narrowed = narrowsOf(topic(brought) ?? '');
      side.keys = side.keys.filter((k) => !narrowed.includes(topic(k) as QuestionTopic));
    }
    const when = t(conv.language, `when.${conv.priority}`);
    const hosts = await homeDevices(ticket, conv, side.keys);
    side.keys = sayNatType(turn, sayClientCount(turn, side.keys, state, hosts), state);
    // "yes works now. should i restart it anyway?": beside a yes that closes the case, the answer as it
    // stands once it is fixed ("no need, everything works now"), never the mid-case one.
    const closing =
      spec.key === 'resolution.confirm' &&
      move.kind === 'answer' &&
      deps.triage.parseAnswer(
        spec.key,
        answerPart(spec.key, text, conv.language, restReaders(deps.triage), turn),
        conv.language,
      ).kind === 'yes';
    if (closing && move.kind === 'answer' && move.message)
      move.message = fixedCaseKey(move.message as MessageKey);
    for (const key of side.keys)
      if (!brought || topic(key) !== topic(brought))
        turn.say(closing ? fixedCaseKey(key) : key, { reference: ticket.reference, when });
    if (side.unanswered && move.kind === 'answer') {
      // Beside "yes it works" the case closes in this reply: nobody would answer, so nothing is promised.
      const none = noAnswer(conv, spec.key, text, {
        closing: spec.key === 'resolution.confirm',
        ctx: { cause: ctx.cause ?? null, access: ctx.access ?? null },
      });
      if (none.note)
        await deps.note(ticket.id, `question for a colleague to answer: "${text.slice(0, 300)}"`);
      for (const key of none.keys.slice(0, 1)) turn.say(key, { reference: ticket.reference });
    }
  }

  async function applyRepair(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    text: string,
    tri: TriageLike,
    move: RepairMove,
    spec: NonNullable<ConversationState['pendingAskSpec']>,
    again = false,
  ): Promise<boolean> {
    switch (move.kind) {
      case 'answer':
        // "yes. how long does it take?": the question is answered, then the answer taken.
        if (move.message)
          turn.say(move.message, {
            when: t(conv.language, `when.${conv.priority}`),
            reference: ticket.reference,
          });
        return false;
      case 'explain':
        await deps.note(
          ticket.id,
          `customer asked back while ${spec.key} was pending; answered and asked again`,
        );
        // "och ni svarade inte på om vi kan få samma hastighet där": what was answered beside the number or PIN
        // is said again only in its short form, never word for word.
        for (const key of move.messages ?? [move.message]) {
          const again = `${key}.again`;
          const said = (conv.earlyAnswers ?? []).includes(key) && hasMessage(again);
          turn.say(said ? (again as MessageKey) : key, {
            when: t(conv.language, `when.${conv.priority}`),
            reference: ticket.reference,
          });
        }
        // "… lose wifi right? hold on": answered, and the permission waits — never put again straight after.
        if (spec.key.startsWith('consent.') && endsWithPause(text)) {
          turn.say('repair.wait.consent');
          turn.keepAsk(spec);
          return true;
        }
        // "how long will this take?" is answered, then the same question is put briefly, never word for word.
        // "which cable?" answered with the cable itself: the step is not put again in general words.
        reask(
          turn,
          spec,
          again || answersHowLong(move.messages ?? [move.message]) || restatesStep(move.messages ?? []),
        );
        return true;
      case 'clarify':
        turn.say(move.message, { reference: ticket.reference });
        reask(turn, spec, again);
        return true;
      case 'thanks':
        turn.say('repair.thanks');
        reask(turn, spec, again);
        return true;
      case 'wait':
        // "vänta ska testa": acknowledged, and the question stays open without being put again.
        turn.say('repair.wait');
        turn.keepAsk(spec);
        return true;
      case 'unconfirmed':
        return closeUnconfirmed(ticket, conv, turn);
      case 'undo':
        return undoLast(ticket, conv, turn, text, tri, spec);
      case 'person':
        // "ok 810262. can i just talk to a person then?": the number given is taken, never asked for again;
        // "2033. och jag vill fortfarande prata med en människa": the PIN is checked first, so the
        // colleague gets a verified caller whose customer and service are on the case.
        if (answersIdentity(spec.key, text, conv.language)) {
          if (!onlyOtherService(conv) && conv.intent !== 'human_agent') {
            if (conv.intent && conv.intent !== 'other') conv.problemIntent = conv.intent;
            conv.intent = 'human_agent';
            await deps.recordTriage(ticket, conv, tri, 'human_agent');
          }
          conv.personAsked = true;
          return false;
        }
        // Without the PIN or number there is nothing to identify first: the person is asked for at once.
        if (
          conv.phase === 'runbook' ||
          (spec.key.startsWith('identity.') && LACKS.test(fold(text))) ||
          // After a wrong or missing PIN identification is not coming: the person is asked for at once.
          (spec.key === 'identity.pin' && (conv.pinFailures > 0 || !!conv.pinHelped)) ||
          (conv.intent === 'human_agent' &&
            (conv.personAsked || spec.key !== 'identity.customer_number' || LACKS.test(fold(text))))
        ) {
          await deps.toHuman(ticket, conv, turn, text);
          return true;
        }
        conv.personAsked = true;
        if (conv.intent === 'human_agent') {
          // Asked in the opening and asked again: once more, with the way out said in so many words.
          turn.ask(spec.key, 'person.identify_first.again');
          return true;
        }
        // Identify first, so the colleague can help straight away; a second request is honoured at once.
        if (conv.intent && conv.intent !== 'other') conv.problemIntent = conv.intent;
        conv.intent = 'human_agent';
        await deps.recordTriage(ticket, conv, tri, 'human_agent');
        turn.say('person.identify_first');
        turn.askAgain(spec);
        return true;
      case 'new_topic': {
        if (conv.phase !== 'runbook') return false;
        const other =
          tri.intent !== 'other' && tri.intent !== conv.intent && tri.confidence >= deps.clarifyThreshold;
        if (!other) return false;
        // "på wifi fick jag 290. Är det ok?": a question a technician answers in a line is answered for this
        // case, never kept as another request with "I will come back to it".
        const general = techAnswers(text, false, {
          cause: rootCauseOf(await deps.engine.get(ticket.id)),
          askKey: spec.key,
        });
        if (general.length) {
          for (const key of general) turn.say(key, { reference: ticket.reference });
          turn.askAgain(spec);
          return true;
        }
        // A second request is remembered and handled after the first — only one the customer raised
        // ("web pages work fine thats not the problem" names no sites problem).
        const kept =
          !conv.secondaryIntents.includes(tri.intent) && raisedSecondaries(text, [tri.intent]).length > 0;
        if (kept) conv.secondaryIntents = [...conv.secondaryIntents, tri.intent];
        // "I will come back to it" is kept: a question for another team goes to it at the close in the
        // customer's words; any other question left unkept is passed on at the close (promised-follow-up.ts).
        const words = TEAM_OF[tri.intent] ? askedOfTeam(text, tri.intent) : null;
        if (words && conv.secondaryIntents.includes(tri.intent))
          conv.secondaryAsked = { ...conv.secondaryAsked, [tri.intent]: words };
        else if (!kept) promiseAnswer(conv, text, spec.key);
        turn.say('repair.later');
        turn.askAgain(spec);
        return true;
      }
    }
  }

  /** The reply holds what the identity question asks for (the customer number, the PIN). */
  function answersIdentity(askKey: string, text: string, language: Language): boolean {
    if (askKey === 'identity.customer_number')
      return deps.triage.parseAnswer(askKey, text, language).kind === 'customer_number';
    if (askKey === 'identity.pin') return deps.triage.parseAnswer(askKey, text, language).kind === 'pin';
    return false;
  }

  /** A second reply to "does it work now?" that says neither yes nor no: closed as not confirmed, never a no. */
  async function closeUnconfirmed(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    note = "the customer's replies did not say whether it works: closed as not confirmed",
    say: MessageKey | null = 'confirm.unclear',
  ): Promise<boolean> {
    if (conv.phase !== 'runbook') return false;
    const { customer, service } = await deps.context(conv);
    const out = await deps.engine.resolveUnconfirmed(
      deps.engineCtx(ticket.id, conv, customer, service),
      note,
    );
    if (!out) return false;
    if (say) turn.say(say, { reference: ticket.reference });
    deps.render(turn, out);
    if (out.finish) await deps.finalize(ticket, conv, turn, out.finish);
    return true;
  }

  /** A step the customer could not do, reported done at the visit question it led to: answered as done. */
  async function stepDoneAfterAll(...reply: [Ticket, ConversationState, Turn, string, TriageLike]) {
    const [ticket, conv, , text] = reply;
    const undo = conv.undo;
    if (!undo || conv.phase !== 'runbook' || !undo.ask.key.startsWith('step.')) return false;
    if (deps.triage.parseAnswer(undo.ask.key, text, conv.language).kind !== 'done') return false;
    // Once: a step already done and tested again is not tested again for the same words.
    const now = await deps.engine.get(ticket.id);
    if (now?.tried.some((x) => x.step === undo.ask.key && x.result === 'did not help')) return false;
    await deps.engine.restore(
      ticket.id,
      undo.engine as NonNullable<Awaited<ReturnType<typeof deps.engine.get>>>,
    );
    conv.facts = undo.facts;
    conv.undo = null;
    conv.pendingAsk = undo.ask.key;
    conv.pendingAskSpec = undo.ask;
    await deps.note(
      ticket.id,
      `customer did ${undo.ask.key} after all; the visit question it led to is withdrawn and the line tested again`,
    );
    await onRunbookAnswer(...reply, { kind: 'done' });
    return true;
  }

  /** "No wait…"": undoes what the previous answer led to and puts that question again. */
  async function undoLast(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    text: string,
    tri: TriageLike,
    spec: NonNullable<ConversationState['pendingAskSpec']>,
  ): Promise<boolean> {
    const undo = conv.undo;
    if (undo && conv.phase === 'runbook') {
      await deps.engine.restore(
        ticket.id,
        undo.engine as NonNullable<Awaited<ReturnType<typeof deps.engine.get>>>,
      );
      conv.facts = undo.facts;
      conv.undo = null;
      await deps.note(
        ticket.id,
        `customer corrected the answer to ${undo.ask.key}; what it led to (${spec.key}) is undone`,
      );
      turn.say('repair.correction');
      turn.askAgain(undo.ask);
      return true;
    }
    if (spec.key === 'contact.availability' && conv.phase === 'runbook') {
      // Nothing to go back to: the customer does not want a visit now.
      await declineVisit(ticket, conv, turn, text, tri);
      return true;
    }
    // "va? du sa ju att…": an objection to what was said is not a correction of a note.
    // "no I mean the PIN, where is it??": a question put again (answered above) corrects no note either.
    if (objects(text)) turn.say('repair.objection');
    else if (!questionClauses(text).length) turn.say('repair.correction.nothing');
    turn.askAgain(spec);
    return true;
  }

  /** The cable check the customer wants before a visit: asked as a step; false when no visit is being asked for. */
  async function checkFirst(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    text: string,
  ): Promise<boolean> {
    const state = await deps.engine.get(ticket.id);
    const { step, message } = checkFirstStep(rootCauseOf(state));
    const out = await deps.engine.checkFirst(ticket.id, step, message);
    if (!out) return false;
    // "weekdays after 5 i guess, or saturday. do i have to pay for the visit? and could it be the cable":
    // the question is answered now, and the times are kept for the visit should the check not help.
    const { service } = await deps.context(conv);
    const ctx = {
      askKey: 'contact.availability' as const,
      cause: rootCauseOf(state),
      access: service?.access ?? null,
    };
    // The cable question is what the check itself answers.
    for (const key of sideAnswers(text, ctx).keys)
      if (!key.startsWith('reply.cable_cause')) turn.say(key, { reference: ticket.reference });
    conv.visitTimesGiven = visitTimesIn(text, deps.now(), deps.timeZone) ?? undefined;
    conv.undo = null;
    await deps.note(
      ticket.id,
      'customer wants to check the cable before a technician is sent: guided, the line is tested again after it',
    );
    deps.render(turn, out);
    return true;
  }

  /** "No, don't send anyone" (or a plain no) to "when can a technician come?". */
  function declinesVisit(act: ReplyAct, text: string): boolean {
    return act.act === 'refusal' || act.act === 'correction' || wantsNoVisitWords(text);
  }

  /** The visit is not booked and the sentence is not a time: the case goes to the team without a visit. */
  async function declineVisit(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    text: string,
    tri: TriageLike,
  ) {
    conv.visitDeclined = true;
    conv.undo = null;
    await deps.note(
      ticket.id,
      'customer does not want a technician visit now; handed over without a booking',
    );
    for (const key of visitDeclinedSays(text, rootCauseOf(await deps.engine.get(ticket.id)))) turn.say(key);
    await onRunbookAnswer(ticket, conv, turn, text, tri, {
      kind: 'availability',
      text: 'no visit wanted now: contact the customer before booking anything',
      slots: [],
    });
  }

  return { onRunbookAnswer, repairAsk };
}

/** At a permission, a no to this change that asks for another one the desk announced. */
function otherChangeAsked(askKey: string, text: string): boolean {
  return askKey.startsWith('consent.') && wantsOtherChange(text);
}
