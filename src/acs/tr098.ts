import type { ParamStruct } from './soap.js';

// The desk's TR-181 names on a TR-098 (`InternetGatewayDevice.`) router. One TR-181 parameter may
// live in one of several places (the WAN connection is PPP or IP), in a list (TR-098 keeps the DNS
// servers as one comma-separated value), or be derived from several (the Wi-Fi security mode).
// Candidates are tried in order; the first the router has wins.

const IGD = 'InternetGatewayDevice.';
const WCD = `${IGD}WANDevice.1.WANConnectionDevice.1.`;
const PPP = `${WCD}WANPPPConnection.1.`;
const IPC = `${WCD}WANIPConnection.1.`;
const DSL = `${IGD}WANDevice.1.WANDSLInterfaceConfig.`;
const WLAN = (i: number) => `${IGD}LANDevice.1.WLANConfiguration.${i}.`;

type Codec = (v: string) => string;

export type Rule =
  /** An object: its parameters keep their names unless renamed (TR-181 leaf → TR-098 leaf). */
  | { kind: 'object'; tr181: string; tr098: string[]; rename?: Record<string, string> }
  | { kind: 'leaf'; tr181: string; tr098: string[]; read?: Codec; write?: Codec }
  /** Element `index` (0-based) of a comma-separated TR-098 list. */
  | { kind: 'item'; tr181: string; tr098: string[]; index: number }
  /** Read-only: computed from several TR-098 parameters of one object. */
  | {
      kind: 'derived';
      tr181: string;
      base: string;
      from: string[];
      read: (v: (string | undefined)[]) => string | undefined;
    };

const upDown: Codec = (v) => (v === 'Connected' ? 'Up' : 'Down');
const radioStatus: Codec = (v) => (v === 'Disabled' ? 'Down' : v);

/** TR-181 `ModeEnabled` from TR-098 BeaconType, BasicEncryptionModes and BasicAuthenticationMode. */
function securityMode([beacon, basicEnc]: (string | undefined)[]): string | undefined {
  switch (beacon) {
    case undefined:
      return undefined;
    case 'None':
      return 'None';
    case 'Basic':
      return basicEnc === 'WEPEncryption' ? 'WEP-128' : 'None';
    case 'WPA':
      return 'WPA-Personal';
    case '11i':
      return 'WPA2-Personal';
    case 'WPAand11i':
      return 'WPA-WPA2-Personal';
    default:
      return beacon;
  }
}

/** Wi-Fi rules for desk radio `r` on WLANConfiguration `instance` (the router's own numbering). */
function wifiRules(r: 1 | 2, instance: number = r): Rule[] {
  const w = WLAN(instance);
  const leaf = (tr181: string, tr098: string[], read?: Codec): Rule => ({
    kind: 'leaf',
    tr181,
    tr098: tr098.map((x) => w + x),
    read,
  });
  return [
    leaf(`Device.WiFi.Radio.${r}.Enable`, ['RadioEnabled', 'Enable']),
    leaf(`Device.WiFi.Radio.${r}.Status`, ['Status'], radioStatus),
    leaf(`Device.WiFi.Radio.${r}.Channel`, ['Channel']),
    leaf(`Device.WiFi.Radio.${r}.AutoChannelEnable`, ['AutoChannelEnable']),
    leaf(`Device.WiFi.Radio.${r}.OperatingFrequencyBand`, ['OperatingFrequencyBand']),
    { kind: 'object', tr181: `Device.WiFi.Radio.${r}.Stats.`, tr098: [`${w}Stats.`] },
    leaf(`Device.WiFi.SSID.${r}.SSID`, ['SSID']),
    leaf(`Device.WiFi.SSID.${r}.Enable`, ['Enable']),
    {
      kind: 'derived',
      tr181: `Device.WiFi.AccessPoint.${r}.Security.ModeEnabled`,
      base: w,
      from: ['BeaconType', 'BasicEncryptionModes'],
      read: securityMode,
    },
    leaf(`Device.WiFi.AccessPoint.${r}.Security.KeyPassphrase`, [
      'KeyPassphrase',
      'PreSharedKey.1.KeyPassphrase',
      'PreSharedKey.1.PreSharedKey',
    ]),
    leaf(`Device.WiFi.AccessPoint.${r}.WPS.Enable`, ['WPS.Enable']),
    leaf(`Device.WiFi.AccessPoint.${r}.AssociatedDeviceNumberOfEntries`, ['TotalAssociations']),
    {
      kind: 'object',
      tr181: `Device.WiFi.AccessPoint.${r}.AssociatedDevice.`,
      tr098: [`${w}AssociatedDevice.`],
      rename: {
        MACAddress: 'AssociatedDeviceMACAddress',
        IPAddress: 'AssociatedDeviceIPAddress',
        Active: 'AssociatedDeviceAuthenticationState',
      },
    },
  ];
}

/** Every mapping, the most specific first (an exact rule before the object rule that contains it). */
export const TR098_RULES: readonly Rule[] = [
  { kind: 'object', tr181: 'Device.DeviceInfo.', tr098: [`${IGD}DeviceInfo.`] },
  { kind: 'object', tr181: 'Device.ManagementServer.', tr098: [`${IGD}ManagementServer.`] },
  { kind: 'leaf', tr181: 'Device.Users.User.1.Password', tr098: [`${IGD}User.1.Password`] },
  { kind: 'object', tr181: 'Device.PPP.Interface.1.', tr098: [PPP] },
  {
    kind: 'leaf',
    tr181: 'Device.IP.Interface.1.IPv4Address.1.IPAddress',
    tr098: [`${PPP}ExternalIPAddress`, `${IPC}ExternalIPAddress`],
  },
  {
    kind: 'leaf',
    tr181: 'Device.IP.Interface.1.Status',
    tr098: [`${PPP}ConnectionStatus`, `${IPC}ConnectionStatus`],
    read: upDown,
  },
  {
    kind: 'leaf',
    tr181: 'Device.IP.Interface.1.Stats.BytesReceived',
    tr098: [`${IGD}WANDevice.1.WANCommonInterfaceConfig.TotalBytesReceived`],
  },
  {
    kind: 'item',
    tr181: 'Device.DNS.Client.Server.1.DNSServer',
    tr098: [`${PPP}DNSServers`, `${IPC}DNSServers`],
    index: 0,
  },
  {
    kind: 'item',
    tr181: 'Device.DNS.Client.Server.2.DNSServer',
    tr098: [`${PPP}DNSServers`, `${IPC}DNSServers`],
    index: 1,
  },
  { kind: 'leaf', tr181: 'Device.DSL.Line.1.LinkStatus', tr098: [`${DSL}Status`] },
  {
    kind: 'leaf',
    tr181: 'Device.DSL.Line.1.Stats.Showtime.XTURCRCErrors',
    tr098: [`${DSL}Stats.Showtime.CRCErrors`],
  },
  { kind: 'object', tr181: 'Device.DSL.Line.1.', tr098: [DSL] },
  ...wifiRules(1),
  ...wifiRules(2),
  {
    kind: 'object',
    tr181: 'Device.Hosts.Host.',
    tr098: [`${IGD}LANDevice.1.Hosts.Host.`],
    rename: { PhysAddress: 'MACAddress' },
  },
  {
    kind: 'object',
    tr181: 'Device.NAT.PortMapping.',
    tr098: [`${PPP}PortMapping.`, `${IPC}PortMapping.`],
    rename: {
      Enable: 'PortMappingEnabled',
      Description: 'PortMappingDescription',
      Protocol: 'PortMappingProtocol',
      LeaseDuration: 'PortMappingLeaseDuration',
    },
  },
  { kind: 'object', tr181: 'Device.IP.Diagnostics.IPPing.', tr098: [`${IGD}IPPingDiagnostics.`] },
  { kind: 'object', tr181: 'Device.IP.Diagnostics.TraceRoute.', tr098: [`${IGD}TraceRouteDiagnostics.`] },
  {
    kind: 'object',
    tr181: 'Device.IP.Diagnostics.DownloadDiagnostics.',
    tr098: [`${IGD}DownloadDiagnostics.`],
  },
  {
    kind: 'object',
    tr181: 'Device.DNS.Diagnostics.NSLookupDiagnostics.',
    tr098: [`${IGD}NSLookupDiagnostics.`],
  },
];

/** What the router is known to have: exact names, and whether anything lies under an object path. */
export interface KnownNames {
  has(name: string): boolean;
  hasUnder(prefix: string): boolean;
  /** Every known name (to find the WLANConfiguration instances). */
  names?(): Iterable<string>;
  /** A known value (to tell a radio's band). */
  value?(name: string): string | undefined;
}

export type Band = '2.4GHz' | '5GHz';
const WLAN_INSTANCE = /^InternetGatewayDevice\.LANDevice\.1\.WLANConfiguration\.(\d+)\./;
/** Desk Wi-Fi paths: radio r, SSID r and access point r are on the router's radio of band r (1 = 2.4 GHz, 2 = 5 GHz). */
const DESK_WIFI = /^Device\.WiFi\.(?:Radio|SSID|AccessPoint)\.([12])\./;
/** The object whose parameters tell the bands of a TR-098 router's radios. */
export const TR098_WLAN = `${IGD}LANDevice.1.WLANConfiguration.`;

const bandOfChannel = (v: string | undefined): Band | null => {
  const n = Number(/^\s*(\d+)/.exec(v ?? '')?.[1] ?? NaN);
  return n >= 1 && n <= 14 ? '2.4GHz' : n >= 32 && n <= 196 ? '5GHz' : null;
};

/** The band of WLANConfiguration `i`: OperatingFrequencyBand, else its channel, standard or possible channels. */
export function wlanBand(known: KnownNames, i: number): Band | null {
  const v = (leaf: string) => known.value?.(`${WLAN(i)}${leaf}`);
  const freq = v('OperatingFrequencyBand');
  if (freq) return freq.startsWith('5') ? '5GHz' : freq.startsWith('2.4') ? '2.4GHz' : null;
  const channel = bandOfChannel(v('Channel'));
  if (channel) return channel;
  const standards = (v('Standard') ?? '').toLowerCase().split(/[\s,/]+/);
  if (standards.some((x) => x === 'b' || x === 'g')) return '2.4GHz';
  if (standards.some((x) => x === 'a' || x === 'ac')) return '5GHz';
  return bandOfChannel(v('PossibleChannels'));
}

/** WLANConfiguration instances the router is known to have, in order. */
export function wlanInstances(known: KnownNames): number[] {
  const out = new Set<number>();
  for (const n of known.names?.() ?? []) {
    const m = WLAN_INSTANCE.exec(n);
    if (m) out.add(Number(m[1]));
  }
  return [...out].sort((a, b) => a - b);
}

/** Whether the band of any of the router's radios is known (else it is worth reading them first). */
export function radioBandsKnown(known: KnownNames): boolean {
  return wlanInstances(known).some((i) => wlanBand(known, i) !== null);
}

export function isDeskWifiPath(path: string): boolean {
  return DESK_WIFI.test(path);
}

/**
 * The WLANConfiguration of desk radio `r`: the first instance on its band. A router may have one
 * radio, or several SSIDs per band (guest networks) numbered in any order. With no band known, the
 * instance of the same number; null when the router has no radio on that band.
 */
export function radioInstance(r: 1 | 2, known: KnownNames | null): number | null {
  const instances = known ? wlanInstances(known) : [];
  if (!known || instances.length === 0) return r;
  const want: Band = r === 1 ? '2.4GHz' : '5GHz';
  const bands = instances.map((i) => ({ i, band: wlanBand(known, i) }));
  const hit = bands.find((b) => b.band === want);
  if (hit) return hit.i;
  // No radio known on that band: one of unknown band may be it, by its position.
  return bands.some((b) => b.i === r && b.band === null) ? r : null;
}

/** A desk path resolved on one router: the names to read and how to turn their values back. */
export interface Resolved {
  desk: string;
  /** Device names to read (all candidates while it is not known which the router has). */
  names: string[];
  /** Names to read to learn which candidate the router has (empty once that is known). */
  probe: string[];
  decode(values: ReadonlyMap<string, ParamStruct>): ParamStruct[];
}

function ruleFor(path: string, known: KnownNames | null): Rule | undefined | 'absent' {
  const wifi = DESK_WIFI.exec(path);
  if (wifi && known) {
    const r = Number(wifi[1]) as 1 | 2;
    const instance = radioInstance(r, known);
    if (instance === null) return 'absent';
    if (instance !== r) return matchRule(wifiRules(r, instance), path);
  }
  return matchRule(TR098_RULES, path);
}

function matchRule(rules: readonly Rule[], path: string): Rule | undefined {
  for (const r of rules) {
    if (r.kind === 'object' ? path.startsWith(r.tr181) : path === r.tr181) return r;
  }
  return undefined;
}

/** The parent object of an object path (`A.B.C.` → `A.B.`): it exists even while a table is empty. */
function parentOf(prefix: string): string {
  const trimmed = prefix.slice(0, -1);
  return trimmed.slice(0, trimmed.lastIndexOf('.') + 1);
}

/** Candidates narrowed to the first the router is known to have; all of them when none is known. */
function pick(candidates: string[], known: KnownNames | null, object: boolean): string[] {
  if (!known || candidates.length < 2) return candidates;
  const hit = candidates.find((c) =>
    object ? known.hasUnder(c) || known.hasUnder(parentOf(c)) : known.has(c),
  );
  return hit ? [hit] : candidates;
}

function firstValue(names: string[], values: ReadonlyMap<string, ParamStruct>): ParamStruct | undefined {
  for (const n of names) {
    const v = values.get(n);
    if (v) return v;
  }
  return undefined;
}

function renameLeaf(rest: string, rename: Record<string, string> | undefined, toTr098: boolean): string {
  const m = /^(\d+\.)?(.+)$/.exec(rest);
  if (!rename || !m) return rest;
  const leaf = m[2]!;
  const map = toTr098 ? rename : Object.fromEntries(Object.entries(rename).map(([a, b]) => [b, a]));
  return (m[1] ?? '') + (map[leaf] ?? leaf);
}

/** The TR-098 name(s) for a desk path; unmapped `Device.` paths keep their tail under `InternetGatewayDevice.`. */
export function resolveTr098(path: string, known: KnownNames | null): Resolved {
  const rule = ruleFor(path, known);
  // A radio the router does not have: nothing to read, nothing it could set.
  if (rule === 'absent') return { desk: path, names: [], probe: [], decode: () => [] };
  if (!rule) {
    const name = path.startsWith('Device.') ? IGD + path.slice('Device.'.length) : path;
    return {
      desk: path,
      names: [name],
      probe: [],
      decode: (values) => decodeObjectOrLeaf(path, [name], values),
    };
  }
  switch (rule.kind) {
    case 'leaf': {
      const names = pick(rule.tr098, known, false);
      return {
        desk: path,
        names,
        probe: names.length > 1 ? names : [],
        decode: (values) => {
          const v = firstValue(names, values);
          return v ? [{ ...v, name: path, value: rule.read ? rule.read(v.value) : v.value }] : [];
        },
      };
    }
    case 'item': {
      const names = pick(rule.tr098, known, false);
      return {
        desk: path,
        names,
        probe: names.length > 1 || !known?.has(names[0]!) ? names : [],
        decode: (values) => {
          const v = firstValue(names, values);
          if (!v) return [];
          const item = splitList(v.value)[rule.index];
          return item === undefined ? [] : [{ ...v, name: path, value: item, type: 'xsd:string' }];
        },
      };
    }
    case 'derived': {
      const names = rule.from.map((f) => rule.base + f);
      return {
        desk: path,
        names,
        probe: [],
        decode: (values) => {
          const value = rule.read(names.map((n) => values.get(n)?.value));
          const source = firstValue(names, values);
          return value === undefined || !source ? [] : [{ ...source, name: path, value, type: 'xsd:string' }];
        },
      };
    }
    case 'object': {
      const tail = path.slice(rule.tr181.length);
      const bases = pick(rule.tr098, known, true);
      const names = bases.map((b) => b + renameLeaf(tail, rule.rename, true));
      const probe = bases.length > 1 ? bases.map(parentOf) : [];
      if (tail !== '' && !path.endsWith('.')) {
        return { desk: path, names, probe, decode: (values) => decodeObjectOrLeaf(path, names, values) };
      }
      return {
        desk: path,
        names,
        probe,
        decode: (values) => {
          const base = bases.find((b) =>
            [...values.keys()].some((k) => k.startsWith(b + renameLeaf(tail, rule.rename, true))),
          );
          if (!base) return [];
          const out: ParamStruct[] = [];
          for (const [name, v] of values) {
            if (!name.startsWith(base)) continue;
            const rest = name.slice(base.length);
            const desk = rule.tr181 + renameLeaf(rest, rule.rename, false);
            if (desk.startsWith(path)) out.push({ ...v, name: desk });
          }
          return out;
        },
      };
    }
  }
}

function decodeObjectOrLeaf(
  desk: string,
  names: string[],
  values: ReadonlyMap<string, ParamStruct>,
): ParamStruct[] {
  if (!desk.endsWith('.')) {
    const v = firstValue(names, values);
    return v ? [{ ...v, name: desk }] : [];
  }
  const base = names[0]!;
  const out: ParamStruct[] = [];
  for (const [name, v] of values)
    if (name.startsWith(base)) out.push({ ...v, name: desk + name.slice(base.length) });
  return out;
}

export function splitList(v: string): string[] {
  return v
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * SetParameterValues structs for desk values on a TR-098 router. `current` gives a value the
 * router reported (for list items, whose other elements are kept). Throws for a parameter
 * TR-098 cannot set (a derived one).
 */
export function encodeTr098Writes(
  values: ParamStruct[],
  known: KnownNames | null,
  current: (name: string) => string | undefined,
): ParamStruct[] {
  const out = new Map<string, ParamStruct>();
  for (const v of values) {
    const rule = ruleFor(v.name, known);
    if (rule === 'absent') throw new Error(`${v.name}: the router has no radio on that band`);
    if (rule?.kind === 'derived') throw new Error(`${v.name} cannot be set on a TR-098 router`);
    if (rule?.kind === 'item') {
      const name = pick(rule.tr098, known, false)[0]!;
      const list = splitList(out.get(name)?.value ?? current(name) ?? '');
      while (list.length < rule.index) list.push(list[list.length - 1] ?? v.value);
      list[rule.index] = v.value;
      out.set(name, { name, value: list.join(','), type: 'xsd:string' });
      continue;
    }
    const r = resolveTr098(v.name, known);
    const name = r.names[0]!;
    const value = rule?.kind === 'leaf' && rule.write ? rule.write(v.value) : v.value;
    out.set(name, { name, value, type: v.type });
  }
  return [...out.values()];
}
