// The chat channel's wire contract, declared once: the server sends these and the widget
// (web/widget/chat-client.ts) reads them with the same types.

export interface ChatMessage {
  id: string;
  role: 'customer' | 'agent' | 'staff' | 'system';
  text: string;
  askKey: string | null;
  options: string[];
  final: boolean;
  at: string;
  meta?: { turnMs: number; deviceWaitMs: number };
}

/** The answer to `POST /api/v1/chat/conversations`. */
export interface ConversationStarted {
  conversationId: string;
  ticketReference: string;
  /** Bearer token of this conversation (REST and WebSocket). */
  token: string;
  messages: ChatMessage[];
  /** The operator's brand, for the widget's title (the widget itself names no ISP). */
  brand: string | null;
}

/** What the server sends over the chat WebSocket. */
export type ServerFrame =
  | { type: 'ack'; clientMessageId: string | null; messageId: string }
  | { type: 'typing' }
  | { type: 'message'; message: ChatMessage }
  /** After a turn's replies: the conversation has ended (the case is closed, nothing more is asked). */
  | { type: 'ended' }
  | { type: 'error'; error: string; clientMessageId?: string | null };

export const encodeFrame = (frame: ServerFrame): string => JSON.stringify(frame);
