// In-app notifications: a badge in the header counting tickets that came to my queues (new there
// or moved there), customer replies on my tickets and SLA times about to run out (pushed by the
// console WebSocket); opening a ticket clears its notices. Once the user allows it, a system
// notification is shown too.
import { useEffect, useState } from 'react';
import { useI18n } from './i18n.js';
import { NotifyEmailForm } from './NotifyEmailForm.js';
import { useTicketChanges, type TicketChange } from './live.js';
import { linkHandler } from './router.js';

interface Notice {
  ticketId: string;
  reference: string;
  kind: NonNullable<TicketChange['notify']>;
}

const canNotify = () => typeof Notification !== 'undefined';

export function Notifications({ pathname }: { pathname: string }) {
  const { t, fmt } = useI18n();
  const [items, setItems] = useState<Notice[]>([]);
  const [open, setOpen] = useState(false);
  const [permission, setPermission] = useState(() => (canNotify() ? Notification.permission : 'denied'));
  const words = { queue: t.notifyQueue, moved: t.notifyMoved, reply: t.notifyReply, sla: t.notifySla };
  const text = (n: Notice) => fmt(words[n.kind], { ref: n.reference });

  useTicketChanges((changes: TicketChange[]) => {
    const fresh = changes.flatMap((c) =>
      c.notify ? [{ ticketId: c.ticketId, reference: c.reference, kind: c.notify }] : [],
    );
    if (!fresh.length) return;
    setItems((old) => [
      ...fresh.filter((n) => !old.some((o) => o.ticketId === n.ticketId && o.kind === n.kind)),
      ...old,
    ]);
    if (canNotify() && Notification.permission === 'granted') {
      for (const n of fresh) new Notification(text(n), { tag: `${n.ticketId}-${n.kind}` });
    }
  });

  // Opening a ticket clears its notices.
  useEffect(() => {
    const m = /^\/console\/tickets\/([^/]+)$/.exec(pathname);
    if (m)
      setItems((old) =>
        old.filter(
          (n) => n.ticketId !== decodeURIComponent(m[1]) && n.reference !== decodeURIComponent(m[1]),
        ),
      );
  }, [pathname]);

  return (
    <div className="notifications">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="notif-list"
        onClick={() => setOpen(!open)}
        data-testid="notifications"
      >
        {t.notifications} <span className="count">{items.length}</span>
      </button>
      {open && (
        <div id="notif-list" className="notif-list">
          <ul aria-label={t.notifications}>
            {permission === 'default' && (
              <li>
                <button
                  type="button"
                  onClick={() => void Notification.requestPermission().then(setPermission)}
                >
                  {t.allowDesktopNotifications}
                </button>
              </li>
            )}
            {items.length === 0 && <li>{t.noNotifications}</li>}
            {items.map((n) => (
              <li key={`${n.ticketId}-${n.kind}`}>
                <a
                  href={`/console/tickets/${n.ticketId}`}
                  onClick={(e) => {
                    setOpen(false);
                    linkHandler(`/console/tickets/${n.ticketId}`)(e);
                  }}
                >
                  {text(n)}
                </a>
              </li>
            ))}
          </ul>
          <NotifyEmailForm />
        </div>
      )}
    </div>
  );
}
