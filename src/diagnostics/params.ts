import type { ParameterValue, ParamValue } from '../acs/device-service.js';

/** A read-only view over one GetParameterValues answer with typed accessors. */
export class ParamSnapshot {
  private readonly byPath = new Map<string, ParameterValue>();

  constructor(values: ParameterValue[]) {
    for (const v of values) this.byPath.set(v.path, v);
  }

  has(path: string): boolean {
    return this.byPath.has(path);
  }

  raw(path: string): ParamValue | undefined {
    return this.byPath.get(path)?.value;
  }

  /** When the ACS read this value (ISO), if known. */
  at(path: string): string | undefined {
    return this.byPath.get(path)?.at;
  }

  str(path: string): string | null {
    const v = this.raw(path);
    return v === undefined ? null : String(v);
  }

  num(path: string): number | null {
    const v = this.raw(path);
    if (v === undefined || v === '') return null;
    const n = typeof v === 'number' ? v : Number(v);
    return Number.isFinite(n) ? n : null;
  }

  bool(path: string): boolean | null {
    const v = this.raw(path);
    if (v === undefined) return null;
    if (typeof v === 'boolean') return v;
    if (typeof v === 'number') return v !== 0;
    const s = v.trim().toLowerCase();
    if (s === 'true' || s === '1') return true;
    if (s === 'false' || s === '0') return false;
    return null;
  }

  /**
   * The instances of a table under an object path (`Device.NAT.PortMapping.`), as
   * instance number → { leaf name → value }.
   */
  table(objectPath: string): Map<number, Record<string, ParamValue>> {
    const rows = new Map<number, Record<string, ParamValue>>();
    for (const [path, v] of this.byPath) {
      if (!path.startsWith(objectPath)) continue;
      const rest = path.slice(objectPath.length);
      const m = /^(\d+)\.(.+)$/.exec(rest);
      if (!m) continue;
      const i = Number(m[1]);
      const row = rows.get(i) ?? {};
      row[m[2]] = v.value;
      rows.set(i, row);
    }
    return rows;
  }
}

export function toNumber(v: ParamValue | undefined): number | null {
  if (v === undefined || v === '') return null;
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? n : null;
}
