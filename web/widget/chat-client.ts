// The chat protocol (REST + WebSocket under /api/v1/chat) as the widget uses it.

export interface ChatMessage {
  id: string;
  role: 'customer' | 'agent' | 'staff' | 'system';
  text: string;
  askKey: string | null;
  options: string[];
  final: boolean;
  at: string;
}

export interface Session {
  conversationId: string;
  token: string;
  ticketReference: string;
  lang: 'sv' | 'en';
}

export type ServerFrame =
  | { type: 'ack'; clientMessageId: string; messageId: string }
  | { type: 'typing' }
  | { type: 'message'; message: ChatMessage }
  | { type: 'error'; error: string };

export class ChatClient {
  private ws: WebSocket | null = null;
  private retry = 0;
  private closed = false;

  constructor(
    private readonly base: string,
    public session: Session,
    private readonly onFrame: (f: ServerFrame) => void,
    private readonly onEnded: () => void,
  ) {}

  static async start(base: string, lang: 'sv' | 'en', portalToken?: string): Promise<{ session: Session; messages: ChatMessage[] }> {
    const res = await fetch(`${base}/api/v1/chat/conversations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(portalToken ? { language: lang, portalToken } : { language: lang }),
    });
    if (!res.ok) throw new Error(`start failed: ${res.status}`);
    const body = (await res.json()) as { conversationId: string; token: string; ticketReference: string; messages: ChatMessage[] };
    return { session: { conversationId: body.conversationId, token: body.token, ticketReference: body.ticketReference, lang }, messages: body.messages };
  }

  private auth() {
    return { authorization: `Bearer ${this.session.token}` };
  }

  async history(after?: string): Promise<{ messages: ChatMessage[]; ended: boolean }> {
    const q = after ? `?after=${encodeURIComponent(after)}` : '';
    const res = await fetch(`${this.base}/api/v1/chat/conversations/${encodeURIComponent(this.session.conversationId)}/messages${q}`, { headers: this.auth() });
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
      try {
        this.onFrame(JSON.parse(String(ev.data)) as ServerFrame);
      } catch {
        /* ignore a bad frame */
      }
    };
    ws.onclose = () => {
      this.ws = null;
      if (this.closed) return;
      const delay = Math.min(15_000, 500 * 2 ** this.retry++);
      setTimeout(() => this.connect(lastId), delay);
    };
  }

  /** Sends over the socket when open, else over REST (replies then come back in the response). */
  async send(text: string, clientMessageId: string): Promise<ChatMessage[] | null> {
    if (this.ws && this.ws.readyState === WebSocket.OPEN) {
      this.ws.send(JSON.stringify({ type: 'message', text, clientMessageId }));
      return null;
    }
    const res = await fetch(`${this.base}/api/v1/chat/conversations/${encodeURIComponent(this.session.conversationId)}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.auth() },
      body: JSON.stringify({ text, clientMessageId }),
    });
    if (!res.ok) throw new Error(`send failed: ${res.status}`);
    const body = (await res.json()) as { replies: ChatMessage[]; ended: boolean };
    if (body.ended) this.onEnded();
    return body.replies;
  }

  close() {
    this.closed = true;
    this.ws?.close();
  }
}
