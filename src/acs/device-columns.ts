import type { AcsDeviceRow, AcsDeviceStateRow } from '../storage/tables/acs.js';
import type { DevicesTable } from '../storage/tables/core.js';

// The ACS's device row is the device (`devices`) joined with the state of its sessions
// (`acs_device_state`); the two tables' column names do not overlap. Which column is whose:

const DEVICE_COLUMNS = [
  'id',
  'oui',
  'product_class',
  'serial_number',
  'manufacturer',
  'model',
  'firmware',
  'service_id',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof DevicesTable)[];

const STATE_COLUMNS = [
  'root',
  'cwmp_ns',
  'pppoe_username',
  'connection_request_url',
  'last_inform_at',
  'last_boot_at',
  'last_events',
  'inform_count',
] as const satisfies readonly (keyof AcsDeviceStateRow)[];

const STATE = new Set<string>(STATE_COLUMNS);

/** The joined row's columns, for the query builder. */
export const DEVICE_ROW_COLUMNS = [
  ...DEVICE_COLUMNS.map((c) => `d.${c}` as const),
  ...STATE_COLUMNS.map((c) => `s.${c}` as const),
];

/** The joined rows as SQL text (`d`: the device, `s`: its state), to add a `where` to. */
export const DEVICE_SELECT =
  `select ${DEVICE_ROW_COLUMNS.join(', ')} ` + 'from devices d join acs_device_state s on s.device_id = d.id';

type Fields = Partial<Record<string, unknown>>;

type StateColumn = (typeof STATE_COLUMNS)[number];

/** A (partial) device row as the columns of each table. */
export function splitDevice<T extends Partial<AcsDeviceRow>>(
  row: T,
): { device: Omit<T, StateColumn>; state: Pick<T, Extract<keyof T, StateColumn>> } {
  const device: Fields = {};
  const state: Fields = {};
  for (const [k, v] of Object.entries(row)) (STATE.has(k) ? state : device)[k] = v;
  return { device: device as Omit<T, StateColumn>, state: state as Pick<T, Extract<keyof T, StateColumn>> };
}

/**
 * What an Inform changed of an existing row: the state's columns that differ, and the device's
 * with its `updated_at` only when one of them differs (a periodic Inform writes the state alone).
 */
export function changedDeviceFields(
  existing: AcsDeviceRow,
  row: AcsDeviceRow,
): Partial<Omit<AcsDeviceRow, 'id'>> | null {
  const out: Fields = {};
  let device = false;
  for (const k of [...DEVICE_COLUMNS, ...STATE_COLUMNS]) {
    if (k === 'id' || k === 'created_at' || k === 'updated_at' || existing[k] === row[k]) continue;
    out[k] = row[k];
    if (!STATE.has(k)) device = true;
  }
  if (device) out.updated_at = row.updated_at;
  return Object.keys(out).length ? (out as Partial<Omit<AcsDeviceRow, 'id'>>) : null;
}
