// The one in-memory CustomerDirectory, IncidentStore and AuditLog every test desk shares, kept to
// what the repositories do (newest audit entries first with their limit, incidents newest first,
// not-found errors, contacts matched by kind), so a fake cannot answer what the database would not.
import { randomUUID } from 'node:crypto';
import type {
  AuditEntry,
  Customer,
  Device,
  Incident,
  Service,
  StoredAuditEntry,
} from '../../domain/index.js';
import { NotFoundError, type AuditLog, type CustomerDirectory, type IncidentStore } from '../ports.js';

/** A customer with one service, from the few facts a test cares about. */
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

const EPOCH = new Date(0).toISOString();

/** A directory over maps; PINs and PPPoE passwords are kept in clear text (fine for a fake). */
export class MemoryDirectory implements CustomerDirectory {
  readonly customers = new Map<string, Customer>();
  readonly serviceById = new Map<string, Service>();
  readonly pins = new Map<string, string>();
  readonly pppoePasswords = new Map<string, string>();
  /** Inventory devices by service id. */
  readonly devices = new Map<string, Device[]>();

  put(customer: Customer, service: Service, opts: { pin?: string; pppoePassword?: string } = {}): this {
    this.customers.set(customer.id, customer);
    this.serviceById.set(service.id, service);
    if (opts.pin !== undefined) this.pins.set(customer.id, opts.pin);
    if (opts.pppoePassword !== undefined) this.pppoePasswords.set(service.id, opts.pppoePassword);
    return this;
  }

  add(s: SeedCustomer): { customer: Customer; service: Service } {
    const customer: Customer = {
      id: `cust-${s.customerNumber}`,
      customerNumber: s.customerNumber,
      name: s.name,
      contacts: s.email ? [{ kind: 'email', value: s.email }] : [],
      language: s.language ?? 'sv',
      segment: s.segment ?? 'residential',
      pinHash: 'memory',
      createdAt: EPOCH,
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
      createdAt: EPOCH,
    };
    this.put(customer, service, { pin: s.pin, pppoePassword: 'correct-secret' });
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
          createdAt: EPOCH,
        },
      ]);
    }
    return { customer, service };
  }

  private byContact(kind: 'email' | 'phone', value: string) {
    const v = value.trim().toLowerCase();
    const found = [...this.customers.values()].find((c) =>
      c.contacts.some((k) => k.kind === kind && k.value.toLowerCase() === v),
    );
    return found ?? null;
  }

  async byId(id: string) {
    return this.customers.get(id) ?? null;
  }
  async byNumber(n: string) {
    return [...this.customers.values()].find((c) => c.customerNumber === n) ?? null;
  }
  async byEmail(email: string) {
    return this.byContact('email', email);
  }
  async byPhone(phone: string) {
    return this.byContact('phone', phone);
  }
  async services(customerId: string) {
    return [...this.serviceById.values()].filter((s) => s.customerId === customerId);
  }
  async service(id: string) {
    return this.serviceById.get(id) ?? null;
  }
  async updateService(id: string, patch: Partial<Pick<Service, 'accountStatus' | 'plan' | 'areaCode'>>) {
    const s = this.serviceById.get(id);
    if (!s) throw new NotFoundError('service', id);
    Object.assign(s, patch);
    return s;
  }
  async pppoePassword(serviceId: string) {
    return this.pppoePasswords.get(serviceId) ?? null;
  }
  async checkPin(customerId: string, pin: string) {
    return this.pins.get(customerId) === pin;
  }
  async devicesOfService(serviceId: string) {
    return this.devices.get(serviceId) ?? [];
  }
}

export class MemoryIncidents implements IncidentStore {
  readonly items = new Map<string, Incident>();
  private seq = 0;
  constructor(private readonly now: () => Date = () => new Date()) {}

  async create(input: { areas: string[]; kind: string; title: string; etaAt?: string | null }) {
    const inc: Incident = {
      id: randomUUID(),
      reference: `INC-${String(++this.seq).padStart(6, '0')}`,
      areas: [...new Set(input.areas)],
      kind: input.kind,
      title: input.title,
      status: 'open',
      startedAt: this.now().toISOString(),
      etaAt: input.etaAt ?? null,
      resolvedAt: null,
    };
    this.items.set(inc.id, inc);
    return { ...inc };
  }
  async update(id: string, patch: Partial<Pick<Incident, 'areas' | 'etaAt' | 'title' | 'status'>>) {
    const inc = this.items.get(id);
    if (!inc) throw new NotFoundError('incident', id);
    if (patch.status !== undefined && patch.status !== inc.status)
      inc.resolvedAt = patch.status === 'resolved' ? this.now().toISOString() : null;
    Object.assign(inc, patch);
    return { ...inc };
  }
  async resolve(id: string) {
    return this.update(id, { status: 'resolved' });
  }
  async get(id: string) {
    const inc = this.items.get(id);
    return inc ? { ...inc } : null;
  }
  async openInArea(area: string) {
    return (await this.list({ status: 'open' })).filter((i) => i.areas.includes(area));
  }
  async list(filter: { status?: Incident['status'] } = {}) {
    return [...this.items.values()]
      .filter((i) => !filter.status || i.status === filter.status)
      .reverse()
      .map((i) => ({ ...i }));
  }
}

export class MemoryAudit implements AuditLog {
  readonly entries: StoredAuditEntry[] = [];
  constructor(private readonly now: () => Date = () => new Date()) {}

  async append(entry: AuditEntry) {
    const stored = {
      ...entry,
      id: this.entries.length + 1,
      at: this.now().toISOString(),
    } as StoredAuditEntry;
    this.entries.push(stored);
    return stored;
  }
  /** Newest first, at most `limit` (100 unless asked, 1,000 at the most), as the repository. */
  async list(filter: { target?: string; action?: AuditEntry['action']; limit?: number } = {}) {
    const limit = Math.min(1000, Math.max(1, Math.floor(filter.limit ?? 100)));
    return this.entries
      .filter(
        (e) =>
          (!filter.target || e.target === filter.target) && (!filter.action || e.action === filter.action),
      )
      .reverse()
      .slice(0, limit);
  }
}
