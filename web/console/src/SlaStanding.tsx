// A ticket's SLA as the console shows it: business time left, about to breach, breached or paused.
import type { SlaView } from '../../../src/staff/sla-view.js';
import { fmtDuration, fmtTime } from './format.js';
import { useI18n } from './i18n.js';

export function SlaStanding({ sla, dueAt }: { sla: SlaView | undefined; dueAt: string | null }) {
  const { t, fmt, lang } = useI18n();
  if (!sla || sla.standing === 'none') return <>–</>;
  const title = dueAt ? fmt(t.slaDueAt, { at: fmtTime(dueAt, lang) }) : undefined;
  switch (sla.standing) {
    case 'paused':
      return <span data-sla="paused">{t.slaPaused}</span>;
    case 'breached':
      return (
        <span className="sla-overdue" data-sla="breached" title={title}>
          {fmt(t.overdue, { d: fmtDuration(-(sla.leftMs ?? 0)) })}
        </span>
      );
    case 'due_soon':
      return (
        <span className="sla-soon" data-sla="due_soon" title={title}>
          {fmt(t.slaSoon, { d: fmtDuration(sla.leftMs) })}
        </span>
      );
    default:
      return (
        <span data-sla="ok" title={title}>
          {fmt(t.slaLeft, { d: fmtDuration(sla.leftMs) })}
        </span>
      );
  }
}
