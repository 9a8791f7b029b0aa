// The simulated ISP of the load benchmark in a process of its own (`bench:load --instances N`): its
// CPEs speak CWMP to the desks' ACS endpoints, its ISP ports are served over HTTP (the reference
// server the desks reach through their HTTP ISP adapter), and the customers' physical steps and
// "does it work now?" are answered here. So no desk process runs simulator work.
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { applyDemoIsp, generateDemoIsp, SimIsp } from '../sim/index.js';
import type { CwmpPost, CwmpReply, CwmpSessionOpener, SimIspOptions } from '../sim/types.js';
import type { FaultKind } from '../src/domain/index.js';
import { createIspHttpServer } from '../src/isp/http/server.js';
import { cpuProfiler } from './cpu-profiler.js';

/** A customer's question to the world: perform a step, read a light, is the problem gone. */
export interface WorldRequest {
  op: 'step' | 'lights' | 'gone';
  customerNumber: string;
  arg: string;
}

/** The simulation's answer to a customer's question about the world. */
export function answerWorld(sim: SimIsp, m: WorldRequest): string | boolean {
  try {
    if (m.op === 'step') return sim.performStep(m.customerNumber, m.arg);
    if (m.op === 'gone') return sim.problemGone(m.customerNumber);
    return String(sim.lights(m.customerNumber)[m.arg as 'power'] ?? 'off');
  } catch (err) {
    return m.op === 'gone' ? false : `unknown (${err instanceof Error ? err.message : String(err)})`;
  }
}

/** Small stable hash of a CPE serial: which ACS endpoint the CPE is configured with. */
export function endpointOf(serial: string, n: number): number {
  let h = 2166136261;
  for (let i = 0; i < serial.length; i++) h = Math.imul(h ^ serial.charCodeAt(i), 16777619);
  return (h >>> 0) % n;
}

const SERIAL = /<SerialNumber>([^<]+)<\/SerialNumber>/;
const COOKIE = /^([^=;\s]+=[^;]*)/;

/**
 * Which ACS endpoint a CPE request goes to, with several: a session starts with an Inform that names
 * the serial, the ACS answers with a session cookie, and the later requests of the session carry that
 * cookie, so they follow it to the same endpoint (a sticky load balancer would do the same).
 */
function cpeRouter(n: number) {
  const bySession = new Map<string, number>();
  return {
    target(body: string, cookie: string | null | undefined): number {
      const serial = SERIAL.exec(body)?.[1];
      const c = cookie?.match(COOKIE)?.[1];
      return serial !== undefined ? endpointOf(serial, n) : c ? (bySession.get(c) ?? 0) : 0;
    },
    answered(setCookie: string | null | undefined, target: number): void {
      const issued = setCookie?.match(COOKIE)?.[1];
      if (!issued) return;
      bySession.set(issued, target);
      if (bySession.size > 50_000) bySession.delete(bySession.keys().next().value!);
    },
  };
}

/**
 * Every simulated CPE request to `acsUrls[0]` goes out on its own connection and, with several ACS
 * endpoints, to the one its serial picks (`cpeRouter`). For the simulated ISP in this process
 * (`fetch`); the sim process posts with `cwmpOverHttp` instead.
 */
export function routeCpeRequests(acsUrls: string[]): void {
  const original = globalThis.fetch;
  const router = cpeRouter(acsUrls.length);
  const base = acsUrls[0];
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.startsWith(base)) return original(input, init);
    const headers = new Headers(init?.headers);
    headers.set('connection', 'close');
    const target = router.target(typeof init?.body === 'string' ? init.body : '', headers.get('cookie'));
    const res = await original(acsUrls[target] + url.slice(base.length), { ...init, headers });
    router.answered(res.headers.get('set-cookie'), target);
    return res;
  }) as typeof fetch;
}

/**
 * The CPEs' CWMP sessions in the sim process, routed as `routeCpeRequests` does, over node:http
 * (undici's `fetch` — its streams, abort signals and the error it destroys each closed connection
 * with — was a quarter of this process's CPU). A session keeps one connection for all its posts and
 * closes it at its end, as CWMP clients do over HTTP/1.1 (genieacs-sim in ../shared/peers keeps one
 * keep-alive socket per device); a connection the ACS closed is replaced by the next post.
 */
export function cwmpOverHttp(acsUrls: string[]): CwmpSessionOpener {
  const router = cpeRouter(acsUrls.length);
  const base = acsUrls[0];
  return () => {
    const agent = new HttpAgent({ keepAlive: true, maxSockets: 1 });
    const post: CwmpPost = (url, headers, body, signal) =>
      new Promise<CwmpReply>((resolve, reject) => {
        const target = url.startsWith(base) ? router.target(body, headers.cookie) : -1;
        const to = target < 0 ? url : acsUrls[target] + url.slice(base.length);
        const req = httpRequest(
          to,
          {
            method: 'POST',
            agent,
            signal,
            headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('error', reject);
            res.on('end', () => {
              const setCookies = res.headers['set-cookie'] ?? [];
              if (target >= 0) router.answered(setCookies[0], target);
              resolve({
                status: res.statusCode ?? 0,
                setCookies,
                wwwAuthenticate: res.headers['www-authenticate'] ?? null,
                text: Buffer.concat(chunks).toString('utf8'),
              });
            });
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    return { post, end: () => agent.destroy() };
  };
}

export interface SimStart {
  acsUrls: string[];
  acsAuth: SimIspOptions['acsAuth'];
  cpes: number;
  seed: number;
  timeScale: number;
  concurrency: number;
  faults: { customerNumber: string; kind: FaultKind }[];
  token: string;
}

/** Sim process → parent. */
export type FromSim =
  | { type: 'ready'; ispUrl: string; fleetStartMs: number; failures: number; log: string[] }
  | { type: 'world'; id: number; value: string | boolean }
  | { type: 'stopped'; failures: number };
/** Parent → sim process. */
export type ToSim =
  { type: 'start'; start: SimStart } | ({ type: 'world'; id: number } & WorldRequest) | { type: 'stop' };

async function serve(start: SimStart, send: (m: FromSim) => void): Promise<SimIsp> {
  const log: string[] = [];
  const sim = new SimIsp({
    cwmpSession: cwmpOverHttp(start.acsUrls),
    acsUrl: `${start.acsUrls[0]}/`,
    acsAuth: start.acsAuth,
    timeScale: start.timeScale,
    seed: start.seed,
    maxConcurrentSessions: start.concurrency,
    log: (m) => {
      if (log.length < 5) log.push(m);
    },
  });
  applyDemoIsp(sim, generateDemoIsp({ count: start.cpes, seed: start.seed }), true);
  for (const f of start.faults) sim.injectFault(f.customerNumber, { kind: f.kind, params: {} });
  const server = createIspHttpServer({ ports: sim.ports, token: start.token });
  await server.listen({ port: 0, host: '127.0.0.1' });
  const { port } = server.server.address() as AddressInfo;
  const t0 = performance.now();
  await sim.start();
  send({
    type: 'ready',
    ispUrl: `http://127.0.0.1:${port}`,
    fleetStartMs: performance.now() - t0,
    failures: sim.stats().failures,
    log,
  });
  const stop = sim.stop.bind(sim);
  sim.stop = async () => {
    await stop();
    await server.close();
  };
  return sim;
}

// Child-process entry.
if (process.env.FRONTLINE_LOAD_SIM === '1' && process.send) {
  // Each CPE request goes out with `connection: close`, and undici then destroys the socket with an
  // error whose stack Node formats; under tsx that formatting maps every frame through the source
  // maps, 4.5 % of this process's CPU (V8 profile, 300 conversations). The simulator's stack traces
  // do without the TypeScript positions.
  process.setSourceMapsEnabled(false);
  const send = (m: FromSim) => process.send!(m);
  let sim: SimIsp | null = null;
  // --cpu-profile-dir: a profile of the simulated ISP from the end of its fleet's first contact to the end of the run.
  const cpuDir = process.env.FRONTLINE_LOAD_CPU_PROFILE_DIR;
  const cpu = cpuDir ? cpuProfiler(cpuDir, 'sim') : null;
  process.on('message', (m: ToSim) => {
    if (m.type === 'start') {
      serve(m.start, send).then(
        async (s) => {
          sim = s;
          await cpu?.begin();
        },
        (err: unknown) => {
          console.error('simulated ISP failed to start:', err);
          process.exit(1);
        },
      );
    } else if (m.type === 'world') {
      send({ type: 'world', id: m.id, value: sim ? answerWorld(sim, m) : false });
    } else {
      const failures = sim?.stats().failures ?? 0;
      void (cpu?.end() ?? Promise.resolve())
        .then(() => sim?.stop())
        .finally(() => {
          send({ type: 'stopped', failures });
          process.disconnect();
        });
    }
  });
}
