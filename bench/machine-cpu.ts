// `bench:load --instances N`: the CPU time of every process that serves a customer turn on this machine —
// the desks, the simulated ISP, the customers' process, and PostgreSQL's processes for the bench database
// (its backends) and its own background work — read from /proc between the start and the end of the
// conversations. On the benchmark's machine they share the cores, so each one's CPU per turn counts.
// Linux only; elsewhere (no /proc) nothing is reported.
import { readdirSync, readFileSync } from 'node:fs';

export type CpuRole =
  'desks' | 'simulated ISP' | 'customers' | 'bench' | 'postgres backends' | 'postgres other';

/** CPU seconds (user, system) per process id, with the role the process plays. */
type Snapshot = Map<number, { role: CpuRole; user: number; system: number }>;

function readStat(pid: number): { ppid: number; comm: string; user: number; system: number } | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = s.lastIndexOf(')');
    const f = s.slice(close + 2).split(' ');
    // Clock ticks per second: 100 on every Linux that Node runs on (USER_HZ).
    const hz = 100;
    return {
      ppid: Number(f[1]),
      comm: s.slice(s.indexOf('(') + 1, close),
      user: Number(f[11]) / hz,
      system: Number(f[12]) / hz,
    };
  } catch {
    return null;
  }
}

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

/**
 * Every process of the run: `desks` and `sim` by id, the customers as any other child of this process,
 * PostgreSQL's backends by the database named in their process title, its other processes by name.
 */
export function snapshotCpu(roles: { desks: number[]; sim?: number; database?: string }): Snapshot | null {
  let pids: number[];
  try {
    pids = readdirSync('/proc')
      .filter((p) => /^\d+$/.test(p))
      .map(Number);
  } catch {
    return null;
  }
  const out: Snapshot = new Map();
  for (const pid of pids) {
    const st = readStat(pid);
    if (!st) continue;
    let role: CpuRole | null = null;
    if (roles.desks.includes(pid)) role = 'desks';
    else if (pid === roles.sim) role = 'simulated ISP';
    else if (pid === process.pid) role = 'bench';
    else if (st.ppid === process.pid) role = 'customers';
    else if (st.comm === 'postgres') {
      // A backend's title is "postgres: [cluster: ]user database host(port) state"; the postmaster's and the
      // background processes' ("postgres: walwriter") name no database.
      const title = cmdline(pid);
      const backend = /^postgres: (?:[^\s:]+: )?\S+ (\S+) \S+\(\d+\)/.exec(title);
      if (!backend) role = 'postgres other';
      else if (backend[1] === roles.database) role = 'postgres backends';
    }
    if (role) out.set(pid, { role, user: st.user, system: st.system });
  }
  return out;
}

/** CPU seconds per role between two snapshots (a process that started in between counts from zero). */
export function cpuBetween(
  before: Snapshot | null,
  after: Snapshot | null,
): Map<CpuRole, { user: number; system: number }> {
  const out = new Map<CpuRole, { user: number; system: number }>();
  if (!before || !after) return out;
  for (const [pid, a] of after) {
    const b = before.get(pid);
    const e = out.get(a.role) ?? { user: 0, system: 0 };
    e.user += a.user - (b?.user ?? 0);
    e.system += a.system - (b?.system ?? 0);
    out.set(a.role, e);
  }
  return out;
}

/**
 * `cpuBetween` over a run in which processes come and go (a pooled connection closed when idle takes
 * its backend with it): the processes are read every `everyMs`, and one gone by the end counts with
 * its last reading.
 */
export function trackCpu(roles: Parameters<typeof snapshotCpu>[0], everyMs = 1000) {
  const before = snapshotCpu(roles);
  const last: Snapshot = new Map(before ?? []);
  const read = () => {
    for (const [pid, v] of snapshotCpu(roles) ?? []) last.set(pid, v);
  };
  const timer = setInterval(read, everyMs);
  timer.unref();
  return {
    stop(): Map<CpuRole, { user: number; system: number }> {
      clearInterval(timer);
      read();
      return cpuBetween(before, last);
    },
  };
}
