// Results of the CPE's own tests (IPPing, TraceRoute, NSLookup, DownloadDiagnostics), derived from
// the state of the line, the PPP session, the DNS configuration and the router.
import { SIM_DNS_SERVERS } from '../operator.js';
import { isIpv4 } from '../model/read.js';
import { readRaw } from '../model/tree.js';
import type { Val } from '../model/types.js';
import { hashString } from '../rng.js';
import * as hl from './health.js';
import type { DiagKind, DiagState, Home } from './home.js';

/** Simulated seconds each test takes. */
export const DIAG_SECONDS: Record<DiagKind, number> = { ipPing: 4, traceRoute: 8, nslookup: 2, download: 12 };

const LAN = /^192\.168\.1\.\d+$/;

function baseLatencyMs(h: Home): number {
  return h.spec.access === 'fiber' ? 4 : h.spec.access === 'cable' ? 11 : 16;
}

/** Resolves a host for a test: an IP literal as is, a name through the configured DNS servers. */
function resolveHost(h: Home, host: string): string | null {
  if (isIpv4(host)) return host;
  if (!host || !hl.dnsWorks(h)) return null;
  return syntheticAddress(host);
}

export function syntheticAddress(name: string): string {
  const n = hashString(name.toLowerCase());
  return `93.${(n >> 16) & 255}.${(n >> 8) & 255}.${(n & 253) + 1}`;
}

function reachable(h: Home, ip: string): boolean {
  if (LAN.test(ip)) return hl.cpeUp(h);
  if (SIM_DNS_SERVERS.includes(ip) || ip.startsWith('100.64.')) return hl.pppUp(h) && !h.hung;
  if (ip.startsWith('192.0.2.') || ip.startsWith('198.18.') || ip.startsWith('10.')) return false;
  return hl.internetPath(h);
}

const usIso = (ms: number) => new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');

export function runDiagnostic(h: Home, kind: DiagKind): DiagState {
  const now = h.world.clock.now();
  const s = (p: string) => String(readRaw(h, p));
  const n = (p: string) => Number(readRaw(h, p));
  switch (kind) {
    case 'ipPing': {
      const base = 'Device.IP.Diagnostics.IPPing.';
      const reps = n(`${base}NumberOfRepetitions`);
      const ip = resolveHost(h, s(`${base}Host`));
      if (!s(`${base}Host`)) return { state: 'Error_Internal', result: {}, rows: [] };
      if (!ip) return { state: 'Error_CannotResolveHostName', result: { FailureCount: reps }, rows: [] };
      if (!reachable(h, ip))
        return {
          state: 'Complete',
          result: { IPAddressUsed: h.wanIp(), SuccessCount: 0, FailureCount: reps },
          rows: [],
        };
      const lat = LAN.test(ip) ? 1 : baseLatencyMs(h) + (hl.lineStable(h) ? 0 : 9);
      const lost = hl.lineStable(h) || LAN.test(ip) ? 0 : Math.min(reps - 1, Math.ceil(reps / 4));
      return {
        state: 'Complete',
        result: {
          IPAddressUsed: LAN.test(ip) ? '192.168.1.1' : h.wanIp(),
          SuccessCount: reps - lost,
          FailureCount: lost,
          AverageResponseTime: lat + 1,
          MinimumResponseTime: lat,
          MaximumResponseTime: lat + 3,
          AverageResponseTimeDetailed: (lat + 1) * 1000 + 250,
          MinimumResponseTimeDetailed: lat * 1000 + 40,
          MaximumResponseTimeDetailed: (lat + 3) * 1000 + 900,
        },
        rows: [],
      };
    }
    case 'traceRoute': {
      const base = 'Device.IP.Diagnostics.TraceRoute.';
      const ip = resolveHost(h, s(`${base}Host`));
      if (!ip) return { state: 'Error_CannotResolveHostName', result: {}, rows: [] };
      const lat = baseLatencyMs(h);
      const hops: Record<string, Val>[] = [];
      const hop = (host: string, addr: string, rtt: number) =>
        hops.push({ Host: host, HostAddress: addr, ErrorCode: 0, RTTimes: `${rtt},${rtt + 1},${rtt}` });
      if (LAN.test(ip)) {
        hop(ip, ip, 1);
        return { state: 'Complete', result: { ResponseTime: 1, IPAddressUsed: '192.168.1.1' }, rows: hops };
      }
      if (!hl.pppUp(h) || h.hung)
        return { state: 'Error_MaxHopCountExceeded', result: { ResponseTime: 0 }, rows: [] };
      hop(`bras-${h.spec.area.toLowerCase()}.net.frontline-isp.example`, '100.64.0.1', lat);
      if (!reachable(h, ip))
        return {
          state: 'Error_MaxHopCountExceeded',
          result: { ResponseTime: 0, IPAddressUsed: h.wanIp() },
          rows: hops,
        };
      hop('core1.sto.net.frontline-isp.example', '198.51.100.1', lat + 2);
      hop('ix1.netnod.example', '192.0.0.9', lat + 3);
      hop(ip, ip, lat + 5);
      return { state: 'Complete', result: { ResponseTime: lat + 5, IPAddressUsed: h.wanIp() }, rows: hops };
    }
    case 'nslookup': {
      const base = 'Device.DNS.Diagnostics.NSLookupDiagnostics.';
      const name = s(`${base}HostName`);
      if (!name) return { state: 'Error_Other', result: { SuccessCount: 0 }, rows: [] };
      const explicit = s(`${base}DNSServer`);
      const servers = explicit ? [explicit] : hl.dnsServers(h);
      const reps = n(`${base}NumberOfRepetitions`);
      const rows: Record<string, Val>[] = [];
      let ok = 0;
      for (let i = 0; i < reps; i++) {
        const server = servers[i % Math.max(1, servers.length)] ?? '';
        const works =
          server !== '' && hl.dnsServerReachable(server) && hl.pppUp(h) && !h.hung && !h.hardwareError;
        if (works) ok++;
        rows.push(
          works
            ? {
                Status: 'Success',
                AnswerType: 'NonAuthoritative',
                HostNameReturned: name,
                IPAddresses: isIpv4(name) ? name : syntheticAddress(name),
                DNSServerIP: server,
                ResponseTime: baseLatencyMs(h) + 6,
              }
            : {
                Status: 'Error_DNSServerNotAvailable',
                AnswerType: 'None',
                HostNameReturned: '',
                IPAddresses: '',
                DNSServerIP: server,
                ResponseTime: 0,
              },
        );
      }
      return { state: 'Complete', result: { SuccessCount: ok }, rows };
    }
    case 'download': {
      const base = 'Device.IP.Diagnostics.DownloadDiagnostics.';
      const url = s(`${base}DownloadURL`);
      const host = /^https?:\/\/([^/:]+)/.exec(url)?.[1] ?? '';
      const ip = resolveHost(h, host);
      if (!ip) return { state: 'Error_CannotResolveHostName', result: {}, rows: [] };
      if (!reachable(h, ip)) return { state: 'Error_InitConnectionFailed', result: {}, rows: [] };
      const mbps = hl.lineThroughputMbps(h);
      const seconds = n(`${base}TimeBasedTestDuration`) || 10;
      const bytes = Math.round((mbps * 1e6 * seconds) / 8);
      const rom = now - seconds * 1000 - 80;
      const bom = rom + 40;
      const eom = bom + seconds * 1000;
      return {
        state: 'Complete',
        result: {
          ROMTime: usIso(rom),
          BOMTime: usIso(bom),
          EOMTime: usIso(eom),
          TCPOpenRequestTime: usIso(rom + 10),
          TCPOpenResponseTime: usIso(rom + 10 + baseLatencyMs(h)),
          TestBytesReceived: bytes,
          TotalBytesReceived: Math.round(bytes * 1.03),
          TotalBytesSent: Math.round(bytes * 0.02),
          X_FRONTLINE_ThroughputKbps: Math.round(mbps * 1000),
        },
        rows: [],
      };
    }
  }
}
