import type { Language, Queue } from '../../domain/index.js';
import { businessCalendar } from '../../tickets/business-calendar.js';
import { slaPoliciesOf, type OperatorSla } from '../../tickets/sla-policy.js';
import { fill, VOICE_TEXT } from './prompts.js';

// Where a caller goes when the case escalates to a person: the queue's phone number inside its
// business hours (the operator file's queues and SLA hours), else the time they will call back.

export interface QueueLine {
  /** The queue's name as the ISP calls it, or null. */
  name: string | null;
  /** The number to transfer to, or null when the queue has none. */
  phone: string | null;
  open: boolean;
  /** When a closed queue opens next. */
  opensAt: Date | null;
  timeZone: string;
}

export type QueueLines = (queue: Queue, at: Date) => QueueLine;

type QueueEntry = NonNullable<OperatorSla['queues'][Queue]> & { name?: string; phone?: string };

export function queueLines(op: {
  sla: OperatorSla['sla'];
  queues: Partial<Record<Queue, QueueEntry>>;
}): QueueLines {
  const policies = slaPoliciesOf(op);
  const calendars = new Map<Queue | null, ReturnType<typeof businessCalendar>>();
  const calendar = (queue: Queue) => {
    const key = policies.queues?.[queue]?.businessHours ? queue : null;
    if (!calendars.has(key))
      calendars.set(key, businessCalendar(policies.queues?.[queue]?.businessHours ?? policies.businessHours));
    return calendars.get(key)!;
  };
  return (queue, at) => {
    const entry = op.queues[queue];
    const cal = calendar(queue);
    const open = cal.between(at, new Date(at.getTime() + 60_000)) > 0;
    const timeZone = (policies.queues?.[queue]?.businessHours ?? policies.businessHours).timeZone;
    // One millisecond of working time after a closed moment falls right at the next opening.
    const opensAt = open ? null : new Date(cal.add(at, 1).getTime() - 1);
    return { name: entry?.name ?? null, phone: entry?.phone ?? null, open, opensAt, timeZone };
  };
}

/** "today at 08:00", "tomorrow at 08:00" or "Monday at 08:00", in the queue's time zone. */
export function spokenOpening(opensAt: Date, now: Date, timeZone: string, language: Language): string {
  const locale = language === 'sv' ? 'sv-SE' : 'en-GB';
  const time = new Intl.DateTimeFormat(locale, {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(opensAt);
  const dayOf = (d: Date) =>
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
      d,
    );
  const days = Math.round((Date.parse(dayOf(opensAt)) - Date.parse(dayOf(now))) / 86_400_000);
  if (days === 0) return fill(VOICE_TEXT.today[language], { time });
  if (days === 1) return fill(VOICE_TEXT.tomorrow[language], { time });
  // Beyond a week (holidays) the weekday alone would be ambiguous: the date is said too.
  const dayFormat: Intl.DateTimeFormatOptions =
    days > 6 ? { weekday: 'long', day: 'numeric', month: 'long' } : { weekday: 'long' };
  const day = new Intl.DateTimeFormat(locale, { timeZone, ...dayFormat }).format(opensAt);
  return fill(VOICE_TEXT.weekday[language], { day, time });
}
