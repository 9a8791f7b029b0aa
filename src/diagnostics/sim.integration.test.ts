// Diagnostics and actions against the real ACS (CWMP over loopback) and the simulated ISP:
// for each fault kind the diagnosis names the cause, its fix runs through the real DeviceService,
// and the simulation confirms the customer's problem is gone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimIsp } from '../../sim/index.js';
import type { SubscriberSpec } from '../../sim/types.js';
import { startTestAcs, type TestAcs } from '../acs/testing/harness.js';
import { executeAction } from '../actions/execute.js';
import {
  CONSENT_KEYS,
  type ActionName,
  type Customer,
  type FaultKind,
  type Service,
  type StepKey,
} from '../domain/index.js';
import { diagnose } from './diagnose.js';
import { runProbes } from './run.js';
import { MemoryAudit, MemoryDirectory, MemoryIncidents } from '../tickets/testing/memory-ports.js';
import { TEST_NETWORK } from './testing/fakes.js';
import { PROBE_IDS, type DiagnosticContext } from './types.js';

interface Case {
  kind: FaultKind;
  access?: SubscriberSpec['access'];
  /** The expected top cause, or null when nothing is broken (the customer only needs something done). */
  cause: string | null;
  fix?: { action?: ActionName; args?: Record<string, unknown>; step?: StepKey };
  /** Advice-only fixes: the customer's problem is gone but the router still shows the sign. */
  signRemains?: boolean;
}

const CASES: Case[] = [
  { kind: 'ppp_auth_failure', cause: 'ppp_auth_failure', fix: { action: 'pppoe_credentials_resync' } },
  { kind: 'dns_misconfigured', cause: 'dns_misconfigured', fix: { action: 'dns_reset' } },
  { kind: 'cpe_hung', cause: 'cpe_hung', fix: { action: 'cpe_reboot' } },
  { kind: 'firmware_bug_drops', cause: 'firmware_bug_drops', fix: { action: 'cpe_firmware_upgrade' } },
  {
    kind: 'wifi_channel_congestion',
    cause: 'wifi_channel_congestion',
    fix: { action: 'wifi_channel_change' },
  },
  { kind: 'wifi_radio_disabled', cause: 'wifi_radio_disabled', fix: { action: 'wifi_radio_enable' } },
  {
    kind: 'default_admin_password',
    cause: 'default_admin_password',
    fix: { action: 'admin_password_change' },
  },
  { kind: 'portal_account_locked', cause: 'portal_account_locked', fix: { action: 'account_unlock' } },
  { kind: 'wifi_weak_signal', cause: 'wifi_weak_signal', fix: { step: 'step.move_closer' } },
  {
    kind: 'speed_wifi_limited',
    cause: 'speed_wifi_limited',
    fix: { step: 'step.wired_test' },
    signRemains: true,
  },
  { kind: 'cable_unplugged', cause: 'cable_unplugged', fix: { step: 'step.check_cables' } },
  { kind: 'cpe_powered_off', cause: 'cpe_powered_off', fix: { step: 'step.power_on' } },
  { kind: 'fiber_los', cause: 'fiber_los' },
  { kind: 'optical_power_low', cause: 'optical_power_low' },
  { kind: 'dsl_low_snr', access: 'dsl', cause: 'dsl_low_snr' },
  { kind: 'docsis_power_out_of_range', access: 'cable', cause: 'docsis_power_out_of_range' },
  { kind: 'speed_line_degraded', cause: 'speed_line_degraded' },
  { kind: 'billing_suspended', cause: 'billing_suspended' },
  { kind: 'hardware_failure', cause: 'hardware_failure' },
  { kind: 'area_outage', cause: 'area_outage' },
  { kind: 'wifi_password_forgotten', cause: null, fix: { action: 'wifi_password_change' } },
];

function specFor(i: number, c: Case): SubscriberSpec {
  const customerNumber = String(400100 + i);
  return {
    serviceId: `svc-${customerNumber}`,
    customerNumber,
    name: `Diag Test ${i}`,
    pin: '1234',
    email: `d${i}@example.se`,
    segment: 'residential',
    access: c.access ?? 'fiber',
    plan: { downMbps: 500, upMbps: 100 },
    area: `SE-DIAG-${i}`,
    accountStatus: 'active',
    pppoeUsername: `${customerNumber}@isp`,
    pppoePassword: `pw-${customerNumber}`,
  };
}

let acs: TestAcs;
let sim: SimIsp;
const directory = new MemoryDirectory();
const incidents = new MemoryIncidents();
const audit = new MemoryAudit();
const people = new Map<string, { customer: Customer; service: Service }>();

beforeAll(async () => {
  acs = await startTestAcs();
  sim = new SimIsp({ acsUrl: acs.url, timeScale: 600 });
  CASES.forEach((c, i) => {
    const s = specFor(i, c);
    sim.addSubscriber(s);
    const customer: Customer = {
      id: `cust-${s.customerNumber}`,
      customerNumber: s.customerNumber,
      name: s.name,
      contacts: [],
      language: 'sv',
      segment: 'residential',
      pinHash: null,
      createdAt: '2026-01-01T00:00:00.000Z',
    };
    const service: Service = {
      id: s.serviceId,
      customerId: customer.id,
      access: s.access,
      plan: s.plan,
      areaCode: s.area,
      accountStatus: c.kind === 'billing_suspended' ? 'suspended_nonpayment' : 'active',
      pppoeUsername: s.pppoeUsername,
      pppoePasswordEnc: 'enc',
      createdAt: customer.createdAt,
    };
    directory.put(customer, service, { pppoePassword: s.pppoePassword });
    people.set(c.kind, { customer, service });
  });
  await sim.start();
  CASES.forEach((c, i) => sim.injectFault(specFor(i, c).customerNumber, { kind: c.kind }));
  const outage = CASES.findIndex((c) => c.kind === 'area_outage');
  await incidents.create({
    areas: [specFor(outage, CASES[outage]).area],
    kind: 'fiber_cut',
    title: 'Fibre cut',
    etaAt: '2026-01-15T14:00:00.000Z',
  });
  await sim.waitIdle();
}, 60_000);

afterAll(async () => {
  await sim?.stop();
  await acs?.close();
});

function ctxFor(kind: FaultKind): DiagnosticContext {
  const { customer, service } = people.get(kind)!;
  return {
    customer,
    service,
    deviceId: sim.deviceId(customer.customerNumber),
    devices: acs.acs.deviceService,
    isp: sim.ports,
    incidents,
    deadlineMs: 8_000,
    paramMaxAgeMs: 0,
    network: TEST_NETWORK,
  };
}

describe('diagnostics against the simulated ISP over CWMP', () => {
  it.each(CASES.map((c) => [c.kind, c] as const))('%s', async (kind, c) => {
    const ctx = ctxFor(kind);
    const runs = await runProbes(ctx, [...PROBE_IDS]);
    const causes = diagnose(runs);
    const summary = runs
      .map((r) => `${r.probe}: ${r.unavailable ?? r.findings.map((f) => f.code).join(',')}`)
      .join('\n');
    expect(causes[0]?.cause ?? null, summary).toBe(c.cause);
    if (!c.fix) return;

    const customerNumber = ctx.customer!.customerNumber;
    if (c.fix.action) {
      const r = await executeAction(
        c.fix.action,
        {
          ...ctx,
          ticketId: null,
          actor: { kind: 'bot', id: null },
          verified: true,
          consents: new Set(CONSENT_KEYS),
          directory,
          audit,
          timeoutMs: 20_000,
        },
        c.fix.args ?? {},
        `fix ${kind}`,
        causes[0]?.findings.map((f) => f.code) ?? [],
      );
      expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
    } else if (c.fix.step) {
      expect(sim.performStep(customerNumber, c.fix.step)).toBe('done');
    }
    await sim.waitIdle();
    expect(sim.problemGone(customerNumber)).toBe(true);
    if (c.signRemains || c.cause === null) return;
    const after = diagnose(await runProbes(ctx, [...PROBE_IDS])).map((x) => x.cause);
    expect(after).not.toContain(c.cause);
  });
});

describe('port forwarding on a simulated router', () => {
  it('creates the mapping through AddObject + SetParameterValues and refuses a duplicate', async () => {
    const ctx = ctxFor('default_admin_password');
    const actx = {
      ...ctx,
      ticketId: null,
      actor: { kind: 'bot' as const, id: null },
      verified: true,
      consents: new Set(CONSENT_KEYS),
      directory,
      audit,
      timeoutMs: 20_000,
    };
    const r = await executeAction(
      'port_forward_add',
      actx,
      { externalPort: 25565, internalClient: '192.168.1.50', protocol: 'TCP' },
      'customer asked',
      [],
    );
    expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
    const values = await acs.acs.deviceService.getParameters(ctx.deviceId!, ['Device.NAT.PortMapping.'], {
      maxAgeMs: 0,
    });
    const byLeaf = Object.fromEntries(
      values
        .filter((v) => /PortMapping\.\d+\./.test(v.path))
        .map((v) => [v.path.replace(/^.*\.\d+\./, ''), v.value]),
    );
    expect(byLeaf).toMatchObject({ ExternalPort: 25565, InternalClient: '192.168.1.50', Protocol: 'TCP' });
    const again = await executeAction(
      'port_forward_add',
      actx,
      { externalPort: 25565, internalClient: '192.168.1.51' },
      'again',
      [],
    );
    expect(again).toMatchObject({ ok: false, error: 'invalid_args' });
  });
});
