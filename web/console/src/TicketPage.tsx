// The ticket page as a conversation workspace: the conversation in the centre (newest at the
// bottom, new customer messages marked, kept scrolled to the end), the reply box pinned under it, and
// properties, hand-off, diagnostics and actions, escalation and the customer 360 in a side panel.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { QUEUES } from '../../../src/domain/vocabulary.js';
import { ActionsPanel } from './ActionsPanel.js';
import { api, post } from './api.js';
import { Composer } from './Composer.js';
import { Customer360Panel, HandoffView } from './Customer360Panel.js';
import { useI18n } from './i18n.js';
import { SlaStanding } from './SlaStanding.js';
import {
  channelLabel,
  intentLabel,
  priorityLabel,
  queueLabel,
  ticketQueueLabel,
  ticketStatusLabel,
} from './labels.js';
import { useTicketChanges, useViewers } from './live.js';
import { linkHandler } from './router.js';
import { SuggestedArticles } from './SuggestedArticles.js';
import { Timeline } from './Timeline.js';
import type { Me, TicketDetail } from './types.js';

type Notice = { kind: 'ok' | 'error' | 'progress'; text: string } | null;

export function TicketPage({ id, me }: { id: string; me: Me }) {
  const { t, lang, fmt } = useI18n();
  const [data, setData] = useState<TicketDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const [staff, setStaff] = useState<{ username: string; displayName: string }[]>([]);
  const [fresh, setFresh] = useState<ReadonlySet<number>>(new Set());
  const seen = useRef<Set<number> | null>(null);
  const viewers = useViewers(data?.ticket.id ?? null);
  const scroller = useRef<HTMLDivElement>(null);

  const load = useCallback(async () => {
    try {
      const d = await api<TicketDetail>(`/api/v1/console/tickets/${encodeURIComponent(id)}`);
      // Events that arrive after the first load are marked as new.
      if (seen.current === null) seen.current = new Set(d.timeline.map((e) => e.id));
      else {
        const added = d.timeline.filter((e) => !seen.current!.has(e.id));
        // What the customer wrote since the page opened is marked new.
        const messages = added.filter((e) => e.type === 'message_in').map((e) => e.id);
        if (messages.length) setFresh((f) => new Set([...f, ...messages]));
        for (const e of added) seen.current.add(e.id);
      }
      setData(d);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }, [id]);

  useEffect(() => {
    seen.current = null;
    setFresh(new Set());
    void load();
    void api<{ staff: { username: string; displayName: string }[] }>('/api/v1/console/staff').then(
      (r) => setStaff(r.staff),
      () => undefined,
    );
  }, [load]);
  useTicketChanges((changes) => {
    if (changes.some((c) => c.ticketId === data?.ticket.id)) void load();
  });

  // Keep the conversation scrolled to the newest event.
  const count = data?.timeline.length ?? 0;
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [count]);

  // Several requests can be on their way (a reply goes out while an action runs): busy until all are back.
  const inFlight = useRef(0);
  const run = useCallback(
    async (fn: () => Promise<unknown>, done?: () => void, progress?: string): Promise<boolean> => {
      inFlight.current += 1;
      setBusy(true);
      setNotice(progress ? { kind: 'progress', text: progress } : null);
      try {
        await fn();
        done?.();
        setNotice({ kind: 'ok', text: t.saved });
        await load();
        return true;
      } catch (e) {
        setNotice({ kind: 'error', text: fmt(t.error, { msg: (e as Error).message }) });
        return false;
      } finally {
        inFlight.current -= 1;
        if (inFlight.current === 0) setBusy(false);
      }
    },
    [t, fmt, load],
  );

  if (error)
    return (
      <p role="alert" className="error">
        {error}
      </p>
    );
  if (!data) return <p>{t.loading}</p>;
  const tk = data.ticket;
  const base = `/api/v1/console/tickets/${tk.id}`;
  const closed = tk.status === 'resolved' || tk.status === 'closed';
  const lastEscalation = data.escalations.at(-1);
  const caseInput = {
    intent: tk.intent,
    subject: tk.subject,
    language: tk.language,
    timeline: data.timeline,
  };
  const customerName =
    data.customer360 && 'customer' in data.customer360 ? data.customer360.customer.name : null;

  return (
    <article className="ticket" aria-labelledby="ticket-h">
      <div className="ticket-head">
        <a href="/console" onClick={linkHandler('/console')}>
          ← {t.back}
        </a>
        <h1 id="ticket-h">
          {tk.reference}{' '}
          <span className={`badge status-${tk.status}`} data-testid="ticket-status" data-status={tk.status}>
            {ticketStatusLabel(tk, lang)}
          </span>
        </h1>
        <p className="ticket-sub">
          {customerName ?? '–'} · {tk.subject ?? intentLabel(tk.intent, lang)}
        </p>
        <p className="viewers" aria-live="polite" data-testid="viewers">
          {viewers.length > 0 &&
            fmt(t.alsoHere, {
              who: viewers
                .map((v) => (v.typing ? `${v.displayName} (${t.typingNow})` : v.displayName))
                .join(', '),
            })}
        </p>
      </div>
      {notice &&
        (notice.kind === 'error' ? (
          <p role="alert" className="notice error" data-testid="status-msg">
            {notice.text}
          </p>
        ) : (
          <p role="status" className={`notice ${notice.kind}`} data-testid="status-msg">
            {notice.text}
          </p>
        ))}

      <div className="workspace">
        <section className="conversation" aria-labelledby="conv-h">
          <h2 id="conv-h" className="conv-h">
            {t.conversation}
            {fresh.size > 0 && (
              <span className="badge fresh-badge" data-testid="fresh-count">
                {fmt(t.newMessages, { n: fresh.size })}
              </span>
            )}
          </h2>
          <h2 className="sr-only">{t.timeline}</h2>
          <div className="conv-scroll" ref={scroller} tabIndex={0} aria-label={t.conversation} role="region">
            <Timeline events={data.timeline} fresh={fresh} ticket={caseInput} />
          </div>
          <Composer ticket={tk} me={me} customerName={customerName} run={run} />
        </section>

        <aside className="side" aria-label={t.properties}>
          <section aria-labelledby="props-h" className="panel">
            <h2 id="props-h">{t.properties}</h2>
            <dl className="kv">
              <dt>{t.status}</dt>
              <dd>{ticketStatusLabel(tk, lang)}</dd>
              <dt>{t.intent}</dt>
              <dd>{intentLabel(tk.intent, lang)}</dd>
              <dt>{t.priority}</dt>
              <dd>{priorityLabel(tk.priority, lang)}</dd>
              <dt>{t.queue}</dt>
              <dd>{ticketQueueLabel(tk, lang, t.live)}</dd>
              <dt>{t.assignee}</dt>
              <dd>{tk.assignee ?? '–'}</dd>
              <dt>{t.channel}</dt>
              <dd>{channelLabel(tk.channel, lang)}</dd>
              <dt>{t.sla}</dt>
              <dd data-testid="ticket-sla">
                <SlaStanding sla={data.sla} dueAt={tk.slaDueAt} />
              </dd>
            </dl>
            <p className="grants">
              <span className={data.grants.verified ? 'ok' : 'bad'}>
                {data.grants.verified ? t.verified : t.notVerified}
              </span>
              {data.takenOverBy && <> · {fmt(t.takenOverBy, { who: data.takenOverBy })}</>}
            </p>
            <div className="toolbar">
              {data.takenOverBy === me.username ? (
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => run(() => post(`${base}/takeover`, { release: true }))}
                >
                  {t.handBack}
                </button>
              ) : (
                <button
                  type="button"
                  disabled={busy || closed}
                  onClick={() => run(() => post(`${base}/takeover`, {}))}
                >
                  {t.takeOver}
                </button>
              )}
              {closed ? (
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => run(() => post(`${base}/status`, { status: 'open' }))}
                >
                  {t.reopen}
                </button>
              ) : (
                tk.status !== 'pending_customer' && (
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => run(() => post(`${base}/status`, { status: 'pending_customer' }))}
                  >
                    {t.pending}
                  </button>
                )
              )}
            </div>
            <AssignForm
              key={`${tk.id}-${tk.version}`}
              base={base}
              current={{ assignee: tk.assignee, queue: tk.queue }}
              staff={staff}
              busy={busy}
              run={run}
            />
          </section>

          {lastEscalation && (
            <section aria-labelledby="handoff-h" className="panel">
              <h2 id="handoff-h">{t.handoff}</h2>
              <HandoffView escalation={lastEscalation} ticket={caseInput} />
            </section>
          )}

          <section aria-labelledby="diag-h" className="panel">
            <h2 id="diag-h">{t.diagnostics}</h2>
            <ActionsPanel data={data} busy={busy} run={run} />
          </section>

          <section aria-labelledby="kb-sugg-h" className="panel">
            <h2 id="kb-sugg-h">{t.suggestedArticles}</h2>
            <SuggestedArticles ticketId={tk.id} version={tk.version} />
          </section>

          <section aria-labelledby="close-h" className="panel">
            <h2 id="close-h">
              {t.escalate} / {t.resolve}
            </h2>
            <EscalateForm base={base} busy={busy} closed={closed} run={run} />
            <ResolveForm base={base} busy={busy} closed={closed} run={run} />
          </section>

          <section aria-labelledby="c360-h" className="panel">
            <h2 id="c360-h">{t.customer360}</h2>
            <Customer360Panel data={data.customer360} />
          </section>
        </aside>
      </div>
    </article>
  );
}

type Run = (fn: () => Promise<unknown>, done?: () => void) => Promise<boolean>;

/**
 * Assignee and queue start at the ticket's own; choosing another one saves it at once (a transfer is
 * two clicks, as in Chatwoot's conversation actions) and sends only what changed.
 */
function AssignForm(props: {
  base: string;
  current: { assignee: string | null; queue: string | null };
  staff: { username: string; displayName: string }[];
  busy: boolean;
  run: Run;
}) {
  const { t, lang } = useI18n();
  const save = (changed: Record<string, unknown>) =>
    void props.run(() => post(`${props.base}/assign`, changed));
  return (
    <div className="stack">
      <SavingSelect
        id="assignee"
        label={t.assignTo}
        initial={props.current.assignee ?? ''}
        busy={props.busy}
        onSave={(v) => save({ assignee: v || null })}
      >
        <option value="">{t.unassigned}</option>
        {props.staff.map((s) => (
          <option key={s.username} value={s.username}>
            {s.displayName} ({s.username})
          </option>
        ))}
      </SavingSelect>
      <SavingSelect
        id="move-queue"
        label={t.moveQueue}
        initial={props.current.queue ?? ''}
        busy={props.busy}
        onSave={(v) => v && save({ queue: v })}
      >
        {!props.current.queue && <option value="">{t.live}</option>}
        {QUEUES.map((q) => (
          <option key={q} value={q}>
            {queueLabel(q, lang)}
          </option>
        ))}
      </SavingSelect>
    </div>
  );
}

/** A labelled select that saves the value chosen when it differs from the initial one. */
function SavingSelect(props: {
  id: string;
  label: string;
  initial: string;
  busy: boolean;
  onSave: (value: string) => void;
  children: React.ReactNode;
}) {
  const [value, setValue] = useState(props.initial);
  return (
    <>
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={value}
        disabled={props.busy}
        onChange={(e) => {
          setValue(e.target.value);
          if (e.target.value !== props.initial) props.onSave(e.target.value);
        }}
      >
        {props.children}
      </select>
    </>
  );
}

function EscalateForm({
  base,
  busy,
  closed,
  run,
}: {
  base: string;
  busy: boolean;
  closed: boolean;
  run: Run;
}) {
  const { t, lang } = useI18n();
  const [queue, setQueue] = useState('tier2');
  const [reason, setReason] = useState('');
  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        if (reason.trim())
          void run(
            () => post(`${base}/escalate`, { queue, reason }),
            () => setReason(''),
          );
      }}
    >
      <label htmlFor="esc-queue">{t.escalate}</label>
      <select id="esc-queue" value={queue} onChange={(e) => setQueue(e.target.value)}>
        {QUEUES.map((q) => (
          <option key={q} value={q}>
            {queueLabel(q, lang)}
          </option>
        ))}
      </select>
      <label htmlFor="esc-reason">{t.reason}</label>
      <input id="esc-reason" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} />
      <button type="submit" disabled={busy || closed || !reason.trim()}>
        {t.escalate}
      </button>
    </form>
  );
}

function ResolveForm({
  base,
  busy,
  closed,
  run,
}: {
  base: string;
  busy: boolean;
  closed: boolean;
  run: Run;
}) {
  const { t } = useI18n();
  const [summary, setSummary] = useState('');
  const submit = () => {
    if (summary.trim())
      void run(
        () => post(`${base}/resolve`, { summary }),
        () => setSummary(''),
      );
  };
  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label htmlFor="summary">{t.summary}</label>
      <textarea
        id="summary"
        rows={2}
        value={summary}
        onChange={(e) => setSummary(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            submit();
          }
        }}
        maxLength={4000}
      />
      <button type="submit" disabled={busy || closed || !summary.trim()}>
        {t.resolve}
      </button>
    </form>
  );
}
