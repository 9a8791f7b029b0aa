import type { AcsDeviceRow, AcsParamRow, AcsTaskRow } from '../../storage/tables/acs.js';
import { typedValue } from '../acs-device-service.js';
import { deviceIdOf } from '../inform.js';
import { isSecretPath } from '../task-steps.js';

// Frontline's devices, tasks and faults as GenieACS's NBI shows them.

/** GenieACS escapes every byte outside [A-Za-z0-9_] of each part as %XX (hex, upper case). */
function escPart(s: string): string {
  return s.replace(/[^A-Za-z0-9_]/g, (ch) =>
    [...Buffer.from(ch, 'utf8')].map((b) => `%${b.toString(16).toUpperCase()}`).join(''),
  );
}

/** The id GenieACS gives a router: OUI-ProductClass-Serial (OUI-Serial without a product class). */
export function genieacsId(d: Pick<AcsDeviceRow, 'oui' | 'product_class' | 'serial_number'>): string {
  return d.product_class
    ? `${escPart(d.oui)}-${escPart(d.product_class)}-${escPart(d.serial_number)}`
    : `${escPart(d.oui)}-${escPart(d.serial_number)}`;
}

function unescPart(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Frontline's id for a GenieACS-style id (its parts never contain a bare '-'); null when it is not one. */
export function frontlineIdOf(nbiId: string): string | null {
  const parts = nbiId.split('-');
  if (parts.length !== 2 && parts.length !== 3) return null;
  const [oui, productClass, serialNumber] = parts.length === 3 ? parts : [parts[0]!, '', parts[1]!];
  return deviceIdOf({
    manufacturer: '',
    oui: unescPart(oui!),
    productClass: unescPart(productClass!),
    serialNumber: unescPart(serialNumber!),
  });
}

export type NbiDocument = Record<string, unknown>;

function setPath(doc: NbiDocument, path: string, leaf: unknown): void {
  const keys = path.split('.').filter((k) => k !== '');
  let node = doc;
  for (const k of keys.slice(0, -1)) {
    const next = node[k];
    if (next === null || typeof next !== 'object') node[k] = {};
    node = node[k] as NbiDocument;
  }
  node[keys[keys.length - 1]!] = leaf;
}

export function deviceDocument(dev: AcsDeviceRow, params: AcsParamRow[], tags: string[]): NbiDocument {
  const doc: NbiDocument = {
    _id: genieacsId(dev),
    _deviceId: {
      _Manufacturer: dev.manufacturer ?? '',
      _OUI: dev.oui,
      _ProductClass: dev.product_class,
      _SerialNumber: dev.serial_number,
    },
    _registered: dev.created_at,
    _lastInform: dev.last_inform_at,
    _lastBoot: dev.last_boot_at,
    _tags: tags,
  };
  for (const p of params) {
    // Passwords and keys are never served (the cache keeps them blank anyway).
    const value = isSecretPath(p.path) ? '' : typedValue(p.value, p.type);
    setPath(doc, p.path, { _value: value, _type: p.type, _timestamp: p.at });
  }
  return doc;
}

/** The document cut down to the projected paths (and `_id`, always). */
export function project(doc: NbiDocument, projection: string[]): NbiDocument {
  if (projection.length === 0) return doc;
  const out: NbiDocument = { _id: doc._id };
  for (const path of projection) {
    let node: unknown = doc;
    for (const k of path.split('.').filter((x) => x !== ''))
      node = node !== null && typeof node === 'object' ? (node as NbiDocument)[k] : undefined;
    if (node !== undefined) setPath(out, path, node);
  }
  return out;
}

/** A task as GenieACS shows it: its arguments flat beside name and device. */
export function taskDocument(t: AcsTaskRow, device: AcsDeviceRow | undefined): NbiDocument {
  const args = JSON.parse(t.args) as Record<string, unknown>;
  const flat: Record<string, unknown> = {};
  if (Array.isArray(args.names)) flat.parameterNames = args.names;
  if (Array.isArray(args.values))
    flat.parameterValues = (args.values as { name: string; value: string; type: string }[]).map((v) => [
      v.name,
      isSecretPath(v.name) ? '***' : v.value,
      v.type,
    ]);
  if (typeof args.objectName === 'string') flat.objectName = args.objectName;
  return {
    _id: t.id,
    name: t.name,
    device: device ? genieacsId(device) : t.device_id,
    timestamp: t.created_at,
    ...flat,
    status: t.status,
    ...(t.expires_at ? { expiry: t.expires_at } : {}),
  };
}

/** A faulted task as a GenieACS fault (`<device>:task_<id>`, code `cwmp.<n>` for router faults). */
export function faultDocument(t: AcsTaskRow, device: AcsDeviceRow | undefined): NbiDocument {
  const f = (t.fault ? JSON.parse(t.fault) : { code: 0, message: 'unknown fault' }) as {
    code: number;
    message: string;
    parameterFaults?: unknown;
  };
  const deviceId = device ? genieacsId(device) : t.device_id;
  return {
    _id: `${deviceId}:task_${t.id}`,
    device: deviceId,
    channel: `task_${t.id}`,
    code: f.code >= 9000 ? `cwmp.${f.code}` : f.code === 0 ? 'timeout' : `acs.${f.code}`,
    message: f.message,
    detail: f.parameterFaults ? { parameterFaults: f.parameterFaults } : null,
    timestamp: t.updated_at,
    retries: Math.max(0, Number(t.attempts) - 1),
  };
}
