// In-memory implementations of the customer, incident and audit ports for fast unit tests; tickets
// use the one in-memory store on the real ticket rules (src/tickets/testing/memory-tickets.ts).
import { randomUUID } from 'node:crypto';
import {
  type AuditEntry,
  type Customer,
  type Device,
  type Incident,
  type Service,
  type StoredAuditEntry,
} from '../../domain/index.js';
import type { AuditLog, CustomerDirectory, IncidentStore } from '../../tickets/ports.js';

export { MemoryTicketStore } from '../../tickets/testing/memory-tickets.js';

export interface SeedCustomer {
  customerNumber: string;
  name: string;
  pin: string;
  email?: string;
  language?: 'sv' | 'en';
  segment?: 'residential' | 'business';
  access?: Service['access'];
  plan?: Service['plan'];
  area?: string;
  accountStatus?: Service['accountStatus'];
  deviceId?: string;
}

export class MemoryDirectory implements CustomerDirectory {
  customers = new Map<string, Customer>();
  pins = new Map<string, string>();
  svc = new Map<string, Service>();
  devices = new Map<string, Device[]>();

  add(s: SeedCustomer): { customer: Customer; service: Service } {
    const at = new Date(0).toISOString();
    const customer: Customer = {
      id: `cust-${s.customerNumber}`,
      customerNumber: s.customerNumber,
      name: s.name,
      contacts: s.email ? [{ kind: 'email', value: s.email }] : [],
      language: s.language ?? 'sv',
      segment: s.segment ?? 'residential',
      pinHash: 'memory',
      createdAt: at,
    };
    const service: Service = {
      id: `svc-${s.customerNumber}`,
      customerId: customer.id,
      access: s.access ?? 'fiber',
      plan: s.plan ?? { downMbps: 500, upMbps: 100 },
      areaCode: s.area ?? 'SE-STO-TEST',
      accountStatus: s.accountStatus ?? 'active',
      pppoeUsername: `u${s.customerNumber}`,
      pppoePasswordEnc: 'enc',
      createdAt: at,
    };
    this.customers.set(customer.id, customer);
    this.pins.set(customer.id, s.pin);
    this.svc.set(service.id, service);
    if (s.deviceId) {
      this.devices.set(service.id, [
        {
          id: s.deviceId,
          oui: '00D0F1',
          productClass: 'HGW3000',
          serialNumber: s.customerNumber,
          manufacturer: null,
          model: 'FL-HGW-3000',
          firmware: '2.3.1',
          serviceId: service.id,
          lastInformAt: null,
          createdAt: at,
        },
      ]);
    }
    return { customer, service };
  }

  async byId(id: string) {
    return this.customers.get(id) ?? null;
  }
  async byNumber(n: string) {
    return [...this.customers.values()].find((c) => c.customerNumber === n) ?? null;
  }
  async byEmail(email: string) {
    return [...this.customers.values()].find((c) => c.contacts.some((x) => x.value === email)) ?? null;
  }
  async byPhone(phone: string) {
    return [...this.customers.values()].find((c) => c.contacts.some((x) => x.value === phone)) ?? null;
  }
  async services(customerId: string) {
    return [...this.svc.values()].filter((s) => s.customerId === customerId);
  }
  async service(id: string) {
    return this.svc.get(id) ?? null;
  }
  async updateService(id: string, patch: Partial<Pick<Service, 'accountStatus' | 'plan' | 'areaCode'>>) {
    const s = this.svc.get(id);
    if (!s) throw new Error('no service');
    Object.assign(s, patch);
    return s;
  }
  async pppoePassword() {
    return 'correct-secret';
  }
  async checkPin(customerId: string, pin: string) {
    return this.pins.get(customerId) === pin;
  }
  async devicesOfService(serviceId: string) {
    return this.devices.get(serviceId) ?? [];
  }
}

export class MemoryIncidents implements IncidentStore {
  items = new Map<string, Incident>();
  private seq = 0;
  constructor(private readonly now: () => Date = () => new Date()) {}
  async create(input: { areas: string[]; kind: string; title: string; etaAt?: string | null }) {
    const inc: Incident = {
      id: randomUUID(),
      reference: `INC-${String(++this.seq).padStart(4, '0')}`,
      areas: input.areas,
      kind: input.kind,
      title: input.title,
      status: 'open',
      startedAt: this.now().toISOString(),
      etaAt: input.etaAt ?? null,
      resolvedAt: null,
    };
    this.items.set(inc.id, inc);
    return inc;
  }
  async update(id: string, patch: Partial<Pick<Incident, 'areas' | 'etaAt' | 'title' | 'status'>>) {
    const inc = this.items.get(id)!;
    Object.assign(inc, patch);
    return inc;
  }
  async resolve(id: string) {
    return this.update(id, { status: 'resolved' });
  }
  async get(id: string) {
    return this.items.get(id) ?? null;
  }
  async openInArea(area: string) {
    return [...this.items.values()].filter((i) => i.status === 'open' && i.areas.includes(area));
  }
  async list(filter?: { status?: Incident['status'] }) {
    return [...this.items.values()].filter((i) => !filter?.status || i.status === filter.status);
  }
}

export class MemoryAudit implements AuditLog {
  entries: StoredAuditEntry[] = [];
  async append(entry: AuditEntry) {
    const stored = {
      ...entry,
      id: this.entries.length + 1,
      at: new Date().toISOString(),
    } as StoredAuditEntry;
    this.entries.push(stored);
    return stored;
  }
  async list(filter?: { target?: string; action?: AuditEntry['action']; limit?: number }) {
    return this.entries.filter(
      (e) =>
        (!filter?.target || e.target === filter.target) && (!filter?.action || e.action === filter.action),
    );
  }
}

/** PIN attempt counters with lockout, in memory. */
export class MemoryAttempts {
  failures = new Map<string, number>();
  get(customerNumber: string) {
    return { failures: this.failures.get(customerNumber) ?? 0 };
  }
  record(customerNumber: string, ok: boolean) {
    this.failures.set(customerNumber, ok ? 0 : (this.failures.get(customerNumber) ?? 0) + 1);
  }
}
