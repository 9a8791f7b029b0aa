// The conversation's own state per ticket (TicketStore state keys `conversation` and `transcript`).
import type { AskKey, Channel, Intent, Language, Mood, Priority } from '../domain/index.js';
import type { Facts } from '../runbooks/types.js';
import type { AskSpec } from './turn.js';

export type Phase = 'opening' | 'clarify' | 'identify_number' | 'identify_pin' | 'runbook' | 'closed';

export type Verification = 'none' | 'verified' | 'failed' | 'locked' | 'skipped';

export interface ConversationState {
  v: 1;
  channel: Channel;
  language: Language;
  /** The language was chosen explicitly (not detected). */
  languageFixed: boolean;
  /** The first language the customer clearly wrote in, and clear messages in a row in the other one since. */
  languageHome?: Language;
  languageDrift?: number;
  phase: Phase;
  customerId: string | null;
  serviceId: string | null;
  deviceId: string | null;
  verification: Verification;
  numberTries: number;
  pinFailures: number;
  /** Failed PIN attempts of a number the caller corrected away from (number-correction.ts). */
  pinFailuresByNumber?: Record<string, number>;
  /** An area outage told to a caller without a customer number (the number is asked once more, to link the case). */
  publicOutage?: { incidentId: string } | null;
  /** The area was asked for once to answer "is there an outage?" at the PIN question. */
  outageAreaAsked?: boolean;
  /** The caller who had no PIN at hand was told where it is (once). */
  pinHelped?: boolean;
  /** Told that the PIN has no other way (no e-mail, no ID number, nothing changed without it). */
  pinOtherWay?: boolean;
  /** An earlier case of this conversation went on without the PIN the caller said they lack. */
  noPinBefore?: boolean;
  /** Told once where the new key is written out; said unreadable again, a colleague takes it (as promised). */
  keyUnreadableTold?: boolean;
  /** The same for the temporary password of the customer portal. */
  portalKeyUnreadableTold?: boolean;
  /** Replies to "does it work now?" that left it open (a question, a "but") and were answered. */
  confirmOpen?: number;
  /** The Wi-Fi cause for which the customer said it is fine next to the router (the router works). */
  fineNearRouter?: string;
  /** The Wi-Fi cause whose far room the customer said is still poor when the close was asked (wifi-limited.ts). */
  farStillPoor?: string;
  intent: Intent | null;
  clarifyOptions: Intent[];
  secondaryIntents: Intent[];
  /** Of those for another team, the customer's own words where they asked or asked for something (taken up at the close). */
  secondaryAsked?: Partial<Record<Intent, string>>;
  facts: Facts;
  mood: Mood;
  priority: Priority;
  acknowledgedMood: boolean;
  pendingAsk: AskKey | null;
  takenOverBy: string | null;
  seq: number;
  lastBotAt: string;
  reminded: boolean;
  timedOut: boolean;
  /** clientMessageId → messageId of the stored customer message (idempotency). */
  clientIds: Record<string, string>;
  /** Outcomes seen so far in this conversation (a conversation can handle more than one problem). */
  outcomes: string[];
  /** Small-talk turns before a problem was named. */
  smalltalk: number;
  /** SHA-256 of the channel's conversation token (chat), never the token itself. */
  tokenHash?: string;
  /** A help-centre answer waiting for the customer's "did that help?". */
  helpAnswer?: HelpAnswerState | null;
  /** Help-centre articles already offered in this conversation (each is offered once). */
  helpShown?: string[];
  /** The pending question as it was put (re-asked after a question back or a hedge). */
  pendingAskSpec?: AskSpec | null;
  /** The second topic offered in the last reply ("You also mentioned …"), for a denial to withdraw. */
  offeredTopic?: Intent | null;
  /** A team's work the desk offered in its last answers ("…our second-line technicians can set it up for you"), with the words that led to it (knowledge-routes.ts). */
  teamOffer?: { topic: string; words: string; taken?: boolean } | null;
  /** The customer's words when the desk offered to pass equipment from us on to sales (sales-offer.ts). */
  salesOffer?: string | null;
  /** The questions inside a cancellation already answered (their message keys). */
  cancelAnswered?: string[];
  /** Repairs of the pending question so far (questions back, hedges). */
  repair?: RepairState | null;
  /** What the previous answer changed, so that a correction ("no wait…") can undo it. */
  undo?: UndoState | null;
  /** A no to a permission that ended the case, kept so that "i never said no" can take it back (decline-taken-back.ts). */
  declined?: (UndoState & { ticketId: string }) | null;
  /** A permission the customer put off ("later, I'm in a meeting"): the question stays open until they say go. */
  deferred?: { askKey: AskKey; times: number } | null;
  /** The Wi-Fi names the customer was between, offered back to choose from (rename-name-answer.ts). */
  nameChoices?: string[] | null;
  /** The customer does not want a technician visit now: the case goes to the team without a booking. */
  visitDeclined?: boolean;
  /** The times for a visit given beside a check the customer makes first: kept for the visit if it does not help. */
  visitTimesGiven?: string;
  /** The problem the customer came with, when a request for a person took the case's intent over. */
  problemIntent?: Intent | null;
  /** Times given before a case went to a team that may plan a visit later (tier2): kept on its handoff. */
  timesForTeam?: string;
  /** Someone who is not a customer was asked for a name and a phone number or e-mail address. */
  contactWanted?: boolean;
  /** Someone writing for the account holder (writer.ts): their own name when given, and who they are to the holder. */
  writer?: { name: string | null; relation: string | null } | null;
  /** The desk called the caller by the holder's name, and nobody has said otherwise yet. */
  calledHolder?: boolean;
  /** The customer who asked for a person was asked once more for the customer number (with a way out). */
  personAsked?: boolean;
  /** "Take the device itself to the router" has been said once in this case. */
  deviceHintGiven?: boolean;
  /** The customer said the router cannot be moved: Wi-Fi advice never says to move it. */
  routerStays?: boolean;
  /** The case is with a person (escalated/routed): the conversation stays open, no CSAT until a person closes it. */
  handoff?: { queue: string; at: string } | null;
  /** The case last withdrawn as never asked for, with the handoff it had: restored if the customer takes it back. */
  withdrawn?: { ticketId: string; handoff: { queue: string; at: string } | null } | null;
  /** The satisfaction question was asked and not yet answered (a "thanks" in between does not close it). */
  csatOpen?: boolean;
  /** The ticket of the case that asked it (the first case the question covers). */
  csatTicketId?: string | null;
  /** Cases closed without their own satisfaction question, because the next request followed at once. */
  csatCovers?: string[];
  /** The next close holds the satisfaction question back (see csat-once.ts). */
  csatLater?: boolean;
  /** A satisfaction score was recorded in this conversation: no second question (csat-once.ts). */
  scoreGiven?: boolean;
  /** A second problem told beside an answer while the case went on: taken up when it closes (answer-rest.ts). */
  laterRequest?: string | null;
  /** What the opening said the problem is like (slow, or drops), for texts that speak of it. */
  complaint?: 'drops' | 'slow' | null;
  /** The question clauses of the message that gave the problem, until they are answered after the first diagnosis. */
  problemQuestions?: string | null;
  /** Services asked about that this desk does not run (TV…), already passed on with the case (other-service-question.ts). */
  otherAsked?: string[];
  /** The customer's own words of a request that goes to a person as it is (a question about TV, mobile…). */
  request?: string;
  /** The ticket of the case now worked on when it is not this one (a later request opened as a linked ticket). */
  workTicketId?: string | null;
  /** References of follow-up tickets opened from this conversation after the outcome. */
  linkedTickets?: string[];
  /** Questions the customer was told a colleague answers here (kept for a linked case if this one resolves). */
  promised?: string[];
  /** Answers given beside the customer number or PIN question, never given again after the diagnosis (early-questions.ts). */
  earlyAnswers?: string[];
  /** A question was promised an answer once the line is checked (early-questions.ts): never left unanswered. */
  earlyPromised?: boolean;
  /** A question written beside the customer number or PIN, answered once the identity answer is acted on. */
  heldQuestion?: string | null;
  /** "200143. is that the one?", "4711. stämmer det?": a check beside the identity answer, answered by its outcome. */
  identityCheck?: 'given' | 'done' | 'more' | null;
  /** Questions nothing answered while the case stayed with the desk: noted for the person if it is handed over. */
  unanswered?: string[];
  /** The answers (catalogue keys) the last reply gave: asked again, the next reply says it differently. */
  lastAnswers?: string[];
  /** Digests of the answer paragraphs said in this conversation so far (the last 60, paragraph-digest.ts): none is said again word for word. */
  answersSaid?: string[];
  /** Of those, the ones asked while a step was pending: settled when the customer carried the step out. */
  promisedAtStep?: { step: string; text: string }[];
  /** The linked case those questions went to at the close (the customer may say it is not needed). */
  promisedCase?: string | null;
  /** The case a person has while a later request is worked (the conversation returns to it). */
  /** The customer asked once whether someone broke in, and our tests saw no intruder (asked again, it is a worry to act on). */
  worryAsked?: boolean;
  /** How often "does it work now?" was answered after a hedge, a start-up question or a correction (confirm-kinds.ts). */
  confirmKindAnswered?: number;
  /** "Does it work now?" was answered with an improvement ("seems faster") and asked once whether it is good enough. */
  confirmBetter?: boolean;
  /** "works on the iPad, the laptop still fails" was answered once at "does it work now?" (confirm-kinds.ts). */
  confirmPartly?: boolean;
  heldCase?: {
    handoff: NonNullable<ConversationState['handoff']>;
    workTicketId: string | null;
    /** Its causes, the team's to work on. */ causes?: string[];
  } | null;
}

export interface RepairState {
  askKey: AskKey;
  questions: number;
  hedges: number;
  /** The answers given while this question was pending (never given twice word for word). */
  said?: string[];
}

export interface UndoState {
  /** The question the undone answer replied to. */
  ask: AskSpec;
  /** The runbook state before that answer. */
  engine: unknown;
  facts: Facts;
}

export interface HelpAnswerState {
  slug: string;
  language: Language;
  title: string;
  url: string;
  /** Triage's intent for the question, and whether triage was sure of it. */
  intent: Intent;
  confident: boolean;
  /** The phase the question came in (and the conversation returns to). */
  resume: 'opening' | 'closed';
}

export type Role = 'customer' | 'agent' | 'staff' | 'system';

export interface TranscriptMessage {
  id: string;
  role: Role;
  text: string;
  askKey: AskKey | null;
  options: string[];
  final: boolean;
  at: string;
  meta?: { turnMs: number; deviceWaitMs: number };
  /** The customer message this reply answers. */
  inReplyTo?: string;
}

export const CONVERSATION_KEY = 'conversation';
export const TRANSCRIPT_KEY = 'transcript';
