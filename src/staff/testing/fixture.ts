import { P, type Customer, type Service } from '../../domain/index.js';
import type { ConsoleDeps } from '../console-deps.js';
import {
  FakeAgent,
  FakeDevices,
  fakeActions,
  fakeDiagnostics,
  fakeIsp,
  MemoryAudit,
  MemoryDirectory,
  MemoryIncidents,
  MemoryTicketStore,
} from './fakes.js';
import { EMPTY_PACKET } from '../../tickets/testing/memory-tickets.js';

/**
 * A small in-memory desk: one customer with a fibre service and a router, one conversation the
 * automated agent escalated to the human desk (verified, reboot consent given) and one in tier2.
 */
export async function createConsoleFixture() {
  const tickets = new MemoryTicketStore();
  const directory = new MemoryDirectory();
  const incidents = new MemoryIncidents();
  const audit = new MemoryAudit();
  const devices = new FakeDevices();
  const agent = new FakeAgent(tickets);
  const at = '2026-01-01T08:00:00.000Z';
  const customer: Customer = {
    id: 'cust-1',
    customerNumber: '100482',
    name: 'Karin Lind',
    contacts: [{ kind: 'email', value: 'karin.lind@example.se' }],
    language: 'sv',
    segment: 'residential',
    pinHash: null,
    createdAt: at,
  };
  const service: Service = {
    id: 'svc-1',
    customerId: customer.id,
    access: 'fiber',
    plan: { downMbps: 500, upMbps: 100 },
    areaCode: 'SE-STO-SUNDBYBERG',
    accountStatus: 'active',
    pppoeUsername: 'k100482',
    pppoePasswordEnc: null,
    createdAt: at,
  };
  directory.put(customer, service, { pin: '1234', pppoePassword: 'ppp-secret' });
  devices.add(
    {
      id: '00D0F1-HGW3000-SN0001',
      serviceId: service.id,
      model: 'FL-HGW-3000',
      firmware: '2.3.1',
      lastInformAt: at,
      root: 'Device.',
    },
    {
      [P.modelName]: 'FL-HGW-3000',
      [P.softwareVersion]: '2.3.1',
      [P.uptime]: 86400,
      [P.pppStatus]: 'Connected',
      [P.wanIp]: '203.0.113.7',
      [P.opticalRx]: -19200,
      [P.ssid(1)]: 'Lind-24',
      [P.radioEnable(1)]: true,
    },
  );
  await incidents.create({
    areas: ['SE-STO-KISTA'],
    kind: 'fiber_cut',
    title: 'Fibre cut in Kista',
    etaAt: null,
  });

  const escalated = await tickets.create(
    {
      customerId: customer.id,
      serviceId: service.id,
      channel: 'chat',
      language: 'sv',
      intent: 'intermittent',
      priority: 'P2',
      subject: null,
    },
    [
      {
        type: 'message_in',
        actor: { kind: 'customer', id: customer.customerNumber },
        channel: 'chat',
        text: 'Internet försvinner hela tiden, jag vill prata med en människa',
      },
      {
        type: 'triage',
        actor: { kind: 'bot', id: null },
        intent: 'intermittent',
        confidence: 0.91,
        runnerUp: 'human_agent',
        language: 'sv',
        priority: 'P2',
        reasons: ['keywords'],
      },
      {
        type: 'message_out',
        actor: { kind: 'bot', id: null },
        channel: 'chat',
        text: 'Jag kopplar dig till en kollega.',
        askKey: null,
        options: [],
      },
    ],
  );
  await audit.append({
    action: 'identity.verified',
    actor: { kind: 'bot', id: null },
    target: escalated.id,
    reason: 'pin',
    method: 'pin',
  });
  await audit.append({
    action: 'consent.given',
    actor: { kind: 'customer', id: customer.customerNumber },
    target: escalated.id,
    reason: 'asked',
    consentKey: 'consent.reboot',
  });
  await tickets.escalate(escalated.id, 'agents', 'customer asked for a person', {
    customer: {
      customerNumber: customer.customerNumber,
      name: customer.name,
      language: 'sv',
      segment: 'residential',
    },
    service: { access: 'fiber', plan: service.plan, areaCode: service.areaCode, accountStatus: 'active' },
    device: null,
    problem: 'Connection drops',
    findings: [],
    stepsTried: [],
    customerAvailability: null,
    priority: 'P2',
    slaDueAt: null,
    verified: true,
  });
  const tier2 = await tickets.create({
    customerId: customer.id,
    serviceId: service.id,
    channel: 'email',
    language: 'en',
    intent: 'slow_speed',
    priority: 'P3',
    subject: 'Slow speed since Monday',
  });
  await tickets.escalate(tier2.id, 'tier2', 'speed below plan on a healthy line', {
    ...EMPTY_PACKET,
    problem: 'slow',
    verified: false,
  });

  const deps: ConsoleDeps = {
    tickets,
    directory,
    incidents,
    audit,
    devices,
    isp: fakeIsp(),
    agent,
    diagnostics: fakeDiagnostics(),
    actions: fakeActions(devices),
    pollMs: 0,
  };
  return {
    deps,
    tickets,
    directory,
    incidents,
    audit,
    devices,
    agent,
    customer,
    service,
    escalatedId: escalated.id,
    tier2Id: tier2.id,
  };
}
