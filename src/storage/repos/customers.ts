import { randomUUID } from 'node:crypto';
import { sql, type Selectable } from 'kysely';
import type { Contact, Customer, Device, Service } from '../../domain/index.js';
import { erasureEntry, SYSTEM_ACTOR, type PrivacyActor } from '../../privacy/audit-entries.js';
import { hashPin, verifyPin } from '../../security/pin.js';
import type { ScryptCost } from '../../security/scrypt-hash.js';
import type { SecretBox } from '../../security/secrets.js';
import { ConflictError } from '../../tickets/errors.js';
import { NotFoundError, type CustomerDirectory } from '../../tickets/ports.js';
import { isUniqueViolation, parseJson, type Executor, type RepoContext } from '../common.js';
import { normalizeContact, normalizeEmail, normalizePhone } from '../contacts.js';
import { newestFirstPage } from '../newest-first.js';
import {
  customerInputSchema,
  customerPatchSchema,
  serviceInputSchema,
  servicePatchSchema,
  type CustomerInput,
  type CustomerPatch,
  type ServiceInput,
  type ServicePatch,
} from '../inputs.js';
import type { CustomersTable, ServicesTable } from '../tables/core.js';
import { erasePersonalData } from '../privacy/erase.js';
import { devicesWithInform, toDevice } from './devices.js';

export interface SecurityDeps {
  box: SecretBox;
  /** scrypt cost for new PIN hashes (tests lower it). */
  pinCost?: ScryptCost;
}

export function toCustomer(r: Selectable<CustomersTable>): Customer {
  return {
    id: r.id,
    customerNumber: r.customer_number,
    name: r.name,
    contacts: parseJson<Contact[]>(r.contacts),
    language: r.language as Customer['language'],
    segment: r.segment as Customer['segment'],
    pinHash: r.pin_hash,
    createdAt: r.created_at,
  };
}

export function toService(r: Selectable<ServicesTable>): Service {
  return {
    id: r.id,
    customerId: r.customer_id,
    access: r.access as Service['access'],
    plan: { downMbps: Number(r.down_mbps), upMbps: Number(r.up_mbps) },
    areaCode: r.area_code,
    accountStatus: r.account_status as Service['accountStatus'],
    pppoeUsername: r.pppoe_username,
    pppoePasswordEnc: r.pppoe_password_enc,
    createdAt: r.created_at,
  };
}

/** Customer fields after validation, with the PIN already hashed (undefined = keep as is). */
export interface CustomerData {
  customerNumber: string;
  name: string;
  contacts: Contact[];
  language: Customer['language'];
  segment: Customer['segment'];
  pinHash?: string | null;
}

/** Service fields after validation, with the PPPoE password already encrypted (undefined = keep). */
export interface ServiceData {
  access: Service['access'];
  plan: Service['plan'];
  areaCode: string;
  accountStatus: Service['accountStatus'];
  pppoeUsername?: string | null;
  pppoePasswordEnc?: string | null;
  /** Id for a new service (the ISP's own service id); default a random UUID. */
  id?: string;
}

export class CustomerRepository implements CustomerDirectory {
  constructor(
    private readonly ctx: RepoContext,
    private readonly security: SecurityDeps,
  ) {}

  // ---- CustomerDirectory ----

  async byId(id: string): Promise<Customer | null> {
    const r = await this.ctx.db.selectFrom('customers').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? toCustomer(r) : null;
  }

  async byNumber(customerNumber: string): Promise<Customer | null> {
    const r = await this.ctx.db
      .selectFrom('customers')
      .selectAll()
      .where('customer_number', '=', customerNumber.trim())
      .executeTakeFirst();
    return r ? toCustomer(r) : null;
  }

  byEmail(email: string): Promise<Customer | null> {
    return this.byContact('email', normalizeEmail(email));
  }

  byPhone(phone: string): Promise<Customer | null> {
    return this.byContact('phone', normalizePhone(phone));
  }

  async services(customerId: string): Promise<Service[]> {
    const rows = await this.ctx.db
      .selectFrom('services')
      .selectAll()
      .where('customer_id', '=', customerId)
      .orderBy('created_at', 'asc')
      .orderBy('id', 'asc')
      .execute();
    return rows.map(toService);
  }

  async service(serviceId: string): Promise<Service | null> {
    const r = await this.ctx.db
      .selectFrom('services')
      .selectAll()
      .where('id', '=', serviceId)
      .executeTakeFirst();
    return r ? toService(r) : null;
  }

  updateService(
    serviceId: string,
    patch: Partial<Pick<Service, 'accountStatus' | 'plan' | 'areaCode'>>,
  ): Promise<Service> {
    return this.patchService(serviceId, patch);
  }

  async pppoePassword(serviceId: string): Promise<string | null> {
    const r = await this.ctx.db
      .selectFrom('services')
      .select('pppoe_password_enc')
      .where('id', '=', serviceId)
      .executeTakeFirst();
    if (!r) throw new NotFoundError('service', serviceId);
    return r.pppoe_password_enc ? this.security.box.decrypt(r.pppoe_password_enc) : null;
  }

  async checkPin(customerId: string, pin: string): Promise<boolean> {
    const r = await this.ctx.db
      .selectFrom('customers')
      .select('pin_hash')
      .where('id', '=', customerId)
      .executeTakeFirst();
    return verifyPin(pin, r?.pin_hash ?? null);
  }

  /**
   * The service's routers: those the ACS has talked to first (the latest Inform first), then the
   * others (oldest first).
   */
  async devicesOfService(serviceId: string): Promise<Device[]> {
    const rows = await devicesWithInform(this.ctx.db)
      .where('devices.service_id', '=', serviceId)
      .orderBy(sql`acs_device_state.device_id is null`)
      .orderBy('acs_device_state.last_inform_at', (ob) => ob.desc().nullsLast())
      .orderBy('devices.created_at')
      .execute();
    return rows.map(toDevice);
  }

  // ---- CRUD for the REST API and import ----

  async createCustomer(input: CustomerInput): Promise<Customer> {
    const p = customerInputSchema.parse(input);
    const pinHash = p.pin ? await this.hashPin(p.pin) : null;
    return this.ctx.db.transaction().execute(async (trx) => {
      if (
        await trx
          .selectFrom('customers')
          .select('id')
          .where('customer_number', '=', p.customerNumber)
          .executeTakeFirst()
      ) {
        throw new ConflictError(`customer number ${p.customerNumber} exists`);
      }
      return (await this.upsertCustomer(trx, { ...p, pinHash })).customer;
    });
  }

  async updateCustomer(id: string, patch: CustomerPatch): Promise<Customer> {
    const p = customerPatchSchema.parse(patch);
    const pinHash = p.pin === undefined ? undefined : p.pin === null ? null : await this.hashPin(p.pin);
    return this.ctx.db.transaction().execute(async (trx) => {
      const cur = await trx.selectFrom('customers').selectAll().where('id', '=', id).executeTakeFirst();
      if (!cur) throw new NotFoundError('customer', id);
      const c = toCustomer(cur);
      const data: CustomerData = {
        customerNumber: c.customerNumber,
        name: p.name ?? c.name,
        contacts: p.contacts ?? c.contacts,
        language: p.language ?? c.language,
        segment: p.segment ?? c.segment,
        pinHash,
      };
      return (await this.upsertCustomer(trx, data)).customer;
    });
  }

  /**
   * Deletes the customer and, with them, everything personal the desk holds about them
   * (conversations, mail, contact data); tickets and audit entries stay as anonymous skeletons.
   */
  async deleteCustomer(id: string, actor: PrivacyActor = SYSTEM_ACTOR): Promise<void> {
    const c = await this.ctx.db
      .selectFrom('customers')
      .select('customer_number')
      .where('id', '=', id)
      .executeTakeFirst();
    const erased = c
      ? await erasePersonalData(this.ctx, c.customer_number, (n) =>
          erasureEntry(actor, 'customer deleted', n),
        )
      : null;
    if (!erased) throw new NotFoundError('customer', id);
  }

  async listCustomers(opts: { cursor?: string; limit?: number; q?: string } = {}) {
    let q = this.ctx.db.selectFrom('customers').selectAll();
    if (opts.q) {
      const like = `%${opts.q.trim().toLowerCase()}%`;
      q = q.where((eb) =>
        eb.or([eb('customer_number', 'like', like), eb(eb.fn('lower', ['name']), 'like', like)]),
      );
    }
    return newestFirstPage(q, opts, toCustomer);
  }

  async createService(input: ServiceInput): Promise<Service> {
    const p = serviceInputSchema.parse(input);
    const data: ServiceData = {
      ...p,
      pppoeUsername: p.pppoeUsername ?? null,
      pppoePasswordEnc: p.pppoePassword ? this.security.box.encrypt(p.pppoePassword) : null,
    };
    return this.ctx.db.transaction().execute(async (trx) => {
      const owner = await trx
        .selectFrom('customers')
        .select('id')
        .where('id', '=', p.customerId)
        .executeTakeFirst();
      if (!owner) throw new NotFoundError('customer', p.customerId);
      return this.insertService(trx, p.customerId, data);
    });
  }

  async patchService(serviceId: string, patch: ServicePatch): Promise<Service> {
    const p = servicePatchSchema.parse(patch);
    return this.ctx.db.transaction().execute(async (trx) => {
      const cur = await trx.selectFrom('services').selectAll().where('id', '=', serviceId).executeTakeFirst();
      if (!cur) throw new NotFoundError('service', serviceId);
      const s = toService(cur);
      return this.updateServiceRow(trx, serviceId, {
        access: p.access ?? s.access,
        plan: p.plan ?? s.plan,
        areaCode: p.areaCode ?? s.areaCode,
        accountStatus: p.accountStatus ?? s.accountStatus,
        pppoeUsername: p.pppoeUsername,
        pppoePasswordEnc:
          p.pppoePassword === undefined
            ? undefined
            : p.pppoePassword === null
              ? null
              : this.security.box.encrypt(p.pppoePassword),
      });
    });
  }

  async deleteService(id: string): Promise<void> {
    const res = await this.ctx.db.deleteFrom('services').where('id', '=', id).executeTakeFirst();
    if (Number(res.numDeletedRows) !== 1) throw new NotFoundError('service', id);
  }

  hashPin(pin: string): Promise<string> {
    return hashPin(pin, this.security.pinCost);
  }

  encryptSecret(plain: string): string {
    return this.security.box.encrypt(plain);
  }

  // ---- building blocks usable inside a caller's transaction (import) ----

  /** Inserts or updates (by customer number) a customer and its contact index. */
  async upsertCustomer(
    exec: Executor,
    data: CustomerData,
  ): Promise<{ customer: Customer; created: boolean }> {
    const at = this.ctx.now().toISOString();
    const cur = await exec
      .selectFrom('customers')
      .selectAll()
      .where('customer_number', '=', data.customerNumber)
      .executeTakeFirst();
    const fields = {
      name: data.name,
      contacts: JSON.stringify(data.contacts),
      language: data.language,
      segment: data.segment,
      updated_at: at,
      ...(data.pinHash !== undefined ? { pin_hash: data.pinHash } : {}),
    };
    let row: Selectable<CustomersTable>;
    if (cur) {
      await exec.updateTable('customers').set(fields).where('id', '=', cur.id).execute();
      row = { ...cur, ...fields };
    } else {
      row = {
        id: randomUUID(),
        customer_number: data.customerNumber,
        created_at: at,
        pin_hash: data.pinHash ?? null,
        ...fields,
      };
      await exec.insertInto('customers').values(row).execute();
    }
    await exec.deleteFrom('customer_contacts').where('customer_id', '=', row.id).execute();
    const seen = new Set<string>();
    const contacts = data.contacts.map(normalizeContact).filter((c) => {
      const k = `${c.kind}:${c.value}`;
      return seen.has(k) ? false : (seen.add(k), true);
    });
    if (contacts.length > 0) {
      await exec
        .insertInto('customer_contacts')
        .values(contacts.map((c) => ({ customer_id: row.id, kind: c.kind, value: c.value })))
        .execute();
    }
    return { customer: toCustomer(row), created: !cur };
  }

  async insertService(exec: Executor, customerId: string, data: ServiceData): Promise<Service> {
    const at = this.ctx.now().toISOString();
    const row: Selectable<ServicesTable> = {
      id: data.id ?? randomUUID(),
      customer_id: customerId,
      access: data.access,
      down_mbps: data.plan.downMbps,
      up_mbps: data.plan.upMbps,
      area_code: data.areaCode,
      account_status: data.accountStatus,
      pppoe_username: data.pppoeUsername ?? null,
      pppoe_password_enc: data.pppoePasswordEnc ?? null,
      created_at: at,
      updated_at: at,
    };
    try {
      await exec.insertInto('services').values(row).execute();
    } catch (err) {
      if (isUniqueViolation(err)) throw new ConflictError(`PPPoE username ${row.pppoe_username} is in use`);
      throw err;
    }
    return toService(row);
  }

  async updateServiceRow(exec: Executor, serviceId: string, data: ServiceData): Promise<Service> {
    const at = this.ctx.now().toISOString();
    try {
      await exec
        .updateTable('services')
        .set({
          access: data.access,
          down_mbps: data.plan.downMbps,
          up_mbps: data.plan.upMbps,
          area_code: data.areaCode,
          account_status: data.accountStatus,
          updated_at: at,
          ...(data.pppoeUsername !== undefined ? { pppoe_username: data.pppoeUsername } : {}),
          ...(data.pppoePasswordEnc !== undefined ? { pppoe_password_enc: data.pppoePasswordEnc } : {}),
        })
        .where('id', '=', serviceId)
        .execute();
    } catch (err) {
      if (isUniqueViolation(err)) throw new ConflictError(`PPPoE username ${data.pppoeUsername} is in use`);
      throw err;
    }
    const r = await exec
      .selectFrom('services')
      .selectAll()
      .where('id', '=', serviceId)
      .executeTakeFirstOrThrow();
    return toService(r);
  }

  private async byContact(kind: 'email' | 'phone', value: string): Promise<Customer | null> {
    const r = await this.ctx.db
      .selectFrom('customer_contacts')
      .innerJoin('customers', 'customers.id', 'customer_contacts.customer_id')
      .selectAll('customers')
      .where('customer_contacts.kind', '=', kind)
      .where('customer_contacts.value', '=', value)
      .orderBy('customers.created_at', 'asc')
      .executeTakeFirst();
    return r ? toCustomer(r) : null;
  }
}
