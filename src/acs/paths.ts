import { TR098_EQUIVALENTS } from '../domain/cpe-paths.js';

// Translation of the desk's TR-181 `Device.` paths for TR-098 (`InternetGatewayDevice.`) CPEs.

export type Root = 'Device.' | 'InternetGatewayDevice.';

// Diagnostics objects TR-098 places at the root (TR-098 Amendment 2+ / TR-143).
const EXTRA_TR098: Record<string, string> = {
  'Device.IP.Diagnostics.TraceRoute.': 'InternetGatewayDevice.TraceRouteDiagnostics.',
  'Device.IP.Diagnostics.DownloadDiagnostics.': 'InternetGatewayDevice.DownloadDiagnostics.',
  'Device.DNS.Diagnostics.NSLookupDiagnostics.': 'InternetGatewayDevice.NSLookupDiagnostics.',
};

const PAIRS: [string, string][] = Object.entries({ ...TR098_EQUIVALENTS, ...EXTRA_TR098 }).sort(
  (a, b) => b[0].length - a[0].length,
);
const REVERSE: [string, string][] = PAIRS.map(([a, b]) => [b, a] as [string, string]).sort(
  (a, b) => b[0].length - a[0].length,
);

function mapWith(path: string, pairs: [string, string][], from: string, to: string): string {
  for (const [a, b] of pairs) {
    if (a.endsWith('.') ? path.startsWith(a) : path === a) return b + path.slice(a.length);
  }
  return path.startsWith(from) ? to + path.slice(from.length) : path;
}

/** The device's own name for a desk path. */
export function toDevicePath(path: string, root: Root): string {
  if (root === 'Device.') return path;
  return mapWith(path, PAIRS, 'Device.', 'InternetGatewayDevice.');
}

/** The desk's (TR-181) name for a path reported by the device. */
export function fromDevicePath(path: string, root: Root): string {
  if (root === 'Device.') return path;
  return mapWith(path, REVERSE, 'InternetGatewayDevice.', 'Device.');
}
