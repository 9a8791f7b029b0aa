// What the console backend needs from other capabilities: their published contracts.
import type { ConsentKey } from '../domain/index.js';
import type { ExecuteAction } from '../actions/types.js';
import type { DiagnosticsApi } from '../diagnostics/types.js';
import type { DeskPorts } from '../tickets/desk-ports.js';

export { PROBE_IDS, type ProbeRun } from '../diagnostics/types.js';

export interface ConsoleAgent {
  takeOver(ticketId: string, staffId: string): Promise<unknown> | unknown;
  handBack(ticketId: string): Promise<unknown> | unknown;
  /** Sends a staff message to the customer on the ticket's channel (and records it). */
  staffReply(ticketId: string, staffId: string, text: string): Promise<unknown> | unknown;
  /** Tells the customer that a person resolved the case (summary, then the satisfaction question). */
  staffResolved?(ticketId: string, summary: string): Promise<unknown> | unknown;
  /** Optional push of asynchronous replies; the console uses it only as a "ticket changed" signal. */
  onReply?(listener: (pushed: { ticketId: string; caseId?: string }) => void): unknown;
}

export type ConsoleDiagnostics = DiagnosticsApi;

export interface ConsoleActions {
  executeAction: ExecuteAction;
}

/** What the customer has granted on a ticket: identity verified, consents given. */
export interface TicketGrants {
  verified: boolean;
  consents: ConsentKey[];
}

export interface ConsoleDeps extends DeskPorts {
  agent: ConsoleAgent;
  diagnostics: ConsoleDiagnostics;
  actions: ConsoleActions;
  /**
   * Reads the customer's verification and consents on a ticket. Default: audit entries
   * `identity.verified` / `consent.given` whose target is the ticket id (or `ticket:<id>`).
   */
  grants?: (ticketId: string) => Promise<TicketGrants>;
  now?: () => Date;
  /** How often to look for changed tickets while consoles are connected (ms); 0 disables. */
  pollMs?: number;
  /** Router parameters read for the customer 360 are reused when younger than this. */
  deviceMaxAgeMs?: number;
}
