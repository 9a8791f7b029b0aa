// Staff notifications by e-mail (for those who asked for them): a ticket arrived in one of my
// queues (new there, or moved there by someone), the customer answered on a ticket I own, a ticket's SLA time is about to run out (or
// has). Run as a job on any instance: each notice is claimed in the database before it is mailed,
// so it goes out once; nothing from before a staff member's settings were saved is mailed.
import { randomUUID } from 'node:crypto';
import type { StoredTimelineEvent, Ticket } from '../domain/index.js';
import type { OutboundMail } from '../channels/email/ports.js';
import type { TicketStore } from '../tickets/ports.js';
import { slaClock, type SlaClock } from '../tickets/sla-policy.js';
import type { NoticeKind, NoticeStore, NotifySettings } from './notice-store.js';
import { queueArrival } from './queue-arrival.js';
import { canSeeTicket, queuesForRole, type StaffRole } from './roles.js';
import { slaView } from './sla-view.js';

const TEXT: Record<NoticeKind | 'moved', { sv: string; en: string }> = {
  queue: { sv: 'Nytt ärende i din kö: {ref}', en: 'New ticket in your queue: {ref}' },
  moved: { sv: 'Ärende flyttat till din kö: {ref}', en: 'Ticket moved to your queue: {ref}' },
  reply: { sv: 'Kunden har svarat på {ref}', en: 'The customer replied on {ref}' },
  sla: {
    sv: 'SLA-tiden för {ref} går snart ut eller har gått ut',
    en: 'The SLA time of {ref} is about to run out or has run out',
  },
};

const OPEN: Ticket['status'][] = ['new', 'open', 'pending_customer', 'pending_internal', 'escalated'];

export interface StaffNoticeMailerDeps {
  tickets: Pick<TicketStore, 'list' | 'timeline'>;
  users: () => Promise<{ username: string; role: StaffRole; active: boolean }[]>;
  notices: NoticeStore;
  outbox: { enqueue(mail: OutboundMail): Promise<string> };
  sla?: SlaClock;
  now?: () => Date;
  /** The desk's public address, for the link to the ticket. */
  publicUrl?: string;
}

interface Candidate {
  kind: NoticeKind;
  mark: string;
  /** The words of the notice: a ticket moved into the queue reads differently from a new one. */
  text: NoticeKind | 'moved';
}

/** The notices a staff member has coming for a ticket (before de-duplication). */
function candidates(
  t: Ticket,
  s: NotifySettings,
  role: StaffRole,
  events: StoredTimelineEvent[],
  standing: string,
): Candidate[] {
  const queues = queuesForRole(role);
  const out: Candidate[] = [];
  const after = (e: StoredTimelineEvent | undefined) => e !== undefined && e.at >= s.updatedAt;
  // New in one of my queues (escalated or routed there) or moved there by someone, and not mine already.
  if (s.events.includes('queue') && t.queue && t.assignee !== s.username && queues.includes(t.queue)) {
    const arrival = queueArrival(events, t.queue);
    if (arrival && after(arrival))
      out.push({
        kind: 'queue',
        mark: `${t.queue}:${arrival.id}`,
        text: arrival.type === 'queue_change' ? 'moved' : 'queue',
      });
  }
  if (s.events.includes('reply') && t.assignee === s.username) {
    const lastIn = events.filter((e) => e.type === 'message_in').at(-1);
    const lastOut = events.filter((e) => e.type === 'message_out' && !e.internal).at(-1);
    if (lastIn && after(lastIn) && (!lastOut || lastOut.id < lastIn.id))
      out.push({ kind: 'reply', mark: String(lastIn.id), text: 'reply' });
  }
  const concerned = t.assignee ? t.assignee === s.username : t.queue !== null && queues.includes(t.queue);
  if (s.events.includes('sla') && concerned && (standing === 'due_soon' || standing === 'breached'))
    out.push({ kind: 'sla', mark: standing, text: 'sla' });
  return out;
}

export function createStaffNoticeMailer(deps: StaffNoticeMailerDeps) {
  const clock = deps.sla ?? slaClock();
  const link = (t: Ticket) => `${(deps.publicUrl ?? '').replace(/\/$/, '')}/console/tickets/${t.id}`;

  function mail(to: string, kind: Candidate['text'], t: Ticket): OutboundMail {
    const sv = TEXT[kind].sv.replace('{ref}', t.reference);
    const en = TEXT[kind].en.replace('{ref}', t.reference);
    const text = `${sv}\n${en}\n\n${link(t)}\n`;
    return {
      ticketId: null,
      to,
      subject: `Frontline: ${sv}`,
      text,
      html: '',
      messageId: `<staff-notice-${randomUUID()}@frontline>`,
      inReplyTo: null,
      references: [],
      headers: {},
    };
  }

  return {
    /** Mails what is due; returns how many notices went to the outbox. */
    async run(): Promise<number> {
      const subscribers = await deps.notices.allSettings();
      if (subscribers.length === 0) return 0;
      const users = new Map((await deps.users()).filter((u) => u.active).map((u) => [u.username, u]));
      const now = deps.now?.() ?? new Date();
      const { items } = await deps.tickets.list({ status: OPEN, limit: 500 });
      const since = subscribers.map((s) => s.updatedAt).sort()[0];
      let sent = 0;
      for (const t of items) {
        const standing = slaView(t, clock, now).standing;
        // A ticket untouched since everyone's settings has no new arrival or reply to tell.
        const events = t.updatedAt >= since ? await deps.tickets.timeline(t.id) : [];
        for (const s of subscribers) {
          const user = users.get(s.username);
          if (!user || !canSeeTicket(user.role, user.username, t)) continue;
          for (const c of candidates(t, s, user.role, events, standing)) {
            if (
              !(await deps.notices.claim({
                username: s.username,
                ticketId: t.id,
                kind: c.kind,
                mark: c.mark,
                at: now.toISOString(),
              }))
            )
              continue;
            await deps.outbox.enqueue(mail(s.email, c.text, t));
            sent++;
          }
        }
      }
      return sent;
    },
  };
}
