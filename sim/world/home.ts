// One subscriber's premises and everything the ISP keeps about them: the line, the AAA record,
// the portal account, the router (power, firmware, configuration overlay) and the home network.
import { firmwareModel, type AccessKind } from '../../src/domain/index.js';
import { SIM_FIRMWARE, simModelFor } from '../operator.js';
import type { AaaRejectReason } from '../../src/isp/ports.js';
import type { SimClock } from '../clock.js';
import type { CwmpVersion } from '../cwmp/soap.js';
import { hashString, hexOf, unitHash } from '../rng.js';
import type { FaultSpec, SubscriberSpec } from '../types.js';
import type { Val } from '../model/types.js';

export interface ModelInfo {
  model: string;
  manufacturer: string;
  oui: string;
  productClass: string;
  access: AccessKind;
  recommended: string;
  knownBad: Record<string, string>;
  /** false for models not in the firmware catalogue (generic data model). */
  known: boolean;
}

export function modelInfo(access: AccessKind, model?: string): ModelInfo {
  const name = model ?? simModelFor(access);
  const m = firmwareModel(SIM_FIRMWARE, name);
  if (m) {
    if (m.access !== access)
      throw new Error(`model ${name} is a ${m.access} device, the subscriber has ${access}`);
    return { ...m, known: true };
  }
  return {
    model: name,
    manufacturer: 'Generic CPE Co.',
    oui: hexOf(`oui:${name}`, 6),
    productClass: name.replace(/[^A-Za-z0-9]/g, '').slice(0, 16) || 'GENERIC',
    access,
    recommended: '1.0.0',
    knownBad: {},
    known: false,
  };
}

/** Shared, fleet-wide facts every home can see. */
export interface WorldCtx {
  clock: SimClock;
  seed: number;
  acsUrl: string;
  acsAuth?: { username?: string; password?: string };
  crAuth?: { username: string; password: string };
  periodicInformSeconds: number;
  rebootSeconds: number;
  cwmpVersion: CwmpVersion;
  outageAreas: Set<string>;
  crBaseUrl(): string;
  /** A RADIUS server decides the routers' PPP logins (unset: each home's own AAA record). */
  ppp?: PppAuthority;
}

export type PppVerdict = 'pending' | 'accept' | 'reject_auth' | 'reject_disabled';

/** Whoever answers the routers' PPP logins besides the home's own record (sim/radius). */
export interface PppAuthority {
  /** The answer to these credentials; 'pending' until the router has dialled with them. */
  verdict(h: Home, user: string, pass: string): PppVerdict;
  /** The home changed: dial, hang up or re-provision as needed. */
  sync(h: Home): void;
  /** Resolves when the home's requests under way are answered. */
  settled(h: Home): Promise<void>;
}

export interface WifiClient {
  /** 1 = 2.4 GHz, 2 = 5 GHz: the band the device prefers. */
  band: 1 | 2;
  rssi: number;
  /** SSID and key the device has saved for each band (null: not joined). */
  known: [{ ssid: string; key: string } | null, { ssid: string; key: string } | null];
}

export interface LineState {
  los: boolean;
  rxDbm: number;
  snrDb: number;
  attenuationDb: number;
  dsPowerDbmv: number;
  usPowerDbmv: number;
  docsisSnrDb: number;
  /** Share of the plan the line actually delivers (1 = full speed). */
  speedFactor: number;
  /** A faulty DSL splitter (or missing filter) that the customer can fix by re-cabling. */
  splitterFault: boolean;
}

export interface AaaRecord {
  username: string;
  password: string;
  accountStatus: 'active' | 'suspended_nonpayment';
  sessionUp: boolean;
  startedAt: string | null;
  lastReject: AaaRejectReason;
  lastRejectAt: string | null;
}

export interface PortalAccount {
  locked: boolean;
  failedLogins: number;
  lastLoginAt: string | null;
  password: string;
  mustChangePassword: boolean;
}

export type DiagKind = 'ipPing' | 'traceRoute' | 'nslookup' | 'download';
export interface DiagState {
  state: string;
  result: Record<string, Val>;
  rows: Record<string, Val>[];
}

export const FACTORY_ADMIN_PASSWORD = 'admin';

export class Home {
  readonly serial: string;
  readonly model: ModelInfo;
  readonly cwmpVersion: CwmpVersion;
  // router
  powered = true;
  booting = false;
  bootedAt: number;
  firmware: string;
  hung = false;
  hardwareError: string | null = null;
  wanCable = true;
  /** Configuration written over the model's defaults (what a factory reset clears). */
  overlay = new Map<string, Val>();
  /** Instance numbers of writable multi-instance objects (e.g. NAT port mappings). */
  instances: Map<string, { list: number[]; next: number }> | null = null;
  diag: Partial<Record<DiagKind, DiagState>> | null = null;
  // access network and accounts
  line: LineState;
  aaa: AaaRecord;
  portal: PortalAccount;
  // home network
  client: WifiClient;
  /** The customer has a device that needs the Wi-Fi key they forgot. */
  needsKey = false;
  /** The customer ran a wired speed test and heard the advice about Wi-Fi. */
  wiredAdvised = false;
  /** A 2.4 GHz channel crowded by neighbours (null: a quiet neighbourhood). */
  busyChannel: number | null = null;
  busyUtilization = 88;
  busyNeighbours = 19;
  faults: FaultSpec[] = [];
  badFirmware: string | null = null;

  constructor(
    readonly index: number,
    readonly spec: SubscriberSpec,
    readonly world: WorldCtx,
  ) {
    this.model = modelInfo(spec.access, spec.cpe?.model);
    this.serial = spec.cpe?.serial ?? `FL${spec.customerNumber.replace(/\W/g, '').padStart(8, '0')}`;
    this.cwmpVersion = spec.cpe?.cwmpVersion ?? world.cwmpVersion;
    this.firmware = spec.cpe?.firmware ?? this.model.recommended;
    const u = (k: string) => unitHash(`${world.seed}:${this.serial}:${k}`);
    // Routers have been running for a while (1–20 days) before the simulation starts.
    this.bootedAt = world.clock.now() - Math.round((1 + u('up') * 19) * 86400_000);
    this.line = {
      los: false,
      rxDbm: round1(-17.5 - u('rx') * 5),
      snrDb: round1(10 + u('snr') * 8),
      attenuationDb: round1(12 + u('att') * 18),
      dsPowerDbmv: round1(-4 + u('ds') * 9),
      usPowerDbmv: round1(38 + u('us') * 8),
      docsisSnrDb: round1(37 + u('mer') * 4),
      speedFactor: 0.92 + u('speed') * 0.06,
      splitterFault: false,
    };
    this.aaa = {
      username: spec.pppoeUsername,
      password: spec.pppoePassword,
      accountStatus: spec.accountStatus,
      sessionUp: false,
      startedAt: null,
      lastReject: null,
      lastRejectAt: null,
    };
    this.portal = {
      locked: false,
      failedLogins: 0,
      lastLoginAt: null,
      password: hexOf(`portal:${this.serial}`, 10),
      mustChangePassword: false,
    };
    this.client = { band: 2, rssi: Math.round(-48 - u('rssi') * 12), known: [null, null] };
    this.provision();
    this.client.known = [
      { ssid: this.factorySsid(1), key: this.factoryKey() },
      { ssid: this.factorySsid(2), key: this.factoryKey() },
    ];
  }

  get deviceId(): string {
    return `${this.model.oui}-${this.model.productClass}-${this.serial}`;
  }

  /** What the ISP configured at installation: PPP credentials and an admin password of the customer's own. */
  provision(): void {
    this.overlay.set('Device.PPP.Interface.1.Username', this.spec.pppoeUsername);
    this.overlay.set('Device.PPP.Interface.1.Password', this.spec.pppoePassword);
    this.overlay.set('Device.Users.User.1.Password', hexOf(`admin:${this.serial}`, 12).toLowerCase());
  }

  // Factory values derived from the serial (what the sticker on the router says).
  factorySsid(radio: 1 | 2): string {
    const tag = this.serial.slice(-4).toUpperCase();
    return radio === 1 ? `Frontline-${tag}` : `Frontline-${tag}-5G`;
  }
  factoryKey(): string {
    return hexOf(`wifi:${this.world.seed}:${this.serial}`, 12).toLowerCase();
  }
  crUsername(): string {
    return this.world.crAuth?.username ?? this.serial;
  }
  crPassword(): string {
    return this.world.crAuth?.password ?? hexOf(`cr:${this.world.seed}:${this.serial}`, 16).toLowerCase();
  }
  wanIp(): string {
    const n = hashString(`${this.world.seed}:${this.serial}:ip`) % 65000;
    return `100.${64 + ((this.index >> 16) & 63)}.${(n >> 8) & 255}.${(n & 254) + 1}`;
  }
  mgmtIp(): string {
    return `10.${(this.index >> 16) & 255}.${(this.index >> 8) & 255}.${this.index & 255 || 1}`;
  }
  mac(tag: string): string {
    const h = hexOf(`mac:${this.serial}:${tag}`, 6);
    return `00:D0:F1:${h.slice(0, 2)}:${h.slice(2, 4)}:${h.slice(4, 6)}`;
  }
  clientMac(tag: string): string {
    const h = hexOf(`client:${this.serial}:${tag}`, 6);
    return `3C:22:FB:${h.slice(0, 2)}:${h.slice(2, 4)}:${h.slice(4, 6)}`;
  }

  hasFault(kind: FaultSpec['kind']): boolean {
    return this.faults.some((f) => f.kind === kind);
  }
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

export const ALL_MODELS = SIM_FIRMWARE;
