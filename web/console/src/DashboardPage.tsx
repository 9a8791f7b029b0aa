import { useCallback, useEffect, useState } from 'react';
import { api } from './api.js';
import { ChartBlock } from './Chart.js';
import { fmtDuration, fmtPercent, fmtTime } from './format.js';
import { useI18n } from './i18n.js';
import { ScrollRegion } from './ScrollRegion.js';
import { intentLabel, queueLabel, statusLabel } from './labels.js';
import { useTicketChanges } from './live.js';
import { linkHandler } from './router.js';
import { download, statsCsv, type DeskStats } from './stats.js';

interface Incident {
  id: string;
  reference: string;
  title: string;
  areas: string[];
  status: string;
  startedAt: string;
  etaAt: string | null;
}

interface Insights {
  totals?: {
    tickets: number;
    repeatContactRate?: number;
    returnedEscalationRate?: number;
    firstContactResolutionRate?: number;
    meanFirstHumanResponseMs?: number | null;
    meanHumanHandleMs?: number | null;
    reopenRate?: number;
    slaAttainmentRate?: number;
    slaMeasured?: number;
  };
  repeatContacts?: { count: number; rate: number };
  returnedEscalations?: { count: number; rate: number };
  dropOff?: { step: string; abandoned: number }[];
}

function Metric({ id, label, value }: { id: string; label: string; value: string }) {
  return (
    <div className="metric" data-testid={id}>
      <div className="metric-label">{label}</div>
      <div className="metric-value">{value}</div>
    </div>
  );
}

/** A date field's value as the start of that day (from) or of the next day (to), in UTC ISO form. */
function dayBound(day: string, end: boolean): string | null {
  if (!day) return null;
  const d = new Date(`${day}T00:00:00.000Z`);
  if (Number.isNaN(d.getTime())) return null;
  if (end) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
}

export function DashboardPage() {
  const { t, lang, fmt } = useI18n();
  const [fromDay, setFromDay] = useState('');
  const [toDay, setToDay] = useState('');
  const [range, setRange] = useState('');
  const [stats, setStats] = useState<DeskStats | null>(null);
  const [incidents, setIncidents] = useState<Incident[]>([]);
  const [insights, setInsights] = useState<Insights | null>(null);
  const [qa, setQa] = useState<Record<string, unknown> | null>(null);
  const [sla, setSla] = useState<{ queue: string; slaOverdue: number; slaDueSoon: number }[]>([]);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setStats(await api<DeskStats>(`/api/v1/stats${range}`));
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
    api<{ items: Incident[] }>('/api/v1/console/incidents').then(
      (r) => setIncidents(r.items),
      () => setIncidents([]),
    );
    api<{ queues: { queue: string; slaOverdue: number; slaDueSoon: number }[] }>(
      '/api/v1/console/queues',
    ).then(
      (r) => setSla(r.queues.filter((q) => q.slaOverdue > 0 || q.slaDueSoon > 0)),
      () => setSla([]),
    );
    api<Insights>(`/api/v1/insights${range}`).then(setInsights, () => setInsights(null));
    api<Record<string, unknown>>(`/api/v1/qa/summary${range}`).then(setQa, () => setQa(null));
  }, [range]);

  useEffect(() => {
    void load();
  }, [load]);
  useTicketChanges(() => void load());

  const intents = stats ? Object.keys(stats.byIntent).sort() : [];
  const queues = stats ? Object.keys(stats.escalationsByQueue).sort() : [];

  return (
    <section aria-labelledby="dash-h" className="dashboard">
      <h1 id="dash-h">{t.dashboard}</h1>
      <form
        className="filters"
        aria-label={t.period}
        onSubmit={(e) => {
          e.preventDefault();
          const qs = new URLSearchParams();
          const from = dayBound(fromDay, false);
          const to = dayBound(toDay, true);
          if (from) qs.set('from', from);
          if (to) qs.set('to', to);
          setRange(qs.size ? `?${qs}` : '');
        }}
      >
        <label htmlFor="range-from">{t.from}</label>
        <input id="range-from" type="date" value={fromDay} onChange={(e) => setFromDay(e.target.value)} />
        <label htmlFor="range-to">{t.to}</label>
        <input id="range-to" type="date" value={toDay} onChange={(e) => setToDay(e.target.value)} />
        <button type="submit">{t.apply}</button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {stats && (
        <>
          <div className="toolbar">
            <button
              type="button"
              onClick={() =>
                download(
                  `frontline-stats-${(fromDay || stats.generatedAt).slice(0, 10)}.csv`,
                  statsCsv(stats),
                )
              }
            >
              {t.exportCsv}
            </button>
            <a className="button" href={`/api/v1/insights.csv${range}`} download>
              {t.exportInsights}
            </a>
          </div>
          <div className="metrics">
            <Metric id="stat-conversations" label={t.totalTickets} value={String(stats.conversations)} />
            <Metric
              id="stat-automated"
              label={t.automatedResolution}
              value={fmtPercent(stats.automatedResolutionRate)}
            />
            <Metric
              id="stat-fcr"
              label={t.fcr}
              value={fmtPercent(insights?.totals?.firstContactResolutionRate)}
            />
            <Metric
              id="stat-first-response"
              label={t.firstResponse}
              value={fmtDuration(insights?.totals?.meanFirstHumanResponseMs)}
            />
            <Metric
              id="stat-human-handle"
              label={t.humanHandle}
              value={fmtDuration(insights?.totals?.meanHumanHandleMs)}
            />
            <Metric id="stat-reopen" label={t.reopenRate} value={fmtPercent(insights?.totals?.reopenRate)} />
            <Metric
              id="stat-sla"
              label={t.slaAttainment}
              value={insights?.totals?.slaMeasured ? fmtPercent(insights.totals.slaAttainmentRate) : '–'}
            />
            <Metric id="stat-escalation" label={t.escalationRate} value={fmtPercent(stats.escalationRate)} />
            <Metric id="stat-mttr" label={t.mttr} value={fmtDuration(stats.meanTimeToResolutionMs)} />
            <Metric id="stat-handle" label={t.handleTime} value={fmtDuration(stats.meanHandleTimeMs)} />
            <Metric
              id="stat-csat"
              label={t.csat}
              value={stats.csat.mean === null ? '–' : `${stats.csat.mean.toFixed(2)} / 5 (n=${stats.csat.n})`}
            />
          </div>
          <div className="charts">
            <ChartBlock
              id="chart-escalation-intent"
              title={t.escalationByIntent}
              kind="bar"
              percent
              labels={intents.map((i) => intentLabel(i, lang))}
              values={intents.map((i) => stats.byIntent[i].escalationRate)}
            />
            <ChartBlock
              id="chart-escalation-queue"
              title={t.byQueue}
              kind="bar"
              labels={queues.map((q) => queueLabel(q, lang))}
              values={queues.map((q) => stats.escalationsByQueue[q])}
            />
            <ChartBlock
              id="chart-volume-intent"
              title={t.volumeByIntent}
              kind="bar"
              labels={intents.map((i) => intentLabel(i, lang))}
              values={intents.map((i) => stats.byIntent[i].n)}
            />
            <ChartBlock
              id="chart-volume-hour"
              title={t.byHour}
              kind="line"
              labels={stats.volumeByHour.map((_, h) => `${String(h).padStart(2, '0')}`)}
              values={stats.volumeByHour}
            />
          </div>
        </>
      )}
      <section aria-labelledby="sla-h">
        <h2 id="sla-h">{t.slaWarnings}</h2>
        {sla.length === 0 ? (
          <p>{t.noSlaWarnings}</p>
        ) : (
          <ul data-testid="sla-warnings">
            {sla.map((q) => (
              <li key={q.queue}>
                <a
                  href={`/console?queue=${q.queue}&sort=sla`}
                  onClick={linkHandler(`/console?queue=${q.queue}&sort=sla`)}
                >
                  {queueLabel(q.queue, lang)}
                </a>
                : {fmt(t.slaCounts, { overdue: q.slaOverdue, soon: q.slaDueSoon })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="inc-h">
        <h2 id="inc-h">{t.incidents}</h2>
        {incidents.length === 0 ? (
          <p>{t.noIncidents}</p>
        ) : (
          <ScrollRegion label={t.incidents}>
            <table data-testid="incidents">
              <thead>
                <tr>
                  <th scope="col">{t.reference}</th>
                  <th scope="col">{t.subject}</th>
                  <th scope="col">{t.area}</th>
                  <th scope="col">{t.status}</th>
                  <th scope="col">ETA</th>
                </tr>
              </thead>
              <tbody>
                {incidents.map((i) => (
                  <tr key={i.id}>
                    <td>{i.reference}</td>
                    <td>{i.title}</td>
                    <td>{i.areas.join(', ')}</td>
                    <td>{statusLabel(i.status, lang)}</td>
                    <td>{fmtTime(i.etaAt, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>
      <section aria-labelledby="ins-h">
        <h2 id="ins-h">{t.insights}</h2>
        {!insights ? (
          <p>{t.notAvailable}</p>
        ) : (
          <dl className="kv">
            <dt>{t.totalTickets}</dt>
            <dd>{insights.totals?.tickets ?? '–'}</dd>
            <dt>{t.repeatContacts}</dt>
            <dd>
              {insights.repeatContacts?.count ?? '–'} ({fmtPercent(insights.repeatContacts?.rate)})
            </dd>
            <dt>{t.returnedEscalations}</dt>
            <dd>
              {insights.returnedEscalations?.count ?? '–'} ({fmtPercent(insights.returnedEscalations?.rate)})
            </dd>
            {insights.dropOff?.slice(0, 3).map((d) => (
              <div key={d.step} className="kv-row">
                <dt>Drop-off: {d.step}</dt>
                <dd>{d.abandoned}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      <section aria-labelledby="qa-sum-h">
        <h2 id="qa-sum-h">{t.qaSummary}</h2>
        {!qa ? (
          <p>{t.notAvailable}</p>
        ) : (
          <dl className="kv">
            {Object.entries(qa)
              .filter(([, v]) => typeof v === 'number' || typeof v === 'string')
              .map(([k, v]) => (
                <div key={k} className="kv-row">
                  <dt>{k}</dt>
                  <dd>{typeof v === 'number' ? Math.round(v * 100) / 100 : String(v)}</dd>
                </div>
              ))}
          </dl>
        )}
      </section>
    </section>
  );
}
