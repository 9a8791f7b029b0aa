import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { operatorConfigSchema, type OperatorConfig } from './schema.js';

// Reads and validates an operator configuration file. Every problem names the field's path (and
// its line in the file), so `frontline config check` can say exactly what to fix.

export class OperatorConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`invalid operator configuration ${file}:\n  ${problems.join('\n  ')}`);
    this.name = 'OperatorConfigError';
  }
}

/** `firmware[1].knownBad["2.2.0"]` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else if (typeof p === 'string' && /^[A-Za-z_][\w]*$/.test(p)) out += out ? `.${p}` : p;
    else out += `[${JSON.stringify(String(p))}]`;
  }
  return out || '(top level)';
}

export type ParseResult = { ok: true; config: OperatorConfig } | { ok: false; problems: string[] };

export function parseOperatorConfig(source: string): ParseResult {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => `line ${e.linePos?.[0].line ?? '?'}: ${e.message.split('\n')[0]}`),
    };
  }
  const r = operatorConfigSchema.safeParse(doc.toJS() ?? {});
  if (r.success) return { ok: true, config: r.data };
  return { ok: false, problems: r.error.issues.map((i) => describeIssue(i, doc, lines)) };
}

function describeIssue(
  issue: z.core.$ZodIssue,
  doc: ReturnType<typeof parseDocument>,
  lines: LineCounter,
): string {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  // The deepest node of the path that exists in the file, for a line number.
  let line: number | undefined;
  for (let n = path.length; n >= 0 && line === undefined; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) line = lines.linePos(node.range[0]).line;
  }
  let message = issue.message;
  if (issue.code === 'unrecognized_keys')
    message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
  else if (issue.code === 'invalid_type' && / received undefined$/.test(message))
    message = `required (${issue.expected}) but missing`;
  // YAML reads 001122 or 2.10 as numbers: the fix is quoting them.
  else if (issue.code === 'invalid_type' && issue.expected === 'string' && / received number$/.test(message))
    message = 'expected text, got a number: put the value in quotes';
  return `${formatPath(path)}${line !== undefined ? ` (line ${line})` : ''}: ${message}`;
}

export function loadOperatorConfig(file: string): OperatorConfig {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (err) {
    throw new OperatorConfigError(file, [`cannot read the file: ${(err as Error).message}`]);
  }
  const r = parseOperatorConfig(source);
  if (!r.ok) throw new OperatorConfigError(file, r.problems);
  return r.config;
}

const DEMO_FILE = join('config', 'demo-operator.yaml');

/** The demo's operator file, found from this module upwards (works from src/ and from dist/). */
export function demoOperatorFile(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, DEMO_FILE);
    if (existsSync(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir) throw new Error(`${DEMO_FILE} not found above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
}

/**
 * The file the desk runs with: OPERATOR_CONFIG when set, else the demo's file in DEMO mode.
 * Outside DEMO mode a file is required: an ISP's desk must not run on the demo ISP's data.
 */
export function resolveOperatorFile(env: { operatorConfig?: string; demo: boolean }): string {
  if (env.operatorConfig) return resolve(env.operatorConfig);
  if (env.demo) return demoOperatorFile();
  throw new OperatorConfigError('(none)', [
    'OPERATOR_CONFIG is not set: outside DEMO mode the desk needs the operator configuration file',
  ]);
}

let demoCache: OperatorConfig | undefined;

/** The demo ISP's configuration (the simulator and test fixtures use it). */
export function demoOperatorConfig(): OperatorConfig {
  demoCache ??= loadOperatorConfig(demoOperatorFile());
  return demoCache;
}
