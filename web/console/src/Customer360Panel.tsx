import { fmtTime } from './format.js';
import { useI18n } from './i18n.js';
import { linkHandler } from './router.js';
import {
  evidenceEntry,
  intentLabel,
  priorityLabel,
  queueLabel,
  severityLabel,
  statusLabel,
} from './labels.js';
import { reasonLabel, stepTriedLabel } from './case-labels.js';
import { CaseFacts } from './CaseFacts.js';
import { caseFacts, findingWords, type CaseInput } from './case-summary.js';
import type { Customer360, Escalation, Finding } from './types.js';

const ROUTER_LABELS: [string, string][] = [
  ['Device.DeviceInfo.ModelName', 'Model'],
  ['Device.DeviceInfo.SoftwareVersion', 'Firmware'],
  ['Device.DeviceInfo.UpTime', 'Uptime (s)'],
  ['Device.DeviceInfo.X_FRONTLINE_HardwareStatus', 'Hardware'],
  ['Device.PPP.Interface.1.ConnectionStatus', 'PPP'],
  ['Device.PPP.Interface.1.LastConnectionError', 'PPP last error'],
  ['Device.IP.Interface.1.IPv4Address.1.IPAddress', 'WAN IP'],
  ['Device.DNS.Client.Server.1.DNSServer', 'DNS 1'],
  ['Device.DNS.Client.Server.2.DNSServer', 'DNS 2'],
  ['Device.WiFi.SSID.1.SSID', 'SSID 2.4 GHz'],
  ['Device.WiFi.Radio.1.Enable', 'Radio 2.4 GHz'],
  ['Device.WiFi.Radio.1.Channel', 'Channel 2.4 GHz'],
  ['Device.WiFi.SSID.2.SSID', 'SSID 5 GHz'],
  ['Device.WiFi.Radio.2.Enable', 'Radio 5 GHz'],
  ['Device.WiFi.Radio.2.Channel', 'Channel 5 GHz'],
  ['Device.Optical.Interface.1.OpticalSignalLevel', 'Optical rx (0.001 dBm)'],
  ['Device.DSL.Line.1.DownstreamNoiseMargin', 'DSL SNR (0.1 dB)'],
  ['Device.DSL.Line.1.DownstreamAttenuation', 'DSL attenuation (0.1 dB)'],
  ['Device.DOCSIS.DownstreamChannel.1.Power', 'DOCSIS power (0.1 dBmV)'],
  ['Device.DOCSIS.DownstreamChannel.1.SignalQuality.SignalNoise', 'DOCSIS SNR (0.1 dB)'],
];

export function Customer360Panel({ data }: { data: Customer360 | null | { error: string } }) {
  const { t, lang, fmt } = useI18n();
  if (!data) return <p>–</p>;
  if ('error' in data) return <p className="error">{data.error}</p>;
  const { customer, service, device, router, line, recentTickets, incidents } = data;
  return (
    <div className="c360" data-testid="customer-360">
      <dl className="kv">
        <dt>{t.customer}</dt>
        <dd>{customer.name}</dd>
        <dt>{t.customerNumber}</dt>
        <dd>{customer.customerNumber}</dd>
        {customer.contacts.map((c) => (
          <div key={c.value} className="kv-row">
            <dt>{c.kind}</dt>
            <dd>{c.value}</dd>
          </div>
        ))}
        {service && (
          <>
            <dt>{t.service}</dt>
            <dd>{service.access}</dd>
            <dt>{t.plan}</dt>
            <dd>
              {service.plan.downMbps}/{service.plan.upMbps} Mbit/s
            </dd>
            <dt>{t.area}</dt>
            <dd>{service.areaCode}</dd>
            <dt>{t.account}</dt>
            <dd>{service.accountStatus}</dd>
          </>
        )}
      </dl>
      <h3>{t.router}</h3>
      {!device ? (
        <p>–</p>
      ) : (
        <>
          <p>
            {device.model} ·{' '}
            <a
              href={`/console/routers/${encodeURIComponent(device.id)}/tasks`}
              onClick={linkHandler(`/console/routers/${encodeURIComponent(device.id)}/tasks`)}
              data-testid="router-tasks-link"
            >
              {device.id}
            </a>{' '}
            ·{' '}
            <span className={router?.online ? 'ok' : 'bad'} data-testid="router-status">
              {router?.online ? t.routerOnline : fmt(t.routerOffline, { why: router?.error ?? '?' })}
            </span>
          </p>
          {router?.online && (
            <dl className="kv small">
              {ROUTER_LABELS.filter(([p]) => p in router.params).map(([p, label]) => (
                <div key={p} className="kv-row">
                  <dt>{label}</dt>
                  <dd>{String(router.params[p])}</dd>
                </div>
              ))}
            </dl>
          )}
        </>
      )}
      <h3>{t.line}</h3>
      {line ? (
        <dl className="kv small">
          {Object.entries(line).map(([k, v]) => {
            const e = evidenceEntry(k, v, lang);
            return (
              <div key={k} className="kv-row">
                <dt>{e.label}</dt>
                <dd>{e.value}</dd>
              </div>
            );
          })}
        </dl>
      ) : (
        <p>–</p>
      )}
      <h3>{t.incidentsInArea}</h3>
      {incidents.length === 0 ? (
        <p>{t.noIncidents}</p>
      ) : (
        <ul>
          {incidents.map((i) => (
            <li key={i.id}>
              {i.reference}: {i.title} {i.etaAt ? `(ETA ${fmtTime(i.etaAt, lang)})` : ''}
            </li>
          ))}
        </ul>
      )}
      <h3>{t.recentTickets}</h3>
      <ul>
        {recentTickets.map((r) => (
          <li key={r.id}>
            <a href={`/console/tickets/${r.id}`} onClick={linkHandler(`/console/tickets/${r.id}`)}>
              {r.reference}
            </a>{' '}
            {r.intent ? intentLabel(r.intent, lang) : ''} · {statusLabel(r.status, lang)} ·{' '}
            {fmtTime(r.createdAt, lang)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The hand-off packet, in the console's language: the problem as labelled facts built from the
 * ticket (the packet's own problem line is English prose), findings by their explanation in the
 * reader's language (from the timeline) or the console's name for the code, steps tried as words.
 */
export function HandoffView({ escalation, ticket }: { escalation: Escalation; ticket: CaseInput }) {
  const { t, lang } = useI18n();
  const p = escalation.packet;
  const explanations = new Map<string, Finding['explanation']>();
  for (const e of ticket.timeline)
    if (e.type === 'finding')
      explanations.set((e.finding as Finding).code, (e.finding as Finding).explanation);
  const problem = caseFacts(ticket, lang).filter((f) => f.key === 'problem' || f.key === 'customerWords');
  return (
    <div className="handoff" data-testid="handoff">
      <p>
        <strong>{queueLabel(escalation.queue, lang)}</strong> – {reasonLabel(escalation.reason, lang)} (
        {fmtTime(escalation.createdAt, lang)})
      </p>
      <CaseFacts facts={problem} />
      <dl className="kv">
        <dt>{t.priority}</dt>
        <dd>{priorityLabel(p.priority, lang)}</dd>
        <dt>{t.sla}</dt>
        <dd>{fmtTime(p.slaDueAt, lang)}</dd>
        <dt>{t.verified}</dt>
        <dd>{p.verified ? '✓' : '✗'}</dd>
        <dt>{t.availability}</dt>
        <dd>{p.customerAvailability ? <q lang={ticket.language}>{p.customerAvailability}</q> : '–'}</dd>
        {p.device && (
          <>
            <dt>{t.router}</dt>
            <dd>
              {p.device.model} {p.device.firmware}
            </dd>
          </>
        )}
      </dl>
      {p.findings.length > 0 && (
        <>
          <h4>{t.findings}</h4>
          <ul>
            {p.findings.map((f) => (
              <li key={f.code}>
                <strong>{findingWords(f.code, lang, explanations.get(f.code))}</strong> (
                {severityLabel(f.severity, lang)}) <code className="code">{f.code}</code>
                <dl className="evidence">
                  {Object.entries(f.evidence).map(([k, v]) => {
                    const e = evidenceEntry(k, v, lang);
                    return (
                      <div key={k}>
                        <dt>{e.label}</dt>
                        <dd>{e.value}</dd>
                      </div>
                    );
                  })}
                </dl>
              </li>
            ))}
          </ul>
        </>
      )}
      {p.stepsTried.length > 0 && (
        <>
          <h4>{t.stepsTried}</h4>
          <ul data-testid="steps-tried">
            {p.stepsTried.map((s, i) => (
              <li key={i}>{stepTriedLabel(s.step, s.result, lang)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
