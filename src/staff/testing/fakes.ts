// In-memory stand-ins for the desk's stores and services, for the console's tests and the
// browser-test server until the real ones are wired in.
import {
  DeviceError,
  type DeviceService,
  type DeviceSummary,
  type ParameterValue,
} from '../../acs/device-service.js';
import { P, type Finding } from '../../domain/index.js';
import type { IspPorts } from '../../isp/ports.js';
import type { TicketStore } from '../../tickets/ports.js';
import { recordHandBack, recordTakeover } from '../../tickets/takeover-notes.js';
import type { ConsoleActions, ConsoleAgent, ConsoleDiagnostics, ProbeRun } from '../console-deps.js';

export { MemoryTicketStore } from '../../tickets/testing/memory-tickets.js';
export { MemoryAudit, MemoryDirectory, MemoryIncidents } from '../../tickets/testing/memory-ports.js';

/** A router per service with a few parameters; `offline` devices throw DeviceError('offline'). */
export class FakeDevices implements DeviceService {
  readonly devices = new Map<string, DeviceSummary>();
  readonly params = new Map<string, Record<string, string | number | boolean>>();
  readonly offline = new Set<string>();
  readonly calls: string[] = [];
  add(d: DeviceSummary, params: Record<string, string | number | boolean>) {
    this.devices.set(d.id, d);
    this.params.set(d.id, params);
  }
  private dev(id: string) {
    const d = this.devices.get(id);
    if (!d) throw new DeviceError('not_found', `no device ${id}`);
    if (this.offline.has(id)) throw new DeviceError('offline', `${id} is offline`);
    return d;
  }
  async findByService(serviceId: string) {
    return [...this.devices.values()].find((d) => d.serviceId === serviceId) ?? null;
  }
  async get(id: string) {
    return this.devices.get(id) ?? null;
  }
  async getParameters(id: string, paths: string[]): Promise<ParameterValue[]> {
    this.dev(id);
    this.calls.push(`get ${id}`);
    const p = this.params.get(id)!;
    const at = new Date().toISOString();
    return paths
      .filter((x) => x in p)
      .map((path) => ({
        path,
        value: p[path],
        type: typeof p[path] === 'number' ? 'xsd:int' : 'xsd:string',
        at,
      }));
  }
  async setParameters(id: string, values: { path: string; value: string | number | boolean }[]) {
    this.dev(id);
    for (const v of values) this.params.get(id)![v.path] = v.value;
    this.calls.push(`set ${id} ${values.map((v) => v.path).join(',')}`);
    return { status: 0 as const };
  }
  async reboot(id: string) {
    this.dev(id);
    this.calls.push(`reboot ${id}`);
  }
  async factoryReset(id: string) {
    this.dev(id);
    this.calls.push(`factoryReset ${id}`);
  }
  async upgradeFirmware(id: string, version: string) {
    this.dev(id);
    this.calls.push(`upgrade ${id} ${version}`);
  }
  async runDiagnostic(id: string): Promise<never> {
    this.dev(id);
    throw new DeviceError('fault', 'not simulated', 9000);
  }
  async addObject(id: string) {
    this.dev(id);
    return { instance: 1 };
  }
  async deleteObject(id: string) {
    this.dev(id);
  }
}

export function fakeIsp(): IspPorts {
  return {
    access: {
      async lineStatus(_serviceId, access) {
        if (access === 'fiber')
          return { access, ontRegistered: true, los: false, rxDbm: -19.2, dropsLast24h: 0 };
        if (access === 'dsl')
          return {
            access,
            sync: true,
            snrMarginDb: 9.5,
            attenuationDb: 22,
            crcErrors: 10,
            crcErrorsHourAgo: 9,
            resyncsLast24h: 0,
            syncDownKbps: 60000,
          };
        return { access, online: true, dsPowerDbmv: 2, usPowerDbmv: 42, snrDb: 38, resetsLast24h: 0 };
      },
    },
    aaa: {
      async session() {
        return { up: true, ipAddress: '203.0.113.7', startedAt: null, lastReject: null, lastRejectAt: null };
      },
    },
    portal: {
      async status() {
        return { exists: true, locked: false, failedLogins: 0, lastLoginAt: null };
      },
      async unlock() {},
      async resetPassword() {
        return { temporaryPassword: 'Temp-1234' };
      },
    },
  };
}

/** Records takeovers and writes staff replies onto the timeline like the real agent does. */
export class FakeAgent implements ConsoleAgent {
  readonly takenOver = new Map<string, string>();
  readonly sent: { ticketId: string; staffId: string; text: string }[] = [];
  constructor(private readonly tickets: TicketStore) {}
  /** As the real agent: it writes the note and the assignee. */
  async takeOver(ticketId: string, staffId: string) {
    this.takenOver.set(ticketId, staffId);
    await recordTakeover(this.tickets, ticketId, staffId);
  }
  async handBack(ticketId: string) {
    const staffId = this.takenOver.get(ticketId) ?? null;
    this.takenOver.delete(ticketId);
    await recordHandBack(this.tickets, ticketId, staffId);
  }
  async staffReply(ticketId: string, staffId: string, text: string) {
    const t = await this.tickets.get(ticketId);
    this.sent.push({ ticketId, staffId, text });
    await this.tickets.append(ticketId, [
      { type: 'message_out', actor: { kind: 'staff', id: staffId }, channel: t?.channel ?? 'chat', text },
    ]);
  }
}

const finding = (
  code: string,
  severity: Finding['severity'],
  en: string,
  sv: string,
  values: Record<string, unknown> = {},
): Finding => ({
  code,
  severity,
  evidence: { values, source: 'fake' },
  explanation: { en, sv },
});

/** Canned probe results: a healthy line, and a router that answers or not. */
export function fakeDiagnostics(): ConsoleDiagnostics {
  return {
    async runProbes(ctx, probes) {
      const runs: ProbeRun[] = [];
      for (const probe of probes) {
        if (probe === 'line')
          runs.push({
            probe,
            durationMs: 1,
            findings: [
              finding('line.ok', 'ok', 'Your line looks healthy.', 'Din linje ser bra ut.', { rxDbm: -19.2 }),
            ],
          });
        if (probe === 'cpe') {
          let online = false;
          if (ctx.deviceId)
            online = await ctx.devices.getParameters(ctx.deviceId, [P.uptime]).then(
              () => true,
              () => false,
            );
          runs.push({
            probe,
            durationMs: 1,
            findings: [
              online
                ? finding('cpe.online', 'ok', 'Your router answers.', 'Din router svarar.')
                : finding(
                    'cpe.unreachable',
                    'fault',
                    'Your router does not answer.',
                    'Din router svarar inte.',
                  ),
            ],
          });
        }
      }
      return runs;
    },
    diagnose(runs) {
      const faults = runs.flatMap((r) => r.findings).filter((f) => f.severity === 'fault');
      return faults.length
        ? [
            {
              cause: 'cpe_powered_off',
              score: 0.8,
              findings: faults,
              tier1Fixable: true,
              suggestedStep: 'step.power_on',
            },
          ]
        : [];
    },
  };
}

/** Applies the same guards as src/actions: verified identity, then consent, before any change. */
export function fakeActions(devices: FakeDevices): ConsoleActions {
  return {
    async executeAction(name, ctx) {
      if (!ctx.verified)
        return {
          ok: false,
          action: name,
          error: 'not_verified',
          message: 'The customer has not verified their identity.',
        };
      const needs = name === 'cpe_reboot' ? 'consent.reboot' : null;
      if (needs && !ctx.consents.has(needs))
        return { ok: false, action: name, error: 'no_consent', message: 'The customer has not consented.' };
      if (!ctx.deviceId) return { ok: false, action: name, error: 'no_device', message: 'No router.' };
      if (name === 'cpe_reboot') await devices.reboot(ctx.deviceId);
      return { ok: true, action: name, details: { by: ctx.actor.id } };
    },
  };
}
