import type { AcsDeviceRow, AcsParamRow } from '../storage/tables/acs.js';
import type { ParamStruct } from './soap.js';
import type { AcsStore } from './store.js';
import {
  encodeTr098Writes,
  isDeskWifiPath,
  radioBandsKnown,
  resolveTr098,
  TR098_WLAN,
  type KnownNames,
  type Resolved,
} from './tr098.js';

// Reads and writes of desk (TR-181) paths on a TR-098 router. What the router has is learnt from
// the parameter cache (Inform values and earlier reads); where that does not tell which candidate
// it has, the candidates are read first (with discovery, so a router that crashes on names it
// lacks never sees them).

export type CachedParam = ParamStruct & { at: string };

/** Reads device names with discovery; resolves with the values found and when they were read. */
export type DiscoveringRead = (
  device: AcsDeviceRow,
  names: string[],
) => Promise<{ values: ParamStruct[]; at: string }>;

export function knownFrom(rows: AcsParamRow[]): KnownNames {
  const values = new Map(rows.map((r) => [r.path, r.value]));
  return {
    has: (n) => values.has(n),
    hasUnder: (p) => rows.some((r) => r.path.startsWith(p)),
    names: () => values.keys(),
    value: (n) => values.get(n),
  };
}

export class MissingOnRouter extends Error {
  constructor(readonly names: string[]) {
    super(`the router has no ${names.join(', ')}`);
  }
}

export class Tr098Access {
  constructor(
    private readonly store: AcsStore,
    private readonly read: DiscoveringRead,
  ) {}

  /**
   * Before a desk Wi-Fi path is mapped, the bands of the router's radios must be known: they are
   * read once (the whole WLANConfiguration table, with discovery) and kept in the cache.
   */
  private async learnRadios(device: AcsDeviceRow, paths: string[]): Promise<AcsParamRow[]> {
    const rows = await this.store.allParams(device.id);
    if (!paths.some(isDeskWifiPath) || radioBandsKnown(knownFrom(rows))) return rows;
    await this.read(device, [TR098_WLAN]);
    return this.store.allParams(device.id);
  }

  /** Resolves desk paths, reading what is needed to choose between candidates first. */
  private async resolve(
    device: AcsDeviceRow,
    paths: string[],
  ): Promise<{ resolved: Resolved[]; rows: AcsParamRow[] }> {
    let rows = await this.learnRadios(device, paths);
    let resolved = paths.map((p) => resolveTr098(p, knownFrom(rows)));
    const probe = [...new Set(resolved.flatMap((r) => r.probe))];
    if (probe.length > 0) {
      await this.read(device, probe);
      rows = await this.store.allParams(device.id);
      resolved = paths.map((p) => resolveTr098(p, knownFrom(rows)));
    }
    return { resolved, rows };
  }

  /** Desk values for desk paths; values cached since `freshAfter` (ISO) are not read again. */
  async get(device: AcsDeviceRow, paths: string[], freshAfter: string | null): Promise<CachedParam[]> {
    const rows = await this.learnRadios(device, paths);
    const known = knownFrom(rows);
    const resolved = [...new Set(paths)].map((p) => resolveTr098(p, known));
    const out: CachedParam[] = [];
    let missing = resolved;
    if (freshAfter !== null) {
      const fresh = new Map<string, CachedParam>(
        rows
          .filter((r) => r.at >= freshAfter)
          .map((r) => [r.path, { name: r.path, value: r.value, type: r.type, at: r.at }]),
      );
      missing = [];
      for (const r of resolved) {
        const got = r.decode(fresh) as CachedParam[];
        if (got.length > 0) out.push(...got);
        else missing.push(r);
      }
    }
    const names = [...new Set(missing.flatMap((r) => r.names))];
    if (names.length === 0) return out;
    const { values, at } = await this.read(device, names);
    const byName = new Map<string, CachedParam>(values.map((v) => [v.name, { ...v, at }]));
    for (const r of missing) out.push(...(r.decode(byName) as CachedParam[]));
    return out;
  }

  /**
   * SetParameterValues structs in the router's names, typed as the router reported them. Every
   * name is one the router listed: a name it lacks throws `MissingOnRouter` before anything is sent.
   */
  async writes(device: AcsDeviceRow, values: ParamStruct[]): Promise<ParamStruct[]> {
    const first = await this.resolve(
      device,
      values.map((v) => v.name),
    );
    let rows = first.rows;
    const absent = first.resolved.filter((r) => r.names.length === 0).map((r) => r.desk);
    if (absent.length > 0) throw new MissingOnRouter(absent);
    const encode = () => {
      const byPath = new Map(rows.map((r) => [r.path, r]));
      const structs = encodeTr098Writes(values, knownFrom(rows), (n) => byPath.get(n)?.value);
      return {
        structs: structs.map((s) => ({ ...s, type: byPath.get(s.name)?.type || s.type })),
        unknown: structs.map((s) => s.name).filter((n) => !byPath.has(n)),
      };
    };
    let r = encode();
    if (r.unknown.length > 0) {
      await this.read(device, r.unknown);
      rows = await this.store.allParams(device.id);
      r = encode();
      if (r.unknown.length > 0) throw new MissingOnRouter(r.unknown);
    }
    return r.structs;
  }

  /** The router's path for a desk object path (AddObject, DeleteObject). */
  async objectPath(device: AcsDeviceRow, deskObject: string): Promise<string> {
    const { resolved } = await this.resolve(device, [deskObject]);
    return resolved[0]!.names[0]!;
  }
}
