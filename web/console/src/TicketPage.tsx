import { useCallback, useEffect, useState } from 'react';
import { api, post } from './api.js';
import { Customer360Panel, HandoffView } from './Customer360Panel.js';
import { fmtTime } from './format.js';
import { useI18n } from './i18n.js';
import { useTicketChanges } from './live.js';
import { linkHandler } from './router.js';
import { Timeline } from './Timeline.js';
import type { Finding, Me, TicketDetail } from './types.js';

const QUEUES = ['agents', 'tier2', 'noc', 'field', 'billing', 'sales', 'security'];
const ACTIONS = [
  'cpe_reboot',
  'cpe_factory_reset',
  'cpe_firmware_upgrade',
  'wifi_password_change',
  'wifi_ssid_change',
  'wifi_channel_change',
  'wifi_radio_enable',
  'dns_reset',
  'pppoe_credentials_resync',
  'admin_password_change',
  'port_forward_add',
  'account_unlock',
  'account_password_reset',
];

interface Cause {
  cause: string;
  score: number;
  tier1Fixable: boolean;
  suggestedAction?: string;
  suggestedStep?: string;
  escalateTo?: string;
  findings: Finding[];
}

export function TicketPage({ id, me }: { id: string; me: Me }) {
  const { t, lang, fmt } = useI18n();
  const [data, setData] = useState<TicketDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [causes, setCauses] = useState<Cause[] | null>(null);
  const [secrets, setSecrets] = useState<Record<string, string> | null>(null);
  const [staff, setStaff] = useState<{ username: string; displayName: string }[]>([]);
  const [reply, setReply] = useState('');
  const [note, setNote] = useState('');
  const [escQueue, setEscQueue] = useState('tier2');
  const [escReason, setEscReason] = useState('');
  const [assignee, setAssignee] = useState('');
  const [moveQueue, setMoveQueue] = useState('');
  const [summary, setSummary] = useState('');
  const [action, setAction] = useState('cpe_reboot');
  const [lastResort, setLastResort] = useState(false);

  const load = useCallback(async () => {
    try {
      setData(await api<TicketDetail>(`/api/v1/console/tickets/${encodeURIComponent(id)}`));
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }, [id]);

  useEffect(() => {
    void load();
    void api<{ staff: { username: string; displayName: string }[] }>('/api/v1/console/staff').then((r) => setStaff(r.staff), () => undefined);
  }, [load]);
  useTicketChanges((changes) => {
    if (changes.some((c) => c.ticketId === data?.ticket.id)) void load();
  });

  async function run(fn: () => Promise<unknown>, done?: () => void) {
    setBusy(true);
    setStatus(null);
    try {
      await fn();
      done?.();
      setStatus(t.saved);
      await load();
    } catch (e) {
      setStatus(fmt(t.error, { msg: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  }

  if (error) return <p role="alert" className="error">{error}</p>;
  if (!data) return <p>{t.loading}</p>;
  const tk = data.ticket;
  const base = `/api/v1/console/tickets/${tk.id}`;
  const closed = tk.status === 'resolved' || tk.status === 'closed';
  const lastEscalation = data.escalations.at(-1);

  return (
    <article className="ticket" aria-labelledby="ticket-h">
      <p>
        <a href="/console" onClick={linkHandler('/console')}>
          ← {t.back}
        </a>
      </p>
      <h1 id="ticket-h">
        {tk.reference} <span className={`badge status-${tk.status}`} data-testid="ticket-status">{tk.status}</span>
      </h1>
      <dl className="kv inline">
        <dt>{t.intent}</dt>
        <dd>{tk.intent ?? '–'}</dd>
        <dt>{t.priority}</dt>
        <dd>{tk.priority}</dd>
        <dt>{t.queue}</dt>
        <dd>{tk.queue ?? t.live}</dd>
        <dt>{t.assignee}</dt>
        <dd>{tk.assignee ?? '–'}</dd>
        <dt>{t.channel}</dt>
        <dd>{tk.channel}</dd>
        <dt>{t.sla}</dt>
        <dd>{fmtTime(tk.slaDueAt, lang)}</dd>
      </dl>
      <p className="grants">
        <span className={data.grants.verified ? 'ok' : 'bad'}>{data.grants.verified ? t.verified : t.notVerified}</span> · {t.consents}:{' '}
        {data.grants.consents.length ? data.grants.consents.join(', ') : t.none}
        {data.takenOverBy && <> · {fmt(t.takenOverBy, { who: data.takenOverBy })}</>}
      </p>
      {status && (
        <p role="status" className="status-msg" data-testid="status-msg">
          {status}
        </p>
      )}

      <div className="columns">
        <div className="col-main">
          <section aria-labelledby="tools-h" className="tools">
            <h2 id="tools-h" className="sr-only">
              {t.action}
            </h2>
            <div className="toolbar">
              {data.takenOverBy === me.username ? (
                <button type="button" disabled={busy} onClick={() => run(() => post(`${base}/takeover`, { release: true }))}>
                  {t.handBack}
                </button>
              ) : (
                <button type="button" disabled={busy || closed} onClick={() => run(() => post(`${base}/takeover`, {}))}>
                  {t.takeOver}
                </button>
              )}
              <button
                type="button"
                disabled={busy}
                onClick={() =>
                  run(async () => {
                    setStatus(t.diagnosticsRunning);
                    const r = await post<{ causes: Cause[] }>(`${base}/diagnostics`, {});
                    setCauses(r.causes);
                  })
                }
              >
                {t.runDiagnostics}
              </button>
            </div>
            {causes && (
              <div className="causes" data-testid="diagnosis" aria-live="polite">
                <h3>{t.diagnosis}</h3>
                {causes.length === 0 ? (
                  <p>{t.noCause}</p>
                ) : (
                  <ol>
                    {causes.map((c) => (
                      <li key={c.cause}>
                        <strong>{c.cause}</strong> ({t.score} {c.score}){c.suggestedAction ? ` → ${c.suggestedAction}` : ''}
                        {c.suggestedStep ? ` → ${c.suggestedStep}` : ''}
                        {c.escalateTo ? ` → ${c.escalateTo}` : ''}
                      </li>
                    ))}
                  </ol>
                )}
              </div>
            )}

            <form
              onSubmit={(e) => {
                e.preventDefault();
                if (reply.trim()) void run(() => post(`${base}/reply`, { text: reply }), () => setReply(''));
              }}
            >
              <label htmlFor="reply">{t.replyLabel}</label>
              <textarea id="reply" rows={3} value={reply} onChange={(e) => setReply(e.target.value)} maxLength={4000} />
              <button type="submit" disabled={busy || !reply.trim()}>
                {t.send}
              </button>
            </form>

            <form
              onSubmit={(e) => {
                e.preventDefault();
                if (note.trim()) void run(() => post(`${base}/note`, { text: note }), () => setNote(''));
              }}
            >
              <label htmlFor="note">{t.noteLabel}</label>
              <textarea id="note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} maxLength={4000} />
              <button type="submit" disabled={busy || !note.trim()}>
                {t.addNote}
              </button>
            </form>

            <form
              className="row"
              onSubmit={(e) => {
                e.preventDefault();
                void run(async () => {
                  setSecrets(null);
                  const r = await post<{ secrets: Record<string, string> | null }>(`${base}/actions`, { action, lastResort });
                  setSecrets(r.secrets);
                });
              }}
            >
              <label htmlFor="action">{t.action}</label>
              <select id="action" value={action} onChange={(e) => setAction(e.target.value)}>
                {ACTIONS.map((a) => (
                  <option key={a} value={a}>
                    {a}
                  </option>
                ))}
              </select>
              {action === 'cpe_factory_reset' && (
                <label>
                  <input type="checkbox" checked={lastResort} onChange={(e) => setLastResort(e.target.checked)} /> {t.lastResort}
                </label>
              )}
              <button type="submit" disabled={busy || closed}>
                {t.runAction}
              </button>
            </form>
            {secrets && (
              <p className="secret" role="status">
                {t.secretNote}{' '}
                {Object.entries(secrets).map(([k, v]) => (
                  <code key={k}>
                    {k}: {v}
                  </code>
                ))}
              </p>
            )}

            <form
              className="row"
              onSubmit={(e) => {
                e.preventDefault();
                if (escReason.trim()) void run(() => post(`${base}/escalate`, { queue: escQueue, reason: escReason }), () => setEscReason(''));
              }}
            >
              <label htmlFor="esc-queue">{t.escalate}</label>
              <select id="esc-queue" value={escQueue} onChange={(e) => setEscQueue(e.target.value)}>
                {QUEUES.map((q) => (
                  <option key={q} value={q}>
                    {q}
                  </option>
                ))}
              </select>
              <label htmlFor="esc-reason">{t.reason}</label>
              <input id="esc-reason" value={escReason} onChange={(e) => setEscReason(e.target.value)} maxLength={1000} />
              <button type="submit" disabled={busy || closed || !escReason.trim()}>
                {t.escalate}
              </button>
            </form>

            <form
              className="row"
              onSubmit={(e) => {
                e.preventDefault();
                const body: Record<string, unknown> = { assignee: assignee || null };
                if (moveQueue) body.queue = moveQueue;
                void run(() => post(`${base}/assign`, body));
              }}
            >
              <label htmlFor="assignee">{t.assignTo}</label>
              <select id="assignee" value={assignee} onChange={(e) => setAssignee(e.target.value)}>
                <option value="">{t.unassigned}</option>
                {staff.map((s) => (
                  <option key={s.username} value={s.username}>
                    {s.displayName} ({s.username})
                  </option>
                ))}
              </select>
              <label htmlFor="move-queue">{t.moveQueue}</label>
              <select id="move-queue" value={moveQueue} onChange={(e) => setMoveQueue(e.target.value)}>
                <option value="">{t.keepQueue}</option>
                {QUEUES.map((q) => (
                  <option key={q} value={q}>
                    {q}
                  </option>
                ))}
              </select>
              <button type="submit" disabled={busy}>
                {t.assign}
              </button>
            </form>

            <form
              onSubmit={(e) => {
                e.preventDefault();
                if (summary.trim()) void run(() => post(`${base}/resolve`, { summary }), () => setSummary(''));
              }}
            >
              <label htmlFor="summary">{t.summary}</label>
              <textarea id="summary" rows={2} value={summary} onChange={(e) => setSummary(e.target.value)} maxLength={4000} />
              <button type="submit" disabled={busy || closed || !summary.trim()}>
                {t.resolve}
              </button>
            </form>
          </section>

          <section aria-labelledby="tl-h">
            <h2 id="tl-h">{t.timeline}</h2>
            <Timeline events={data.timeline} />
          </section>
        </div>

        <aside className="col-side">
          {lastEscalation && (
            <section aria-labelledby="handoff-h">
              <h2 id="handoff-h">{t.handoff}</h2>
              <HandoffView escalation={lastEscalation} />
            </section>
          )}
          <section aria-labelledby="c360-h">
            <h2 id="c360-h">{t.customer360}</h2>
            <Customer360Panel data={data.customer360} />
          </section>
        </aside>
      </div>
    </article>
  );
}
