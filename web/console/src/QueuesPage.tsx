import { useCallback, useEffect, useState } from 'react';
import { api } from './api.js';
import { fmtTime } from './format.js';
import { useI18n } from './i18n.js';
import { useTicketChanges } from './live.js';
import { linkHandler, navigate } from './router.js';
import type { Ticket } from './types.js';

interface QueueCount {
  queue: string;
  open: number;
  escalated: number;
  pendingCustomer: number;
}

const STATUSES = ['new', 'open', 'pending_customer', 'pending_internal', 'escalated', 'resolved', 'closed'];

export function QueuesPage({ search }: { search: string }) {
  const { t, lang } = useI18n();
  const params = new URLSearchParams(search);
  const queue = params.get('queue') ?? '';
  const status = params.get('status') ?? '';
  const q = params.get('q') ?? '';
  const [counts, setCounts] = useState<QueueCount[]>([]);
  const [items, setItems] = useState<Ticket[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [text, setText] = useState(q);

  const load = useCallback(async () => {
    try {
      const qs = new URLSearchParams();
      if (queue) qs.set('queue', queue);
      if (status) qs.set('status', status);
      if (q) qs.set('q', q);
      const [c, l] = await Promise.all([
        api<{ queues: QueueCount[] }>('/api/v1/console/queues'),
        api<{ items: Ticket[] }>(`/api/v1/console/tickets?${qs}`),
      ]);
      setCounts(c.queues);
      setItems(l.items);
      setError(null);
    } catch (e) {
      setError(String((e as Error).message));
    }
  }, [queue, status, q]);

  useEffect(() => {
    void load();
  }, [load]);
  useTicketChanges(() => void load());

  const go = (next: Record<string, string>) => {
    const qs = new URLSearchParams({ queue, status, q, ...next });
    for (const [k, v] of [...qs]) if (!v) qs.delete(k);
    navigate(`/console${qs.size ? `?${qs}` : ''}`);
  };

  const queueName = (name: string) => (name === 'live' ? t.live : name);

  return (
    <section aria-labelledby="queues-h">
      <h1 id="queues-h">{t.queues}</h1>
      <div className="queue-tabs" role="group" aria-label={t.queues}>
        <button type="button" aria-pressed={queue === ''} onClick={() => go({ queue: '' })}>
          {t.allVisible}
        </button>
        {counts.map((c) => (
          <button type="button" key={c.queue} aria-pressed={queue === c.queue} onClick={() => go({ queue: c.queue })} data-testid={`queue-${c.queue}`}>
            {queueName(c.queue)} <span className="count">{c.open}</span>
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
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <label htmlFor="search">{t.search}</label>
        <input id="search" type="search" placeholder={t.searchPlaceholder} value={text} onChange={(e) => setText(e.target.value)} />
        <button type="submit">{t.search}</button>
      </form>
      {error && <p role="alert" className="error">{error}</p>}
      {items === null ? (
        <p>{t.loading}</p>
      ) : items.length === 0 ? (
        <p>{t.noTickets}</p>
      ) : (
        <table className="tickets">
          <caption className="sr-only">{t.tickets}</caption>
          <thead>
            <tr>
              <th scope="col">{t.reference}</th>
              <th scope="col">{t.subject}</th>
              <th scope="col">{t.status}</th>
              <th scope="col">{t.priority}</th>
              <th scope="col">{t.queue}</th>
              <th scope="col">{t.channel}</th>
              <th scope="col">{t.assignee}</th>
              <th scope="col">{t.updated}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((tk) => (
              <tr key={tk.id} data-testid="ticket-row">
                <td>
                  <a href={`/console/tickets/${tk.id}`} onClick={linkHandler(`/console/tickets/${tk.id}`)}>
                    {tk.reference}
                  </a>
                </td>
                <td>{tk.subject ?? tk.intent ?? '–'}</td>
                <td>
                  <span className={`badge status-${tk.status}`}>{tk.status}</span>
                </td>
                <td>{tk.priority}</td>
                <td>{tk.queue ? tk.queue : t.live}</td>
                <td>{tk.channel}</td>
                <td>{tk.assignee ?? '–'}</td>
                <td>{fmtTime(tk.updatedAt, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
