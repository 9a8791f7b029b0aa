import type { AcsDeviceRow } from '../storage/tables/acs.js';
import { firmwareByDeviceId, type FirmwareModel } from '../domain/firmware-catalogue.js';
import type { DeviceIdStruct, ParamStruct } from './soap.js';

// Facts the ACS takes from an Inform: the device id, its data-model root, model, firmware,
// connection-request URL and PPPoE username (for linking the device to a service).

export type ResolveService = (q: {
  serial: string;
  oui: string;
  productClass: string;
  pppoeUsername: string | null;
  /** A device id whose row the caller has just read, without a service: no need to look it up again. */
  unlinked?: string;
}) => Promise<string | null>;

/**
 * PostgreSQL: what `ResolveService` answers for a router whose own row (`unlinked`) has no service,
 * as one SQL expression whose values are added through `param` (which gives their placeholders), so
 * that the session's first statement, which reads that row, answers it instead of a statement of its own.
 */
export type UnlinkedServiceSql = (
  q: Parameters<ResolveService>[0] & { unlinked: string },
  param: (value: unknown) => string,
) => string;

/** `OUI-ProductClass-Serial`; characters outside a safe set are percent-encoded. */
export function deviceIdOf(d: DeviceIdStruct): string {
  const enc = (s: string) =>
    s
      .trim()
      .replace(/[^A-Za-z0-9_.~ ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `${enc(d.oui)}-${enc(d.productClass)}-${enc(d.serialNumber)}`;
}

function findValue(params: ParamStruct[], suffixes: string[]): string | null {
  for (const p of params) {
    for (const s of suffixes) if (p.name.endsWith(s)) return p.value;
  }
  return null;
}

export interface InformFacts {
  root: 'Device.' | 'InternetGatewayDevice.' | null;
  model: string | null;
  firmware: string | null;
  connectionRequestUrl: string | null;
  pppoeUsername: string | null;
}

export function informFacts(
  deviceId: DeviceIdStruct,
  params: ParamStruct[],
  firmware: readonly FirmwareModel[] = [],
): InformFacts {
  const first = params[0]?.name ?? '';
  const root = first.startsWith('InternetGatewayDevice.')
    ? 'InternetGatewayDevice.'
    : first.startsWith('Device.')
      ? 'Device.'
      : null;
  const catalogue = firmwareByDeviceId(firmware, deviceId.oui, deviceId.productClass);
  return {
    root,
    model: findValue(params, ['.DeviceInfo.ModelName']) || catalogue?.model || null,
    firmware: findValue(params, ['.DeviceInfo.SoftwareVersion']),
    connectionRequestUrl: findValue(params, ['.ManagementServer.ConnectionRequestURL']),
    pppoeUsername: findValue(params, ['PPP.Interface.1.Username', 'WANPPPConnection.1.Username']) || null,
  };
}

/** The device row after this Inform (insert when new). */
export function deviceRowAfterInform(
  existing: AcsDeviceRow | undefined,
  id: string,
  d: DeviceIdStruct,
  facts: InformFacts,
  ns: string,
  eventCodes: string[],
  serviceId: string | null,
  nowIso: string,
): AcsDeviceRow {
  const booted = eventCodes.some((c) => c === '1 BOOT' || c === '0 BOOTSTRAP');
  return {
    id,
    oui: d.oui,
    product_class: d.productClass,
    serial_number: d.serialNumber,
    manufacturer: d.manufacturer || existing?.manufacturer || null,
    model: facts.model ?? existing?.model ?? (d.productClass || null),
    firmware: facts.firmware ?? existing?.firmware ?? null,
    service_id: serviceId,
    root: facts.root ?? existing?.root ?? 'Device.',
    cwmp_ns: ns,
    pppoe_username: facts.pppoeUsername ?? existing?.pppoe_username ?? null,
    connection_request_url: facts.connectionRequestUrl ?? existing?.connection_request_url ?? null,
    last_inform_at: nowIso,
    last_boot_at: booted ? nowIso : (existing?.last_boot_at ?? null),
    last_events: JSON.stringify(eventCodes),
    inform_count: (existing?.inform_count ?? 0) + 1,
    created_at: existing?.created_at ?? nowIso,
    updated_at: nowIso,
  };
}
