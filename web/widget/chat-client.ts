// The chat protocol (REST + WebSocket under /api/v1/chat) as the widget uses it; the frames and
// messages are the server's own types (src/channels/chat/frames.ts).
import type { ChatMessage, ConversationStarted, ServerFrame } from '../../src/channels/chat/frames.js';

export type { ChatMessage, ServerFrame };

export interface Session {
  conversationId: string;
  token: string;
  ticketReference: string;
  lang: 'sv' | 'en';
  /** The operator's brand (absent in sessions stored by an older widget). */
  brand?: string | null;
}

/** How long a message sent over the socket may wait for the server's ack before it counts as failed. */
const ACK_TIMEOUT_MS = 10_000;

interface PendingAck {
  resolve(messageId: string): void;
  reject(e: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

/** What a sent message became: the server's id, and the replies when they came in the response (REST). */
export interface Sent {
  messageId: string;
  replies: ChatMessage[] | null;
}

export class ChatClient {
  private ws: WebSocket | null = null;
  private retry = 0;
  private closed = false;
  private readonly pending = new Map<string, PendingAck>();

  constructor(
    private readonly base: string,
    public session: Session,
    private readonly onFrame: (f: ServerFrame) => void,
    private readonly onEnded: () => void,
  ) {}

  static async start(
    base: string,
    lang: 'sv' | 'en',
    portalToken?: string,
  ): Promise<{ session: Session; messages: ChatMessage[] }> {
    const res = await fetch(`${base}/api/v1/chat/conversations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(portalToken ? { language: lang, portalToken } : { language: lang }),
    });
    if (!res.ok) throw new Error(`start failed: ${res.status}`);
    const body = (await res.json()) as ConversationStarted;
    return {
      session: {
        conversationId: body.conversationId,
        token: body.token,
        ticketReference: body.ticketReference,
        lang,
        brand: body.brand,
      },
      messages: body.messages,
    };
  }

  private auth() {
    return { authorization: `Bearer ${this.session.token}` };
  }

  async history(after?: string): Promise<{ messages: ChatMessage[]; ended: boolean }> {
    const q = after ? `?after=${encodeURIComponent(after)}` : '';
    const res = await fetch(
      `${this.base}/api/v1/chat/conversations/${encodeURIComponent(this.session.conversationId)}/messages${q}`,
      { headers: this.auth() },
    );
    if (!res.ok) throw Object.assign(new Error(`history failed: ${res.status}`), { status: res.status });
    return (await res.json()) as { messages: ChatMessage[]; ended: boolean };
  }

  connect(lastId: () => string | undefined) {
    if (this.closed) return;
    const url = new URL(`${this.base}/api/v1/chat/ws`, location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    url.searchParams.set('conversationId', this.session.conversationId);
    url.searchParams.set('token', this.session.token);
    const ws = new WebSocket(url);
    this.ws = ws;
    ws.onopen = async () => {
      this.retry = 0;
      // Catch up on anything pushed while we were away.
      try {
        const h = await this.history(lastId());
        for (const message of h.messages) this.onFrame({ type: 'message', message });
        if (h.ended) this.onEnded();
      } catch {
        /* the socket still delivers new messages */
      }
    };
    ws.onmessage = (ev) => {
      let frame: ServerFrame;
      try {
        frame = JSON.parse(String(ev.data)) as ServerFrame;
      } catch {
        return; // ignore a bad frame
      }
      // The widget always names its messages; an ack without a name is for another client.
      if (frame.type === 'ack' && frame.clientMessageId !== null)
        this.settle(frame.clientMessageId, frame.messageId);
      // The server's error frame names no message: whatever waits for an ack did not get through.
      if (frame.type === 'error') this.failPending('server error');
      this.onFrame(frame);
    };
    ws.onclose = () => {
      this.ws = null;
      this.failPending('connection closed');
      if (this.closed) return;
      const delay = Math.min(15_000, 500 * 2 ** this.retry++);
      setTimeout(() => this.connect(lastId), delay);
    };
  }

  private settle(clientMessageId: string, messageId: string) {
    const p = this.pending.get(clientMessageId);
    if (!p) return;
    clearTimeout(p.timer);
    this.pending.delete(clientMessageId);
    p.resolve(messageId);
  }

  private failPending(why: string) {
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      this.pending.delete(id);
      p.reject(new Error(why));
    }
  }

  /**
   * Sends over the socket when open (done when the server acks it; replies then arrive as frames),
   * else over REST (replies come back in the response). Rejects when the message did not reach the
   * server, so the caller can offer a retry with the same clientMessageId (the server dedups it).
   */
  async send(text: string, clientMessageId: string): Promise<Sent> {
    const ws = this.ws;
    if (ws && ws.readyState === WebSocket.OPEN) {
      const messageId = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => {
          this.pending.delete(clientMessageId);
          reject(new Error('no ack'));
        }, ACK_TIMEOUT_MS);
        this.pending.set(clientMessageId, { resolve, reject, timer });
        ws.send(JSON.stringify({ type: 'message', text, clientMessageId }));
      });
      return { messageId, replies: null };
    }
    const res = await fetch(
      `${this.base}/api/v1/chat/conversations/${encodeURIComponent(this.session.conversationId)}/messages`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...this.auth() },
        body: JSON.stringify({ text, clientMessageId }),
      },
    );
    if (!res.ok) throw new Error(`send failed: ${res.status}`);
    const body = (await res.json()) as { messageId: string; replies: ChatMessage[]; ended: boolean };
    if (body.ended) this.onEnded();
    return { messageId: body.messageId, replies: body.replies };
  }

  close() {
    this.closed = true;
    this.failPending('closed');
    this.ws?.close();
  }
}
