// The conversation's own state per ticket (TicketStore state keys `conversation` and `transcript`).
import type { AskKey, Channel, Intent, Language, Mood, Priority } from '../domain/index.js';
import type { Facts } from '../runbooks/types.js';

export type Phase = 'opening' | 'clarify' | 'identify_number' | 'identify_pin' | 'runbook' | 'closed';

export type Verification = 'none' | 'verified' | 'failed' | 'locked' | 'skipped';

export interface ConversationState {
  v: 1;
  channel: Channel;
  language: Language;
  /** The language was chosen explicitly (not detected). */
  languageFixed: boolean;
  phase: Phase;
  customerId: string | null;
  serviceId: string | null;
  deviceId: string | null;
  verification: Verification;
  numberTries: number;
  pinFailures: number;
  intent: Intent | null;
  clarifyOptions: Intent[];
  secondaryIntents: Intent[];
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
