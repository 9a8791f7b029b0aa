// What the runbook engine works with and keeps: the context of a turn, its config and ports,
// what it says (EngineOutput) and the state it keeps per ticket (EngineState).
import type { DeviceService } from '../acs/device-service.js';
import type {
  ActionName,
  AskKey,
  ConsentKey,
  Customer,
  CustomerWords,
  Finding,
  Intent,
  Language,
  Queue,
  Service,
  StepKey,
  WorkLog,
} from '../domain/index.js';
import type { IspPorts } from '../isp/ports.js';
import type { AuditLog, CustomerDirectory, IncidentStore, TicketStore } from '../tickets/ports.js';
import type { ActionsApi, DiagnosticsApi } from './ports.js';
import type { RecordedUndo } from './rename-undo.js';
import type { Facts, FactName, Finish } from './types.js';

export interface EngineContext {
  ticketId: string;
  customer: Customer | null;
  service: Service | null;
  deviceId: string | null;
  verified: boolean;
  language: Language;
}

export interface EngineConfig {
  /** How often a fix that restarts the router is re-checked while the router comes back. */
  verifyAttempts: number;
  verifyDelayMs: number;
  /** After a step that restarts the router, keep re-checking while it is unreachable for up to this long (a boot takes a minute or two). */
  restartWaitMs?: number;
  probeDeadlineMs?: number;
  actionTimeoutMs?: number;
  /** How long "I'm testing your line" tells the customer the checks take. */
  testingSeconds?: number;
  /**
   * A turn whose waits on a router or the ISP take it past this long after the customer's message
   * arrived sends what was said so far at once ("I'm testing your line…", "I'm restarting your
   * router…"), so the customer is not left in silence until the whole turn is done.
   */
  interimAfterMs?: number;
}

export const DEFAULT_ENGINE_CONFIG: EngineConfig = {
  verifyAttempts: 5,
  verifyDelayMs: 2000,
  restartWaitMs: 180_000,
  testingSeconds: 20,
  interimAfterMs: 500,
};

export interface EngineDeps {
  tickets: TicketStore;
  diagnostics: DiagnosticsApi;
  actions: Pick<ActionsApi, 'executeAction'>;
  devices: DeviceService;
  isp: IspPorts;
  incidents: IncidentStore;
  directory: CustomerDirectory;
  audit: AuditLog;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  config?: Partial<EngineConfig>;
  /** Where diagnostics and actions note what they went on without. */
  log?: WorkLog;
  /** The operator's portal name and time zone in the findings' explanations. */
  words?: CustomerWords;
  /**
   * Before a long wait for a restarting router, what was said so far is sent at once (the customer
   * hears what is happening instead of minutes of silence); the engine then starts a fresh `says`.
   */
  flush?: (ticketId: string, out: EngineOutput) => Promise<void>;
  /**
   * When the customer's message this turn answers reached the desk (`Date.now()`): the interim is due
   * `interimAfterMs` after it, however long the turn took before its first wait and however its waits
   * are split. Unknown: each wait counts from its own start.
   */
  arrivedAt?: (ticketId: string) => number | undefined;
}

/** One thing to say: a catalogue key with parameters, or a bilingual text (finding explanations). */
export type Say =
  { key: string; params?: Record<string, string | number> } | { text: { sv: string; en: string } };

export interface EngineAsk {
  key: AskKey;
  /** Catalogue key of the question text (defaults to `ask.<key>`). */
  message?: string;
  params?: Record<string, string | number>;
}

export interface EngineOutput {
  says: Say[];
  ask: EngineAsk | null;
  finish: Finish | null;
  /** Secret values revealed in `says` (masked wherever the text is stored). */
  secrets: string[];
  deviceWaitMs: number;
}

export interface CauseRef {
  cause: string;
  score: number;
  codes: string[];
  suggestedAction?: ActionName;
  suggestedStep?: StepKey;
  escalateTo?: Queue;
}

export type Pending =
  | { kind: 'consent'; key: ConsentKey; action: ActionName; asked: number }
  /** `again`: asked a second time, after the customer said what they fixed and the fault was still there. */
  | { kind: 'step'; key: StepKey; again?: true; visit?: { queue: Queue; cause: string } }
  /** A port forward also counts every question put (`total`) and remembers the device looked up in the router. */
  | { kind: 'fact'; key: AskKey; fact: FactName; asked: number; total?: number; looked?: string }
  | { kind: 'confirm' }
  | { kind: 'availability'; queue: Queue }
  /** `thenConfirm`: offered right after a request was carried out; "does it work now?" follows it. */
  | { kind: 'secondary'; key: ConsentKey; action: ActionName; cause: string; thenConfirm?: true }
  /** The customer cannot reconnect now: shall the change be put back (rename-undo.ts)? */
  | { kind: 'undo'; cause: string; asked: number };

export interface EngineState {
  v: 1;
  intent: Intent;
  facts: Facts;
  causes: CauseRef[];
  secondary: CauseRef[];
  handled: string[];
  /** Causes another open case of the conversation has (in `handled` from the start): never this case's story. */
  heldElsewhere?: string[];
  current: { cause: string; step: number } | null;
  pending: Pending | null;
  /** Latest finding per code. */
  findings: Finding[];
  tried: { step: string; result: string }[];
  consents: ConsentKey[];
  lastFix: 'action' | 'step' | 'advice' | null;
  secondaryOffered: boolean;
  incidentId: string | null;
  finished: Finish | null;
  /** The customer named more than one problem: keep going after a confirmed fix. */
  more?: boolean;
  /** Advice that closes the case once the pending question (where the device is) is answered. */
  adviceAfter?: string;
  /** What the last change replaced, to put back if the customer cannot reconnect now. */
  undo?: RecordedUndo;
}

export function emptyOutput(): EngineOutput {
  return { says: [], ask: null, finish: null, secrets: [], deviceWaitMs: 0 };
}
