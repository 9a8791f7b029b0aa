// Expands bench/scenario-catalogue.ts into bench/scenarios/<id>.json (the contract's file format).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASES, type Case } from './scenario-catalogue.js';
import { CASES_V2, type CaseV2 } from './scenario-catalogue-v2.js';
import { scenarioSchema, type Scenario } from './scenario-schema.js';

const FIRST = {
  sv: ['Anna', 'Erik', 'Maja', 'Lars', 'Sofia', 'Ahmed', 'Elin', 'Johan', 'Fatima', 'Nils'],
  en: ['Emma', 'Oliver', 'Mia', 'James', 'Noah', 'Lily', 'Adam', 'Grace', 'Omar', 'Ella'],
};
const LAST = [
  'Andersson',
  'Berg',
  'Nyström',
  'Holm',
  'Karlsson',
  'Lindqvist',
  'Ek',
  'Sandberg',
  'Öberg',
  'Jovanović',
];
const AREAS = [
  'SE-STO-SUNDBYBERG',
  'SE-STO-KISTA',
  'SE-GBG-MAJORNA',
  'SE-MAL-CENTRUM',
  'SE-UPP-CENTRUM',
  'SE-STO-NACKA',
  'SE-LUL-CENTRUM',
];
const PLANS = {
  fiber: [
    { downMbps: 250, upMbps: 100 },
    { downMbps: 500, upMbps: 500 },
    { downMbps: 1000, upMbps: 1000 },
  ],
  dsl: [
    { downMbps: 60, upMbps: 10 },
    { downMbps: 100, upMbps: 20 },
  ],
  cable: [
    { downMbps: 250, upMbps: 25 },
    { downMbps: 500, upMbps: 50 },
  ],
};

function expand(c: Case, i: number, n: number): Scenario {
  const access = c.access ?? 'fiber';
  const first = FIRST[c.lang][i % 10];
  const last = LAST[(i * 7) % 10];
  const customerNumber = String(300100 + i * 13);
  const pin = String(1000 + ((i * 7919) % 9000));
  const plans = PLANS[access];
  let plan = plans[i % plans.length];
  if (c.slug.startsWith('speed-line') && access === 'fiber') plan = { downMbps: 1000, upMbps: 1000 };
  if (c.slug.startsWith('speed-wifi') && access === 'fiber') plan = { downMbps: 500, upMbps: 100 };
  const identity: Record<string, string> = c.authenticated
    ? {}
    : {
        'identity.customer_number':
          i % 3 === 0
            ? customerNumber
            : c.lang === 'sv'
              ? `det är ${customerNumber}`
              : `it's ${customerNumber}`,
        'identity.pin': c.pinAnswer ?? pin,
      };
  const area = AREAS[i % AREAS.length];
  return scenarioSchema.parse({
    id: `${c.slug}-${c.lang}-${n}`,
    language: c.lang,
    channel: c.channel ?? 'chat',
    subscriber: {
      name: `${first} ${last}`,
      customerNumber,
      pin,
      email:
        `${first}.${last}`
          .toLowerCase()
          .normalize('NFD')
          .replace(/[^a-z.]/g, '') + (c.lang === 'sv' ? '@example.se' : '@example.com'),
      segment: c.segment ?? 'residential',
      access,
      plan,
      area,
      accountStatus: c.accountStatus ?? 'active',
      ...(c.cpe ? { cpe: c.cpe } : {}),
    },
    faults: c.faults,
    incidents: c.incident ? [{ area, kind: c.incident.kind, etaMinutes: c.incident.etaMinutes }] : [],
    persona: {
      opening: c.opening,
      subject: c.subject ?? null,
      authenticated: c.authenticated ?? false,
      answers: { ...identity, ...(c.answers ?? {}) },
      canDo: c.canDo ?? [],
      mood: c.mood ?? 'neutral',
    },
    expect: c.expect,
  });
}

export function expandAll(): Scenario[] {
  const seen = new Map<string, number>();
  return CASES.map((c, i) => {
    const key = `${c.slug}-${c.lang}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return expand(c, i, n);
  });
}

const FIRST_V2 = {
  sv: [
    'Sara',
    'Mikael',
    'Linnea',
    'Oskar',
    'Hanna',
    'Karim',
    'Ida',
    'Petter',
    'Amira',
    'Gustav',
    'Ebba',
    'Yusuf',
    'Tove',
  ],
  en: [
    'Chloe',
    'Ryan',
    'Zoe',
    'Daniel',
    'Ava',
    'Liam',
    'Ruby',
    'Sam',
    'Priya',
    'Tom',
    'Hannah',
    'Kofi',
    'Ellie',
  ],
};
const LAST_V2 = [
  'Svensson',
  'Lindgren',
  'Ek',
  'Holm',
  'Åberg',
  'Nilsson',
  'Wikström',
  'Dahl',
  'Mäkinen',
  'Persson',
  'Kovač',
  'Strand',
  'Falk',
];
const EMAIL_SAFE = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z.]/g, '');

function expandV2(c: CaseV2, i: number, n: number): Scenario {
  const access = c.access ?? 'fiber';
  const first = FIRST_V2[c.lang][(i * 5) % 13];
  const last = LAST_V2[(i * 7 + 3) % 13];
  const nr = String(200005 + i * 37);
  const pin = String(1000 + ((i * 6151 + 77) % 9000));
  const wrong = (k: number) => String(1000 + ((Number(pin) - 1000 + k * 1237) % 9000));
  const fill = (text: string) =>
    text
      .replaceAll('{nrs}', `${nr.slice(0, 3)} ${nr.slice(3)}`)
      .replaceAll('{nr}', nr)
      .replaceAll('{othernr}', String(Number(nr) + 900_000 > 999_999 ? Number(nr) - 99_999 : Number(nr) + 1))
      .replaceAll('{pin}', pin)
      .replaceAll('{wrongpin}', wrong(1))
      .replaceAll('{wrongpin2}', wrong(2))
      .replaceAll('{wrongpin3}', wrong(3))
      .replaceAll('{name}', `${first} ${last}`)
      .replaceAll('{first}', first);
  const identity: Record<string, string | null> =
    c.authenticated || c.registered === false
      ? {}
      : { 'identity.customer_number': '{nr}', 'identity.pin': '{pin}' };
  const answers: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries({ ...identity, ...(c.answers ?? {}) })) {
    if (v !== null) answers[k] = Array.isArray(v) ? v.map(fill) : fill(v);
  }
  const plans = PLANS[access];
  let plan = plans[i % plans.length];
  if (c.faults?.some((x) => x.kind === 'speed_line_degraded') && access === 'fiber')
    plan = { downMbps: 1000, upMbps: 1000 };
  if (c.faults?.some((x) => x.kind === 'speed_wifi_limited') && access === 'fiber')
    plan = { downMbps: 500, upMbps: 100 };
  const area = AREAS[(i * 3) % AREAS.length];
  return scenarioSchema.parse({
    id: `v2-${c.slug}-${c.lang}-${n}`,
    language: c.lang,
    channel: c.channel ?? 'chat',
    subscriber: {
      name: `${first} ${last}`,
      customerNumber: nr,
      pin,
      email: EMAIL_SAFE(`${first}.${last}`) + (c.lang === 'sv' ? '@example.se' : '@example.com'),
      segment: c.segment ?? 'residential',
      access,
      plan,
      area,
      accountStatus: c.accountStatus ?? 'active',
      ...(c.registered === false ? { registered: false } : {}),
      ...(c.cpe ? { cpe: c.cpe } : {}),
    },
    faults: c.faults ?? [],
    incidents: c.incident ? [{ area, kind: c.incident.kind, etaMinutes: c.incident.etaMinutes }] : [],
    persona: {
      opening: fill(c.opening),
      subject: c.subject ? fill(c.subject) : null,
      authenticated: c.authenticated ?? false,
      answers,
      canDo: c.canDo ?? [],
      mood: c.mood ?? 'neutral',
      afterOutcome: (c.after ?? []).map(fill),
      csat: c.csat ?? null,
    },
    expect: c.expect,
  });
}

export function expandAllV2(): Scenario[] {
  const seen = new Map<string, number>();
  return CASES_V2.map((c, i) => {
    const key = `${c.slug}-${c.lang}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return expandV2(c, i, n);
  });
}

/** A v1 scenario file leaves out the v2 fields that are at their defaults. */
function v1File(s: Scenario): unknown {
  const { registered: _r, ...subscriber } = s.subscriber;
  const { afterOutcome: _a, csat: _c, ...persona } = s.persona;
  const { linked: _l, ...expect } = s.expect;
  return { ...s, subscriber, persona, expect };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = join(fileURLToPath(new URL('.', import.meta.url)), 'scenarios');
  mkdirSync(dir, { recursive: true });
  // Only the catalogues' own files are (over)written: scenario files written by hand sit beside them
  // (e.g. v2-rp-*), so nothing else is deleted. A case removed from a catalogue leaves its file to delete by hand.
  const all = expandAll();
  for (const s of all) writeFileSync(join(dir, `${s.id}.json`), JSON.stringify(v1File(s), null, 2) + '\n');
  const v2 = expandAllV2();
  for (const s of v2) writeFileSync(join(dir, `${s.id}.json`), JSON.stringify(s, null, 2) + '\n');
  console.log(`wrote ${all.length} v1 and ${v2.length} v2 scenarios to ${dir}`);
}
