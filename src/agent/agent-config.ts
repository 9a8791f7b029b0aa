// The agent's public types and defaults: what createAgent (agent.ts) is given and what it pushes.
// Kept apart from agent.ts so that the desk kernel and the phase modules can use them without
// importing the module that wires them.
import type { Logger } from 'pino';
import { DEFAULT_CUSTOMER_WORDS, type Channel, type CustomerWords, type Language } from '../domain/index.js';
import type { EngineConfig } from '../runbooks/engine.js';
import type {
  ActionsApi,
  DiagnosticsApi,
  KnowledgePort,
  OpenAnswerPort,
  TriageApi,
  VerificationAttemptsLike,
} from '../runbooks/ports.js';
import type { DeskPorts } from '../tickets/desk-ports.js';
import type { TurnStorage } from '../tickets/turn-storage.js';
import type { AgentReply } from '../channels/conversation-port.js';
import type { Role } from './conversation-state.js';
import type { OutageWatch, OutageWatchConfig } from './outage-watch.js';
import type { PendingTurns } from './recovery.js';
import type { DemoHome } from './runbook-answers.js';
import type { SilenceWatch } from './silence.js';

export type { AgentReply };

export interface PushedReply {
  /** The conversation's ticket (the chat socket's, the mail thread's). */
  ticketId: string;
  role: Role;
  reply: AgentReply;
  /** The linked ticket a person worked, when it is not the conversation's own (src/tickets/conversation-home.ts). */
  caseId?: string;
}

export interface AgentConfig {
  /** Below this triage confidence the agent asks which of the top two intents is meant (default: triage's CLARIFY_THRESHOLD). */
  clarifyThreshold?: number;
  /** Silence: a reminder after this long, then the case is paused (pending_customer). */
  reminderAfterMs: number;
  timeoutAfterMs: number;
  maxPinAttempts: number;
  engine: Partial<EngineConfig>;
  outageWatch: OutageWatchConfig;
  /** The operator's portal name and time zone in what customers read (neutral portal words by default). */
  words: CustomerWords;
}

export const DEFAULT_AGENT_CONFIG: AgentConfig = {
  reminderAfterMs: 5 * 60_000,
  timeoutAfterMs: 15 * 60_000,
  maxPinAttempts: 3,
  engine: {},
  outageWatch: { lines: 3, windowMs: 30 * 60_000 },
  // A desk takes its operator's (capabilities.ts).
  words: DEFAULT_CUSTOMER_WORDS,
};

export interface AgentDeps extends DeskPorts {
  attempts: VerificationAttemptsLike;
  log: Logger;
  now?: () => Date;
  config?: Partial<AgentConfig>;
  /** Defaults to src/diagnostics. */
  diagnostics?: DiagnosticsApi;
  /** Defaults to src/actions. */
  actions?: ActionsApi;
  /** Defaults to src/triage. */
  triage?: TriageApi;
  /**
   * The help centre (src/kb). Optional: without it the agent never answers from articles and closes
   * cases without an article link.
   */
  knowledge?: KnowledgePort;
  /**
   * Optional open answers (src/llm: a language model behind an OpenAI-compatible endpoint) for a question none
   * of the desk's texts answers; screened (domain/open-answer-screen.ts). Without it the desk says it cannot
   * answer that from here.
   */
  openAnswers?: OpenAnswerPort;
  sleep?: (ms: number) => Promise<void>;
  /** The demo ISP's simulated homes (DEMO mode only). */
  demoHome?: DemoHome;
  /** Serialises turns on one ticket across desk instances (a database lease); in-process only without it. */
  turnLock?: { run<T>(name: string, fn: () => Promise<T>): Promise<T> };
  /**
   * Runs each turn as one unit of work: the ticket's lease and state in one read, its writes in one
   * transaction (replaces turnLock). Without it every read and write goes to the stores at once.
   */
  turns?: TurnStorage;
  /** Records acknowledged messages until they are answered, so a crash mid-turn is recovered. */
  pendingTurns?: PendingTurns;
  /** Conversations waiting for the customer (silence reminders); in memory without it. */
  silence?: SilenceWatch;
  /** Records failing lines for outage detection; checked at once in this process without it. */
  outageWatch?: OutageWatch;
}

export interface StartInput {
  channel: Channel;
  language?: Language;
  portalCustomerNumber?: string;
  customerHint?: { email?: string; phone?: string };
  subject?: string;
  /** The hash of the channel's conversation token (chat), stored with the conversation as it starts. */
  channelTokenHash?: string;
}

/** Pino paths that must never reach the log (texts can hold PINs, keys and passwords). */
export const AGENT_REDACT_PATHS = [
  'text',
  'pin',
  'secret',
  'secrets',
  'password',
  'key',
  'reply.text',
  '*.text',
  '*.pin',
  '*.secret',
];
