// Frontline chat widget: one script (`/widget/widget.js`) that mounts a launcher and a chat panel
// in a shadow root. Talks the chat protocol in src/channels/chat; survives reloads through
// sessionStorage. Public API on window.FrontlineWidget.
import { ChatClient, type ChatMessage, type ServerFrame, type Session } from './chat-client.js';
import { linkify } from './linkify.js';
import { CSS } from './styles.js';
import { TEXTS, type Lang } from './texts.js';

const STORE = 'frontline.chat.v1';
const OPEN_STORE = 'frontline.chat.open';
/** "Support is typing…" goes away by itself when no reply follows (e.g. a person has taken over). */
const TYPING_MS = 20_000;

/** A message the customer wrote that has not (yet) reached the server. */
type Outgoing = ChatMessage & { clientMessageId?: string; failed?: boolean };

/** Server message ids are numbers; optimistic copies have local ones until the server acks them. */
const isServerId = (id: string) => /^\d+$/.test(id);

type Attrs = Record<string, string>;
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...children);
  return el;
}

/** The embedding page's language (its <html lang>), else the browser's. */
function pageLang(): Lang {
  const l = (document.documentElement.lang || navigator.language || 'sv').toLowerCase();
  return l.startsWith('en') ? 'en' : 'sv';
}

function loadSession(): Session | null {
  try {
    const s = JSON.parse(sessionStorage.getItem(STORE) ?? 'null') as Session | null;
    return s && s.conversationId && s.token ? s : null;
  } catch {
    return null;
  }
}

class Widget {
  private lang: Lang;
  private client: ChatClient | null = null;
  private messages: Outgoing[] = [];
  /** Each message's element (and the language it was drawn in), so the log only appends new ones. */
  private drawn = new WeakMap<ChatMessage, { lang: Lang; el: HTMLElement; failed: boolean }>();
  private ended = false;
  private starting: Promise<void> | null = null;
  private portalToken: string | undefined;
  private readonly root: ShadowRoot;
  private readonly launcher: HTMLButtonElement;
  private readonly panel: HTMLElement;
  private readonly titleEl: HTMLHeadingElement;
  private readonly refEl: HTMLSpanElement;
  private readonly langSel: HTMLSelectElement;
  private readonly closeBtn: HTMLButtonElement;
  private readonly log: HTMLElement;
  private readonly typing: HTMLElement;
  private readonly quick: HTMLElement;
  private readonly form: HTMLFormElement;
  private readonly input: HTMLTextAreaElement;
  private readonly sendBtn: HTMLButtonElement;
  private readonly inputLabel: HTMLLabelElement;
  private readonly endedBar: HTMLElement;
  private readonly errEl: HTMLElement;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly base: string) {
    const stored = loadSession();
    this.lang = stored?.lang ?? pageLang();
    const host = h('div', { id: 'frontline-widget' });
    document.body.append(host);
    this.root = host.attachShadow({ mode: 'open' });
    this.launcher = h('button', {
      type: 'button',
      class: 'launcher',
      'aria-expanded': 'false',
      'aria-controls': 'fl-panel',
    });
    this.titleEl = h('h2', { id: 'fl-title' });
    this.refEl = h('span', { class: 'ref' });
    this.langSel = h(
      'select',
      {},
      h('option', { value: 'sv' }, 'Svenska'),
      h('option', { value: 'en' }, 'English'),
    );
    this.closeBtn = h('button', { type: 'button' }, '×');
    this.log = h('div', { class: 'log', role: 'log', 'aria-live': 'polite', tabindex: '0' });
    this.typing = h('div', { class: 'typing', 'aria-live': 'polite' });
    this.quick = h('div', { class: 'quick', role: 'group' });
    this.input = h('textarea', { id: 'fl-input', rows: '1', maxlength: '4000' });
    this.inputLabel = h('label', { for: 'fl-input', class: 'sr' });
    this.sendBtn = h('button', { type: 'submit' });
    this.form = h('form', {}, this.inputLabel, this.input, this.sendBtn);
    this.endedBar = h('div', { class: 'ended', hidden: '' });
    this.errEl = h('div', { class: 'err', role: 'alert' });
    this.panel = h(
      'section',
      { id: 'fl-panel', class: 'panel', role: 'dialog', 'aria-labelledby': 'fl-title', hidden: '' },
      h('header', {}, this.titleEl, this.refEl, this.langSel, this.closeBtn),
      this.log,
      this.typing,
      this.quick,
      this.errEl,
      this.form,
      this.endedBar,
    );
    this.root.append(h('style', {}, CSS), this.launcher, this.panel);

    this.launcher.addEventListener('click', () => (this.panel.hidden ? this.open() : this.close()));
    this.closeBtn.addEventListener('click', () => this.close());
    this.panel.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.close();
    });
    this.langSel.addEventListener('change', () => this.setLang(this.langSel.value as Lang));
    // Follow the page when it switches language (the demo page's toggle).
    new MutationObserver(() => this.setLang(pageLang())).observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
    });
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.send(this.input.value);
    });
    this.input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.shiftKey) {
        e.preventDefault();
        void this.send(this.input.value);
      }
    });
    this.renderTexts();
    if (stored) void this.resume(stored);
    if (sessionStorage.getItem(OPEN_STORE) === '1') this.open();
  }

  private t() {
    return TEXTS[this.lang];
  }

  /**
   * Switches the widget's language. Before the customer has written anything, the conversation is
   * started again in that language, so the agent greets and answers in it too.
   */
  private setLang(lang: Lang) {
    if (lang === this.lang) return;
    this.lang = lang;
    if (this.client) this.client.session.lang = lang;
    this.save();
    this.renderTexts();
    if (this.client && !this.messages.some((m) => m.role === 'customer')) void this.restart();
  }

  private renderTexts() {
    const t = this.t();
    this.launcher.textContent = t.open;
    const brand = this.client?.session.brand;
    this.titleEl.textContent = brand ? `${t.title} – ${brand}` : t.title;
    this.langSel.value = this.lang;
    this.langSel.setAttribute('aria-label', t.language);
    this.closeBtn.setAttribute('aria-label', t.close);
    this.log.setAttribute('aria-label', t.log);
    this.quick.setAttribute('aria-label', t.quick);
    this.input.placeholder = t.placeholder;
    this.inputLabel.textContent = t.placeholder;
    this.sendBtn.textContent = t.send;
    this.refEl.textContent = this.client ? `${t.reference} ${this.client.session.ticketReference}` : '';
    this.endedBar.replaceChildren(h('span', {}, t.ended));
    const again = h('button', { type: 'button' }, t.restart);
    again.addEventListener('click', () => void this.restart());
    this.endedBar.append(again);
    this.renderMessages();
  }

  open() {
    this.panel.hidden = false;
    this.launcher.setAttribute('aria-expanded', 'true');
    sessionStorage.setItem(OPEN_STORE, '1');
    this.input.focus();
    if (!this.client) void this.start();
  }

  close() {
    this.panel.hidden = true;
    this.launcher.setAttribute('aria-expanded', 'false');
    sessionStorage.removeItem(OPEN_STORE);
    this.launcher.focus();
  }

  /** Starts a fresh conversation signed in with a customer-portal token (demo page). */
  async signIn(portalToken: string, lang?: Lang) {
    this.portalToken = portalToken;
    if (lang) this.lang = lang;
    await this.restart();
    this.open();
  }

  async restart() {
    this.client?.close();
    this.client = null;
    this.messages = [];
    this.ended = false;
    sessionStorage.removeItem(STORE);
    this.renderTexts();
    await this.start();
  }

  private start(): Promise<void> {
    this.starting ??= (async () => {
      try {
        const { session, messages } = await ChatClient.start(this.base, this.lang, this.portalToken);
        this.attach(session);
        for (const m of messages) this.add(m);
        this.errEl.textContent = '';
      } catch {
        this.errEl.textContent = this.t().error;
      } finally {
        this.starting = null;
      }
    })();
    return this.starting;
  }

  private async resume(session: Session) {
    this.attach(session, false);
    try {
      const h = await this.client!.history();
      for (const m of h.messages) this.add(m);
      if (h.ended) this.setEnded();
    } catch (e) {
      // The conversation is gone (e.g. the desk was reset): start over when opened.
      if ((e as { status?: number }).status === 401 || (e as { status?: number }).status === 404) {
        this.client?.close();
        this.client = null;
        sessionStorage.removeItem(STORE);
        return;
      }
    }
    this.client?.connect(() => this.lastServerId());
  }

  /** The newest message id the server knows, for catching up after a reconnect. */
  private lastServerId(): string | undefined {
    return this.messages.findLast((m) => isServerId(m.id))?.id;
  }

  private attach(session: Session, connect = true) {
    this.client = new ChatClient(
      this.base,
      session,
      (f) => this.onFrame(f),
      () => this.setEnded(),
    );
    this.save();
    this.renderTexts();
    if (connect) this.client.connect(() => this.lastServerId());
  }

  private save() {
    if (this.client)
      sessionStorage.setItem(STORE, JSON.stringify({ ...this.client.session, lang: this.lang }));
  }

  private onFrame(f: ServerFrame) {
    if (f.type === 'typing') this.showTyping(true);
    else if (f.type === 'ack') {
      if (f.clientMessageId !== null) this.acked(f.clientMessageId, f.messageId);
    } else if (f.type === 'message') {
      this.showTyping(false);
      this.add(f.message);
    } else if (f.type === 'ended') this.setEnded();
    else if (f.type === 'error') this.errEl.textContent = this.t().error;
  }

  private showTyping(on: boolean) {
    clearTimeout(this.typingTimer);
    this.typing.textContent = on ? this.t().typing : '';
    if (on) this.typingTimer = setTimeout(() => this.showTyping(false), TYPING_MS);
  }

  /** The server has our message: the optimistic copy takes the server's id. */
  private acked(clientMessageId: string, messageId: string) {
    const m = this.messages.find((x) => x.clientMessageId === clientMessageId);
    if (!m || m.id === messageId) return;
    if (this.messages.some((x) => x.id === messageId)) {
      // History already brought the server's copy: drop ours.
      this.messages = this.messages.filter((x) => x !== m);
    } else {
      m.id = messageId;
      m.failed = false;
    }
    this.renderMessages();
  }

  private add(m: ChatMessage) {
    if (this.messages.some((x) => x.id === m.id)) return;
    // Our own message coming back from history: replace the optimistic copy.
    // It takes the optimistic copy's place and element, so the log does not redraw.
    if (m.role === 'customer') {
      const local = this.messages.findIndex((x) => !isServerId(x.id) && x.text === m.text);
      if (local >= 0) {
        const drawn = this.drawn.get(this.messages[local]);
        if (drawn) this.drawn.set(m, drawn);
        this.messages[local] = m;
        this.renderMessages();
        return;
      }
    }
    this.messages.push(m);
    this.renderMessages();
  }

  // The server says when a conversation has ended (`ended` on a send or in the history, an `ended` frame on
  // the socket); a final message alone does not end it — after a handoff to a person the customer keeps
  // writing to the case, and a closing that asks for the score keeps its 1–5 options and the input open.

  private setEnded() {
    this.ended = true;
    this.renderMessages();
  }

  private renderMessages() {
    const t = this.t();
    const els = this.messages.map((m) => {
      const cached = this.drawn.get(m);
      if (cached && cached.lang === this.lang && cached.failed === Boolean(m.failed)) return cached.el;
      const who = m.role === 'customer' ? t.you : m.role === 'staff' ? t.staff : t.agent;
      const el = h(
        'div',
        { class: `msg ${m.role}`, 'data-role': m.role },
        h('span', { class: 'who' }, who),
        h('span', { class: 'sr' }, ': '),
        ...linkify(m.text, this.base),
      );
      if (m.failed) {
        el.classList.add('failed');
        const retry = h('button', { type: 'button', class: 'retry' }, t.retry);
        retry.addEventListener('click', () => void this.deliver(m));
        el.append(h('span', { class: 'failed-note' }, t.notSent), retry);
      }
      this.drawn.set(m, { lang: this.lang, el, failed: Boolean(m.failed) });
      return el;
    });
    // The log is aria-live: only append what is new, or a screen reader reads the whole chat again.
    const shown = [...this.log.children];
    if (shown.length <= els.length && shown.every((el, i) => el === els[i]))
      this.log.append(...els.slice(shown.length));
    else this.log.replaceChildren(...els);
    const last = this.messages.at(-1);
    const options = last && last.role !== 'customer' && !this.ended ? last.options : [];
    this.quick.replaceChildren(
      ...options.map((o) => {
        const b = h('button', { type: 'button' }, o);
        b.addEventListener('click', () => void this.send(o));
        return b;
      }),
    );
    this.form.hidden = this.ended;
    this.endedBar.hidden = !this.ended;
    // Scroll after the quick replies and bars took their room, so the last line stays in view.
    this.log.scrollTop = this.log.scrollHeight;
  }

  private async send(raw: string) {
    const text = raw.trim();
    if (!text || this.ended) return;
    if (!this.client) await this.start();
    if (!this.client) return;
    this.input.value = '';
    const clientMessageId = crypto.randomUUID();
    const m: Outgoing = {
      id: `local-${clientMessageId}`,
      clientMessageId,
      role: 'customer',
      text,
      askKey: null,
      options: [],
      final: false,
      at: new Date().toISOString(),
    };
    this.messages.push(m);
    this.renderMessages();
    await this.deliver(m);
  }

  /** Sends (or re-sends, with the same clientMessageId) a customer message; marks it failed when it does not get through. */
  private async deliver(m: Outgoing) {
    if (!this.client || !m.clientMessageId) return;
    if (m.failed) {
      m.failed = false;
      this.renderMessages();
    }
    try {
      const sent = await this.client.send(m.text, m.clientMessageId);
      this.acked(m.clientMessageId, sent.messageId);
      for (const r of sent.replies ?? []) {
        this.add(r);
      }
      this.errEl.textContent = '';
    } catch {
      if (isServerId(m.id)) return; // the ack came after all
      m.failed = true;
      this.errEl.textContent = this.t().error;
      this.renderMessages();
    }
  }
}

declare global {
  interface Window {
    FrontlineWidget?: {
      open(): void;
      close(): void;
      signIn(portalToken: string, lang?: Lang): Promise<void>;
      restart(): Promise<void>;
    };
  }
}

function boot() {
  if (window.FrontlineWidget) return;
  // The API lives where this script came from (an embedding site may load it from the desk).
  const base = new URL('..', import.meta.url).origin;
  const w = new Widget(base);
  window.FrontlineWidget = {
    open: () => w.open(),
    close: () => w.close(),
    signIn: (t, l) => w.signIn(t, l),
    restart: () => w.restart(),
  };
  window.dispatchEvent(new Event('frontline-widget-ready'));
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
