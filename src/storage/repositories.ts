import type { Kysely } from 'kysely';
import type { ScryptCost } from '../security/scrypt-hash.js';
import type { SecretBox } from '../security/secrets.js';
import { slaClock, type SlaPolicies } from '../tickets/sla-policy.js';
import type { Engine } from './db.js';
import type { RepoContext } from './common.js';
import { AuditRepository } from './repos/audit.js';
import { CustomerRepository } from './repos/customers.js';
import { DeviceRepository } from './repos/devices.js';
import { IncidentRepository } from './repos/incidents.js';
import { TicketRepository } from './repos/tickets.js';
import type { Database } from './schema.js';

export interface Repositories {
  tickets: TicketRepository;
  /** Implements CustomerDirectory, plus customer and service CRUD. */
  customers: CustomerRepository;
  devices: DeviceRepository;
  incidents: IncidentRepository;
  audit: AuditRepository;
  /** Encrypts secrets at rest (PPPoE passwords, unsent mail that holds a secret). */
  secrets: SecretBox;
  db: Kysely<Database>;
  engine: Engine;
}

export interface RepositoryDeps {
  db: Kysely<Database>;
  engine: Engine;
  secrets: SecretBox;
  now?: () => Date;
  pinCost?: ScryptCost;
  /** SLA targets and business hours (default: Swedish office hours, P1 and the NOC round the clock). */
  sla?: SlaPolicies;
}

export function createRepositories(deps: RepositoryDeps): Repositories {
  const ctx: RepoContext = { db: deps.db, engine: deps.engine, now: deps.now ?? (() => new Date()) };
  return {
    tickets: new TicketRepository(ctx, slaClock(deps.sla)),
    customers: new CustomerRepository(ctx, { box: deps.secrets, pinCost: deps.pinCost }),
    devices: new DeviceRepository(ctx),
    incidents: new IncidentRepository(ctx),
    audit: new AuditRepository(ctx),
    secrets: deps.secrets,
    db: deps.db,
    engine: deps.engine,
  };
}
