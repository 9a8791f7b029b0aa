// The conversational Tier-1 agent: message in → identify → triage → runbook → replies.
// Channel-agnostic: chat, e-mail and voice call the same API. State lives on the ticket, so a
// restarted process resumes every conversation where it stopped.
import {
  formatLocalTime,
  INTENTS,
  PRIORITIES,
  type AskKey,
  type Customer,
  type Intent,
  type Language,
  type Priority,
  type Service,
  type Ticket,
  type TimelineEvent,
} from '../domain/index.js';
import { createRunbookEngine, type EngineContext, type EngineOutput } from '../runbooks/engine.js';
import { learnFacts, otherServiceOf } from '../runbooks/facts.js';
import { bodyOverSubject } from './mail-subject.js';
import type { TriageApi, TriageLike } from '../runbooks/ports.js';
import type { Facts, Finish } from '../runbooks/types.js';
import { escalateByAgent } from '../tickets/escalate.js';
import { recordHandBack, recordTakeover } from '../tickets/takeover-notes.js';
import { createTurnRunner, turnScoped } from '../tickets/unit-of-work.js';
import {
  CONVERSATION_KEY,
  TRANSCRIPT_KEY,
  type ConversationState,
  type HelpAnswerState,
  type Role,
  type TranscriptMessage,
} from './conversation-state.js';
import { defaultActions, defaultDiagnostics, defaultTriage } from './defaults.js';
import { buildPacket, buildSummary } from './handoff.js';
import {
  answerableFromHelpCentre,
  questionKind,
  questionTopic,
  rootCauseOf,
  shortQuote,
} from './knowledge.js';
import { brandParams, hasMessage, t } from './messages/index.js';
import { createOutageWatch } from './outage-watch.js';
import { createInMemorySilenceWatch, type SilenceWatch } from './silence.js';
import { requestedLanguage } from './language-request.js';
import { createTurnRecovery } from './recovery.js';
import { createAfterOutcome } from './after-outcome.js';
import { holdCase, returnToHeldCase } from './follow-up-case.js';
import { namesARequest, personHeardKey, problemLabel, teamBesidePerson } from './request-facts.js';
import { raisedSecondaries, withdrawOffer } from './secondary-topics.js';
import { followLanguage, languageHint } from './language-hold.js';
import { createIdentify, firstName } from './identify.js';
import { acknowledgePersonWithFault } from './person-with-fault.js';
import { onlyOtherService } from './other-service.js';
import { answerOfferQuestion } from './offer-question.js';
import { asksOutage, createPublicOutage } from './public-outage.js';
import { adviseIntruderBeforePin } from './intruder-advice.js';
import { createSecurityWorry } from './security-worry.js';
import { createRenameAlong } from './rename-along.js';
import { restReaders, withAnswerRest } from './answer-rest.js';
import { requestIntent } from './request-intent.js';
import { holdsScore, scoreTicket } from './csat-once.js';
import { answerCancelQuestions } from './cancel-questions.js';
import { wordCount } from './repair.js';
import { createRunbookAnswers, type DemoHome } from './runbook-answers.js';
import { withMoveDetails } from './move-details.js';
import { keepPromises } from './promised-follow-up.js';
import { confirmMessage, onlyRequestsDone } from './request-closing.js';
import { noVisitKey } from './visit-declined.js';
import { formatVisitWindow } from './field-visit.js';
import { bookAtHandoff } from './handoff-visit.js';
import { incidentWords } from './incident-words.js';
import { withoutEchoes } from './echoes.js';
import { createContactDetails } from './contact-details.js';
import { createNonCustomerFollowUp } from './non-customer-follow-up.js';
import { answerSalesQuestions, salesQuestions } from './sales-questions.js';
import { lacksPin } from '../triage/pin-replies.js';
import { maskSecrets, Turn } from './turn.js';
import {
  AGENT_REDACT_PATHS,
  DEFAULT_AGENT_CONFIG,
  type AgentConfig,
  type AgentDeps,
  type AgentReply,
  type PushedReply,
  type StartInput,
} from './agent-config.js';

export {
  AGENT_REDACT_PATHS,
  DEFAULT_AGENT_CONFIG,
  type AgentConfig,
  type AgentDeps,
  type AgentReply,
  type PushedReply,
  type StartInput,
} from './agent-config.js';
export type { DemoHome } from './runbook-answers.js';

/** Second problems handled in the same case (the others go to a team or are offered afterwards). */
/** Questions answered with a number: a bare digit there is an answer, not a late satisfaction score. */
const NUMBER_ASKS: ReadonlySet<AskKey> = new Set<AskKey>([
  'identity.customer_number',
  'identity.pin',
  'config.port_forward',
  'config.wifi_name',
  'contact.availability',
  'clarify.intent',
]);
const TO_A_TEAM: readonly Intent[] = ['outage_check', 'billing', 'account_change', 'human_agent', 'other'];
const TIER1_SECOND: ReadonlySet<Intent> = new Set(INTENTS.filter((i) => !TO_A_TEAM.includes(i)));

export function createAgent(given: AgentDeps) {
  const cfg: AgentConfig = { ...DEFAULT_AGENT_CONFIG, ...given.config };
  const now = given.now ?? (() => new Date());
  const log = given.log.child({ mod: 'agent' }, { redact: AGENT_REDACT_PATHS });
  const turns = given.turns
    ? createTurnRunner({ storage: given.turns, store: given.tickets, now, log })
    : null;
  // Inside a turn every part of the agent reads and writes the turn's unit of work.
  const deps: AgentDeps = turns ? { ...given, tickets: turnScoped(given.tickets) } : given;
  const actions = deps.actions ?? defaultActions;
  const triage: TriageApi = deps.triage ?? defaultTriage;
  const clarifyThreshold = cfg.clarifyThreshold ?? triage.clarifyThreshold;
  const engine = createRunbookEngine({
    tickets: deps.tickets,
    diagnostics: deps.diagnostics ?? defaultDiagnostics,
    actions,
    devices: deps.devices,
    isp: deps.isp,
    incidents: deps.incidents,
    directory: deps.directory,
    audit: deps.audit,
    now,
    sleep: deps.sleep,
    config: cfg.engine,
    log,
    words: cfg.words,
    flush: (ticketId, out) => sendInterim(ticketId, out),
  });
  /** Turns in progress: the worked ticket → the conversation (for interim messages during long waits). */
  const inTurn = new Map<string, { conversationId: string; conv: ConversationState; turn: Turn }>();
  /** The simulated demo home: a customer's "done" to a physical step performs it there. */
  let demoHome: DemoHome | null = deps.demoHome ?? null;
  const outageWatch =
    deps.outageWatch ??
    createOutageWatch({
      tickets: deps.tickets,
      incidents: deps.incidents,
      now,
      config: cfg.outageWatch,
      log,
    });
  const publicOutage = createPublicOutage({
    incidents: deps.incidents,
    tickets: deps.tickets,
    customerTexts: async (id) =>
      (await transcript(id)).filter((m) => m.role === 'customer').map((m) => m.text),
    finalize,
    words: cfg.words,
    now,
  });
  const identify = createIdentify({
    triage,
    directory: deps.directory,
    tickets: deps.tickets,
    audit: deps.audit,
    attempts: deps.attempts,
    verifyIdentity: actions.verifyIdentity,
    maxPinAttempts: cfg.maxPinAttempts,
    attachCustomer,
    startRunbook,
    routeNonCustomer,
    noNumber: publicOutage.onNoNumber,
    noPin: publicOutage.onNoPin,
    outageAtNumber: publicOutage.atNumber,
  });
  const identifyOrStart = identify.identifyOrStart;
  const { onRunbookAnswer, repairAsk } = createRunbookAnswers({
    triage,
    engine,
    clarifyThreshold,
    context: customerContext,
    engineCtx,
    render: renderEngine,
    finalize,
    switchTopic,
    toHuman,
    recordTriage,
    note,
    demoHome: () => demoHome,
    learnFacts,
    aside: publicOutage.aside,
    reopen,
    now,
    timeZone: cfg.words.timeZone,
  });
  const afterOutcome = createAfterOutcome({
    tickets: deps.tickets,
    words: cfg.words,
    triage,
    clarifyThreshold,
    context: customerContext,
    packet: (facts) => buildPacket(facts, deps.devices, now()),
    reopen,
    cause: async (ticket) => rootCauseOf(await engine.get(ticket.id)),
    state: (ticket) => engine.get(ticket.id),
    now,
    isp: deps.isp,
    log,
  });
  const securityWorry = createSecurityWorry({
    engine,
    learnFacts,
    parseAnswer: (key, text, lang) => triage.parseAnswer(key, text, lang),
    note,
  });
  const renameAlong = createRenameAlong({
    engine,
    parseWifiName: (text, opts) => triage.parseWifiName?.(text, opts) ?? null,
    parseAnswer: (key, text, lang) => triage.parseAnswer(key, text, lang),
    note,
  });
  const answerRest = {
    ...restReaders(triage),
    note,
    reopen: (...args: Parameters<typeof reopen>) => reopen(...args),
  };
  const contactDetails = createContactDetails({ tickets: deps.tickets });
  const nonCustomer = createNonCustomerFollowUp({
    tickets: deps.tickets,
    contacts: contactDetails,
    saysNotCustomer: (text) => !!triage.saysNotCustomer?.(text) || !!learnFacts({}, text).notCustomer,
    outage: publicOutage.toNonCustomer,
    classifyReply: triage.classifyReply?.bind(triage),
  });
  const listeners = new Set<(p: PushedReply) => void>();
  const locks = new Map<string, Promise<unknown>>();
  /** Conversations waiting for the customer (for reminders): ticketId → last bot message time. */
  const timers = deps.silence ?? createInMemorySilenceWatch();
  // In a turn the timer and the pending-turn marks are written with the turn's other changes.
  const inBatch = () => (turns && deps.silence ? turns.current() : null);
  const waiting: SilenceWatch = {
    wait: async (ticketId, sinceMs) => {
      const uow = inBatch();
      if (uow) uow.setSilence(ticketId, sinceMs);
      else await timers.wait(ticketId, sinceMs);
    },
    clear: async (ticketId) => {
      const uow = inBatch();
      if (uow) uow.setSilence(ticketId, null);
      else await timers.clear(ticketId);
    },
    due: (cutoffMs, limit) => timers.due(cutoffMs, limit),
  };
  const pendingMarks = deps.pendingTurns && {
    add: async (ticketId: string, messageId: string, at: string) => {
      const uow = inBatch();
      if (uow) uow.addPending(ticketId, messageId, at);
      else await deps.pendingTurns!.add(ticketId, messageId, at);
    },
    done: async (ticketId: string, messageId: string) => {
      const uow = inBatch();
      if (uow) uow.donePending(ticketId, messageId);
      else await deps.pendingTurns!.done(ticketId, messageId);
    },
  };

  function withLock<T>(ticketId: string, fn: () => Promise<T>): Promise<T> {
    const prev = locks.get(ticketId) ?? Promise.resolve();
    // In this process turns queue per ticket; the lease keeps other desk instances out too.
    const guarded = turns
      ? () => turns.run(ticketId, fn)
      : deps.turnLock
        ? () => deps.turnLock!.run(`ticket:${ticketId}`, fn)
        : fn;
    const run = prev.then(guarded, guarded);
    const tail = run.catch(() => undefined);
    locks.set(ticketId, tail);
    void tail.then(() => {
      if (locks.get(ticketId) === tail) locks.delete(ticketId);
    });
    return run;
  }

  async function loadConv(ticketId: string): Promise<ConversationState> {
    const conv = await deps.tickets.getState<ConversationState>(ticketId, CONVERSATION_KEY);
    if (!conv) throw new Error(`no conversation on ticket ${ticketId}`);
    return conv;
  }
  const saveConv = (ticketId: string, conv: ConversationState) =>
    deps.tickets.setState(ticketId, CONVERSATION_KEY, conv);

  async function transcript(ticketId: string): Promise<TranscriptMessage[]> {
    return (await deps.tickets.getState<TranscriptMessage[]>(ticketId, TRANSCRIPT_KEY)) ?? [];
  }

  function nextId(conv: ConversationState): string {
    conv.seq += 1;
    return String(conv.seq);
  }

  async function storeOut(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    role: Role,
    startedAt: number,
    inReplyTo?: string,
  ): Promise<AgentReply[]> {
    const drafts = turn.drafts();
    if (drafts.length === 0) return [];
    const at = now().toISOString();
    const meta = { turnMs: Date.now() - startedAt, deviceWaitMs: turn.deviceWaitMs };
    const replies: AgentReply[] = drafts.map((d) => ({ id: nextId(conv), ...d, meta }));
    const events: TimelineEvent[] = replies.map((r) => ({
      type: 'message_out',
      actor: { kind: role === 'staff' ? 'staff' : 'bot', id: null },
      channel: conv.channel,
      text: maskSecrets(r.text, turn.secrets),
      askKey: r.askKey,
      options: r.options,
    }));
    await deps.tickets.append(ticket.id, events);
    const stored = await transcript(ticket.id);
    for (const r of replies) {
      stored.push({
        id: r.id,
        role,
        text: maskSecrets(r.text, turn.secrets),
        askKey: r.askKey,
        options: r.options,
        final: r.final,
        at,
        meta: r.meta,
        inReplyTo,
      });
    }
    await deps.tickets.setState(ticket.id, TRANSCRIPT_KEY, stored);
    conv.lastBotAt = at;
    conv.reminded = false;
    conv.timedOut = false;
    conv.pendingAsk = turn.pendingAsk;
    conv.pendingAskSpec = turn.pendingAskSpec;
    if (turn.pendingAsk === 'csat.score') {
      conv.csatOpen = true;
      conv.csatTicketId = scoreTicket(conv, conv.workTicketId ?? ticket.id);
    }
    if (conv.pendingAsk !== conv.repair?.askKey) conv.repair = null;
    if (conv.phase === 'closed') await waiting.clear(ticket.id);
    else await waiting.wait(ticket.id, Date.parse(at));
    return replies;
  }

  async function push(ticketId: string, role: Role, build: (turn: Turn, conv: ConversationState) => void) {
    const replies = await withLock(ticketId, async () => {
      const ticket = await deps.tickets.get(ticketId);
      if (!ticket) return [];
      const conv = await loadConv(ticketId);
      const turn = new Turn(conv.language, cfg.words);
      build(turn, conv);
      const keepAsk = conv.pendingAsk;
      const keepSpec = conv.pendingAskSpec;
      const keepRepair = conv.repair;
      const replies = await storeOut(ticket, conv, turn, role, Date.now());
      if (!turn.pendingAsk) {
        conv.pendingAsk = keepAsk;
        conv.pendingAskSpec = keepSpec;
        conv.repair = keepRepair;
      }
      await saveConv(ticketId, conv);
      return replies;
    });
    // Pushed once stored: a listener on another instance may read them back.
    for (const reply of replies) emit({ ticketId, role, reply });
    return replies;
  }

  /** Sends what the engine has said so far as its own message, keeping the pending question as it is. */
  async function sendInterim(workTicketId: string, out: EngineOutput) {
    const active = inTurn.get(workTicketId);
    if (!active || out.says.length === 0) return;
    const ticket = await deps.tickets.get(active.conversationId);
    if (!ticket) return;
    const { conv } = active;
    const turn = new Turn(conv.language, cfg.words);
    // What the turn said before the wait ("Thank you, you are verified.") goes first, not after it.
    active.turn.handOver(turn);
    for (const say of out.says) turn.sayEngine(say);
    turn.secrets.push(...out.secrets);
    const keep = { ask: conv.pendingAsk, spec: conv.pendingAskSpec, repair: conv.repair };
    const replies = await storeOut(ticket, conv, turn, 'agent', Date.now());
    conv.pendingAsk = keep.ask;
    conv.pendingAskSpec = keep.spec;
    conv.repair = keep.repair;
    // An interim message is stored (and the customer's message with it) before the turn waits on.
    await turns?.current()?.flush();
    for (const reply of replies) emit({ ticketId: active.conversationId, role: 'agent', reply });
  }

  function emit(p: PushedReply) {
    for (const l of listeners) {
      try {
        l(p);
      } catch (err) {
        log.warn({ err: String(err) }, 'reply listener failed');
      }
    }
  }

  // A turn asks for the customer and service several times (diagnosis, escalation, summary): read once
  // per conversation state, which is loaded anew each turn, and again only when the ids change.
  const contexts = new WeakMap<ConversationState, { key: string; value: ReturnType<typeof readContext> }>();
  function customerContext(conv: ConversationState) {
    const key = `${conv.customerId ?? ''}|${conv.serviceId ?? ''}`;
    const hit = contexts.get(conv);
    if (hit?.key === key) return hit.value;
    const value = readContext(conv);
    contexts.set(conv, { key, value });
    return value;
  }
  async function readContext(conv: ConversationState) {
    const customer = conv.customerId ? await deps.directory.byId(conv.customerId) : null;
    const service = conv.serviceId ? await deps.directory.service(conv.serviceId) : null;
    return { customer, service };
  }

  async function attachCustomer(conv: ConversationState, customer: Customer) {
    conv.customerId = customer.id;
    const services = await deps.directory.services(customer.id);
    const service: Service | undefined = services[0];
    conv.serviceId = service?.id ?? null;
    conv.deviceId = null;
    if (service) {
      // One query: the router the ACS saw last for the service, else the inventory's.
      const [router] = await deps.directory.devicesOfService(service.id).catch(() => []);
      conv.deviceId = router?.id ?? null;
    }
  }

  function engineCtx(
    ticketId: string,
    conv: ConversationState,
    customer: Customer | null,
    service: Service | null,
  ): EngineContext {
    return {
      ticketId,
      customer,
      service,
      deviceId: conv.deviceId,
      verified: conv.verification === 'verified',
      language: conv.language,
    };
  }

  function renderEngine(turn: Turn, out: EngineOutput) {
    for (const s of withoutEchoes(out.says)) turn.sayEngine(s);
    turn.deviceWaitMs += out.deviceWaitMs;
    turn.secrets.push(...out.secrets);
    if (out.ask) turn.ask(out.ask.key, out.ask.message ?? confirmMessage(out), out.ask.params);
  }

  const label = (lang: Language, intent: Intent) => t(lang, `intent.${intent}`, brandParams(cfg.words, lang));

  /** Someone who is not a customer (a new subscription, moving in): our sales team, no identification. */
  async function routeNonCustomer(ticket: Ticket, conv: ConversationState, turn: Turn) {
    conv.phase = 'runbook';
    // However it came out (the opening or a reply to the number question), the case names it.
    conv.facts = { ...conv.facts, notCustomer: true };
    // Without a service there is nothing of theirs to look at later ("you also mentioned an outage").
    conv.secondaryIntents = [];
    turn.say('cause.not_customer');
    await finalize(ticket, conv, turn, {
      outcome: 'routed',
      queue: 'sales',
      disposition: 'routed.sales',
      reason: 'not a customer: new subscription or moving in',
    });
    // We have no record to reach them through: their details now, or the question for them.
    const convId = inTurn.get(ticket.id)?.conversationId ?? ticket.id;
    const words = (await transcript(convId)).filter((m) => m.role === 'customer').map((m) => m.text);
    // "vad kostar det?", "finns det fiber där?" asked on the way: answered as far as the desk can.
    const asked = words.filter((w) => salesQuestions(w).length > 0);
    if (asked.length) await answerSalesQuestions(deps.tickets, ticket, turn, asked.join(' / '));
    // "ni har avbrott där nu?? funkar det ändå?": public news, told now.
    await publicOutage.toNonCustomer(ticket, conv, turn, words.filter(asksOutage).join(' / '));
    await contactDetails.ask(ticket, conv, turn, words);
  }

  /**
   * The questions inside a cancellation, answered; true when that was all the message held (the
   * pending question is put again), false when the case goes on with the message.
   */
  async function noteForTeam(ticket: Ticket, conv: ConversationState, turn: Turn, text: string) {
    await deps.tickets.append(ticket.id, [
      {
        type: 'note',
        actor: { kind: 'customer', id: null },
        text: `question after the handoff, for the team: "${text.slice(0, 300)}"`,
        internal: true,
      },
    ]);
    turn.say('cancel.noted', { reference: ticket.reference });
  }

  async function cancelQuestions(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    text: string,
    tri: TriageLike,
  ) {
    const opening = conv.phase === 'opening';
    if (opening) {
      followLanguage(conv, tri, text, true);
      turn.language = conv.language;
    }
    if (!answerCancelQuestions(conv, turn, text, opening ? tri.intent : conv.intent, !opening)) return false;
    // "i dont have any pin here… cant you just cancel it?": where the PIN is comes next, as without the question.
    // (After a handoff a date — "can the last day be 31 january?" — is no PIN: the answer stands.)
    if (
      opening ||
      (/\d/.test(text) && !conv.handoff) ||
      (conv.pendingAsk === 'identity.pin' && lacksPin(text))
    )
      return false;
    // With a person: the answer is what the desk can say, the question goes on the case for them too.
    if (conv.handoff) await noteForTeam(ticket, conv, turn, text);
    // After the outcome the satisfaction question is not put again beside the answer.
    if (conv.pendingAsk && conv.phase !== 'closed')
      turn.askAgain(conv.pendingAskSpec ?? { key: conv.pendingAsk });
    return true;
  }

  /** A question about another service (TV, mobile) from someone not yet identified: to a colleague as it stands. */
  async function routeOtherService(ticket: Ticket, conv: ConversationState, turn: Turn) {
    conv.phase = 'runbook';
    turn.say('cause.other_service');
    await finalize(ticket, conv, turn, {
      outcome: 'routed',
      queue: 'agents',
      disposition: 'routed.agents',
      reason: `other_service_request: a question about ${conv.facts.otherService ?? 'another service'}`,
    });
  }

  /** Starts the runbook of the conversation's intent (identity is settled by now). */
  async function startRunbook(ticket: Ticket, conv: ConversationState, turn: Turn) {
    const { customer, service } = await customerContext(conv);
    if (!customer && onlyOtherService(conv)) return routeOtherService(ticket, conv, turn);
    if (!customer && conv.intent === 'account_change' && !conv.facts.notCustomer) {
      // A change to a subscription nobody could show is theirs: refused, with how to verify.
      turn.say('refused.unidentified');
      await finalize(ticket, conv, turn, {
        outcome: 'refused',
        queue: null,
        disposition: 'refused.unverified',
        reason: 'caller could not be identified; account change refused',
      });
      return;
    }
    if (!customer) {
      turn.say('identity.unidentified');
      await finalize(ticket, conv, turn, {
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
    const out = await engine.start(engineCtx(ticket.id, conv, customer, service), intent, conv.facts, {
      also,
      handled: conv.heldCase?.causes,
    });
    renderEngine(turn, out);
    if (out.finish) await finalize(ticket, conv, turn, out.finish);
    else await outageWatch.observe(ticket.id, service, (await engine.get(ticket.id))?.findings ?? []);
  }

  async function finalize(ticket: Ticket, conv: ConversationState, turn: Turn, finish: Finish) {
    const { customer, service } = await customerContext(conv);
    const state = await engine.get(ticket.id);
    const subject = ticket.subject ? ` — ${ticket.subject}` : '';
    // A question about a service we do not run goes to the team in the customer's own words.
    const asked = conv.request ? `: "${conv.request}"` : '';
    const problem = {
      customer: `${capitalise(problemLabel(conv.facts, conv.intent, conv.language, cfg.words))}${subject}`,
      en: `${capitalise(problemLabel(conv.facts, conv.intent, 'en', cfg.words))}${subject}${asked}`,
    };
    const facts = {
      ticket,
      customer,
      service,
      deviceId: conv.deviceId,
      verified: conv.verification === 'verified',
      priority: conv.priority,
      problem,
      engine: state,
    };
    const when = t(conv.language, `when.${conv.priority}`);
    let current = (await deps.tickets.get(ticket.id)) ?? ticket;
    if ((finish.outcome === 'escalated' || finish.outcome === 'routed') && finish.queue) {
      const packet = await buildPacket(facts, deps.devices, now());
      await escalateByAgent(deps.tickets, current, { queue: finish.queue, reason: finish.reason, packet });
      current = (await deps.tickets.get(ticket.id)) ?? current;
    }
    // A visit is booked first, so that the summary's next step is the visit, not a reply time.
    const visitAt = { timeZone: cfg.words.timeZone, now: now() };
    const reason = finish.reason;
    const availability = state?.facts.availability ?? null;
    const visit = { ticket, customer, service, reason, availability, ...visitAt };
    const window = await bookAtHandoff(deps.isp, deps.tickets, visit, finish, conv.visitDeclined, log);
    const booked = window ? { window, timeZone: cfg.words.timeZone } : null;
    const summary = buildSummary({ ...facts, visit: booked }, finish, conv.language, cfg.words);
    const status =
      finish.outcome === 'resolved'
        ? 'resolved'
        : finish.outcome === 'refused'
          ? 'closed'
          : finish.outcome === 'outage_informed'
            ? 'pending_internal'
            : current.status === 'escalated'
              ? undefined
              : 'escalated';
    await deps.tickets.append(
      ticket.id,
      [
        {
          type: 'resolution',
          actor: { kind: 'bot', id: null },
          outcome: finish.outcome,
          queue: finish.queue,
          disposition: finish.disposition,
          summary,
        },
      ],
      {
        disposition: finish.disposition,
        ...(status ? { status } : {}),
        ...(finish.incidentId ? { incidentId: finish.incidentId } : {}),
      },
    );
    switch (finish.outcome) {
      case 'resolved':
        // A request carried out, or a fix nobody could test yet, is not "glad it works again".
        turn.sayKey(closingKey(finish, state?.tried), { reference: ticket.reference });
        break;
      case 'escalated':
      case 'routed': {
        // Only a suspended account is told that the connection reopens once the invoice is paid.
        const key = noVisitKey(`${finish.outcome}.${finish.queue}`, conv.visitDeclined);
        const suspended = rootCauseOf(state) === 'billing_suspended' && hasMessage(`${key}.suspended`);
        // "Booked" only when the field-service port confirmed a time window (above).
        if (window)
          turn.sayKey(window.inside ? 'escalated.field.booked' : 'escalated.field.booked_nearest', {
            reference: ticket.reference,
            window: formatVisitWindow(window, conv.language, cfg.words.timeZone),
          });
        else turn.sayKey(suspended ? `${key}.suspended` : key, { reference: ticket.reference, when });
        break;
      }
      case 'outage_informed': {
        const inc = finish.incidentId ? await deps.incidents.get(finish.incidentId) : null;
        const params = {
          title: inc ? incidentWords(inc, conv.language, service?.areaCode) : '',
          incident: inc?.reference ?? '',
          eta: inc?.etaAt ? formatLocalTime(inc.etaAt, conv.language, cfg.words.timeZone, now()) : '',
          reference: ticket.reference,
        };
        turn.say(inc?.etaAt ? 'outage.informed' : 'outage.informed_no_eta', params);
        break;
      }
      case 'refused':
        break;
    }
    turn.say('summary.customer', { summary: summary.customer });
    // A question promised to a colleague while the case was open goes on a linked case, never left on a closed one.
    if (finish.outcome === 'resolved')
      await keepPromises(conv, (q) =>
        afterOutcome.openLinked(ticket, conv, turn, 'agents', 'other', q, 'closing.promised_linked'),
      );
    if (finish.outcome !== 'refused') await linkCauseArticle(conv, turn, rootCauseOf(state));
    const extra = conv.secondaryIntents.filter((i) => i !== conv.intent);
    if (extra.length) turn.say('secondary.offer', { topic: label(conv.language, extra[0]) });
    conv.offeredTopic = extra[0] ?? null;
    conv.secondaryIntents = extra.slice(1);
    conv.outcomes.push(finish.outcome);
    conv.phase = 'closed';
    // With a person (or waiting for an outage fix) the case is not over: no satisfaction question yet.
    const open =
      finish.outcome === 'escalated' || finish.outcome === 'routed' || finish.outcome === 'outage_informed';
    conv.handoff = open
      ? {
          queue: finish.outcome === 'outage_informed' ? 'outage' : (finish.queue ?? 'agents'),
          at: now().toISOString(),
        }
      : null;
    // A later request done while a person has the first case: back to that case, no CSAT before a person closes it.
    const held = !open && returnToHeldCase(conv);
    if (!open && !held && !holdsScore(conv)) turn.ask('csat.score');
    // Handed to a person, the conversation does not end: the customer keeps writing to the case.
    if (finish.outcome !== 'escalated' && finish.outcome !== 'routed' && !held) turn.final();
    log.info(
      { ticketId: ticket.id, outcome: finish.outcome, queue: finish.queue, disposition: finish.disposition },
      'case finished',
    );
  }

  async function recordTriage(ticket: Ticket, conv: ConversationState, tri: TriageLike, intent: Intent) {
    const priority = bump(tri.priority, tri.mood === 'angry' ? 1 : 0);
    conv.priority = higher(conv.priority, priority);
    conv.mood = tri.mood;
    await deps.tickets.append(
      ticket.id,
      [
        {
          type: 'triage',
          actor: { kind: 'bot', id: null },
          intent,
          confidence: tri.confidence,
          runnerUp: tri.runnerUp,
          language: conv.language,
          priority: conv.priority,
          reasons: [...tri.priorityReasons, ...tri.moodReasons],
          entities: safeEntities(tri.entities),
        },
      ],
      { intent, priority: conv.priority, language: conv.language },
    );
  }

  /** The first problem statement (or a new one after a closed case). */
  async function onOpening(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    text: string,
    opened: TriageLike,
  ) {
    const tri = bodyOverSubject(
      ticket.subject,
      text,
      opened,
      (body) => triage.triage(body, { profileLanguage: languageHint(conv) }),
      clarifyThreshold,
    );
    followLanguage(conv, tri, text, true);
    turn.language = conv.language;
    conv.facts = learnRequest(conv.facts, text, conv.language);
    if (conv.facts.otherService) conv.request = text.slice(0, 500);
    // "How do I rename my Wi-Fi?" is a request we carry out, not an article to read.
    if (!conv.facts.ssidRename && (await answerFromHelpCentre(ticket, conv, turn, text, tri, 'opening')))
      return;
    // A customer number or PIN beside the problem: the caller came for help, and is not asked for them again.
    const credentials = (await identify.noteNumber(conv, text)) || !!triage.findVolunteeredPin?.(text);
    const settled = namesARequest(conv.facts);
    if (tri.intent === 'other' && !tri.wantsHuman && conv.smalltalk < 1 && !credentials && !settled) {
      conv.smalltalk += 1;
      turn.say('smalltalk.other');
      return;
    }
    conv.secondaryIntents = raisedSecondaries(
      text,
      tri.secondaryIntents.filter((i) => i !== tri.intent),
    );
    if (
      tri.confidence < clarifyThreshold &&
      tri.runnerUp &&
      tri.runnerUp !== tri.intent &&
      !tri.wantsHuman &&
      !settled
    ) {
      conv.clarifyOptions = [tri.intent, tri.runnerUp];
      conv.phase = 'clarify';
      await recordTriage(ticket, conv, tri, tri.intent);
      const opts = conv.clarifyOptions.map((i) => capitalise(label(conv.language, i)));
      turn.ask(
        'clarify.intent',
        undefined,
        { first: label(conv.language, tri.intent), second: label(conv.language, tri.runnerUp) },
        opts,
      );
      return;
    }
    conv.intent = tri.wantsHuman
      ? (teamBesidePerson(triage, text) ?? 'human_agent')
      : requestIntent(tri.intent, conv.facts);
    // The person who takes over reads why the customer asked for them, in their own words.
    if (conv.intent === 'human_agent') conv.request = text.slice(0, 500);
    await recordTriage(ticket, conv, tri, conv.intent);
    acknowledgeMood(conv, turn);
    await identifyOrStart(ticket, conv, turn, text);
  }

  /** Facts of the opening request: the general ones, plus the service, Wi-Fi name and port forward it names. */
  function learnRequest(facts: Facts, text: string, lang: Language): Facts {
    const next = learnFacts(facts, text);
    next.otherService ??= otherServiceOf(text);
    if (next.ssidRename && !next.wifiName) next.wifiName = triage.parseWifiName?.(text) ?? undefined;
    if (next.portForwardRequested && !next.portForward) {
      const pf = triage.parseAnswer('config.port_forward', text, lang);
      if (pf.kind === 'port_forward' && (pf.port || pf.ip || pf.device)) {
        const { kind: _kind, ...draft } = pf;
        next.portForwardDraft = draft;
        if (pf.port && pf.ip) next.portForward = { port: pf.port, protocol: pf.protocol ?? 'tcp', ip: pf.ip };
      }
    }
    Object.assign(next, withMoveDetails(next, text));
    return next;
  }

  function acknowledgeMood(conv: ConversationState, turn: Turn) {
    if (conv.acknowledgedMood) return;
    if (conv.mood === 'angry') turn.say('ack.angry');
    else if (conv.mood === 'frustrated') turn.say('ack.frustrated');
    else return;
    conv.acknowledgedMood = true;
  }

  async function onClarify(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    text: string,
    tri: TriageLike,
  ) {
    const [first, second] = conv.clarifyOptions;
    const lower = text.toLowerCase();
    let chosen: Intent = first;
    if (
      second &&
      (lower.includes(label(conv.language, second).toLowerCase()) ||
        lower.trim() === '2' ||
        tri.intent === second)
    ) {
      chosen = second;
    }
    conv.intent = chosen;
    conv.clarifyOptions = [];
    conv.facts = learnFacts(conv.facts, text);
    await deps.tickets.append(ticket.id, [], { intent: chosen });
    acknowledgeMood(conv, turn);
    // "sidorna laddar int, 206184": a customer number given with the choice is used, not asked for again.
    await identifyOrStart(ticket, conv, turn, text);
  }

  /**
   * A bare "4" while the satisfaction question of an earlier case is still open and the pending
   * question does not take a number: it is that score (then the pending question again).
   */
  async function lateScore(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    text: string,
  ): Promise<boolean> {
    const m = /^\s*([1-5])\s*[.!]?\s*$/.exec(text);
    const ask = conv.pendingAsk;
    if (!m || !conv.csatOpen || !conv.csatTicketId || !ask || NUMBER_ASKS.has(ask) || ask === 'csat.score')
      return false;
    conv.csatOpen = false;
    await deps.tickets.append(conv.csatTicketId, [
      { type: 'csat', actor: { kind: 'customer', id: null }, score: Number(m[1]) },
    ]);
    turn.say('csat.thanks');
    turn.askAgain(conv.pendingAskSpec ?? { key: ask });
    return true;
  }

  async function note(ticketId: string, text: string) {
    await deps.tickets.append(ticketId, [
      { type: 'note', actor: { kind: 'bot', id: null }, text, internal: true },
    ]);
  }

  async function switchTopic(ticket: Ticket, conv: ConversationState, turn: Turn, tri: TriageLike) {
    if (tri.intent === 'other' || tri.confidence < clarifyThreshold) {
      turn.say('smalltalk.other');
      return;
    }
    turn.say('ack.topic');
    conv.intent = tri.intent;
    await recordTriage(ticket, conv, tri, tri.intent);
    await identifyOrStart(ticket, conv, turn, null);
  }

  async function toHuman(ticket: Ticket, conv: ConversationState, turn: Turn) {
    const state = await engine.get(ticket.id);
    const { customer, service } = await customerContext(conv);
    if (state && !state.finished && state.current) {
      // Diagnosis done: the team that owns the fault gets it, otherwise the human Tier-1 desk.
      const owner = state.causes.find((c) => c.cause === state.current?.cause)?.escalateTo;
      const queue = owner && owner !== 'billing' && owner !== 'sales' ? owner : 'agents';
      await finalize(ticket, conv, turn, {
        outcome: 'escalated',
        queue,
        disposition: `escalated.${queue}`,
        reason: 'customer asked for a person',
      });
      return;
    }
    // The colleague reads what was asked ("jag vill säga upp… vi flyttar utomlands i feb"), not only "a person".
    const convId = inTurn.get(ticket.id)?.conversationId ?? ticket.id;
    conv.request ??= (await transcript(convId)).find((m) => m.role === 'customer')?.text.slice(0, 500);
    if (customer) {
      conv.intent = 'human_agent';
      conv.phase = 'runbook';
      const out = await engine.start(
        engineCtx(ticket.id, conv, customer, service),
        'human_agent',
        conv.facts,
        { announce: false },
      );
      renderEngine(turn, out);
      if (out.finish) await finalize(ticket, conv, turn, out.finish);
      return;
    }
    await finalize(ticket, conv, turn, {
      outcome: 'escalated',
      queue: 'agents',
      disposition: 'escalated.agents',
      reason: 'customer asked for a person before identification',
    });
  }

  async function onClosed(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    text: string,
    tri: TriageLike,
  ) {
    if (await afterOutcome.onClosed(ticket, conv, turn, text, tri)) return;
    // Without a reply classifier: a score if it parses as one.
    // "…2.4 or 5 GHz?" is a question for the help centre, not a rating.
    const helpQuestion = !!deps.knowledge && questionKind(text) === 'howto';
    if (conv.pendingAsk === 'csat.score' && !helpQuestion) {
      const parsed = triage.parseAnswer('csat.score', text, conv.language);
      if (parsed.kind === 'csat' && parsed.score >= 1 && parsed.score <= 5) {
        await deps.tickets.append(conv.csatTicketId ?? ticket.id, [
          { type: 'csat', actor: { kind: 'customer', id: null }, score: Math.round(parsed.score) },
        ]);
        turn.say('csat.thanks');
        turn.final();
        return;
      }
    }
    return reopen(ticket, conv, turn, text, tri);
  }

  /** A message after a closed case that is not a score: a help-centre question or a new problem. */
  async function reopen(ticket: Ticket, conv: ConversationState, turn: Turn, text: string, tri: TriageLike) {
    if (await answerFromHelpCentre(ticket, conv, turn, text, tri, 'closed')) return;
    // "also my tv box from you guys keeps freezing": another service is a case for a person, never "anything else?".
    if ((tri.intent === 'other' || tri.confidence < clarifyThreshold) && !otherServiceOf(text)) {
      turn.say('closed.more');
      turn.final();
      return;
    }
    // A new problem after the outcome is a case of its own: a linked ticket, so the first one keeps its outcome and queue.
    const work = await startFollowUp(ticket, conv);
    await onOpening(work, conv, turn, text, tri);
  }

  /** Opens a linked ticket for the conversation's next case and makes it the one worked on. */
  async function startFollowUp(ticket: Ticket, conv: ConversationState): Promise<Ticket> {
    const verified = conv.verification === 'verified';
    const work = await deps.tickets.create({
      customerId: verified ? conv.customerId : null,
      serviceId: verified ? conv.serviceId : null,
      channel: conv.channel,
      language: conv.language,
      priority: conv.priority,
      subject: ticket.subject,
    });
    await note(work.id, `follow-up case opened from ${ticket.reference} in the same conversation`);
    await note(ticket.id, `the customer's next request continues as linked case ${work.reference}`);
    const heldCauses = conv.handoff
      ? ((await engine.get(conv.workTicketId ?? ticket.id))?.causes.map((c) => c.cause) ?? [])
      : [];
    holdCase(conv);
    if (conv.heldCase) conv.heldCase.causes = heldCauses;
    conv.workTicketId = work.id;
    conv.linkedTickets = [...(conv.linkedTickets ?? []), work.reference];
    conv.phase = 'opening';
    conv.clarifyOptions = [];
    conv.facts = {};
    conv.handoff = null;
    conv.undo = null;
    conv.repair = null;
    return work;
  }

  /**
   * Answers an information question ("how do I…", "what does … mean") with the best customer article
   * of the help centre in the conversation's language, notes it on the timeline and asks whether it
   * helped. Returns false (nothing said) when the question is not one for the help centre, no article
   * fits well enough, or the article was already offered in this conversation.
   */
  async function answerFromHelpCentre(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    text: string,
    tri: TriageLike,
    resume: HelpAnswerState['resume'],
  ): Promise<boolean> {
    const kb = deps.knowledge;
    if (!kb || !answerableFromHelpCentre(tri, text, clarifyThreshold)) return false;
    const hit = await kb
      .bestAnswer(questionTopic(text), {
        lang: conv.language,
        intent: tri.intent === 'other' ? null : tri.intent,
      })
      .catch((err: unknown) => {
        log.warn(
          { ticketId: ticket.id, err: err instanceof Error ? err.message : String(err) },
          'help-centre look-up failed',
        );
        return null;
      });
    if (!hit || hit.article.audience !== 'customer' || hit.article.language !== conv.language) return false;
    const shown = conv.helpShown ?? [];
    if (shown.includes(hit.article.slug)) return false;
    conv.helpShown = [...shown, hit.article.slug];
    const confident = tri.confidence >= clarifyThreshold;
    conv.helpAnswer = {
      slug: hit.article.slug,
      language: hit.article.language,
      title: hit.article.title,
      url: hit.url,
      intent: tri.intent,
      confident,
      resume,
    };
    if (resume === 'opening') await recordTriage(ticket, conv, tri, tri.intent);
    await deps.tickets.append(ticket.id, [
      {
        type: 'note',
        actor: { kind: 'bot', id: null },
        text: `Answered from the help centre: "${hit.article.title}" (${hit.article.slug}, ${hit.article.language}, relevance ${hit.relevance}) ${hit.url}`,
        internal: true,
      },
    ]);
    turn.say('kb.answer', { title: hit.article.title, quote: shortQuote(hit.excerpt), url: hit.url });
    turn.ask('resolution.confirm', 'ask.kb.helped', undefined, [
      t(conv.language, 'kb.option.yes'),
      t(conv.language, 'kb.option.no'),
    ]);
    log.info(
      { ticketId: ticket.id, slug: hit.article.slug, relevance: hit.relevance },
      'answered from the help centre',
    );
    return true;
  }

  /** The customer's reply to "did that answer your question?". */
  async function onHelpAnswerReply(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    text: string,
    tri: TriageLike,
    answer: HelpAnswerState,
  ) {
    const parsed = triage.parseAnswer('resolution.confirm', text, conv.language);
    const thanks =
      parsed.kind === 'free' &&
      tri.intent === 'other' &&
      !tri.wantsHuman &&
      !questionKind(text) &&
      wordCount(text) <= 4;
    const helped = parsed.kind === 'yes' || parsed.kind === 'done' || thanks;
    const notHelped = parsed.kind === 'no' || parsed.kind === 'unknown' || parsed.kind === 'cannot';
    if (!helped && !notHelped) {
      // Something new (another question, a problem): handle it as if nothing had been asked.
      conv.pendingAsk = null;
      return answer.resume === 'closed'
        ? onClosed(ticket, conv, turn, text, tri)
        : onOpening(ticket, conv, turn, text, tri);
    }
    const ref = `"${answer.title}" (${answer.slug}, ${answer.language})`;
    await deps.tickets.append(ticket.id, [
      {
        type: 'note',
        actor: { kind: 'customer', id: null },
        text: helped
          ? `customer says the help-centre article ${ref} answered the question`
          : `customer says the help-centre article ${ref} did not help`,
        internal: true,
      },
    ]);
    if (answer.resume === 'closed') {
      turn.say(helped ? 'kb.glad' : 'closed.more');
      turn.final();
      return;
    }
    if (helped) return closeAnswered(ticket, conv, turn, answer);
    if (answer.intent !== 'other' && answer.confident) {
      // A question about something a runbook handles (e.g. the Wi-Fi password): do it for them.
      turn.say('kb.not_helped.runbook');
      conv.intent = answer.intent;
      acknowledgeMood(conv, turn);
      return identifyOrStart(ticket, conv, turn, null);
    }
    conv.smalltalk += 1;
    turn.say('kb.not_helped');
  }

  /** Closes a case whose question the help centre answered (no runbook ran). */
  async function closeAnswered(ticket: Ticket, conv: ConversationState, turn: Turn, answer: HelpAnswerState) {
    const summary = {
      customer: t(conv.language, 'kb.summary', { title: answer.title, url: answer.url }),
      staff: `Question answered from the help centre article "${answer.title}" (${answer.slug}, ${answer.language}); the customer confirmed it helped. No diagnostics or changes.`,
    };
    await deps.tickets.append(
      ticket.id,
      [
        {
          type: 'resolution',
          actor: { kind: 'bot', id: null },
          outcome: 'resolved',
          queue: null,
          disposition: 'resolved.help_centre',
          summary,
        },
      ],
      { disposition: 'resolved.help_centre', status: 'resolved' },
    );
    turn.say('kb.resolved', { reference: ticket.reference });
    conv.outcomes.push('resolved');
    conv.phase = 'closed';
    turn.ask('csat.score');
    turn.final();
    log.info(
      { ticketId: ticket.id, outcome: 'resolved', disposition: 'resolved.help_centre' },
      'case finished',
    );
  }

  /** "Read more about what happened" with the article that explains the case's cause, if there is one. */
  async function linkCauseArticle(conv: ConversationState, turn: Turn, cause: string | null) {
    if (!deps.knowledge || !cause) return;
    const article = await deps.knowledge.articleForCause(cause, conv.language).catch((err: unknown) => {
      log.warn(
        { cause, err: err instanceof Error ? err.message : String(err) },
        'help-centre look-up failed',
      );
      return null;
    });
    if (article) turn.say('kb.read_more', { title: article.title, url: article.url });
  }

  async function process(ticket: Ticket, conv: ConversationState, text: string, turn: Turn) {
    const tri = triage.triage(text, { profileLanguage: languageHint(conv) });
    identify.notePin(ticket.id, conv, text);
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
    // A help-centre answer is asked about once: whatever comes next, it is no longer pending.
    const helpAnswer = conv.helpAnswer ?? null;
    conv.helpAnswer = null;
    if (
      conv.phase !== 'closed' &&
      (tri.wantsHuman || triage.wantsHuman(text)) &&
      conv.intent !== 'human_agent'
    ) {
      if (conv.phase === 'opening') {
        followLanguage(conv, tri, text, true);
        turn.language = conv.language;
        conv.intent = teamBesidePerson(triage, text) ?? 'human_agent';
        conv.request = text.slice(0, 500);
        conv.facts.otherService ??= otherServiceOf(text);
        await recordTriage(ticket, conv, tri, conv.intent);
        acknowledgeMood(conv, turn);
        // The request is heard: said before the customer number is asked for (with a fault: checked first).
        const checkFirst = acknowledgePersonWithFault(triage, conv, turn, tri, text);
        if (!checkFirst && conv.verification !== 'verified' && !onlyOtherService(conv))
          turn.say(personHeardKey(conv.intent));
        return identifyOrStart(ticket, conv, turn, text);
      }
      if (conv.phase === 'runbook') return toHuman(ticket, conv, turn);
    }
    if (tri.mood === 'angry' && conv.mood !== 'angry' && conv.phase !== 'opening') {
      conv.mood = 'angry';
      conv.priority = higher(conv.priority, bump(conv.priority, 1));
      await deps.tickets.append(ticket.id, [], { priority: conv.priority });
      acknowledgeMood(conv, turn);
    }
    if (helpAnswer && conv.pendingAsk === 'resolution.confirm' && conv.phase === helpAnswer.resume) {
      return onHelpAnswerReply(ticket, conv, turn, text, tri, helpAnswer);
    }
    if (await cancelQuestions(ticket, conv, turn, text, tri)) return;
    if (withdrawOffer(conv, turn, text)) {
      if (conv.pendingAsk) turn.askAgain(conv.pendingAskSpec ?? { key: conv.pendingAsk });
      return;
    }
    if (await nonCustomer.onMessage(ticket, conv, turn, text)) return;
    if (await contactDetails.take(ticket, conv, turn, text)) {
      await answerOfferQuestion(deps.tickets, ticket, turn, text);
      return;
    }
    // "jag sa ju att jag inte är kund. det var mitt telefonnummer": sales, not a correction of the ask.
    if (conv.phase === 'identify_number' && identify.wouldBeCustomer(conv, text))
      return routeNonCustomer(ticket, conv, turn);
    if (await lateScore(ticket, conv, turn, text)) return;
    if (adviseIntruderBeforePin(conv, turn, text)) return;
    if (await securityWorry.notice(ticket, conv, turn, text)) return;
    if (await renameAlong.notice(ticket, conv, turn, text)) return;
    if (conv.phase.startsWith('identify_') && (await identify.outageAtPin(ticket, conv, turn, text))) return;
    if (
      conv.phase !== 'opening' &&
      conv.phase !== 'closed' &&
      (await repairAsk(ticket, conv, turn, text, tri))
    )
      return;
    switch (conv.phase) {
      case 'opening':
        return onOpening(ticket, conv, turn, text, tri);
      case 'clarify':
        return onClarify(ticket, conv, turn, text, tri);
      case 'identify_number':
        return identify.onCustomerNumber(ticket, conv, turn, text);
      case 'identify_pin':
        return identify.onPin(ticket, conv, turn, text);
      case 'runbook':
        await onRunbookAnswer(ticket, conv, turn, text, tri);
        // "after lunch. should I restart the box meanwhile?": the answer that handed the case over may ask about it too.
        if (conv.handoff) await afterOutcome.answerAboutCase(ticket, conv, turn, text, null);
        return;
      case 'closed':
        return onClosed(ticket, conv, turn, text, tri);
    }
  }

  /** Stores a customer message (timeline + transcript). Idempotent per clientMessageId. */
  async function acceptLocked(ticketId: string, text: string, meta: { clientMessageId?: string } = {}) {
    const conv = await loadConv(ticketId);
    if (meta.clientMessageId && conv.clientIds[meta.clientMessageId]) {
      return { messageId: conv.clientIds[meta.clientMessageId], duplicate: true };
    }
    const id = nextId(conv);
    const at = now().toISOString();
    // The answer to the PIN question is checked from the original text and never stored.
    const volunteered = triage.findVolunteeredPin?.(text);
    const kept =
      conv.phase === 'identify_pin'
        ? maskPinLike(text)
        : volunteered
          ? text.split(volunteered).join('••••')
          : text;
    await deps.tickets.append(ticketId, [
      {
        type: 'message_in',
        actor: { kind: 'customer', id: null },
        channel: conv.channel,
        text: kept,
        ...(meta.clientMessageId
          ? { meta: { clientMessageId: meta.clientMessageId, messageId: id } }
          : { meta: { messageId: id } }),
      },
    ]);
    const stored = await transcript(ticketId);
    stored.push({ id, role: 'customer', text: kept, askKey: null, options: [], final: false, at });
    await deps.tickets.setState(ticketId, TRANSCRIPT_KEY, stored);
    if (meta.clientMessageId) conv.clientIds[meta.clientMessageId] = id;
    await saveConv(ticketId, conv);
    await pendingMarks?.add(ticketId, id, at);
    return { messageId: id, duplicate: false };
  }

  async function handleLocked(ticketId: string, text: string, messageId: string): Promise<AgentReply[]> {
    const started = Date.now();
    const ticket = await deps.tickets.get(ticketId);
    if (!ticket) throw new Error(`unknown ticket ${ticketId}`);
    const conv = await loadConv(ticketId);
    await waiting.clear(ticketId);
    if (conv.takenOverBy) return [];
    if (ticket.status === 'pending_customer') await deps.tickets.append(ticketId, [], { status: 'open' });
    else if (ticket.status === 'new') await deps.tickets.append(ticketId, [], { status: 'open' });
    const turn = new Turn(conv.language, cfg.words);
    // The case being worked on: this ticket, or a linked one opened for a later request in the same conversation.
    const work = (conv.workTicketId ? await deps.tickets.get(conv.workTicketId) : null) ?? ticket;
    inTurn.set(work.id, { conversationId: ticketId, conv, turn });
    try {
      const said = text.slice(0, 4000);
      await withAnswerRest(answerRest, work, conv, turn, said, () => process(work, conv, said, turn));
    } catch (err) {
      log.error({ ticketId, err: err instanceof Error ? err.message : String(err) }, 'turn failed');
      const fresh = (await deps.tickets.get(work.id)) ?? work;
      if (conv.phase !== 'closed') {
        await finalize(fresh, conv, turn, {
          outcome: 'escalated',
          queue: 'agents',
          disposition: 'escalated.agents',
          reason: 'the automated agent hit an internal error',
        }).catch(() => undefined);
      }
    }
    inTurn.delete(work.id);
    const fresh = (await deps.tickets.get(ticketId)) ?? ticket;
    const replies = await storeOut(fresh, conv, turn, 'agent', started, messageId);
    await saveConv(ticketId, conv);
    await pendingMarks?.done(ticketId, messageId);
    return replies;
  }

  /** A customer message stored and answered under the ticket's lock (a retried one gets the replies it had). */
  async function receiveLocked(ticketId: string, text: string, clientMessageId: string | undefined) {
    const accepted = await acceptLocked(ticketId, text, { clientMessageId });
    if (!accepted.duplicate)
      return { ...accepted, replies: await handleLocked(ticketId, text, accepted.messageId) };
    const sent = (await transcript(ticketId)).filter((m) => m.inReplyTo === accepted.messageId).map(toReply);
    // A retry of a message whose turn was cut off (crash): answer it now.
    if (sent.length === 0 && recovery)
      return { ...accepted, replies: await recovery.recoverLocked(ticketId, accepted.messageId) };
    return { ...accepted, replies: sent };
  }

  const recovery = deps.pendingTurns
    ? createTurnRecovery(
        deps.pendingTurns,
        {
          withLock,
          async storedMessage(ticketId, messageId) {
            const m = (await transcript(ticketId)).find((x) => x.id === messageId && x.role === 'customer');
            return m ? { text: m.text, masked: m.text.includes('••••') } : null;
          },
          answer: handleLocked,
          async askAgain(ticketId, messageId) {
            const ticket = await deps.tickets.get(ticketId);
            if (!ticket) return [];
            const conv = await loadConv(ticketId);
            const turn = new Turn(conv.language, cfg.words);
            turn.say('recovery.resend');
            // The same question, word for word, as it was put before the crash.
            if (conv.pendingAskSpec) turn.askAgain(conv.pendingAskSpec);
            else if (conv.pendingAsk) turn.ask(conv.pendingAsk);
            const replies = await storeOut(ticket, conv, turn, 'agent', Date.now(), messageId);
            await saveConv(ticketId, conv);
            return replies;
          },
          deliver(ticketId, replies) {
            for (const reply of replies) emit({ ticketId, role: 'agent', reply });
          },
        },
        log,
        now,
      )
    : null;

  return {
    async startConversation(
      input: StartInput,
    ): Promise<{ ticketId: string; reference: string; replies: AgentReply[] }> {
      let customer: Customer | null = null;
      let verified = false;
      if (input.portalCustomerNumber) {
        customer = await deps.directory.byNumber(input.portalCustomerNumber);
        verified = customer !== null;
      } else if (input.customerHint?.email) {
        customer = await deps.directory.byEmail(input.customerHint.email);
      } else if (input.customerHint?.phone) {
        customer = await deps.directory.byPhone(input.customerHint.phone);
      }
      const language: Language = input.language ?? customer?.language ?? 'sv';
      const conv: ConversationState = {
        v: 1,
        channel: input.channel,
        language,
        // A profile language is a default; only a language the page or client chose is fixed.
        languageFixed: input.language !== undefined,
        phase: 'opening',
        customerId: null,
        serviceId: null,
        deviceId: null,
        verification: verified ? 'verified' : 'none',
        numberTries: 0,
        pinFailures: 0,
        intent: null,
        clarifyOptions: [],
        secondaryIntents: [],
        facts: {},
        mood: 'neutral',
        priority: customer?.segment === 'business' ? 'P2' : 'P3',
        acknowledgedMood: false,
        pendingAsk: null,
        takenOverBy: null,
        seq: 0,
        lastBotAt: now().toISOString(),
        reminded: false,
        timedOut: false,
        clientIds: {},
        outcomes: [],
        smalltalk: 0,
      };
      if (customer) await attachCustomer(conv, customer);
      const ticket = await deps.tickets.create({
        customerId: conv.customerId,
        serviceId: conv.serviceId,
        channel: input.channel,
        language,
        priority: conv.priority,
        subject: input.subject ?? null,
      });
      if (verified && customer) {
        await deps.audit.append({
          action: 'identity.verified',
          actor: { kind: 'customer', id: customer.customerNumber },
          target: customer.customerNumber,
          reason: `signed-in portal session, ticket ${ticket.reference}`,
          method: 'portal_session',
        });
      }
      await deps.tickets.setState(ticket.id, TRANSCRIPT_KEY, []);
      const turn = new Turn(language, cfg.words);
      if (verified && customer) turn.say('greeting.portal', { name: firstName(customer.name) });
      else if (!conv.languageFixed && !customer) {
        // Nobody knows the customer's language yet: greet in both, the first message decides.
        const other: Language = language === 'sv' ? 'en' : 'sv';
        turn.text(`${t(language, 'greeting')}\n\n${t(other, 'greeting')}`);
      } else turn.say('greeting');
      const replies = await storeOut(ticket, conv, turn, 'agent', Date.now());
      await saveConv(ticket.id, conv);
      log.info({ ticketId: ticket.id, channel: input.channel, verified }, 'conversation started');
      return { ticketId: ticket.id, reference: ticket.reference, replies };
    },

    /** Stores the customer's message before the agent works on it (the chat channel acks on this). */
    acceptMessage(ticketId: string, text: string, meta: { clientMessageId?: string } = {}) {
      return withLock(ticketId, () => acceptLocked(ticketId, text, meta));
    },

    /**
     * Handles one customer message and returns the agent's replies. Pass `meta.messageId` when the
     * message was already stored with acceptMessage; otherwise it is stored here first.
     */
    handleMessage(ticketId: string, text: string, meta: Record<string, unknown> = {}): Promise<AgentReply[]> {
      return withLock(ticketId, async () => {
        const messageId = typeof meta.messageId === 'string' ? meta.messageId : null;
        if (messageId) return handleLocked(ticketId, text, messageId);
        const clientMessageId = typeof meta.clientMessageId === 'string' ? meta.clientMessageId : undefined;
        return (await receiveLocked(ticketId, text, clientMessageId)).replies;
      });
    },

    /**
     * Stores a customer message and answers it in one turn (one lease, one read, one write): what
     * acceptMessage and handleMessage do together, with the conversation as the turn left it.
     */
    receiveMessage(
      ticketId: string,
      text: string,
      meta: { clientMessageId?: string; admit?: (conv: ConversationState | null) => void } = {},
    ) {
      return withLock(ticketId, async () => {
        // The channel's own check of the caller, on the conversation as the turn read it (it throws to refuse).
        meta.admit?.(await deps.tickets.getState<ConversationState>(ticketId, CONVERSATION_KEY));
        const received = await receiveLocked(ticketId, text, meta.clientMessageId);
        const conversation = await deps.tickets.getState<ConversationState>(ticketId, CONVERSATION_KEY);
        return { ...received, conversation };
      });
    },

    /** Answers acknowledged messages that an interrupted turn left without a reply (0 when recovery is off). */
    recoverPending(opts: { olderThanMs: number; limit?: number } = { olderThanMs: 0 }): Promise<number> {
      return recovery ? recovery.sweep(opts) : Promise.resolve(0);
    },

    /** Replies already sent for a stored customer message (idempotent re-delivery). */
    async repliesTo(ticketId: string, messageId: string): Promise<AgentReply[]> {
      return (await transcript(ticketId)).filter((m) => m.inReplyTo === messageId).map(toReply);
    },

    /** The stored conversation (secrets masked), optionally after a message id. */
    async messages(ticketId: string, after?: string): Promise<TranscriptMessage[]> {
      const all = await transcript(ticketId);
      if (!after) return all;
      const n = Number(after);
      return all.filter((m) => Number(m.id) > n);
    },

    async conversation(ticketId: string): Promise<ConversationState | null> {
      return deps.tickets.getState<ConversationState>(ticketId, CONVERSATION_KEY);
    },

    /** Stores the hash of a channel token for the conversation (chat authentication). */
    bindChannelToken(ticketId: string, tokenHash: string) {
      return withLock(ticketId, async () => {
        const conv = await loadConv(ticketId);
        conv.tokenHash = tokenHash;
        await saveConv(ticketId, conv);
      });
    },

    async takeOver(ticketId: string, staffId: string) {
      await withLock(ticketId, async () => {
        const conv = await loadConv(ticketId);
        conv.takenOverBy = staffId;
        await recordTakeover(deps.tickets, ticketId, staffId);
        await saveConv(ticketId, conv);
        await waiting.clear(ticketId);
      });
      await push(ticketId, 'system', (turn) => turn.say('staff.joined'));
    },

    async handBack(ticketId: string) {
      await withLock(ticketId, async () => {
        const conv = await loadConv(ticketId);
        const staff = conv.takenOverBy;
        conv.takenOverBy = null;
        await recordHandBack(deps.tickets, ticketId, staff);
        await saveConv(ticketId, conv);
      });
      await push(ticketId, 'system', (turn) => turn.say('staff.left'));
    },

    async staffReply(ticketId: string, staffId: string, text: string) {
      const replies = await push(ticketId, 'staff', (turn) => turn.text(text));
      return replies[0] ?? null;
    },

    /** A person resolved the case: the customer gets the summary and, now, the satisfaction question. */
    async staffResolved(ticketId: string, summary: string) {
      const ticket = await deps.tickets.get(ticketId);
      if (!ticket || !(await deps.tickets.getState<ConversationState>(ticketId, CONVERSATION_KEY))) return [];
      return push(ticketId, 'agent', (turn, conv) => {
        conv.phase = 'closed';
        conv.handoff = null;
        // The person is done: the automated agent takes the score and ends the conversation.
        conv.takenOverBy = null;
        turn.say('staff.resolved', { reference: ticket.reference });
        turn.say('summary.customer', { summary });
        turn.ask('csat.score');
        turn.final();
      });
    },

    /** Connects the demo ISP's simulated homes (it starts after the agent). */
    useDemoHome(home: DemoHome | null) {
      demoHome = home;
    },

    onReply(listener: (p: PushedReply) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /** Tells every customer linked to the incident that it is fixed, and closes their cases. */
    async notifyIncidentResolved(incidentId: string): Promise<number> {
      const incident = await deps.incidents.get(incidentId);
      let cursor: string | undefined;
      let count = 0;
      do {
        const page = await deps.tickets.list({ incidentId, cursor, limit: 200 });
        for (const ticket of page.items) {
          if (ticket.status === 'resolved' || ticket.status === 'closed') continue;
          const conv = await deps.tickets.getState<ConversationState>(ticket.id, CONVERSATION_KEY);
          if (!conv) continue;
          await push(ticket.id, 'agent', (turn) =>
            turn.say('outage.resolved', {
              title: incident ? incidentWords(incident, conv.language) : '',
              reference: ticket.reference,
            }),
          );
          await deps.tickets.append(
            ticket.id,
            [
              {
                type: 'note',
                actor: { kind: 'system', id: null },
                text: `incident ${incident?.reference ?? incidentId} resolved; customer notified`,
                internal: true,
              },
            ],
            { status: 'resolved' },
          );
          count++;
        }
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return count;
    },

    /** The scheduler: reminders after silence, then a pause (pending_customer). Call with the current time. */
    async tick(at: Date = now()) {
      const due = await waiting.due(at.getTime() - cfg.reminderAfterMs, 500);
      for (const { ticketId } of due) {
        const conv = await deps.tickets.getState<ConversationState>(ticketId, CONVERSATION_KEY);
        if (!conv || conv.takenOverBy || conv.phase === 'closed') {
          await waiting.clear(ticketId);
          continue;
        }
        const since = Date.parse(conv.lastBotAt);
        const silentMs = at.getTime() - since;
        if (silentMs >= cfg.timeoutAfterMs && !conv.timedOut) {
          const ticket = await deps.tickets.get(ticketId);
          await push(ticketId, 'agent', (turn) =>
            turn.say('timeout', { reference: ticket?.reference ?? '' }),
          );
          const fresh = await loadConv(ticketId);
          fresh.timedOut = true;
          fresh.reminded = true;
          await saveConv(ticketId, fresh);
          await deps.tickets.append(ticketId, [], { status: 'pending_customer' });
          await waiting.clear(ticketId);
        } else if (!conv.reminded && silentMs >= cfg.reminderAfterMs) {
          await push(ticketId, 'agent', (turn) => turn.say('reminder'));
          const fresh = await loadConv(ticketId);
          fresh.reminded = true;
          fresh.lastBotAt = conv.lastBotAt; // the timeout counts from the question, not the reminder
          await saveConv(ticketId, fresh);
          await waiting.wait(ticketId, since);
        }
      }
    },

    /** Exposed for the console and tests. */
    engine,
  };
}

export type Agent = ReturnType<typeof createAgent>;

function toReply(m: TranscriptMessage): AgentReply {
  return {
    id: m.id,
    text: m.text,
    askKey: m.askKey,
    options: m.options,
    final: m.final,
    meta: m.meta ?? { turnMs: 0, deviceWaitMs: 0 },
  };
}

function capitalise(s: string) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function bump(p: Priority, steps: number): Priority {
  const i = PRIORITIES.indexOf(p);
  return PRIORITIES[Math.max(0, i - steps)];
}

function higher(a: Priority, b: Priority): Priority {
  return PRIORITIES.indexOf(a) <= PRIORITIES.indexOf(b) ? a : b;
}

/** Digit runs that may be a PIN, replaced by dots. */
export function maskPinLike(text: string): string {
  return text.replace(/\d(?:[\s-]?\d){3,7}/g, '••••');
}

function safeEntities(entities: object): Record<string, unknown> {
  // PIN-like values never go onto the timeline.
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(entities ?? {})) if (!/pin|password|secret/i.test(k)) out[k] = v;
  return out;
}

/** The closing words of a resolved case: the runbook's own (a request carried out), or none for a fix nobody could test yet. */
function closingKey(finish: Finish, tried: Parameters<typeof onlyRequestsDone>[0]): string {
  if (finish.closing && hasMessage(finish.closing)) return finish.closing;
  if (finish.disposition === 'resolved.unconfirmed') return 'resolved.unconfirmed';
  return onlyRequestsDone(tried) ? 'closing.request_done' : 'resolved';
}
