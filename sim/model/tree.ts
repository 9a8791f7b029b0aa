// Reads and writes on a device's data model: the model's shared definitions plus the device's
// overlay (configuration) and instance lists. Implements the semantics of GPV, SPV, GPN,
// AddObject and DeleteObject including CWMP faults 9005–9008.
import type { Home } from '../world/home.js';
import { installReader } from './read.js';
import { buildTemplate } from './template.js';
import type { ParamDef, TableDef, Template, Val, Xsd } from './types.js';

const templates = new Map<string, Template>();

export function templateFor(h: Home): Template {
  const key = `${h.spec.access}:${h.model.model}`;
  let t = templates.get(key);
  if (!t) {
    t = buildTemplate(key, h.model);
    templates.set(key, t);
  }
  return t;
}

export class CwmpFault extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly spv: { name: string; code: number; message: string }[] = [],
  ) {
    super(message);
  }
}

interface Resolved {
  def: ParamDef;
  base: string;
}

function tableInstances(h: Home, t: TableDef): number[] {
  if (t.rows) return t.rows(h).map((_, i) => i + 1);
  return h.instances?.get(t.path)?.list ?? [];
}

function splitTablePath(t: TableDef, path: string): { inst: number; field: string } | null {
  if (!path.startsWith(t.path)) return null;
  const rest = path.slice(t.path.length);
  const m = /^(\d+)\.(.+)$/.exec(rest);
  if (!m) return null;
  return { inst: Number(m[1]), field: m[2] };
}

export function resolve(h: Home, path: string): Resolved | undefined {
  const t = templateFor(h);
  const def = t.params.get(path);
  if (def) return { def, base: '' };
  for (const table of t.tables) {
    const sp = splitTablePath(table, path);
    if (!sp) continue;
    const fdef = table.fields[sp.field];
    if (!fdef || !tableInstances(h, table).includes(sp.inst)) return undefined;
    if (table.rows) {
      const row = table.rows(h)[sp.inst - 1];
      return { def: { ...fdef, value: row[sp.field] ?? fdef.value }, base: `${table.path}${sp.inst}.` };
    }
    return { def: fdef, base: `${table.path}${sp.inst}.` };
  }
  return undefined;
}

function evaluate(h: Home, path: string, r: Resolved): Val {
  const o = h.overlay.get(path);
  if (o !== undefined && r.def.writable) return o;
  if (o !== undefined && !r.def.writable) return o; // internal state written by the device itself
  return typeof r.def.value === 'function' ? r.def.value(h, r.base) : r.def.value;
}

/** The stored value, including write-only secrets (for the simulation itself, never for the ACS). */
export function readRaw(h: Home, path: string): Val {
  const r = resolve(h, path);
  if (!r) throw new Error(`unknown parameter ${path}`);
  return evaluate(h, path, r);
}
installReader(readRaw);

export interface ReadParam {
  path: string;
  value: Val;
  type: Xsd;
  writable: boolean;
}

function readForAcs(h: Home, path: string, r: Resolved): ReadParam {
  const value = r.def.writeOnly ? '' : evaluate(h, path, r);
  return { path, value, type: r.def.type, writable: r.def.writable };
}

/** Every parameter of the device under `prefix` ('' = all), in data-model order. */
export function listParams(h: Home, prefix = ''): ReadParam[] {
  const t = templateFor(h);
  const out: ReadParam[] = [];
  for (const [path, def] of t.params)
    if (path.startsWith(prefix)) out.push(readForAcs(h, path, { def, base: '' }));
  for (const table of t.tables) {
    if (!table.path.startsWith(prefix) && !prefix.startsWith(table.path)) continue;
    const rows = table.rows?.(h);
    const insts = rows ? rows.map((_, i) => i + 1) : tableInstances(h, table);
    for (const inst of insts) {
      const base = `${table.path}${inst}.`;
      for (const [field, fdef] of Object.entries(table.fields)) {
        const path = base + field;
        if (!path.startsWith(prefix)) continue;
        const def = rows ? { ...fdef, value: rows[inst - 1][field] ?? fdef.value } : fdef;
        out.push(readForAcs(h, path, { def, base }));
      }
    }
  }
  return out;
}

/** All object paths (ending in '.') that exist on the device. */
function objectExists(h: Home, path: string): boolean {
  if (path === 'Device.') return true;
  const t = templateFor(h);
  for (const table of t.tables) {
    if (table.path === path) return true;
    if (table.path.startsWith(path)) return true;
  }
  for (const p of t.params.keys()) if (p.startsWith(path)) return true;
  return listParams(h, path).length > 0;
}

/** GetParameterValues for one name (full or partial path). */
export function getValues(h: Home, names: string[]): ReadParam[] {
  const out: ReadParam[] = [];
  for (const name of names) {
    if (name === '' || name.endsWith('.')) {
      const prefix = name === '' ? 'Device.' : name;
      if (!objectExists(h, prefix)) throw new CwmpFault(9005, `Invalid parameter name: ${name}`);
      out.push(...listParams(h, prefix));
    } else {
      const r = resolve(h, name);
      if (!r) throw new CwmpFault(9005, `Invalid parameter name: ${name}`);
      out.push(readForAcs(h, name, r));
    }
  }
  return out;
}

export function getNames(h: Home, path: string, nextLevel: boolean): { name: string; writable: boolean }[] {
  const prefix = path === '' ? 'Device.' : path;
  const t = templateFor(h);
  if (!prefix.endsWith('.')) {
    const r = resolve(h, prefix);
    if (!r) throw new CwmpFault(9005, `Invalid parameter name: ${path}`);
    if (nextLevel) throw new CwmpFault(9003, 'NextLevel must be false for a parameter');
    return [{ name: prefix, writable: r.def.writable }];
  }
  if (!objectExists(h, prefix)) throw new CwmpFault(9005, `Invalid parameter name: ${path}`);
  const params = listParams(h, prefix);
  const seen = new Map<string, boolean>();
  const writableObject = (obj: string) =>
    t.tables.some(
      (tb) =>
        tb.writable &&
        (obj === tb.path || (obj.startsWith(tb.path) && /^\d+\.$/.test(obj.slice(tb.path.length)))),
    );
  if (!nextLevel) seen.set(prefix, writableObject(prefix));
  for (const p of params) {
    const rest = p.path.slice(prefix.length);
    const parts = rest.split('.');
    if (nextLevel) {
      const name = parts.length > 1 ? `${prefix}${parts[0]}.` : p.path;
      if (!seen.has(name)) seen.set(name, parts.length > 1 ? writableObject(name) : p.writable);
    } else {
      let acc = prefix;
      for (let i = 0; i < parts.length - 1; i++) {
        acc += `${parts[i]}.`;
        if (!seen.has(acc)) seen.set(acc, writableObject(acc));
      }
      seen.set(p.path, p.writable);
    }
  }
  // Empty writable tables still exist as objects.
  for (const tb of t.tables) {
    if (!tb.path.startsWith(prefix) || seen.has(tb.path)) continue;
    const rest = tb.path.slice(prefix.length).split('.').filter(Boolean);
    if (nextLevel ? rest.length === 1 : true) seen.set(tb.path, tb.writable);
  }
  return [...seen].map(([name, writable]) => ({ name, writable }));
}

// ---- writing ----

const NUMERIC_TYPES: Xsd[] = ['xsd:unsignedInt', 'xsd:int', 'xsd:unsignedLong'];

/** Converts the wire value to the parameter's type; a reason string on failure. */
export function coerce(
  def: ParamDef,
  raw: string,
  wireType: string | undefined,
): { value: Val } | { code: number; reason: string } {
  const wt = wireType?.replace(/^\w+:/, 'xsd:');
  if (
    wt &&
    wt !== def.type &&
    wt !== 'xsd:string' &&
    !(NUMERIC_TYPES.includes(wt as Xsd) && NUMERIC_TYPES.includes(def.type))
  )
    return { code: 9006, reason: `expected ${def.type}, got ${wireType}` };
  switch (def.type) {
    case 'xsd:boolean': {
      const v = raw.trim().toLowerCase();
      if (v === 'true' || v === '1') return { value: true };
      if (v === 'false' || v === '0') return { value: false };
      return { code: wt === def.type ? 9007 : 9006, reason: `not a boolean: ${raw}` };
    }
    case 'xsd:unsignedInt':
    case 'xsd:unsignedLong': {
      if (!/^\s*\d+\s*$/.test(raw))
        return { code: wt === def.type ? 9007 : 9006, reason: `not an unsigned integer: ${raw}` };
      const n = Number(raw);
      if (def.type === 'xsd:unsignedInt' && n > 4294967295) return { code: 9007, reason: 'out of range' };
      return { value: n };
    }
    case 'xsd:int': {
      if (!/^\s*-?\d+\s*$/.test(raw))
        return { code: wt === def.type ? 9007 : 9006, reason: `not an integer: ${raw}` };
      const n = Number(raw);
      if (n < -2147483648 || n > 2147483647) return { code: 9007, reason: 'out of range' };
      return { value: n };
    }
    case 'xsd:dateTime':
      if (Number.isNaN(Date.parse(raw)) && !raw.startsWith('0001-01-01'))
        return { code: 9007, reason: `not a dateTime: ${raw}` };
      return { value: raw };
    default:
      return { value: raw };
  }
}

export interface SetRequest {
  name: string;
  value: string;
  type?: string;
}

/** SetParameterValues: all or nothing. Throws CwmpFault 9003 with per-parameter faults. */
export function setValues(h: Home, list: SetRequest[]): void {
  const faults: { name: string; code: number; message: string }[] = [];
  const planned: { path: string; r: Resolved; value: Val }[] = [];
  const seen = new Set<string>();
  for (const item of list) {
    if (seen.has(item.name)) {
      faults.push({ name: item.name, code: 9003, message: 'parameter appears twice' });
      continue;
    }
    seen.add(item.name);
    const r = item.name.endsWith('.') ? undefined : resolve(h, item.name);
    if (!r) {
      faults.push({ name: item.name, code: 9005, message: 'Invalid parameter name' });
      continue;
    }
    if (!r.def.writable) {
      faults.push({ name: item.name, code: 9008, message: 'Attempt to set a non-writable parameter' });
      continue;
    }
    const c = coerce(r.def, item.value, item.type);
    if ('code' in c) {
      faults.push({
        name: item.name,
        code: c.code,
        message:
          c.code === 9006 ? `Invalid parameter type: ${c.reason}` : `Invalid parameter value: ${c.reason}`,
      });
      continue;
    }
    const reason = r.def.check?.(c.value, h);
    if (reason) {
      faults.push({ name: item.name, code: 9007, message: `Invalid parameter value: ${reason}` });
      continue;
    }
    planned.push({ path: item.name, r, value: c.value });
  }
  if (faults.length > 0) throw new CwmpFault(9003, 'Invalid arguments', faults);
  for (const p of planned) {
    if (p.r.def.store) p.r.def.store(h, p.value, p.r.base);
    else h.overlay.set(p.path, p.value);
  }
  for (const p of planned) p.r.def.after?.(h, p.value, p.r.base);
}

export function addObject(h: Home, objectName: string): number {
  const table = templateFor(h).tables.find((t) => t.path === objectName);
  if (!table) throw new CwmpFault(9005, `Invalid parameter name: ${objectName}`);
  if (!table.writable) throw new CwmpFault(9001, `Request denied: ${objectName} is not a writable table`);
  h.instances ??= new Map();
  let entry = h.instances.get(table.path);
  if (!entry) {
    entry = { list: [], next: 1 };
    h.instances.set(table.path, entry);
  }
  if (entry.list.length >= 32) throw new CwmpFault(9004, 'Resources exceeded: too many instances');
  const inst = entry.next++;
  entry.list.push(inst);
  return inst;
}

export function deleteObject(h: Home, objectName: string): void {
  const table = templateFor(h).tables.find(
    (t) => objectName.startsWith(t.path) && /^\d+\.$/.test(objectName.slice(t.path.length)),
  );
  if (!table || !table.writable) throw new CwmpFault(9005, `Invalid parameter name: ${objectName}`);
  const inst = Number(objectName.slice(table.path.length, -1));
  const entry = h.instances?.get(table.path);
  if (!entry || !entry.list.includes(inst))
    throw new CwmpFault(9005, `Invalid parameter name: ${objectName}`);
  entry.list = entry.list.filter((i) => i !== inst);
  for (const k of [...h.overlay.keys()]) if (k.startsWith(objectName)) h.overlay.delete(k);
}

/** Writes device-internal state (read-only for the ACS) into the overlay. */
export function setInternal(h: Home, path: string, value: Val): void {
  h.overlay.set(path, value);
}
