// The signed-in staff member's e-mail notifications: an address and which notices to mail.
import { useEffect, useState, type FormEvent } from 'react';
import { api } from './api.js';
import { useI18n } from './i18n.js';

const KINDS = ['queue', 'reply', 'sla'] as const;
type Kind = (typeof KINDS)[number];

export function NotifyEmailForm() {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [events, setEvents] = useState<Kind[]>([]);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    api<{ email: string; events: Kind[] }>('/api/v1/console/me/notify-email').then(
      (s) => {
        setEmail(s.email);
        setEvents(s.events);
      },
      () => undefined,
    );
  }, []);

  async function save(e: FormEvent) {
    e.preventDefault();
    try {
      const s = await api<{ email: string; events: Kind[] }>('/api/v1/console/me/notify-email', {
        method: 'PUT',
        body: { email, events },
      });
      setEvents(s.events);
      setStatus({ ok: true, text: t.saved });
    } catch (err) {
      setStatus({ ok: false, text: (err as Error).message });
    }
  }

  const label: Record<Kind, string> = {
    queue: t.notifyEmailQueue,
    reply: t.notifyEmailReply,
    sla: t.notifyEmailSla,
  };
  return (
    <form className="notify-email" onSubmit={(e) => void save(e)} aria-labelledby="notify-email-h">
      <h2 id="notify-email-h">{t.notifyEmail}</h2>
      <label htmlFor="notify-email">{t.notifyEmailAddress}</label>
      <input
        id="notify-email"
        type="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        autoComplete="email"
      />
      {KINDS.map((k) => (
        <label key={k} className="check">
          <input
            type="checkbox"
            checked={events.includes(k)}
            onChange={(e) => setEvents(e.target.checked ? [...events, k] : events.filter((x) => x !== k))}
          />{' '}
          {label[k]}
        </label>
      ))}
      <button type="submit">{t.save}</button>
      {status && (
        <p role={status.ok ? 'status' : 'alert'} className={status.ok ? 'ok' : 'error'}>
          {status.text}
        </p>
      )}
    </form>
  );
}
