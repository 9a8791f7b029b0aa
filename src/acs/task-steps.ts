import type { AcsTaskRow } from '../storage/tables/acs.js';
import type { CwmpFault } from './faults.js';
import * as soap from './soap.js';
import type { Credentials } from './digest.js';
import type { CpeMessage, ParamStruct } from './soap.js';

// What each task sends to the CPE and how it reacts to the answer. Pure functions: the session
// applies the outcome (cache writes, task row updates).

export const TASK_NAMES = [
  'getParameterValues',
  'refreshObject',
  'setParameterValues',
  'getParameterNames',
  'addObject',
  'deleteObject',
  'reboot',
  'factoryReset',
  'download',
  'runDiagnostic',
  'setCredentials',
] as const;
export type TaskName = (typeof TASK_NAMES)[number];

export interface TaskArgs {
  getParameterValues: {
    names: string[];
    /** On 9005, split the list to find the names that exist. */
    lenient?: boolean;
    /** Ask GetParameterNames first and read only names the router lists (see `discoveryPlan`). */
    discover?: boolean;
  };
  refreshObject: { objectName: string; discover?: boolean };
  setParameterValues: { values: ParamStruct[] };
  getParameterNames: { path: string; nextLevel: boolean };
  addObject: { objectName: string };
  deleteObject: { objectName: string };
  reboot: Record<string, never>;
  factoryReset: Record<string, never>;
  download: {
    fileType: string;
    url: string;
    fileSize: number;
    targetFileName?: string;
    username?: string;
    password?: string;
    /** Firmware version the image carries, when known. */
    version?: string;
  };
  runDiagnostic: {
    kind: string;
    root: string;
    inputs: ParamStruct[];
    /** Read the results with discovery. */ discover?: boolean;
  };
  /** The values come from the credential store when the task is sent (never kept in the task). */
  setCredentials: { root: string };
}

export interface GpvResult {
  values: ParamStruct[];
  invalid: string[];
}

/** Per-session scratch of a task that needs several RPCs in one session (lenient GPV, discovery). */
export interface StepScratch {
  queue: string[][];
  values: ParamStruct[];
  invalid: string[];
  sawFault: CwmpFault | null;
  discovery?: Discovery;
}

/** GetParameterNames still to send before a discovering read, and the names found so far. */
interface Discovery {
  pending: DiscoveryStep[];
  found: string[];
  lenient: boolean;
  objects: string[];
}

interface DiscoveryStep {
  path: string;
  nextLevel: boolean;
  /** Exact names wanted from this object (empty: every parameter under it). */
  exact: string[];
}

export type StepOutcome =
  | { kind: 'rpc'; method: string; body: string }
  | { kind: 'done'; result: unknown; cache?: CacheEffect }
  | { kind: 'wait'; stage: string; result?: unknown; cache?: CacheEffect }
  | { kind: 'fault'; fault: CwmpFault };

export interface CacheEffect {
  upsert?: ParamStruct[];
  /** Object paths fully refreshed: cached rows under them that were not in `upsert` are removed. */
  refreshedPrefixes?: string[];
  deletePrefixes?: string[];
}

/** Stage a task's first RPC waits in, and the event that moves it on. */
export const WAIT_EVENTS: Record<string, string[]> = {
  'reboot:wait': ['M Reboot', '1 BOOT'],
  'factoryReset:wait': ['0 BOOTSTRAP'],
  'runDiagnostic:wait': ['8 DIAGNOSTICS COMPLETE'],
};

/** A parameter whose name ends in one of these holds a secret (not, e.g., `AdminPasswordIsDefault`). */
const SECRET = /(password|passphrase|presharedkey|secret|wepkey)$/i;

export function isSecretPath(path: string): boolean {
  // The last non-empty segment ends in a secret's name: as the whole path without its trailing
  // dots does (the names hold no dot). Tested as is for a path not ending in a dot.
  return SECRET.test(path.endsWith('.') ? path.replace(/\.+$/, '') : path);
}

/** Parameter values with secrets blanked: what the parameter cache, task results and the API keep. */
export function redactParams<T extends { name: string; value: string }>(list: T[]): T[] {
  return list.map((p) => (isSecretPath(p.name) && p.value !== '' ? { ...p, value: '' } : p));
}

/** A stored task result with secret parameter values blanked (results of older versions had them). */
export function redactResult(resultJson: string): string {
  const r = JSON.parse(resultJson) as { values?: unknown } | null;
  if (!r || !Array.isArray(r.values)) return resultJson;
  return JSON.stringify({ ...r, values: redactParams(r.values as ParamStruct[]) });
}

/** Task args with secret values replaced, for storage after completion and for the REST API. */
export function redactArgs(name: string, argsJson: string): string {
  const args = JSON.parse(argsJson) as Record<string, unknown>;
  const redactList = (l: unknown) =>
    Array.isArray(l) ? l.map((p: ParamStruct) => (isSecretPath(p.name) ? { ...p, value: '***' } : p)) : l;
  if (name === 'setParameterValues') args.values = redactList(args.values);
  if (name === 'runDiagnostic') args.inputs = redactList(args.inputs);
  if (name === 'download' && args.password) args.password = '***';
  return JSON.stringify(args);
}

function gpvRpc(names: string[]): StepOutcome {
  return { kind: 'rpc', method: 'GetParameterValues', body: soap.getParameterValues(names) };
}

function faultOf(msg: CpeMessage): CwmpFault | null {
  if (msg.kind !== 'Fault') return null;
  return {
    code: msg.code,
    message: msg.message,
    ...(msg.parameterFaults.length ? { parameterFaults: msg.parameterFaults } : {}),
  };
}

function unexpected(expected: string, msg: CpeMessage): StepOutcome {
  return { kind: 'fault', fault: { code: 8003, message: `expected ${expected}, got ${msg.kind}` } };
}

/** Key sent as ParameterKey / CommandKey (both are limited to 32 characters). */
export function commandKeyOf(task: AcsTaskRow): string {
  return task.id.slice(0, 32);
}

/**
 * Routers such as genieacs-sim crash on a GetParameterValues with a name they lack or with an
 * object path, as GenieACS never sends them. A discovering read asks the parent object of each
 * exact name (next level) and each object path (all levels) with GetParameterNames, then reads
 * only the parameters listed.
 */
export function discoveryPlan(names: string[]): DiscoveryStep[] {
  const byParent = new Map<string, string[]>();
  const steps: DiscoveryStep[] = [];
  for (const n of names) {
    if (n.endsWith('.')) {
      steps.push({ path: n, nextLevel: false, exact: [] });
      continue;
    }
    const parent = n.slice(0, n.lastIndexOf('.') + 1);
    byParent.set(parent, [...(byParent.get(parent) ?? []), n]);
  }
  for (const [path, exact] of byParent) steps.push({ path, nextLevel: true, exact });
  return steps;
}

function startDiscovery(scratch: StepScratch, names: string[], lenient: boolean): StepOutcome {
  scratch.discovery = {
    pending: discoveryPlan(names),
    found: [],
    lenient,
    objects: names.filter((n) => n.endsWith('.')),
  };
  return nextDiscovery(scratch);
}

function nextDiscovery(scratch: StepScratch): StepOutcome {
  const d = scratch.discovery!;
  const step = d.pending[0];
  if (step)
    return {
      kind: 'rpc',
      method: 'GetParameterNames',
      body: soap.getParameterNames(step.path, step.nextLevel),
    };
  scratch.discovery = undefined;
  const found = [...new Set(d.found)];
  if (!d.lenient && scratch.invalid.length > 0) {
    return {
      kind: 'fault',
      fault: { code: 9005, message: `Invalid parameter name: ${scratch.invalid.join(', ')}` },
    };
  }
  if (found.length === 0) {
    // Objects that exist but are empty (a host table after the last host left): their cache is cleared.
    const emptied = d.objects.filter((o) => !scratch.invalid.includes(o));
    return {
      kind: 'done',
      result: { values: [], invalid: scratch.invalid } satisfies GpvResult,
      cache: { refreshedPrefixes: emptied },
    };
  }
  scratch.queue = [found];
  return gpvRpc(found);
}

function discoveryAnswer(msg: CpeMessage, scratch: StepScratch): StepOutcome {
  const d = scratch.discovery!;
  const step = d.pending.shift()!;
  if (msg.kind === 'GetParameterNamesResponse') {
    const listed = new Set(msg.names.map((n) => n.name));
    if (step.exact.length > 0) {
      d.found.push(...step.exact.filter((n) => listed.has(n)));
      scratch.invalid.push(...step.exact.filter((n) => !listed.has(n)));
    } else {
      const leaves = [...listed].filter((n) => !n.endsWith('.') && n.startsWith(step.path));
      d.found.push(...leaves);
      if (leaves.length === 0 && !listed.has(step.path)) scratch.invalid.push(step.path);
    }
  } else if (msg.kind === 'Fault' && msg.code === 9005) {
    scratch.invalid.push(...(step.exact.length > 0 ? step.exact : [step.path]));
  } else {
    return msg.kind === 'Fault'
      ? { kind: 'fault', fault: faultOf(msg)! }
      : unexpected('GetParameterNamesResponse', msg);
  }
  return nextDiscovery(scratch);
}

export function firstStep(task: AcsTaskRow, scratch: StepScratch): StepOutcome {
  const args = JSON.parse(task.args) as Record<string, unknown>;
  const key = commandKeyOf(task);
  switch (task.name as TaskName) {
    case 'getParameterValues': {
      const a = args as TaskArgs['getParameterValues'];
      if (a.discover) return startDiscovery(scratch, a.names, a.lenient === true);
      scratch.queue = [a.names];
      return gpvRpc(a.names);
    }
    case 'refreshObject': {
      const a = args as TaskArgs['refreshObject'];
      const name = a.objectName.endsWith('.') ? a.objectName : `${a.objectName}.`;
      if (a.discover) return startDiscovery(scratch, [name], false);
      scratch.queue = [[name]];
      return gpvRpc([name]);
    }
    case 'setParameterValues':
      return {
        kind: 'rpc',
        method: 'SetParameterValues',
        body: soap.setParameterValues((args as TaskArgs['setParameterValues']).values, key),
      };
    case 'getParameterNames': {
      const a = args as TaskArgs['getParameterNames'];
      return { kind: 'rpc', method: 'GetParameterNames', body: soap.getParameterNames(a.path, a.nextLevel) };
    }
    case 'addObject':
      return {
        kind: 'rpc',
        method: 'AddObject',
        body: soap.addObject(normObject((args as TaskArgs['addObject']).objectName), key),
      };
    case 'deleteObject':
      return {
        kind: 'rpc',
        method: 'DeleteObject',
        body: soap.deleteObject(normObject((args as TaskArgs['deleteObject']).objectName), key),
      };
    case 'reboot':
      return { kind: 'rpc', method: 'Reboot', body: soap.reboot(key) };
    case 'factoryReset':
      return { kind: 'rpc', method: 'FactoryReset', body: soap.factoryReset() };
    case 'download': {
      const a = args as TaskArgs['download'];
      return {
        kind: 'rpc',
        method: 'Download',
        body: soap.download({
          commandKey: key,
          fileType: a.fileType,
          url: a.url,
          fileSize: a.fileSize,
          targetFileName: a.targetFileName,
          username: a.username,
          password: a.password,
        }),
      };
    }
    case 'runDiagnostic': {
      const a = args as TaskArgs['runDiagnostic'];
      if (task.stage === 'read') {
        if (a.discover) return startDiscovery(scratch, [a.root], false);
        scratch.queue = [[a.root]];
        return gpvRpc([a.root]);
      }
      const state = { name: `${a.root}DiagnosticsState`, value: 'Requested', type: 'xsd:string' };
      return {
        kind: 'rpc',
        method: 'SetParameterValues',
        body: soap.setParameterValues([...a.inputs, state], key),
      };
    }
    default:
      return { kind: 'fault', fault: { code: 8000, message: `unknown task ${task.name}` } };
  }
}

function normObject(name: string): string {
  return name.endsWith('.') ? name : `${name}.`;
}

/** Handles a GPV answer (with lenient splitting on 9005). */
function gpvAnswer(task: AcsTaskRow, msg: CpeMessage, scratch: StepScratch, lenient: boolean): StepOutcome {
  const asked = scratch.queue.shift() ?? [];
  if (msg.kind === 'GetParameterValuesResponse') {
    scratch.values.push(...msg.parameters);
  } else if (msg.kind === 'Fault') {
    if (lenient && msg.code === 9005 && asked.length > 1) {
      const mid = Math.ceil(asked.length / 2);
      scratch.queue.unshift(asked.slice(0, mid), asked.slice(mid));
    } else if (lenient && msg.code === 9005) {
      scratch.invalid.push(...asked);
      scratch.sawFault = faultOf(msg);
    } else {
      return { kind: 'fault', fault: faultOf(msg)! };
    }
  } else {
    return unexpected('GetParameterValuesResponse', msg);
  }
  const next = scratch.queue[0];
  if (next) return gpvRpc(next);
  if (scratch.values.length === 0 && scratch.sawFault) return { kind: 'fault', fault: scratch.sawFault };
  const prefixes = (
    task.name === 'refreshObject'
      ? [normObject((JSON.parse(task.args) as { objectName: string }).objectName)]
      : []
  ).concat(scratch.values.length ? collectPrefixes(task, scratch) : []);
  const values = redactParams(scratch.values);
  const result: GpvResult = { values, invalid: scratch.invalid };
  return { kind: 'done', result, cache: { upsert: values, refreshedPrefixes: [...new Set(prefixes)] } };
}

function collectPrefixes(task: AcsTaskRow, scratch: StepScratch): string[] {
  if (task.name === 'getParameterValues') {
    const names = (JSON.parse(task.args) as TaskArgs['getParameterValues']).names;
    return names.filter((n) => n.endsWith('.') && !scratch.invalid.includes(n));
  }
  if (task.name === 'runDiagnostic') return [(JSON.parse(task.args) as TaskArgs['runDiagnostic']).root];
  return [];
}

/** The SetParameterValues of a `setCredentials` task, from the credentials pending for the device. */
export function credentialStep(
  task: AcsTaskRow,
  pending: { acs: Credentials | null; cr: Credentials | null },
): StepOutcome {
  const base = `${(JSON.parse(task.args) as TaskArgs['setCredentials']).root}ManagementServer.`;
  const str = (name: string, value: string): ParamStruct => ({
    name: base + name,
    value,
    type: 'xsd:string',
  });
  const values = [
    ...(pending.acs ? [str('Username', pending.acs.username), str('Password', pending.acs.password)] : []),
    ...(pending.cr
      ? [
          str('ConnectionRequestUsername', pending.cr.username),
          str('ConnectionRequestPassword', pending.cr.password),
        ]
      : []),
  ];
  if (values.length === 0) return { kind: 'done', result: { status: 0 } };
  return {
    kind: 'rpc',
    method: 'SetParameterValues',
    body: soap.setParameterValues(values, commandKeyOf(task)),
  };
}

export function onAnswer(task: AcsTaskRow, msg: CpeMessage, scratch: StepScratch): StepOutcome {
  const fault = faultOf(msg);
  const args = JSON.parse(task.args) as Record<string, unknown>;
  if (scratch.discovery) return discoveryAnswer(msg, scratch);
  switch (task.name as TaskName) {
    case 'getParameterValues':
      return gpvAnswer(task, msg, scratch, (args as TaskArgs['getParameterValues']).lenient === true);
    case 'refreshObject':
      return gpvAnswer(task, msg, scratch, false);
    case 'setCredentials':
      if (fault) return { kind: 'fault', fault };
      if (msg.kind !== 'SetParameterValuesResponse') return unexpected('SetParameterValuesResponse', msg);
      return { kind: 'done', result: { status: msg.status === 1 ? 1 : 0 } };
    case 'setParameterValues': {
      if (fault) return { kind: 'fault', fault };
      if (msg.kind !== 'SetParameterValuesResponse') return unexpected('SetParameterValuesResponse', msg);
      const values = (args as TaskArgs['setParameterValues']).values.filter((v) => !isSecretPath(v.name));
      return { kind: 'done', result: { status: msg.status === 1 ? 1 : 0 }, cache: { upsert: values } };
    }
    case 'getParameterNames':
      if (fault) return { kind: 'fault', fault };
      if (msg.kind !== 'GetParameterNamesResponse') return unexpected('GetParameterNamesResponse', msg);
      return { kind: 'done', result: { names: msg.names } };
    case 'addObject':
      if (fault) return { kind: 'fault', fault };
      if (msg.kind !== 'AddObjectResponse') return unexpected('AddObjectResponse', msg);
      return { kind: 'done', result: { instance: msg.instance, status: msg.status } };
    case 'deleteObject':
      if (fault) return { kind: 'fault', fault };
      if (msg.kind !== 'DeleteObjectResponse') return unexpected('DeleteObjectResponse', msg);
      return {
        kind: 'done',
        result: { status: msg.status },
        cache: { deletePrefixes: [normObject((args as TaskArgs['deleteObject']).objectName)] },
      };
    case 'reboot':
      if (fault) return { kind: 'fault', fault };
      if (msg.kind !== 'RebootResponse') return unexpected('RebootResponse', msg);
      return { kind: 'wait', stage: 'wait' };
    case 'factoryReset':
      if (fault) return { kind: 'fault', fault };
      if (msg.kind !== 'FactoryResetResponse') return unexpected('FactoryResetResponse', msg);
      return { kind: 'wait', stage: 'wait' };
    case 'download':
      if (fault) return { kind: 'fault', fault };
      if (msg.kind !== 'DownloadResponse') return unexpected('DownloadResponse', msg);
      if (msg.status === 0) return { kind: 'done', result: { status: 0, completeTime: msg.completeTime } };
      return { kind: 'wait', stage: 'transfer' };
    case 'runDiagnostic':
      if (task.stage === 'read') return gpvAnswer(task, msg, scratch, false);
      if (fault) return { kind: 'fault', fault };
      if (msg.kind !== 'SetParameterValuesResponse') return unexpected('SetParameterValuesResponse', msg);
      return { kind: 'wait', stage: 'wait' };
    default:
      return { kind: 'fault', fault: { code: 8000, message: `unknown task ${task.name}` } };
  }
}
