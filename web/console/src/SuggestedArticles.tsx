// Help-centre and internal articles that fit the ticket (GET /api/v1/kb/suggest), on the ticket page.
import { useEffect, useState } from 'react';
import { api } from './api.js';
import { useI18n } from './i18n.js';

interface Hit {
  slug: string;
  title: string;
  url: string;
  audience: 'customer' | 'staff';
  excerpt?: string;
}

export function SuggestedArticles({ ticketId, version }: { ticketId: string; version: number }) {
  const { t } = useI18n();
  const [items, setItems] = useState<Hit[] | null>(null);
  useEffect(() => {
    api<{ items: Hit[] }>(`/api/v1/kb/suggest?ticketId=${encodeURIComponent(ticketId)}&limit=3`).then(
      (r) => setItems(r.items),
      () => setItems([]),
    );
  }, [ticketId, version]);
  if (!items || items.length === 0) return <p className="hint">–</p>;
  return (
    <ul className="suggested" data-testid="suggested-articles">
      {items.map((a) => (
        <li key={a.slug}>
          <a href={a.url} target="_blank" rel="noopener">
            {a.title}
          </a>{' '}
          {a.audience === 'staff' && <span className="badge">{t.internal}</span>}
          {a.excerpt && <p className="hint">{a.excerpt}</p>}
        </li>
      ))}
    </ul>
  );
}
