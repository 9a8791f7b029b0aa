// What the runbook engine and the agent need from diagnostics, actions and triage. The shapes follow
// the planned public APIs of src/diagnostics, src/actions and src/triage (structurally identical), so
// the real modules plug in directly and tests can pass small fakes.
import type { DeviceService } from '../acs/device-service.js';
import type {
  ActionName,
  AskKey,
  ConsentKey,
  Customer,
  Finding,
  Intent,
  Language,
  Mood,
  Priority,
  Queue,
  Segment,
  Service,
  StepKey,
} from '../domain/index.js';
import type { IspPorts } from '../isp/ports.js';
import type { ReplyAct } from '../triage/reply.js';
import type { AuditLog, CustomerDirectory, IncidentStore } from '../tickets/ports.js';

export type ProbeId =
  | 'account'
  | 'incident'
  | 'aaa'
  | 'line'
  | 'cpe'
  | 'wan'
  | 'dns'
  | 'ping'
  | 'speed'
  | 'wifi'
  | 'firmware'
  | 'security'
  | 'portal';

export interface DiagnosticContext {
  customer: Customer | null;
  service: Service | null;
  deviceId: string | null;
  devices: DeviceService;
  isp: IspPorts;
  incidents: IncidentStore;
  now?: () => Date;
  deadlineMs?: number;
  /** Router parameters older than this are read again (0: always live). */
  paramMaxAgeMs?: number;
}

export interface ProbeRun {
  probe: ProbeId;
  findings: Finding[];
  unavailable?: string;
  durationMs: number;
}

export interface RootCause {
  cause: string;
  score: number;
  findings: Finding[];
  tier1Fixable: boolean;
  suggestedAction?: ActionName;
  suggestedStep?: StepKey;
  escalateTo?: Queue;
}

export interface DiagnosticsApi {
  runProbes(ctx: DiagnosticContext, probes: ProbeId[]): Promise<ProbeRun[]>;
  diagnose(runs: ProbeRun[]): RootCause[];
}

export interface ActionContext {
  ticketId: string | null;
  actor: { kind: 'bot' | 'staff'; id: string | null };
  customer: Customer | null;
  service: Service | null;
  deviceId: string | null;
  verified: boolean;
  consents: ReadonlySet<ConsentKey>;
  lastResort?: boolean;
  devices: DeviceService;
  isp: IspPorts;
  directory: CustomerDirectory;
  audit: AuditLog;
  timeoutMs?: number;
}

export type ActionError =
  | 'not_verified'
  | 'no_consent'
  | 'not_last_resort'
  | 'no_device'
  | 'device_offline'
  | 'timeout'
  | 'fault'
  | 'invalid_args'
  | 'failed';

export type ActionResult =
  | { ok: true; action: ActionName; details: Record<string, unknown>; secrets?: Record<string, string> }
  | { ok: false; action: ActionName; error: ActionError; message: string; faultCode?: number };

/** Persisted PIN-attempt counters (implemented in src/actions; storage may back it). */
export interface VerificationAttemptsLike {
  get(customerNumber: string): unknown;
  record(customerNumber: string, ok: boolean): unknown;
}

export type VerifyResult =
  | { ok: true; customer: Customer }
  | { ok: false; reason: 'unknown_customer' | 'wrong_pin' | 'locked'; customer?: Customer | null };

export interface ActionsApi {
  executeAction(
    name: ActionName,
    ctx: ActionContext,
    args: Record<string, unknown>,
    reason: string,
    evidence: string[],
  ): Promise<ActionResult>;
  verifyIdentity(
    input: { customerNumber: string; pin: string },
    deps: { directory: CustomerDirectory; audit: AuditLog; attempts: VerificationAttemptsLike },
  ): Promise<VerifyResult>;
}

export type ParsedAnswer =
  | { kind: 'yes' }
  | { kind: 'no' }
  | { kind: 'unknown' }
  | { kind: 'done' }
  | { kind: 'cannot' }
  | { kind: 'customer_number'; value: string }
  | { kind: 'pin'; value: string }
  | {
      kind: 'lights';
      light: 'power' | 'internet' | 'wifi' | 'los' | null;
      colour: 'green' | 'red' | 'orange' | 'white' | 'blue' | 'off' | null;
      blinking: boolean | null;
      allOff: boolean;
    }
  | { kind: 'scope'; value: 'all' | 'some' | 'one' }
  | { kind: 'connection'; value: 'wifi' | 'cable' | 'both' }
  | { kind: 'availability'; text: string; slots: string[] }
  | {
      kind: 'port_forward';
      port: number | null;
      protocol: 'tcp' | 'udp' | 'both' | null;
      ip: string | null;
      device: string | null;
    }
  | { kind: 'location'; text: string; far: boolean | null }
  | { kind: 'csat'; score: number }
  | { kind: 'free'; text: string };

export interface TriageLike {
  language: Language;
  languageConfidence: number;
  intent: Intent;
  confidence: number;
  runnerUp: Intent | null;
  runnerUpConfidence: number;
  secondaryIntents: Intent[];
  entities: object;
  priority: Priority;
  priorityReasons: string[];
  mood: Mood;
  moodReasons: string[];
  wantsHuman: boolean;
}

export interface TriageApi {
  triage(text: string, ctx?: { profileLanguage?: Language; segment?: Segment }): TriageLike;
  parseAnswer(askKey: AskKey, text: string, lang?: Language): ParsedAnswer;
  wantsHuman(text: string): boolean;
  /** "no, I meant …" — optional in the triage module. */
  isCorrection?(text: string): boolean;
  /** What a message is relative to the pending ask (answer, question back, hedge, …); without it every reply is an answer. */
  classifyReply?(askKey: AskKey | null, text: string, lang?: Language, ctx?: { intent?: Intent }): ReplyAct;
  /** A PIN given unasked ("… och pinkod 5747"). */
  findVolunteeredPin?(text: string): string | null;
  /** "I'm not a customer", "jag är inte kund". */
  saysNotCustomer?(text: string): boolean;
  /** The new Wi-Fi name in "call it Villa Kulla" (`asked`: a bare answer to the name question is the name). */
  parseWifiName?(text: string, opts?: { asked?: boolean }): string | null;
  clarifyThreshold: number;
}

/** A help-centre article chosen as the answer to a customer's question. */
export interface HelpAnswer {
  article: { slug: string; language: Language; title: string; audience: string };
  /** Plain-text passage of the article that best matches the question. */
  excerpt: string;
  url: string;
  /** 0..1, how much of the question the article covers. */
  relevance: number;
}

/**
 * The knowledge base as the agent uses it (src/kb's KnowledgeBase fits structurally): the best
 * customer article for a "how do I…" question, and the article that explains a fault kind.
 */
export interface KnowledgePort {
  bestAnswer(question: string, opts: { lang: Language; intent?: Intent | null }): Promise<HelpAnswer | null>;
  articleForCause(cause: string, lang: Language): Promise<{ title: string; url: string } | null>;
}
