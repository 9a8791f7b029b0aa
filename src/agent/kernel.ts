// The desk kernel: what every phase of a conversation needs — the ports and config, the per-ticket
// turn lock, the conversation state's load and save, storing and pushing replies, and the
// customer's context. createAgent (agent.ts) builds it once and hands it to the phase modules
// (opening.ts, finalize.ts, closed-case.ts, turn-dispatch.ts, …), which are functions taking it.
import type { AnswerRestDeps } from './answer-rest.js';
import type { Logger } from 'pino';
import type { Intent, Language, Ticket, TimelineEvent } from '../domain/index.js';
import { createRunbookEngine, type EngineOutput, type RunbookEngine } from '../runbooks/engine.js';
import type { ActionsApi, TriageApi } from '../runbooks/ports.js';
import { createTurnRunner, turnScoped } from '../tickets/unit-of-work.js';
import {
  CONVERSATION_KEY,
  TRANSCRIPT_KEY,
  type ConversationState,
  type Role,
  type TranscriptMessage,
} from './conversation-state.js';
import { defaultActions, defaultDiagnostics, defaultTriage } from './defaults.js';
import { brandParams, t } from './messages/index.js';
import { createOutageWatch, type OutageWatch } from './outage-watch.js';
import { createInMemorySilenceWatch, type SilenceWatch } from './silence.js';
import { scoreTicket } from './csat-once.js';
import { createCustomerContext, engineCtx, renderEngine } from './customer-context.js';
import { maskSecrets, Turn } from './turn.js';
import { pinMasking } from './pin-mask.js';
import {
  AGENT_REDACT_PATHS,
  DEFAULT_AGENT_CONFIG,
  type AgentConfig,
  type AgentDeps,
  type AgentReply,
  type PushedReply,
} from './agent-config.js';
import type { DemoHome } from './runbook-answers.js';
import type { createIdentify } from './identify.js';
import type { createPublicOutage } from './public-outage.js';
import type { createRunbookAnswers } from './runbook-answers.js';
import type { createAfterOutcome } from './after-outcome.js';
import type { createSecurityWorry } from './security-worry.js';
import type { createRenameAlong } from './rename-along.js';
import type { createContactDetails } from './contact-details.js';
import type { createNonCustomerFollowUp } from './non-customer-follow-up.js';

/** The helpers built around the kernel that call back into the phases (desk-parts.ts builds them). */
export interface DeskParts {
  publicOutage: ReturnType<typeof createPublicOutage>;
  identify: ReturnType<typeof createIdentify>;
  runbookAnswers: ReturnType<typeof createRunbookAnswers>;
  afterOutcome: ReturnType<typeof createAfterOutcome>;
  securityWorry: ReturnType<typeof createSecurityWorry>;
  renameAlong: ReturnType<typeof createRenameAlong>;
  contactDetails: ReturnType<typeof createContactDetails>;
  nonCustomer: ReturnType<typeof createNonCustomerFollowUp>;
  /** What a reply says beside its answer ("yes its back :) can u rename it…"), taken up after it. */
  answerRest: AnswerRestDeps;
}

export type KernelCore = ReturnType<typeof createKernel>;

/** What every phase module takes: the kernel and the helpers around it. */
export interface AgentKernel extends KernelCore {
  parts: DeskParts;
}

/** A turn in progress: the conversation it belongs to (for interim messages during long waits). */
interface ActiveTurn {
  conversationId: string;
  conv: ConversationState;
  turn: Turn;
  /** When the customer's message reached the desk (`Date.now()`): the interim is due from then. */
  arrivedAt?: number;
}

export function createKernel(given: AgentDeps) {
  const cfg: AgentConfig = { ...DEFAULT_AGENT_CONFIG, ...given.config };
  const now = given.now ?? (() => new Date());
  const log: Logger = given.log.child({ mod: 'agent' }, { redact: AGENT_REDACT_PATHS });
  const turns = given.turns
    ? createTurnRunner({ storage: given.turns, store: given.tickets, now, log })
    : null;
  // Inside a turn every part of the agent reads and writes the turn's unit of work.
  // A PIN in the message being answered is masked in everything the desk writes (pin-mask.ts).
  const deps: AgentDeps = {
    ...given,
    tickets: pinMasking(turns ? turnScoped(given.tickets) : given.tickets),
  };
  const actions: ActionsApi = deps.actions ?? defaultActions;
  const triage: TriageApi = deps.triage ?? defaultTriage;
  const clarifyThreshold = cfg.clarifyThreshold ?? triage.clarifyThreshold;
  const engine: RunbookEngine = createRunbookEngine({
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
    arrivedAt: (ticketId) => inTurn.get(ticketId)?.arrivedAt,
  });
  /** Turns in progress: the worked ticket → the conversation (for interim messages during long waits). */
  const inTurn = new Map<string, ActiveTurn>();
  const outageWatch: OutageWatch =
    deps.outageWatch ??
    createOutageWatch({
      tickets: deps.tickets,
      incidents: deps.incidents,
      now,
      config: cfg.outageWatch,
      log,
    });
  /** The simulated demo home: a customer's "done" to a physical step performs it there. */
  const demoHome: DemoHome | null = deps.demoHome ?? null;
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

  /**
   * Work on a ticket just created, whose id nobody has yet (a conversation's start): one unit of
   * work without a lease, its writes in one batch at the end; as it runs without turns.
   */
  function onNewTicket<T>(fn: () => Promise<T>): Promise<T> {
    return turns ? turns.fresh(fn) : fn();
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
    /** The case the replies belong to when it is not the one the conversation works on (a person's linked case). */
    caseId?: string,
  ): Promise<AgentReply[]> {
    if (turn.unfilled.length)
      log.warn({ keys: turn.unfilled, ticket: ticket.reference }, 'texts left unsaid: a value was missing');
    const drafts = turn.drafts();
    if (drafts.length === 0) return [];
    const at = now().toISOString();
    const meta = { turnMs: Date.now() - startedAt, deviceWaitMs: turn.deviceWaitMs };
    const replies: AgentReply[] = drafts.map((d) => ({ id: nextId(conv), ...d, meta }));
    const event = (text: string, r: Pick<AgentReply, 'askKey' | 'options'>): TimelineEvent => ({
      type: 'message_out',
      actor: { kind: role === 'staff' ? 'staff' : 'bot', id: null },
      channel: conv.channel,
      text: maskSecrets(text, turn.secrets),
      askKey: r.askKey,
      options: r.options,
    });
    // The replies go on the case the conversation works on now (a linked case opened in it: follow-up.ts);
    // what the turn said before it moved on to that case (the first one's closing) stays on the first.
    const work = caseId ?? conv.workTicketId ?? ticket.id;
    const split = turn.byCase();
    const earlier: TimelineEvent[] = [];
    const events: TimelineEvent[] = [];
    replies.forEach((r, i) => {
      const part = split?.parts[i];
      if (!split || !part) return void events.push(event(r.text, r));
      if (part.before) earlier.push(event(part.before, part.after ? { askKey: null, options: [] } : r));
      if (part.after) events.push(event(part.after, r));
    });
    if (split && earlier.length) await deps.tickets.append(split.ticketId, earlier);
    if (events.length) await deps.tickets.append(work, events);
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
      conv.csatTicketId = scoreTicket(conv, caseId ?? conv.workTicketId ?? ticket.id);
    }
    if (conv.pendingAsk !== conv.repair?.askKey) conv.repair = null;
    if (conv.phase === 'closed') await waiting.clear(ticket.id);
    else await waiting.wait(ticket.id, Date.parse(at));
    return replies;
  }

  /** `caseId`: a linked case of this conversation that a person worked (src/tickets/conversation-home.ts). */
  async function push(
    ticketId: string,
    role: Role,
    build: (turn: Turn, conv: ConversationState) => void,
    caseId?: string,
  ) {
    const replies = await withLock(ticketId, async () => {
      const ticket = await deps.tickets.get(ticketId);
      if (!ticket) return [];
      const conv = await loadConv(ticketId);
      const turn = new Turn(conv.language, cfg.words, conv.channel).forCase(ticket.reference);
      build(turn, conv);
      const keepAsk = conv.pendingAsk;
      const keepSpec = conv.pendingAskSpec;
      const keepRepair = conv.repair;
      const replies = await storeOut(ticket, conv, turn, role, Date.now(), undefined, caseId);
      if (!turn.pendingAsk) {
        conv.pendingAsk = keepAsk;
        conv.pendingAskSpec = keepSpec;
        conv.repair = keepRepair;
      }
      await saveConv(ticketId, conv);
      return replies;
    });
    // Pushed once stored: a listener on another instance may read them back.
    for (const reply of replies) emit({ ticketId, role, reply, ...(caseId ? { caseId } : {}) });
    return replies;
  }

  /** Sends what the engine has said so far as its own message, keeping the pending question as it is. */
  async function sendInterim(workTicketId: string, out: EngineOutput) {
    const active = inTurn.get(workTicketId);
    if (!active || out.says.length === 0) return;
    // A call hears one answer per turn and nothing can be pushed into it: what was said stays in that answer.
    // An e-mail is answered by one mail a few seconds later: a "testing now" mail of its own helps nobody.
    if (active.conv.channel === 'voice' || active.conv.channel === 'email') {
      for (const say of out.says) active.turn.sayEngine(say);
      active.turn.secrets.push(...out.secrets);
      return;
    }
    const ticket = await deps.tickets.get(active.conversationId);
    if (!ticket) return;
    const { conv } = active;
    const turn = new Turn(conv.language, cfg.words, conv.channel);
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

  const { customerContext, attachCustomer } = createCustomerContext(deps.directory);

  const label = (lang: Language, intent: Intent) => t(lang, `intent.${intent}`, brandParams(cfg.words, lang));

  async function note(ticketId: string, text: string) {
    await deps.tickets.append(ticketId, [
      { type: 'note', actor: { kind: 'bot', id: null }, text, internal: true },
    ]);
  }

  return {
    deps,
    cfg,
    now,
    log,
    actions,
    triage,
    clarifyThreshold,
    engine,
    outageWatch,
    inTurn,
    listeners,
    waiting,
    pendingMarks,
    demoHome,
    withLock,
    onNewTicket,
    loadConv,
    saveConv,
    transcript,
    nextId,
    storeOut,
    push,
    emit,
    customerContext,
    attachCustomer,
    engineCtx,
    renderEngine,
    label,
    note,
  };
}

export function capitalise(s: string) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
