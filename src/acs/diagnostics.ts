import { P } from '../domain/cpe-paths.js';
import type { DiagnosticRequest, DiagnosticResult } from './device-service.js';

// CWMP-style diagnostics: which object, which inputs (set together with DiagnosticsState=Requested),
// and how the object's values after `8 DIAGNOSTICS COMPLETE` become a DiagnosticResult.

export interface DiagnosticPlan {
  /** TR-181 object path, ending in '.'. */
  root: string;
  /** Inputs relative to the root. */
  inputs: { name: string; value: string; type: string }[];
}

export function diagnosticPlan(req: DiagnosticRequest, defaultDownloadUrl: string): DiagnosticPlan {
  switch (req.kind) {
    case 'ipPing':
      return {
        root: P.ipPing,
        inputs: [
          { name: 'Host', value: req.host, type: 'xsd:string' },
          { name: 'NumberOfRepetitions', value: String(req.repetitions ?? 3), type: 'xsd:unsignedInt' },
        ],
      };
    case 'traceRoute':
      return { root: P.traceRoute, inputs: [{ name: 'Host', value: req.host, type: 'xsd:string' }] };
    case 'nslookup':
      return {
        root: P.nslookup,
        inputs: [
          { name: 'HostName', value: req.hostName, type: 'xsd:string' },
          ...(req.dnsServer ? [{ name: 'DNSServer', value: req.dnsServer, type: 'xsd:string' }] : []),
        ],
      };
    case 'download':
      return {
        root: P.download,
        inputs: [{ name: 'DownloadURL', value: req.url ?? defaultDownloadUrl, type: 'xsd:string' }],
      };
  }
}

const num = (v: string | undefined): number => {
  const n = Number(v);
  return v === undefined || v === '' || !Number.isFinite(n) ? 0 : n;
};

/** Instances `{i}` of a table under the result values, e.g. `RouteHops.` → {1: {Host: …}, …}. */
function table(values: Map<string, string>, prefix: string): Record<string, string>[] {
  const rows = new Map<number, Record<string, string>>();
  for (const [k, v] of values) {
    if (!k.startsWith(prefix)) continue;
    const m = /^(\d+)\.(.+)$/.exec(k.slice(prefix.length));
    if (!m) continue;
    const i = Number(m[1]);
    const row = rows.get(i) ?? {};
    row[m[2]!] = v;
    rows.set(i, row);
  }
  return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, r]) => r);
}

function firstRtt(s: string | undefined): number | null {
  if (!s) return null;
  const times = s
    .split(',')
    .map((x) => Number(x.trim()))
    .filter((x) => Number.isFinite(x) && x > 0);
  return times.length ? times.reduce((a, b) => a + b, 0) / times.length : null;
}

/** Builds the typed result from values keyed by their path relative to the diagnostics object. */
export function diagnosticResult(
  kind: DiagnosticRequest['kind'],
  values: Map<string, string>,
): DiagnosticResult {
  const state = values.get('DiagnosticsState') ?? 'None';
  switch (kind) {
    case 'ipPing': {
      const success = num(values.get('SuccessCount'));
      return {
        kind,
        state,
        successCount: success,
        failureCount: num(values.get('FailureCount')),
        averageResponseTimeMs: success > 0 ? num(values.get('AverageResponseTime')) : null,
      };
    }
    case 'traceRoute':
      return {
        kind,
        state,
        hops: table(values, 'RouteHops.').map((h) => ({
          host: h.Host ?? h.HopHost ?? '',
          address: h.HostAddress ?? h.HopHostAddress ?? '',
          rttMs: firstRtt(h.RTTimes ?? h.HopRTTimes),
        })),
      };
    case 'nslookup':
      return {
        kind,
        state,
        successCount: num(values.get('SuccessCount')),
        results: table(values, 'Result.').map((r) => ({
          status: r.Status ?? '',
          hostName: r.HostNameReturned ?? '',
          ipAddresses: (r.IPAddresses ?? '')
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean),
          dnsServer: r.DNSServerIP ?? '',
        })),
      };
    case 'download': {
      const bytes = num(values.get('TestBytesReceived')) || num(values.get('TotalBytesReceived'));
      const bom = Date.parse(values.get('BOMTime') ?? '');
      const eom = Date.parse(values.get('EOMTime') ?? '');
      const durationMs = Number.isFinite(bom) && Number.isFinite(eom) && eom > bom ? eom - bom : 0;
      return {
        kind,
        state,
        bytes,
        durationMs,
        throughputMbps:
          durationMs > 0 && bytes > 0
            ? Math.round(((bytes * 8) / (durationMs / 1000) / 1e6) * 100) / 100
            : null,
      };
    }
  }
}
