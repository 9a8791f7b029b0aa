import { fmtTime } from './format.js';
import { useI18n } from './i18n.js';
import type { Finding, TimelineEvent } from './types.js';

function FindingView({ f }: { f: Finding }) {
  const { lang } = useI18n();
  return (
    <div className={`finding sev-${f.severity}`}>
      <strong>{f.code}</strong> <span className="badge">{f.severity}</span>
      <div>{f.explanation[lang] ?? f.explanation.en}</div>
      <dl className="evidence">
        {Object.entries(f.evidence.values).map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{typeof v === 'object' ? JSON.stringify(v) : String(v)}</dd>
          </div>
        ))}
        {f.evidence.thresholds && (
          <div>
            <dt>thresholds</dt>
            <dd>{JSON.stringify(f.evidence.thresholds)}</dd>
          </div>
        )}
        <div>
          <dt>source</dt>
          <dd>{f.evidence.source}</dd>
        </div>
      </dl>
    </div>
  );
}

function body(e: TimelineEvent) {
  switch (e.type) {
    case 'message_in':
    case 'message_out':
      return (
        <>
          <p className="text">{String(e.text)}</p>
          {Array.isArray(e.options) && e.options.length > 0 && <p className="options">[{(e.options as string[]).join(' | ')}]</p>}
        </>
      );
    case 'note':
      return <p className="text">{String(e.text)}</p>;
    case 'finding':
      return <FindingView f={e.finding as Finding} />;
    case 'triage':
      return (
        <p>
          {String(e.intent)} ({Math.round(Number(e.confidence) * 100)} %), {String(e.language)}, {String(e.priority)}
        </p>
      );
    case 'action_requested':
      return (
        <p>
          <strong>{String(e.action)}</strong> – {String(e.reason)}
        </p>
      );
    case 'action_done':
      return (
        <p>
          <strong>{String(e.action)}</strong> {e.result ? JSON.stringify(e.result) : ''}
        </p>
      );
    case 'action_failed':
      return (
        <p>
          <strong>{String(e.action)}</strong> – {String(e.error)} {e.code ? `(${String(e.code)})` : ''}
        </p>
      );
    case 'customer_step':
      return (
        <p>
          {String(e.step)}: {String(e.result)}
        </p>
      );
    case 'status_change':
      return (
        <p>
          {String(e.from)} → {String(e.to)} {e.reason ? `(${String(e.reason)})` : ''}
        </p>
      );
    case 'escalation':
      return (
        <p>
          → <strong>{String(e.queue)}</strong>: {String(e.reason)}
        </p>
      );
    case 'resolution': {
      const s = e.summary as { customer: string; staff: string };
      return (
        <p>
          <strong>{String(e.outcome)}</strong> ({String(e.disposition)}) – {s?.staff}
        </p>
      );
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

export function Timeline({ events }: { events: TimelineEvent[] }) {
  const { t, lang } = useI18n();
  return (
    <ol className="timeline" aria-label={t.timeline}>
      {events.map((e) => (
        <li key={e.id} className={`ev ev-${e.type} actor-${e.actor.kind}${e.internal ? ' internal' : ''}`} data-testid={`ev-${e.type}`}>
          <div className="ev-head">
            <span className="ev-type">{t.events[e.type] ?? e.type}</span>
            <span className="ev-actor">
              {e.actor.kind}
              {e.actor.id ? ` · ${e.actor.id}` : ''}
            </span>
            <time dateTime={e.at}>{fmtTime(e.at, lang)}</time>
          </div>
          {body(e)}
        </li>
      ))}
    </ol>
  );
}
