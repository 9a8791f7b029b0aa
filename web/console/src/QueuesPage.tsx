import { useCallback, useEffect, useMemo, useState } from 'react';
import { TICKET_STATUSES } from '../../../src/domain/ticket-status.js';
import { api } from './api.js';
import { fmtDuration, fmtTime } from './format.js';
import { useI18n } from './i18n.js';
import {
  channelLabel,
  priorityLabel,
  queueLabel,
  statusLabel,
  ticketQueueLabel,
  ticketStatusLabel,
} from './labels.js';
import { useTicketChanges } from './live.js';
import { linkHandler, navigate } from './router.js';
import { SlaStanding } from './SlaStanding.js';
import type { Me, QueueRow } from './types.js';

interface QueueCount {
  queue: string;
  open: number;
  escalated: number;
  pendingCustomer: number;
}

/** "All open" (the default) asks for these; "all" asks for every status. */
const OPEN = ['new', 'open', 'pending_customer', 'pending_internal', 'escalated'];
const SORTS = ['waiting', 'sla', 'priority', 'updated'] as const;
type Sort = (typeof SORTS)[number];

const far = '9999';
const SORT_KEY: Record<Sort, (r: QueueRow) => string> = {
  // Longest-waiting first; nobody waiting goes last.
  waiting: (r) => r.waitingSince ?? far,
  // Least business time left first (breached before due soon); paused and none last.
  sla: (r) => (r.sla.leftMs === null ? far : String(r.sla.leftMs + 1e13).padStart(15, '0')),
  priority: (r) => `${r.priority}${r.waitingSince ?? far}`,
  updated: (r) => String(-Date.parse(r.updatedAt)).padStart(16, '0'),
};

export function QueuesPage({ search, me }: { search: string; me: Me }) {
  const { t, lang, fmt } = useI18n();
  const params = new URLSearchParams(search);
  const queue = params.get('queue') ?? '';
  const status = params.get('status') ?? '';
  const q = params.get('q') ?? '';
  const sort = (SORTS as readonly string[]).includes(params.get('sort') ?? '')
    ? (params.get('sort') as Sort)
    : 'waiting';
  const [counts, setCounts] = useState<QueueCount[]>([]);
  const [items, setItems] = useState<QueueRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [text, setText] = useState(q);
  const [now, setNow] = useState(() => Date.now());

  const load = useCallback(async () => {
    try {
      const qs = new URLSearchParams();
      if (queue) qs.set('queue', queue);
      if (status !== 'all') qs.set('status', status || OPEN.join(','));
      if (q) qs.set('q', q);
      const [c, l] = await Promise.all([
        api<{ queues: QueueCount[] }>('/api/v1/console/queues'),
        api<{ items: QueueRow[] }>(`/api/v1/console/tickets?${qs}`),
      ]);
      setCounts(c.queues);
      setItems(l.items);
      setNow(Date.now());
      setError(null);
    } catch (e) {
      setError(String((e as Error).message));
    }
  }, [queue, status, q]);

  useEffect(() => {
    void load();
  }, [load]);
  useTicketChanges(() => void load());

  const sorted = useMemo(
    () => (items ? [...items].sort((a, b) => SORT_KEY[sort](a).localeCompare(SORT_KEY[sort](b))) : null),
    [items, sort],
  );

  const go = (next: Record<string, string>) => {
    const qs = new URLSearchParams({ queue, status, q, sort: sort === 'waiting' ? '' : sort, ...next });
    for (const [k, v] of [...qs]) if (!v) qs.delete(k);
    navigate(`/console${qs.size ? `?${qs}` : ''}`);
  };

  function next() {
    const open = (sorted ?? []).find(
      (r) => OPEN.includes(r.status) && (r.assignee === null || r.assignee === me.username),
    );
    if (open) navigate(`/console/tickets/${open.id}`);
    else setNote(t.noNext);
  }

  const since = (iso: string | null) => (iso ? fmtDuration(Math.max(0, now - Date.parse(iso))) : '–');
  const sortHeader = (key: Sort, label: string) => (
    <th scope="col" aria-sort={sort === key ? 'ascending' : 'none'}>
      <button
        type="button"
        onClick={() => go({ sort: key === 'waiting' ? '' : key })}
        aria-label={fmt(t.sortBy, { col: label })}
      >
        {label}
        {sort === key ? ' ▲' : ''}
      </button>
    </th>
  );

  return (
    <section aria-labelledby="queues-h">
      <div className="queue-toolbar">
        <h1 id="queues-h">{t.queues}</h1>
        <button type="button" onClick={next} data-testid="next-ticket">
          {t.nextTicket}
        </button>
        {note && <span role="status">{note}</span>}
      </div>
      <div className="queue-tabs" role="group" aria-label={t.queues}>
        <button type="button" aria-pressed={queue === ''} onClick={() => go({ queue: '' })}>
          {t.allVisible}
        </button>
        {counts.map((c) => (
          <button
            type="button"
            key={c.queue}
            aria-pressed={queue === c.queue}
            onClick={() => go({ queue: c.queue })}
            data-testid={`queue-${c.queue}`}
          >
            {queueLabel(c.queue, lang)} <span className="count">{c.open}</span>
            <span className="sr-only"> {t.open}</span>
          </button>
        ))}
      </div>
      <form
        className="filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          go({ q: text.trim() });
        }}
      >
        <label htmlFor="status-filter">{t.status}</label>
        <select id="status-filter" value={status} onChange={(e) => go({ status: e.target.value })}>
          <option value="">{t.anyStatus}</option>
          <option value="all">{t.allStatuses}</option>
          {TICKET_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s, lang)}
            </option>
          ))}
        </select>
        <label htmlFor="search">{t.search}</label>
        <input
          id="search"
          type="search"
          placeholder={t.searchPlaceholder}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit">{t.search}</button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {sorted === null ? (
        <p>{t.loading}</p>
      ) : sorted.length === 0 ? (
        <p>{t.noTickets}</p>
      ) : (
        <div className="table-scroll" role="region" aria-label={t.tickets} tabIndex={0}>
          <table className="tickets">
            <caption className="sr-only">{t.tickets}</caption>
            <thead>
              <tr>
                <th scope="col">{t.reference}</th>
                <th scope="col">{t.customer}</th>
                <th scope="col">{t.lastMessage}</th>
                <th scope="col">{t.status}</th>
                {sortHeader('waiting', t.waiting)}
                {sortHeader('sla', t.sla)}
                {sortHeader('priority', t.priority)}
                <th scope="col">{t.queue}</th>
                <th scope="col" className="opt">
                  {t.channel}
                </th>
                <th scope="col">{t.assignee}</th>
                {sortHeader('updated', t.updated)}
              </tr>
            </thead>
            <tbody>
              {sorted.map((tk) => (
                <tr key={tk.id} data-testid="ticket-row">
                  <td>
                    <a href={`/console/tickets/${tk.id}`} onClick={linkHandler(`/console/tickets/${tk.id}`)}>
                      {tk.reference}
                    </a>
                  </td>
                  <td>{tk.customerName ?? '–'}</td>
                  <td className="last" title={tk.lastMessage?.text} data-testid="last-message">
                    {tk.lastMessage ? tk.lastMessage.text : (tk.subject ?? '–')}
                  </td>
                  <td>
                    <span className={`badge status-${tk.status}`} data-status={tk.status}>
                      {ticketStatusLabel(tk, lang)}
                    </span>
                  </td>
                  <td data-testid="waiting">{since(tk.waitingSince)}</td>
                  <td data-testid="sla">
                    <SlaStanding sla={tk.sla} dueAt={tk.slaDueAt} />
                  </td>
                  <td>{priorityLabel(tk.priority, lang)}</td>
                  <td>{ticketQueueLabel(tk, lang, t.live)}</td>
                  <td className="opt">{channelLabel(tk.channel, lang)}</td>
                  <td>{tk.assignee ?? '–'}</td>
                  <td>{fmtTime(tk.updatedAt, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
