import { fmtTime } from './format.js';
import { useI18n, type Lang } from './i18n.js';
import {
  actionLabel,
  actorLabel,
  evidenceEntry,
  humanize,
  intentLabel,
  queueLabel,
  severityLabel,
  statusLabel,
} from './labels.js';
import type { Finding, TimelineEvent } from './types.js';
import { actionErrorLabel, customerStepLabel, outcomeLabel, reasonLabel } from './case-labels.js';
import { CaseFacts } from './CaseFacts.js';
import { caseFacts, type CaseInput } from './case-summary.js';

export function FindingView({ f }: { f: Finding }) {
  const { t, lang } = useI18n();
  const entries = Object.entries(f.evidence.values).map(([k, v]) => ({
    key: k,
    ...evidenceEntry(k, v, lang),
  }));
  const thresholds = Object.entries(f.evidence.thresholds ?? {}).map(([k, v]) => ({
    key: k,
    ...evidenceEntry(k, v, lang),
  }));
  return (
    <div className={`finding sev-${f.severity}`}>
      <strong>{f.explanation[lang] ?? f.explanation.en}</strong>{' '}
      <span className="badge">{severityLabel(f.severity, lang)}</span> <code className="code">{f.code}</code>
      <dl className="evidence" aria-label={t.evidence}>
        {entries.map((e) => (
          <div key={e.key}>
            <dt>{e.label}</dt>
            <dd>{e.value}</dd>
          </div>
        ))}
        {thresholds.length > 0 && (
          <div>
            <dt>{t.thresholds}</dt>
            <dd>{thresholds.map((e) => `${e.label}: ${e.value}`).join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>{t.source}</dt>
          <dd>{f.evidence.source}</dd>
        </div>
      </dl>
    </div>
  );
}

function body(e: TimelineEvent, lang: Lang, ticket: CaseInput | undefined) {
  switch (e.type) {
    case 'message_in':
    case 'message_out':
      return (
        <>
          <p className="text">{String(e.text)}</p>
          {Array.isArray(e.options) && e.options.length > 0 && (
            <p className="options">[{(e.options as string[]).join(' | ')}]</p>
          )}
        </>
      );
    case 'note':
      return <p className="text">{String(e.text)}</p>;
    case 'finding':
      return <FindingView f={e.finding as Finding} />;
    case 'triage':
      return (
        <p>
          {intentLabel(String(e.intent), lang)} ({Math.round(Number(e.confidence) * 100)} %),{' '}
          {String(e.language)}, {String(e.priority)}
        </p>
      );
    case 'action_requested':
      return (
        <p>
          <strong>{actionLabel(String(e.action), lang)}</strong> – {reasonLabel(String(e.reason), lang)}
        </p>
      );
    case 'action_done':
      return (
        <p>
          <strong>{actionLabel(String(e.action), lang)}</strong>{' '}
          {e.result && typeof e.result === 'object'
            ? Object.entries(e.result as Record<string, unknown>)
                .map(([k, v]) => {
                  const x = evidenceEntry(k, v, lang);
                  return `${x.label}: ${x.value}`;
                })
                .join(', ')
            : ''}
        </p>
      );
    case 'action_failed':
      return (
        <p>
          <strong>{actionLabel(String(e.action), lang)}</strong> – {actionErrorLabel(String(e.error), lang)}{' '}
          {e.code ? `(${String(e.code)})` : ''}
        </p>
      );
    case 'customer_step':
      return <p>{customerStepLabel(String(e.step), String(e.result), lang)}</p>;
    case 'status_change':
      return (
        <p>
          {statusLabel(String(e.from), lang)} → {statusLabel(String(e.to), lang)}{' '}
          {e.reason ? `(${String(e.reason)})` : ''}
        </p>
      );
    case 'escalation':
      return (
        <p>
          → <strong>{queueLabel(String(e.queue), lang)}</strong>: {reasonLabel(String(e.reason), lang)}
        </p>
      );
    case 'queue_change':
      return (
        <p>
          {e.from ? queueLabel(String(e.from), lang) : '–'} →{' '}
          <strong>{queueLabel(String(e.to), lang)}</strong>
        </p>
      );
    case 'resolution': {
      const s = e.summary as { customer: string; staff: string } | undefined;
      const detail = e.queue
        ? queueLabel(String(e.queue), lang)
        : humanize(String(e.disposition).split('.').at(-1) ?? '');
      // A person's summary is their own words. The agent's stored summary is prose in the customer's
      // language and in English; staff read it as facts in the console's language instead.
      if (e.actor.kind === 'staff' || !ticket)
        return (
          <p>
            <strong>{outcomeLabel(String(e.outcome), lang)}</strong> ({detail}) – {s?.staff}
          </p>
        );
      const queue = typeof e.queue === 'string' ? e.queue : null;
      return <CaseFacts facts={caseFacts(ticket, lang, { outcome: String(e.outcome), queue })} />;
    }
    case 'csat':
      return (
        <p>
          {String(e.score)}/5 {e.comment ? `– ${String(e.comment)}` : ''}
        </p>
      );
    default:
      return <pre>{JSON.stringify(e, null, 1)}</pre>;
  }
}

/** The ticket's events oldest first (newest at the bottom); events in `fresh` arrived while the page was open. */
export function Timeline({
  events,
  fresh,
  ticket,
}: {
  events: TimelineEvent[];
  fresh?: ReadonlySet<number>;
  /** The ticket the events belong to, for the agent's case summary in the console's language. */
  ticket?: CaseInput;
}) {
  const { t, lang } = useI18n();
  return (
    <ol className="timeline" aria-label={t.timeline}>
      {events.map((e) => (
        <li
          key={e.id}
          className={`ev ev-${e.type} actor-${e.actor.kind}${e.internal ? ' internal' : ''}${fresh?.has(e.id) ? ' fresh' : ''}`}
          data-testid={`ev-${e.type}`}
        >
          <div className="ev-head">
            <span className="ev-type">{t.events[e.type] ?? e.type}</span>
            <span className="ev-actor">
              {actorLabel(e.actor.kind, lang)}
              {e.actor.id ? ` · ${e.actor.id}` : ''}
            </span>
            <time dateTime={e.at}>{fmtTime(e.at, lang)}</time>
            {fresh?.has(e.id) && <span className="badge fresh-badge">{t.newMarker}</span>}
          </div>
          {body(e, lang, ticket)}
        </li>
      ))}
    </ol>
  );
}
