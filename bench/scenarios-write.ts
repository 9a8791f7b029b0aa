// Expands bench/scenario-catalogue.ts into bench/scenarios/<id>.json (the contract's file format).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASES, type Case } from './scenario-catalogue.js';
import { scenarioSchema, type Scenario } from './scenario-schema.js';

const FIRST = { sv: ['Anna', 'Erik', 'Maja', 'Lars', 'Sofia', 'Ahmed', 'Elin', 'Johan', 'Fatima', 'Nils'], en: ['Emma', 'Oliver', 'Mia', 'James', 'Noah', 'Lily', 'Adam', 'Grace', 'Omar', 'Ella'] };
const LAST = ['Andersson', 'Berg', 'Nyström', 'Holm', 'Karlsson', 'Lindqvist', 'Ek', 'Sandberg', 'Öberg', 'Jovanović'];
const AREAS = ['SE-STO-SUNDBYBERG', 'SE-STO-KISTA', 'SE-GBG-MAJORNA', 'SE-MAL-CENTRUM', 'SE-UPP-CENTRUM', 'SE-STO-NACKA', 'SE-LUL-CENTRUM'];
const PLANS = { fiber: [{ downMbps: 250, upMbps: 100 }, { downMbps: 500, upMbps: 500 }, { downMbps: 1000, upMbps: 1000 }], dsl: [{ downMbps: 60, upMbps: 10 }, { downMbps: 100, upMbps: 20 }], cable: [{ downMbps: 250, upMbps: 25 }, { downMbps: 500, upMbps: 50 }] };

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
        'identity.customer_number': i % 3 === 0 ? customerNumber : c.lang === 'sv' ? `det är ${customerNumber}` : `it's ${customerNumber}`,
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
      email: `${first}.${last}`.toLowerCase().normalize('NFD').replace(/[^a-z.]/g, '') + (c.lang === 'sv' ? '@example.se' : '@example.com'),
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = join(fileURLToPath(new URL('.', import.meta.url)), 'scenarios');
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (f.endsWith('.json')) rmSync(join(dir, f));
  const all = expandAll();
  for (const s of all) writeFileSync(join(dir, `${s.id}.json`), JSON.stringify(s, null, 2) + '\n');
  console.log(`wrote ${all.length} scenarios to ${dir}`);
}
