import { sql, type Kysely } from 'kysely';
import type { EngineMigration } from '../migrate.js';

// One device table (issue 20). `devices` is the device; what the ACS keeps of its sessions with it
// (data-model root, CWMP version, connection-request URL, the last Inform, its events and count)
// goes into `acs_device_state`, one row per device the ACS has talked to, and the ACS's own device
// table goes. A device in both tables keeps the inventory's service link when it has one and takes
// the ACS's model, firmware and manufacturer (read from the router itself). A service link the
// ACS kept to a service that no longer exists is dropped (the foreign key now holds for it too).

const FROM_ACS = ['manufacturer', 'model', 'firmware'] as const;

async function up(db: Kysely<unknown>): Promise<void> {
  let state = db.schema
    .createTable('acs_device_state')
    .addColumn('device_id', 'text', (c) => c.primaryKey().references('devices.id').onDelete('cascade'))
    .addColumn('root', 'text', (c) => c.notNull())
    .addColumn('cwmp_ns', 'text', (c) => c.notNull())
    .addColumn('last_events', 'text', (c) => c.notNull())
    .addColumn('inform_count', 'integer', (c) => c.notNull().defaultTo(0));
  for (const c of ['pppoe_username', 'connection_request_url', 'last_inform_at', 'last_boot_at'])
    state = state.addColumn(c, 'text');
  await state.execute();

  const acs = (col: string) => sql.raw(`(select a.${col} from acs_devices a where a.id = devices.id)`);
  const validService = sql.raw(
    `case when exists (select 1 from services s where s.id = a.service_id) then a.service_id end`,
  );
  await sql`update devices set ${sql.join(
    [
      ...FROM_ACS.map((c) => sql`${sql.ref(c)} = coalesce(${acs(c)}, ${sql.ref(c)})`),
      sql`service_id = coalesce(service_id, (select ${validService} from acs_devices a where a.id = devices.id))`,
      sql`updated_at = (select case when a.updated_at > devices.updated_at then a.updated_at else devices.updated_at end from acs_devices a where a.id = devices.id)`,
    ],
    sql`, `,
  )} where id in (select id from acs_devices)`.execute(db);
  await sql`insert into devices (id, oui, product_class, serial_number, manufacturer, model, firmware, service_id, created_at, updated_at)
    select a.id, a.oui, a.product_class, a.serial_number, a.manufacturer, a.model, a.firmware, ${validService}, a.created_at, a.updated_at
    from acs_devices a where not exists (select 1 from devices d where d.id = a.id)`.execute(db);
  const stateColumns = sql.raw(
    'root, cwmp_ns, pppoe_username, connection_request_url, last_inform_at, last_boot_at, last_events, inform_count',
  );
  await sql`insert into acs_device_state (device_id, ${stateColumns}) select id, ${stateColumns} from acs_devices`.execute(
    db,
  );

  await db.schema.dropTable('acs_devices').execute();
  // The last Inform is the ACS's to know: one place for it.
  await db.schema.alterTable('devices').dropColumn('last_inform_at').execute();
}

// No way down: two rows of one device became one, and links to deleted services are gone.
export const oneDeviceTableMigration: EngineMigration = { up };
