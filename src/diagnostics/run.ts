import {
  DeviceError,
  type DiagnosticRequest,
  type DiagnosticResult,
  type ParameterValue,
} from '../acs/device-service.js';
import { DeadlineExceeded, withDeadline } from './deadline.js';
import { inOperatorWords, ProbeUnavailable } from './finding.js';
import { ParamSnapshot } from './params.js';
import type { ProbeEnv } from './probe.js';
import { PROBES } from './registry.js';
import { limit } from './thresholds.js';
import type { DiagnosticContext, ProbeId, ProbeRun } from './types.js';

const DEFAULT_DEADLINE_MS = 25_000;
const DEFAULT_PARAM_MAX_AGE_MS = 30_000;

const PROBE_SUBJECT: Record<ProbeId, string> = {
  account: 'the account status',
  incident: 'known outages in the area',
  aaa: 'the network login (AAA) session',
  line: 'the access line',
  cpe: 'whether the router answers',
  wan: 'the router internet connection',
  dns: 'name look-ups (DNS)',
  ping: 'reachability of the internet from the router',
  speed: 'the download speed',
  wifi: 'the Wi-Fi',
  firmware: 'the router firmware',
  security: 'the router security settings',
  portal: 'the customer-portal account',
};

function unavailableReason(probe: ProbeId, e: unknown): string {
  const what = `Could not check ${PROBE_SUBJECT[probe]}`;
  if (e instanceof ProbeUnavailable) return `${what}: ${e.message}`;
  if (e instanceof DeadlineExceeded) return `${what}: no answer within ${e.ms} ms`;
  if (e instanceof DeviceError) {
    const why = {
      offline: 'the router is offline',
      timeout: 'the router did not answer in time',
      fault: `the router returned fault ${e.faultCode ?? ''}`.trim(),
      not_found: 'the router is not known to the ACS',
    }[e.kind];
    return `${what}: ${why}`;
  }
  return `${what}: ${e instanceof Error ? e.message : String(e)}`;
}

function memo<T>(fn: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => (p ??= fn());
}

/**
 * Runs the selected probes in parallel, each under a deadline. Device parameters for all of
 * them come from one GetParameterValues (falling back to per-probe reads if the device rejects
 * the combined read); device diagnostics run once each and are shared.
 */
export async function runProbes(ctx: DiagnosticContext, probes: ProbeId[]): Promise<ProbeRun[]> {
  const ids = [...new Set(probes)];
  const deadlineMs = ctx.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const now = ctx.now?.() ?? new Date();
  const service = ctx.service;

  const deviceId = memo(async () => {
    if (ctx.deviceId) return ctx.deviceId;
    if (!service) throw new ProbeUnavailable('no service is known, so the router cannot be found');
    const d = await ctx.devices.findByService(service.id);
    if (!d) throw new ProbeUnavailable('no router is registered for this service');
    return d.id;
  });
  const device = memo(async () => ctx.devices.get(await deviceId()));
  const access = service?.access ?? null;

  const pathsOf = (id: ProbeId) => PROBES[id].devicePaths?.(access) ?? [];
  const allPaths = [...new Set(ids.flatMap(pathsOf))];
  const maxAgeMs = ctx.paramMaxAgeMs ?? (ids.includes('cpe') ? 0 : DEFAULT_PARAM_MAX_AGE_MS);
  const read = async (paths: string[]): Promise<ParamSnapshot> => {
    const values: ParameterValue[] = await ctx.devices.getParameters(await deviceId(), paths, {
      maxAgeMs,
      timeoutMs: deadlineMs,
    });
    return new ParamSnapshot(values);
  };
  const combined = memo(() => read(allPaths));
  const probesReadingDevice = ids.filter((id) => pathsOf(id).length > 0).length;

  const diagnostics = new Map<string, Promise<DiagnosticResult>>();
  const diagnostic = (req: DiagnosticRequest): Promise<DiagnosticResult> => {
    const key = JSON.stringify(req);
    let p = diagnostics.get(key);
    if (!p) {
      p = deviceId().then((id) => ctx.devices.runDiagnostic(id, req, { timeoutMs: deadlineMs }));
      diagnostics.set(key, p);
    }
    return p;
  };

  const envFor = (id: ProbeId): ProbeEnv => ({
    ctx,
    now,
    service,
    access,
    requireService() {
      if (!service) throw new ProbeUnavailable('no service is known for this customer');
      return service;
    },
    deviceId,
    device,
    async params() {
      try {
        return await combined();
      } catch (e) {
        // One unsupported path faults the whole read; retry with only this probe's paths.
        if (e instanceof DeviceError && e.kind === 'fault' && probesReadingDevice > 1)
          return read(pathsOf(id));
        throw e;
      }
    },
    diagnostic: diagnostic as ProbeEnv['diagnostic'],
    network() {
      if (!ctx.network)
        throw new ProbeUnavailable('the operator configuration (network, firmware) is not available');
      return ctx.network;
    },
    limit: (name) => ctx.thresholds?.[name] ?? limit(name),
    optional: (what, work) =>
      work.catch((e: unknown) => {
        ctx.log?.warn(
          { probe: id, what, deviceId: ctx.deviceId, error: e instanceof Error ? e.message : String(e) },
          'probe went on without extra evidence',
        );
        return null;
      }),
  });

  return Promise.all(
    ids.map(async (id): Promise<ProbeRun> => {
      const started = performance.now();
      const duration = () => Math.round(performance.now() - started);
      try {
        const found = await withDeadline(PROBES[id].run(envFor(id)), deadlineMs);
        return { probe: id, findings: inOperatorWords(found, ctx.words), durationMs: duration() };
      } catch (e) {
        return { probe: id, findings: [], unavailable: unavailableReason(id, e), durationMs: duration() };
      }
    }),
  );
}
