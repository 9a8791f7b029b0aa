// What a channel needs from the conversational agent (src/agent implements it). Channels never
// reach storage; they talk to the agent and to the ports below.
import type { AskKey, Channel, Language } from '../domain/index.js';

export interface AgentReply {
  id: string;
  text: string;
  askKey: AskKey | null;
  options: string[];
  final: boolean;
  meta: { turnMs: number; deviceWaitMs: number };
}

export interface StartConversationInput {
  channel: Channel;
  language?: Language;
  portalCustomerNumber?: string;
  customerHint?: { email?: string; phone?: string };
  subject?: string;
}

export interface ConversationAgent {
  startConversation(
    input: StartConversationInput,
  ): Promise<{ ticketId: string; reference: string; replies: AgentReply[] }>;
  handleMessage(ticketId: string, text: string, meta?: Record<string, unknown>): Promise<AgentReply[]>;
}

/** Links between a channel's own identifiers (e-mail Message-IDs, call ids) and tickets. */
export interface ChannelLinks {
  find(channel: Channel, externalIds: string[]): Promise<string | null>;
  link(channel: Channel, externalId: string, ticketId: string): Promise<void>;
}
