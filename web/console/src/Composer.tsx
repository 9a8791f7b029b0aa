// The reply box under the conversation: a reply to the customer or an internal note, Enter sends
// (Shift+Enter for a new line), macros in the ticket's language, and "send and set status".
// Keyboard: "/shortcode" + Enter inserts a macro, Ctrl+Enter sends and sets the chosen status,
// Alt+E sends and resolves (as Chatwoot's Alt+E), so the common jobs need no extra clicks.
import { useEffect, useRef, useState } from 'react';
import { post } from './api.js';
import { Outbox } from './outbox.js';
import { signalTyping } from './live.js';
import { useI18n } from './i18n.js';
import { statusLabel } from './labels.js';
import { fillMacro, findMacro, MACROS, type Macro, type MacroVars } from './macros.js';
import type { Me, Ticket } from './types.js';

const AFTER_SEND = ['pending_customer', 'pending_internal', 'open', 'resolved'] as const;
type AfterSend = (typeof AFTER_SEND)[number];

/** A reply or note on its way, with where it goes and the status to set once it is sent. */
interface Outgoing {
  base: string;
  mode: 'reply' | 'note';
  text: string;
  status?: AfterSend;
  from: string;
}

interface Props {
  ticket: Ticket;
  me: Me;
  customerName: string | null;
  run: (fn: () => Promise<unknown>, done?: () => void) => Promise<boolean>;
}

export function Composer({ ticket, me, customerName, run }: Props) {
  const { t, lang, fmt } = useI18n();
  const [mode, setMode] = useState<'reply' | 'note'>('reply');
  const [text, setText] = useState('');
  const [after, setAfter] = useState<AfterSend>('pending_customer');
  const [waiting, setWaiting] = useState(0);
  const box = useRef<HTMLTextAreaElement>(null);
  const base = `/api/v1/console/tickets/${ticket.id}`;
  const closed = ticket.status === 'resolved' || ticket.status === 'closed';
  const vars: MacroVars = {
    'customer.name': customerName ?? '',
    'customer.firstName': (customerName ?? '').split(' ')[0] ?? '',
    'ticket.reference': ticket.reference,
    'agent.name': me.displayName,
  };

  // The reply box has the focus when a ticket opens (on a pointer device; a phone's keyboard stays down).
  useEffect(() => {
    if (window.matchMedia('(pointer: fine)').matches) box.current?.focus();
  }, [ticket.id]);

  function insertMacro(m: Macro) {
    setText(fillMacro(m, ticket.language, vars));
    if (m.status) setAfter(m.status);
  }

  // Sends go out one at a time in the order written, even when the agent sends again before the
  // previous one is through (a send is never dropped); see outbox.ts.
  const deliver = async (o: Outgoing): Promise<boolean> => {
    let sent = false;
    const ok = await run(async () => {
      try {
        await post(`${o.base}/${o.mode}`, { text: o.text });
      } catch (err) {
        throw new Error(fmt(t.notSent, { msg: (err as Error).message }), { cause: err });
      }
      sent = true;
      if (o.mode === 'note') return;
      if (o.status === 'resolved') await post(`${o.base}/resolve`, { summary: o.text });
      else if (o.status && o.status !== o.from) await post(`${o.base}/status`, { status: o.status });
    });
    // A reply that went out stays sent even if setting the status afterwards failed (that error shows).
    return ok || sent;
  };
  const sender = useRef(deliver);
  sender.current = deliver;
  const outbox = useRef<Outbox<Outgoing> | null>(null);
  outbox.current ??= new Outbox<Outgoing>({
    send: (o) => sender.current(o),
    // What could not be sent comes back into the box, oldest first, ahead of anything typed since.
    failed: (items) =>
      setText((current) => [...items.map((o) => o.text), current.trim()].filter(Boolean).join('\n\n')),
    changed: setWaiting,
  });

  function send(status?: AfterSend) {
    const body = text.trim();
    if (!body) return;
    // The box empties at once so the agent can type the next message while this one is on its way.
    setText('');
    void outbox.current?.add({ base, mode, text: body, status, from: ticket.status });
  }

  return (
    <form
      className="composer"
      aria-label={t.composer}
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <div className="composer-modes" role="radiogroup" aria-label={t.composer}>
        {(['reply', 'note'] as const).map((m) => (
          <label key={m} className={mode === m ? 'on' : ''}>
            <input
              type="radio"
              name="composer-mode"
              value={m}
              checked={mode === m}
              onChange={() => setMode(m)}
            />{' '}
            {m === 'reply' ? t.modeReply : t.modeNote}
          </label>
        ))}
        {mode === 'reply' && (
          <label className="macro">
            <span className="sr-only">{t.macro}</span>
            <select
              aria-label={t.macro}
              value=""
              onChange={(e) => {
                const m = MACROS.find((x) => x.id === e.target.value);
                if (!m) return;
                insertMacro(m);
                box.current?.focus();
              }}
            >
              <option value="">{t.chooseMacro}</option>
              {MACROS.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.title[lang]} (/{m.id})
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <label htmlFor="composer-text" className="sr-only">
        {mode === 'reply' ? t.replyLabel : t.noteLabel}
      </label>
      <textarea
        id="composer-text"
        ref={box}
        className={mode === 'note' ? 'note-mode' : ''}
        rows={3}
        value={text}
        maxLength={4000}
        placeholder={`${mode === 'reply' ? t.replyLabel : t.noteLabel} – ${t.enterHint}`}
        aria-describedby="composer-hint"
        onChange={(e) => {
          setText(e.target.value);
          signalTyping();
        }}
        onKeyDown={(e) => {
          if (e.nativeEvent.isComposing) return;
          const enter = e.key === 'Enter' && !e.shiftKey;
          // Alt+E by key position: with Alt held, e.key is a symbol on some layouts.
          if (e.altKey && e.code === 'KeyE' && mode === 'reply' && !closed) {
            e.preventDefault();
            send('resolved');
          } else if (enter && (e.ctrlKey || e.metaKey) && mode === 'reply') {
            e.preventDefault();
            send(after);
          } else if (enter) {
            e.preventDefault();
            const m = mode === 'reply' ? findMacro(text) : undefined;
            if (m) insertMacro(m);
            else send();
          }
        }}
      />
      <span id="composer-hint" className="sr-only">
        {t.keysHint}
      </span>
      <div className="composer-actions">
        <button type="submit" disabled={!text.trim()}>
          {mode === 'reply' ? t.send : t.addNote}
        </button>
        <span role="status" className="composer-waiting" data-testid="composer-waiting">
          {waiting > 0 ? fmt(t.sendingN, { n: waiting }) : ''}
        </span>
        {mode === 'reply' && (
          <span className="split">
            <label htmlFor="after-send" className="sr-only">
              {t.statusAfterSend}
            </label>
            <select id="after-send" value={after} onChange={(e) => setAfter(e.target.value as AfterSend)}>
              {AFTER_SEND.filter((s) => !(closed && s === 'resolved')).map((s) => (
                <option key={s} value={s}>
                  {statusLabel(s, lang)}
                </option>
              ))}
            </select>
            <button type="button" disabled={!text.trim()} onClick={() => send(after)}>
              {t.sendAndSet}
            </button>
          </span>
        )}
      </div>
    </form>
  );
}
