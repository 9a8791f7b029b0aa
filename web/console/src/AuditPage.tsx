// Supervisors' view of the audit log: filter by ticket, customer, actor and action.
import { useCallback, useEffect, useState } from 'react';
import { api } from './api.js';
import { fmtTime } from './format.js';
import { useI18n } from './i18n.js';
import { ScrollRegion } from './ScrollRegion.js';
import { actorLabel } from './labels.js';

interface Entry {
  id: number;
  at: string;
  action: string;
  actor: { kind: string; id: string | null };
  target: string;
  reason: string;
}

const FIELDS = ['ticket', 'customer', 'actor', 'action'] as const;
type Field = (typeof FIELDS)[number];

export function AuditPage() {
  const { t, lang, fmt } = useI18n();
  const [filter, setFilter] = useState<Record<Field, string>>({
    ticket: '',
    customer: '',
    actor: '',
    action: '',
  });
  const [query, setQuery] = useState('');
  const [items, setItems] = useState<Entry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const labels: Record<Field, string> = {
    ticket: t.reference,
    customer: t.customerNumber,
    actor: t.actor,
    action: t.what,
  };

  const load = useCallback(async () => {
    try {
      setItems((await api<{ items: Entry[] }>(`/api/v1/console/audit${query}`)).items);
      setError(null);
    } catch (e) {
      setItems([]);
      setError(fmt(t.error, { msg: (e as Error).message }));
    }
  }, [query, fmt, t]);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section aria-labelledby="audit-h">
      <h1 id="audit-h">{t.auditLog}</h1>
      <form
        className="filters"
        aria-label={t.filter}
        onSubmit={(e) => {
          e.preventDefault();
          const qs = new URLSearchParams();
          for (const f of FIELDS) if (filter[f].trim()) qs.set(f, filter[f].trim());
          setQuery(qs.size ? `?${qs}` : '');
        }}
      >
        {FIELDS.map((f) => (
          <span key={f}>
            <label htmlFor={`audit-${f}`}>{labels[f]}</label>{' '}
            <input
              id={`audit-${f}`}
              value={filter[f]}
              onChange={(e) => setFilter({ ...filter, [f]: e.target.value })}
            />
          </span>
        ))}
        <button type="submit">{t.filter}</button>
      </form>
      {error && (
        <p role="alert" className="notice error">
          {error}
        </p>
      )}
      {items === null ? (
        <p>{t.loading}</p>
      ) : (
        <ScrollRegion label={t.auditLog}>
          <table data-testid="audit">
            <caption className="sr-only">{t.auditLog}</caption>
            <thead>
              <tr>
                <th scope="col">{t.when}</th>
                <th scope="col">{t.what}</th>
                <th scope="col">{t.actor}</th>
                <th scope="col">{t.target}</th>
                <th scope="col">{t.reason}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => (
                <tr key={e.id} data-testid="audit-row">
                  <td>{fmtTime(e.at, lang)}</td>
                  <td>
                    <code>{e.action}</code>
                  </td>
                  <td>
                    {actorLabel(e.actor.kind, lang)}
                    {e.actor.id ? ` · ${e.actor.id}` : ''}
                  </td>
                  <td>{e.target}</td>
                  <td>{e.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
