// What the runbook engine and the agent need from diagnostics, actions and triage: each capability's
// contract is declared in that capability and re-exported here; tests pass small fakes of them.
import type { AskKey, Intent, Language, Segment } from '../domain/index.js';
import type { ExecuteAction } from '../actions/types.js';
import type { VerifyResult } from '../actions/identity.js';
import type { ParsedAnswer } from '../triage/answers.js';
import type { TriageResult } from '../triage/index.js';
import type { ReplyAct } from '../triage/reply.js';
import type { AuditLog, CustomerDirectory } from '../tickets/ports.js';

export type {
  DiagnosticContext,
  DiagnosticsApi,
  ProbeId,
  ProbeRun,
  RootCause,
} from '../diagnostics/types.js';
export type { ActionContext, ActionErrorCode as ActionError, ActionResult } from '../actions/types.js';

/** Persisted PIN-attempt counters (implemented in src/actions; storage may back it). */
export interface VerificationAttemptsLike {
  get(customerNumber: string): unknown;
  record(customerNumber: string, ok: boolean): unknown;
}

export type { VerifyResult } from '../actions/identity.js';

export interface ActionsApi {
  executeAction: ExecuteAction;
  verifyIdentity(
    input: { customerNumber: string; pin: string },
    deps: { directory: CustomerDirectory; audit: AuditLog; attempts: VerificationAttemptsLike },
  ): Promise<VerifyResult>;
}

export type { ParsedAnswer } from '../triage/answers.js';

/** A triage result; a fake may leave the entities untyped. */
export type TriageLike = Omit<TriageResult, 'entities'> & { entities: object };

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

/** A question none of the desk's own texts answers, as it goes to an open answerer (src/llm). */
export interface OpenQuestion {
  language: Language;
  /** The customer's message, with every run of four or more digits masked. */
  question: string;
  /** The conversation's last messages before it, masked the same way, oldest first. */
  recent: readonly { role: 'customer' | 'desk'; text: string }[];
  /** What the case is about (its triaged intent), when known. */
  topic: Intent | null;
}

/**
 * Optional: answers a general question in a few sentences (a language model behind an OpenAI-compatible
 * endpoint). The agent screens every answer (domain/open-answer-screen.ts) and falls back to its own
 * "I can't answer that from here" on null, an error or a screened-out text.
 */
export interface OpenAnswerPort {
  answer(question: OpenQuestion): Promise<{ text: string; model: string } | null>;
}
