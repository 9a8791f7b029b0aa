import { z } from 'zod';
import type { AcsDeviceRow, AcsParamRow, AcsTaskRow } from '../storage/tables/acs.js';
import { newTaskId } from './ids.js';
import type { ParamStruct } from './soap.js';
import type { AcsStore } from './store.js';
import {
  encodeTr098Writes,
  isDeskWifiPath,
  radioBandsKnown,
  resolveTr098,
  TR098_WLAN,
  type KnownNames,
} from './tr098.js';
import { knownFrom } from './tr098-device.js';

// Provisioning as data: a preset names the Inform events and the routers it applies to, and the
// values its provisions set. Paths are the desk's TR-181 names (mapped on TR-098 routers) or the
// router's own. A value the router already reports is not set again.

const value = z.union([z.string().max(1024), z.number(), z.boolean()]);

const provisionSchema = z.discriminatedUnion('kind', [
  /** PeriodicInformEnable on, and the interval in seconds. */
  z.object({
    kind: z.literal('periodicInform'),
    intervalSeconds: z
      .number()
      .int()
      .min(30)
      .max(7 * 86_400),
  }),
  z.object({
    kind: z.literal('setValue'),
    path: z.string().min(1).max(512),
    value,
    type: z.string().max(32).optional(),
  }),
]);

export const presetSchema = z.object({
  name: z.string().min(1).max(64),
  /** Inform event codes that run it (default: first contact and factory reset). */
  events: z.array(z.string().max(64)).min(1).default(['0 BOOTSTRAP']),
  match: z
    .object({
      oui: z.string().max(16).optional(),
      productClass: z.string().max(64).optional(),
      /** Exact software version. */
      softwareVersion: z.string().max(64).optional(),
      /** Every one of these tags (GenieACS NBI tags). */
      tags: z.array(z.string().max(64)).optional(),
    })
    .default({}),
  provisions: z.array(provisionSchema).min(1).max(50),
});

export type Preset = z.output<typeof presetSchema>;

export function presetApplies(p: Preset, device: AcsDeviceRow, events: string[], tags: string[]): boolean {
  const m = p.match;
  if (!p.events.some((e) => events.includes(e))) return false;
  if (m.oui !== undefined && m.oui !== device.oui) return false;
  if (m.productClass !== undefined && m.productClass !== device.product_class) return false;
  if (m.softwareVersion !== undefined && m.softwareVersion !== device.firmware) return false;
  return (m.tags ?? []).every((t) => tags.includes(t));
}

function wire(v: string | number | boolean): string {
  return typeof v === 'boolean' ? String(v) : String(v);
}

function typeOf(v: string | number | boolean): string {
  return typeof v === 'boolean' ? 'xsd:boolean' : typeof v === 'number' ? 'xsd:unsignedInt' : 'xsd:string';
}

/** The preset's values in desk names. */
export function presetValues(p: Preset): ParamStruct[] {
  return p.provisions.flatMap((v): ParamStruct[] =>
    v.kind === 'periodicInform'
      ? [
          { name: 'Device.ManagementServer.PeriodicInformEnable', value: 'true', type: 'xsd:boolean' },
          {
            name: 'Device.ManagementServer.PeriodicInformInterval',
            value: String(v.intervalSeconds),
            type: 'xsd:unsignedInt',
          },
        ]
      : [{ name: v.path, value: wire(v.value), type: v.type ?? typeOf(v.value) }],
  );
}

const same = (a: string, b: string) =>
  a === b ||
  (['true', '1'].includes(a) && ['true', '1'].includes(b)) ||
  (['false', '0'].includes(a) && ['false', '0'].includes(b));

/**
 * SetParameterValues structs for the router (its own names), leaving out what it already
 * reports; `current` gives the cached value of a router name.
 */
export function presetWrites(
  device: AcsDeviceRow,
  values: ParamStruct[],
  cached: AcsParamRow[],
): ParamStruct[] {
  const byName = new Map(cached.map((r) => [r.path, r.value]));
  const current = (name: string) => byName.get(name);
  const known = knownFrom(cached);
  // A value for a radio the router does not have is left out, not sent.
  const own =
    device.root === 'InternetGatewayDevice.'
      ? encodeTr098Writes(
          values.filter((v) => resolveTr098(v.name, known).names.length > 0),
          known,
          current,
        )
      : values;
  return own.filter((v) => {
    const now = current(v.name);
    return now === undefined || !same(now, v.value);
  });
}

/**
 * Queues a setParameterValues task per preset that applies to this Inform and still has values
 * to set (one open task per preset and router). Returns the names of the presets queued.
 */
export async function queuePresetTasks(
  store: AcsStore,
  presets: readonly Preset[],
  device: AcsDeviceRow,
  events: string[],
  nowIso: string,
): Promise<string[]> {
  if (presets.length === 0) return [];
  const tags = (await store.tagsOf([device.id])).get(device.id) ?? [];
  const applying = presets.filter((p) => presetApplies(p, device, events, tags));
  if (applying.length === 0) return [];
  const cached = await store.allParams(device.id);
  const known = knownFrom(cached);
  const open = await store.openTasks(device.id);
  const queued: string[] = [];
  for (const p of applying) {
    if (
      open.some(
        (t) =>
          t.name === 'setParameterValues' && (JSON.parse(t.args) as { preset?: string }).preset === p.name,
      )
    )
      continue;
    const desk = presetValues(p);
    // On a TR-098 router the cache may not tell where a value lives (an IP or a PPP connection,
    // which WLANConfiguration is the 5 GHz radio): read that first, and map when the set is sent.
    const unknown = device.root === 'InternetGatewayDevice.' ? namesToLearn(desk, known) : [];
    if (unknown.length > 0)
      await store.createTask(
        {
          id: newTaskId(Date.parse(nowIso)),
          device_id: device.id,
          name: 'getParameterValues',
          args: JSON.stringify({ names: unknown, lenient: true, discover: true, preset: p.name }),
          stage: 'rpc',
          max_attempts: 3,
          expires_at: new Date(Date.parse(nowIso) + 3_600_000).toISOString(),
        },
        nowIso,
      );
    const values = unknown.length > 0 ? [] : presetWrites(device, desk, cached);
    if (unknown.length === 0 && values.length === 0) continue;
    await store.createTask(
      {
        id: newTaskId(Date.parse(nowIso) + 1),
        device_id: device.id,
        name: 'setParameterValues',
        args: JSON.stringify(
          unknown.length > 0 ? { values, desk, preset: p.name } : { values, preset: p.name },
        ),
        stage: 'rpc',
        max_attempts: 3,
        expires_at: new Date(Date.parse(nowIso) + 3_600_000).toISOString(),
      },
      nowIso,
    );
    queued.push(p.name);
  }
  return queued;
}

/** Router names to read before the desk values can be mapped on this TR-098 router. */
function namesToLearn(desk: ParamStruct[], known: KnownNames): string[] {
  const names = new Set(desk.flatMap((v) => resolveTr098(v.name, known).probe));
  if (desk.some((v) => isDeskWifiPath(v.name)) && !radioBandsKnown(known)) names.add(TR098_WLAN);
  return [...names];
}

/** A preset's set whose values were left to map when sent: mapped now, from what the router reported. */
export async function withPresetValues(store: AcsStore, t: AcsTaskRow): Promise<AcsTaskRow> {
  if (t.name !== 'setParameterValues') return t;
  const args = JSON.parse(t.args) as { values: ParamStruct[]; desk?: ParamStruct[]; preset?: string };
  if (!args.desk) return t;
  const device = await store.getDevice(t.device_id);
  if (!device) return t;
  const values = presetWrites(device, args.desk, await store.allParams(t.device_id));
  return { ...t, args: JSON.stringify({ values, preset: args.preset }) };
}

/** A preset's set that found every value already in place. */
export function presetHasNothingToSet(t: AcsTaskRow): boolean {
  if (t.name !== 'setParameterValues') return false;
  const args = JSON.parse(t.args) as { values: ParamStruct[]; preset?: string };
  return args.preset !== undefined && args.values.length === 0;
}
