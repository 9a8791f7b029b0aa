// The demo ISP: ~50 deterministic subscribers across fiber, DSL and cable in several areas, a
// spread of faults, one area with an outage; import rows for the desk and a README table.
import { deviceIdOf } from '../src/acs/inform.js';
import type { AccessKind, FaultKind } from '../src/domain/index.js';
import { modelInfo } from './world/home.js';
import { Rng, hexOf } from './rng.js';
import type { FaultSpec, SubscriberSpec } from './types.js';

export interface DemoSubscriber extends SubscriberSpec {
  language: 'sv' | 'en';
  phone: string;
  faults: FaultSpec[];
  /** What to write to the desk to try this subscriber's problem. */
  trySay: string | null;
}

export interface DemoIncident {
  area: string;
  kind: string;
  title: string;
  etaMinutes: number;
}

export interface DemoIsp {
  seed: number;
  subscribers: DemoSubscriber[];
  incidents: DemoIncident[];
}

export interface DemoImportRow {
  customerNumber: string;
  serviceId: string;
  name: string;
  email: string;
  phone: string;
  language: 'sv' | 'en';
  segment: 'residential' | 'business';
  pin: string;
  access: AccessKind;
  downMbps: number;
  upMbps: number;
  area: string;
  accountStatus: 'active' | 'suspended_nonpayment';
  pppoeUsername: string;
  pppoePassword: string;
  deviceSerial: string;
  deviceOui: string;
  deviceProductClass: string;
  deviceModel: string;
}

const AREAS = ['SE-STO-SUNDBYBERG', 'SE-STO-KISTA', 'SE-STO-BROMMA', 'SE-GBG-HISINGEN', 'SE-UPP-CENTRUM'];
const OUTAGE_AREA = 'SE-MMO-LIMHAMN';
const FIRST_SV = [
  'Karin',
  'Lars',
  'Anna',
  'Erik',
  'Maria',
  'Johan',
  'Eva',
  'Anders',
  'Sara',
  'Per',
  'Lena',
  'Mikael',
  'Emma',
  'Nils',
  'Ingrid',
  'Oskar',
  'Maja',
  'Gustav',
  'Elsa',
  'Hugo',
];
const LAST_SV = [
  'Lind',
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Holm',
  'Berg',
  'Sjöberg',
  'Nyman',
  'Ek',
  'Lund',
  'Wallin',
  'Åberg',
];
const FIRST_EN = ['James', 'Olivia', 'Daniel', 'Sophie', 'Ahmed', 'Priya', 'Lucas', 'Hannah'];
const LAST_EN = ['Smith', 'Brown', 'Khan', 'Patel', 'Wilson', 'Murphy', 'Garcia', 'Novak'];
const PLANS: Record<AccessKind, { downMbps: number; upMbps: number }[]> = {
  fiber: [
    { downMbps: 250, upMbps: 100 },
    { downMbps: 500, upMbps: 500 },
    { downMbps: 1000, upMbps: 1000 },
  ],
  dsl: [
    { downMbps: 60, upMbps: 10 },
    { downMbps: 100, upMbps: 40 },
  ],
  cable: [
    { downMbps: 250, upMbps: 25 },
    { downMbps: 500, upMbps: 50 },
    { downMbps: 1000, upMbps: 100 },
  ],
};

interface PlanItem {
  kind: FaultKind;
  params?: Record<string, unknown>;
  access?: AccessKind;
  sv: string;
  en: string;
}

/** One subscriber per item, in this order; the rest are healthy. */
const FAULT_PLAN: PlanItem[] = [
  {
    kind: 'ppp_auth_failure',
    sv: 'Internet har slutat fungera helt sedan i morse',
    en: 'My internet stopped working this morning',
  },
  {
    kind: 'dns_misconfigured',
    sv: 'Vissa sidor går inte att öppna, det står server not found',
    en: "Websites won't load but Spotify works",
  },
  {
    kind: 'cpe_hung',
    sv: 'Internet funkar inte men lamporna ser normala ut',
    en: 'Nothing loads even though the router looks fine',
  },
  {
    kind: 'firmware_bug_drops',
    sv: 'Uppkopplingen försvinner några gånger per dag',
    en: 'The connection drops every few hours',
  },
  {
    kind: 'wifi_channel_congestion',
    sv: 'Wifi:t är jättesegt på kvällarna',
    en: 'Wi-Fi is painfully slow in the evenings',
  },
  { kind: 'wifi_weak_signal', sv: 'Wifi fungerar dåligt i sovrummet', en: 'Wi-Fi is weak in my bedroom' },
  {
    kind: 'wifi_radio_disabled',
    sv: 'Vårt wifi-nätverk syns inte längre',
    en: 'Our Wi-Fi network has disappeared',
  },
  {
    kind: 'wifi_password_forgotten',
    sv: 'Jag har glömt lösenordet till wifi:t',
    en: 'I forgot my Wi-Fi password',
  },
  {
    kind: 'speed_wifi_limited',
    sv: 'Jag betalar för 500 men får bara 40 Mbit',
    en: 'I only get 40 Mbit on a 500 plan',
  },
  {
    kind: 'speed_line_degraded',
    sv: 'Hastigheten är jättelåg även med kabel',
    en: 'Speed is terrible even on a cable',
  },
  {
    kind: 'portal_account_locked',
    sv: 'Jag kommer inte in på Mina sidor, kontot är låst',
    en: "I can't log in to My Pages, it says locked",
  },
  {
    kind: 'default_admin_password',
    sv: 'Kan ni byta administratörslösenordet på routern?',
    en: "Can you change my router's admin password?",
  },
  {
    kind: 'hardware_failure',
    sv: 'Routern startar om sig själv hela tiden',
    en: 'The router keeps restarting itself',
  },
  {
    kind: 'cpe_powered_off',
    sv: 'Inget internet och inga lampor lyser på routern',
    en: 'No internet and no lights on the router',
  },
  {
    kind: 'cable_unplugged',
    sv: 'Inget internet sedan vi städade bakom tv:n',
    en: 'No internet since we moved the furniture',
  },
  {
    kind: 'fiber_los',
    access: 'fiber',
    sv: 'Det lyser en röd LOS-lampa på fiberboxen',
    en: 'There is a red LOS light on the fibre box',
  },
  {
    kind: 'optical_power_low',
    access: 'fiber',
    params: { rxDbm: -28.9 },
    sv: 'Nätet tappar flera gånger per dag',
    en: 'My connection keeps dropping',
  },
  {
    kind: 'dsl_low_snr',
    access: 'dsl',
    params: { cause: 'splitter' },
    sv: 'Internet hackar när någon ringer på fasta telefonen',
    en: 'The line drops when someone uses the landline',
  },
  {
    kind: 'dsl_low_snr',
    access: 'dsl',
    params: { cause: 'line' },
    sv: 'Uppkopplingen är instabil',
    en: 'The connection is unstable',
  },
  {
    kind: 'docsis_power_out_of_range',
    access: 'cable',
    sv: 'Kabelmodemet tappar anslutningen',
    en: 'The cable modem keeps losing the connection',
  },
  {
    kind: 'billing_suspended',
    sv: 'Internet slutade fungera i förrgår',
    en: 'Internet stopped working, did something happen with my account?',
  },
];

function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export function generateDemoIsp(opts: { seed?: number; count?: number } = {}): DemoIsp {
  const seed = opts.seed ?? 1;
  const count = opts.count ?? 50;
  const rng = new Rng(seed);
  const outageCount = Math.min(4, Math.max(1, Math.floor(count / 12)));
  const subscribers: DemoSubscriber[] = [];
  const accessCycle: AccessKind[] = ['fiber', 'fiber', 'dsl', 'fiber', 'cable'];
  for (let i = 0; i < count; i++) {
    const plan = i < FAULT_PLAN.length ? FAULT_PLAN[i] : undefined;
    const inOutage = i >= count - outageCount;
    const access = plan?.access ?? accessCycle[i % accessCycle.length];
    const english = i % 6 === 5;
    const first = english ? rng.pick(FIRST_EN) : rng.pick(FIRST_SV);
    const last = english ? rng.pick(LAST_EN) : rng.pick(LAST_SV);
    const customerNumber = String(200101 + i * 7);
    const model = modelInfo(access);
    const faults: FaultSpec[] = [];
    let firmware: string | undefined;
    let accountStatus: DemoSubscriber['accountStatus'] = 'active';
    if (plan) {
      faults.push({ kind: plan.kind, params: plan.params ?? {} });
      if (plan.kind === 'firmware_bug_drops') firmware = Object.keys(model.knownBad)[0];
      if (plan.kind === 'billing_suspended') accountStatus = 'suspended_nonpayment';
    }
    if (inOutage) faults.push({ kind: 'area_outage', params: {} });
    const language = english ? 'en' : 'sv';
    const trySay = plan
      ? plan[language]
      : inOutage
        ? english
          ? 'Is there an outage? Internet is down'
          : 'Är det något fel hos er? Inget internet här'
        : null;
    subscribers.push({
      serviceId: `svc-${customerNumber}`,
      customerNumber,
      name: `${first} ${last}`,
      pin: String(rng.int(1000, 9999)),
      email: `${ascii(first)}.${ascii(last)}${i}@example.${english ? 'com' : 'se'}`,
      phone: `+4670${String(rng.int(1000000, 9999999))}`,
      language,
      segment: i % 9 === 4 ? 'business' : 'residential',
      access,
      plan: rng.pick(PLANS[access]),
      area: inOutage ? OUTAGE_AREA : AREAS[i % AREAS.length],
      accountStatus,
      pppoeUsername: `${customerNumber}@frontline.example`,
      pppoePassword: hexOf(`ppp:${seed}:${customerNumber}`, 12).toLowerCase(),
      cpe: { model: model.model, serial: `FL${customerNumber}`, ...(firmware ? { firmware } : {}) },
      faults,
      trySay,
    });
  }
  const incidents: DemoIncident[] =
    outageCount > 0
      ? [{ area: OUTAGE_AREA, kind: 'fiber_cut', title: 'Fibre cut in Limhamn', etaMinutes: 180 }]
      : [];
  return { seed, subscribers, incidents };
}

/** Adds the demo's subscribers and their faults to a simulated ISP. */
export function applyDemoIsp(
  sim: { addSubscriber(s: SubscriberSpec): void; injectFault(c: string, f: FaultSpec): void },
  demo: DemoIsp,
  withFaults = true,
): void {
  for (const s of demo.subscribers) {
    const { language: _l, phone: _p, faults: _f, trySay: _t, ...spec } = s;
    sim.addSubscriber(spec);
  }
  if (!withFaults) return;
  for (const s of demo.subscribers) for (const f of s.faults) sim.injectFault(s.customerNumber, f);
}

export function demoImportRows(demo: DemoIsp): DemoImportRow[] {
  return demo.subscribers.map((s) => {
    const m = modelInfo(s.access, s.cpe?.model);
    return {
      customerNumber: s.customerNumber,
      serviceId: s.serviceId,
      name: s.name,
      email: s.email,
      phone: s.phone,
      language: s.language,
      segment: s.segment,
      pin: s.pin,
      access: s.access,
      downMbps: s.plan.downMbps,
      upMbps: s.plan.upMbps,
      area: s.area,
      accountStatus: s.accountStatus,
      pppoeUsername: s.pppoeUsername,
      pppoePassword: s.pppoePassword,
      deviceSerial: s.cpe?.serial ?? `FL${s.customerNumber}`,
      deviceOui: m.oui,
      deviceProductClass: m.productClass,
      deviceModel: m.model,
    };
  });
}

/**
 * Gives every demo router its own ACS credentials, as an ISP provisions them before shipping:
 * `ensure` returns the device's stored credentials (creating them the first time).
 */
export async function provisionDemoRouters(
  demo: DemoIsp,
  ensure: (deviceId: string) => Promise<{ username: string; password: string }>,
): Promise<void> {
  const rows = demoImportRows(demo);
  for (const [i, s] of demo.subscribers.entries()) {
    const r = rows[i]!;
    const c = await ensure(
      deviceIdOf({
        manufacturer: '',
        oui: r.deviceOui,
        productClass: r.deviceProductClass,
        serialNumber: r.deviceSerial,
      }),
    );
    s.cpe = { ...s.cpe, acsAuth: { username: c.username, password: c.password } };
  }
}

/** Markdown table for the README: who to try and what to say. */
export function demoMarkdownTable(demo: DemoIsp): string {
  const rows = demo.subscribers.filter((s) => s.trySay);
  const lines = [
    '| customer | PIN | name | access | area | problem | try saying |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      (s) =>
        `| ${s.customerNumber} | ${s.pin} | ${s.name} | ${s.access} | ${s.area} | ${s.faults.map((f) => f.kind).join(', ')} | ${s.trySay!.replace(/\|/g, '\\|')} |`,
    ),
  ];
  return lines.join('\n');
}
