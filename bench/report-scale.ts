// The scale-out part of bench/REPORT.md (issue 17): the load runs side by side (desk instances,
// desk time, what customers wait for), the goals they are held to, PostgreSQL search from
// bench:storage, and whatever further figures other benchmarks leave in bench/results/
// (acs*.json, statements*.json), shown as they are.
import type { LoadReport, Quantiles } from './load-stats.js';

export interface StorageResults {
  at: string;
  tickets: number;
  loadAverage?: number[];
  results: {
    engine: string;
    insert: { tickets: number; events: number };
    queries: Record<string, { n: number; p50: number; p95: number; p99: number } | number>;
  }[];
}

export interface ScaleInput {
  loads: { name: string; report: LoadReport }[];
  storage?: StorageResults | null;
  /** Other benchmarks' JSON files, by file name. */
  extras?: { name: string; data: unknown }[];
}

export const GOALS = {
  deskP99Ms: 100,
  firstReplyP99Ms: 1500,
  searchP95Ms: 20,
  /** bench/REPORT.md of 2026-11-30: SQLite, one process, 1,000 conversations over 10,000 CPEs. */
  sqliteBeforeP99Ms: 19,
  conversations: 1000,
  cpes: 10000,
};

const SHAPES: Record<string, string> = {
  searchOneWord: 'one word',
  searchTwoWords: 'two words',
  searchRare: 'rare word (one ticket or none)',
  queueViewPage1: 'queue view, page 1',
  queueViewPage2: 'queue view, page 2',
};

const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${Math.round(x * 10) / 10} ms`);
const q3 = (q: Quantiles) => `${ms(q.p50)} / ${ms(q.p95)} / ${ms(q.p99)}`;
const load = (l: number[] | undefined) => (l ? l.map((x) => x.toFixed(1)).join(' / ') : '—');
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const yes = (b: boolean) => (b ? '**met**' : '**missed**');

function setup(r: LoadReport): string {
  const db = r.options.database === 'postgresql' ? 'PostgreSQL' : 'SQLite';
  return r.options.instances
    ? `${db}, ${r.options.instances} desk process${r.options.instances > 1 ? 'es' : ''}, simulated ISP apart`
    : `${db}, one process with the simulated ISP`;
}

const full = (r: LoadReport) =>
  r.options.conversations >= GOALS.conversations && r.options.cpes >= GOALS.cpes;

function runsTable(loads: ScaleInput['loads']): string[] {
  const out = [
    '| run | set-up | conversations / CPEs | completed | errors | desk time p50 / p95 / p99 | first reply p50 / p95 / p99 | start p50 / p99 | turns/s | busiest desk loop | load average 1/5/15 min |',
    '|---|---|---:|---:|---:|---|---|---|---:|---:|---|',
  ];
  for (const { name, report: r } of loads) {
    out.push(
      `| ${cell(name)} | ${setup(r)} | ${r.options.conversations} / ${r.options.cpes} | ${r.run.completed} | ${r.run.errors} | ${q3(r.deskMs)} | ${q3(r.clientMs)} | ${ms(r.startConversationMs.p50)} / ${ms(r.startConversationMs.p99)} | ${r.run.turnsPerSec} | ${Math.round(r.eventLoopUtilisation * 100)} % | ${load(r.loadAverage)} |`,
    );
  }
  return out;
}

function goalsTable(input: ScaleInput): string[] {
  const out = ['| goal | measured | verdict |', '|---|---|---|'];
  const scaled = input.loads.filter(
    ({ report: r }) => r.options.database === 'postgresql' && (r.options.instances ?? 0) >= 2 && full(r),
  );
  if (!scaled.length)
    out.push(
      `| PostgreSQL, 2 desk instances, ${GOALS.conversations} conversations / ${GOALS.cpes} routers | no run | — |`,
    );
  for (const { name, report: r } of scaled) {
    const met =
      r.deskMs.p99 < GOALS.deskP99Ms && r.run.errors === 0 && r.run.completed === r.run.conversations;
    out.push(
      `| ${cell(name)}: desk p99 < ${GOALS.deskP99Ms} ms, 0 errors, every conversation completed | p99 ${ms(r.deskMs.p99)}, ${r.run.errors} errors, ${r.run.completed} of ${r.run.conversations} completed | ${yes(met)} |`,
    );
  }
  for (const { name, report: r } of input.loads.filter(
    (l) => full(l.report) && l.report.options.database === 'sqlite' && !l.report.options.instances,
  )) {
    out.push(
      `| ${cell(name)}: SQLite in one process unchanged or better (desk p99 ${ms(GOALS.sqliteBeforeP99Ms)} before this work, on a quiet machine) | p99 ${ms(r.deskMs.p99)} | ${r.deskMs.p99 <= GOALS.sqliteBeforeP99Ms ? '**met**' : '**higher**'} |`,
    );
  }
  for (const { name, report: r } of input.loads.filter((l) => full(l.report))) {
    out.push(
      `| ${cell(name)}: customer-observed first reply p99 < ${ms(GOALS.firstReplyP99Ms)} | p99 ${ms(r.clientMs.p99)} | ${yes(r.clientMs.p99 < GOALS.firstReplyP99Ms)} |`,
    );
  }
  const pg = input.storage?.results.find((x) => x.engine === 'postgres');
  if (pg) {
    for (const [key, label] of Object.entries(SHAPES)) {
      const s = pg.queries[key];
      if (typeof s !== 'object' || !key.startsWith('search')) continue;
      out.push(
        `| PostgreSQL search at ${pg.insert.tickets} tickets / ${pg.insert.events} events, ${label}: p95 < ${GOALS.searchP95Ms} ms | p95 ${ms(s.p95)} | ${yes(s.p95 < GOALS.searchP95Ms)} |`,
      );
    }
  }
  return out;
}

function firstReplyTable(name: string, r: LoadReport): string[] {
  const by = r.clientMsByAnswered;
  if (!by || !Object.keys(by).length) return [];
  const out = [
    `First reply by what the customer's message answered (${cell(name)}):`,
    '',
    '| message answered | turns | p50 / p95 / p99 | max |',
    '|---|---:|---|---:|',
  ];
  for (const [key, q] of Object.entries(by)) out.push(`| ${cell(key)} | ${q.n} | ${q3(q)} | ${ms(q.max)} |`);
  out.push('');
  return out;
}

function searchTable(s: StorageResults): string[] {
  const out: string[] = [];
  for (const r of s.results) {
    out.push(
      `${r.engine === 'postgres' ? 'PostgreSQL' : 'SQLite'}, ${r.insert.tickets} tickets / ${r.insert.events} events, run of ${s.at.slice(0, 16).replace('T', ' ')} UTC (load average ${load(s.loadAverage)}):`,
      '',
      '| query shape | samples | p50 / p95 / p99 |',
      '|---|---:|---|',
    );
    for (const [key, label] of Object.entries(SHAPES)) {
      const q = r.queries[key];
      if (typeof q === 'object')
        out.push(`| ${label} | ${q.n} | ${ms(q.p50)} / ${ms(q.p95)} / ${ms(q.p99)} |`);
    }
    out.push('');
  }
  return out;
}

/** Leaf values of a JSON document as `path = value` rows (arrays and deep nesting cut short). */
export function flatten(data: unknown, prefix = '', depth = 0): [string, string][] {
  if (data === null || typeof data !== 'object')
    return prefix ? [[prefix, typeof data === 'string' ? data : JSON.stringify(data)]] : [];
  if (Array.isArray(data) || depth >= 3) return [[prefix, JSON.stringify(data).slice(0, 120)]];
  return Object.entries(data).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k, depth + 1));
}

function extrasTables(extras: { name: string; data: unknown }[]): string[] {
  const out: string[] = [];
  for (const { name, data } of extras) {
    out.push(`\`${cell(name)}\`:`, '', '| figure | value |', '|---|---|');
    for (const [k, v] of flatten(data).slice(0, 40)) out.push(`| ${cell(k)} | ${cell(v)} |`);
    out.push('');
  }
  return out;
}

export function scaleOutSection(input: ScaleInput): string[] {
  const out = ['## Scale-out (issue 17)', ''];
  out.push(
    'Each run names its set-up: the desk and the simulated ISP in one process (`npm run bench:load`), or ' +
      '`--instances N` desk processes on one database with the simulated ISP in a process of its own (its ' +
      'CPEs spread over the desks’ ACS endpoints, its ISP ports reached over HTTP) and the conversations ' +
      'spread over the desks round-robin. Desk time: a message’s arrival at the agent to its last reply ' +
      'stored, device waits apart; first reply: the customer’s message sent → the first reply received. ' +
      'The machine’s load average when each run ended is given: other work on the same CPUs shows in the tails.',
    '',
  );
  if (input.loads.length) out.push(...runsTable(input.loads), '');
  else out.push('No load runs in `bench/results/`.', '');
  out.push('### Goals', '', ...goalsTable(input), '');
  const detailed = input.loads.filter((l) => full(l.report));
  for (const { name, report } of detailed) out.push(...firstReplyTable(name, report));
  if (input.storage)
    out.push('### PostgreSQL search (`npm run bench:storage`)', '', ...searchTable(input.storage));
  if (input.extras?.length) out.push('### Further figures', '', ...extrasTables(input.extras));
  return out;
}
