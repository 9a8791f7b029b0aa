// Client side of the load benchmark (bench/load.ts forks it): N customers, each signed in to the
// portal, start a chat conversation over REST, keep its WebSocket open for what the desk pushes
// (interim messages while it waits on a router) and send each message over REST, whose answer
// holds the turn's replies, answering the agent's ask keys. Physical steps and "does it work now?"
// are asked of the simulation over IPC. Runs in its own process so that the desk keeps its core.
import http from 'node:http';
import { createRequire } from 'node:module';

export interface ClientPlanItem {
  customerNumber: string;
  language: 'sv' | 'en';
  portalToken: string;
  opening: string;
}

export interface ClientStart {
  /** The desks (one, or several instances): conversation i goes to urls[i % n], as a round-robin balancer sends it. */
  urls: string[];
  plan: ClientPlanItem[];
  maxTurns: number;
  thinkMs: number;
  rampMs: number;
  seed: number;
}

export interface TurnSample {
  /** The customer saw a reply (an interim message) before the turn was done. */
  interim?: boolean;
  /** What the customer's message answered: the agent's ask key before it ('opening' for the first). */
  answered?: string;
  turnMs: number;
  deviceWaitMs: number;
  clientMs: number;
  /** For `--turns-json`: which conversation and turn, when it was sent (ms since the clients began), the REST answer's time and the first push's (ms after sending). */
  conversation?: number;
  turn?: number;
  sentAtMs?: number;
  restMs?: number;
  firstPushMs?: number | null;
  /** Wall clock when sent (`--turns-json` joins it with the desk's arrival time of the request). */
  sentEpochMs?: number;
  /** In process: when the desk's HTTP server saw the request, ms after sending. */
  arrivedMs?: number;
  /** When this process wrote the request's headers to its connection, ms after sending. */
  headersSentMs?: number;
  /** The request went out on a new connection (not one kept alive from an earlier request). */
  newConnection?: boolean;
}

export interface ClientResult {
  startedAt: number;
  endedAt: number;
  conversations: number;
  completed: number;
  ended: number;
  turns: TurnSample[];
  startMs: number[];
  errors: number;
  errorSamples: string[];
  askKeys: Record<string, number>;
  rssPeakBytes: number;
}

/** Parent → child: start, or the answer to a world request. Child → parent: world request, result. */
export type ToChild =
  { type: 'start'; start: ClientStart } | { type: 'world'; id: number; value: string | boolean };
export type ToParent =
  | { type: 'world'; id: number; op: 'step' | 'lights' | 'gone'; customerNumber: string; arg: string }
  | { type: 'progress'; done: number }
  | { type: 'result'; result: ClientResult };

/** The few members of a `ws` client socket used here (the package ships no types). */
interface RawSocket {
  on(event: 'message' | 'open' | 'close' | 'error', fn: (arg: never) => void): void;
  send(data: string): void;
  close(): void;
}
type WsCtor = new (url: string) => RawSocket;

const PHRASES = {
  sv: {
    yes: 'Ja, gör det.',
    no: 'Nej.',
    dontKnow: 'Jag vet inte.',
    done: 'Klart, det är gjort.',
    cannot: 'Det kan jag inte göra.',
    works: 'Ja, nu fungerar det!',
    broken: 'Nej, det fungerar fortfarande inte.',
    all: 'Alla enheter.',
    wifi: 'Den är på wifi.',
    location: 'I sovrummet, två väggar från routern.',
    light: (v: string) => `Den lyser ${v}.`,
    portForward: 'Port 8080 till 192.168.1.50',
    available: 'Vardagar efter klockan 17.',
  },
  en: {
    yes: 'Yes, go ahead.',
    no: 'No.',
    dontKnow: "I don't know.",
    done: "Done, I've done it.",
    cannot: "I can't do that.",
    works: 'Yes, it works now!',
    broken: 'No, it still does not work.',
    all: 'All devices.',
    wifi: "It's on Wi-Fi.",
    location: 'In the bedroom, two walls from the router.',
    light: (v: string) => `It is ${v}.`,
    portForward: 'Port 8080 to 192.168.1.50',
    available: 'Weekdays after 5 pm.',
  },
} as const;

type World = (
  op: 'step' | 'lights' | 'gone',
  customerNumber: string,
  arg: string,
) => Promise<string | boolean>;

/** The customer's answer to an ask key (null key: "I don't know"). */
export async function answerFor(askKey: string | null, item: ClientPlanItem, world: World): Promise<string> {
  const p = PHRASES[item.language];
  if (!askKey) return p.dontKnow;
  if (askKey.startsWith('consent.')) return p.yes;
  if (askKey.startsWith('step.'))
    return (await world('step', item.customerNumber, askKey)) === 'done' ? p.done : p.cannot;
  if (askKey.startsWith('lights.'))
    return p.light(String(await world('lights', item.customerNumber, askKey.slice('lights.'.length))));
  switch (askKey) {
    case 'resolution.confirm':
      return (await world('gone', item.customerNumber, '')) === true ? p.works : p.broken;
    case 'scope.devices':
      return p.all;
    case 'connection.type':
      return p.wifi;
    case 'device.restarted':
      return p.no;
    case 'wifi.location':
      return p.location;
    case 'config.port_forward':
      return p.portForward;
    case 'contact.availability':
      return p.available;
    default:
      return p.dontKnow;
  }
}

interface ChatMessage {
  role: string;
  askKey: string | null;
  final: boolean;
  meta?: { turnMs: number; deviceWaitMs: number };
}

/**
 * The customer's socket: it only listens. Every reply pushed to it (interim messages while the
 * desk waits on a router, the turn's replies, reminders) is noted with the time it arrived.
 */
function openSocket(WS: WsCtor, url: string): Promise<{ ws: RawSocket; replies: number[] }> {
  return new Promise((resolve, reject) => {
    const ws = new WS(url);
    const replies: number[] = [];
    ws.on('message', (d: Buffer) => {
      const f = JSON.parse(d.toString('utf8')) as { type: string; message?: ChatMessage };
      if (f.type === 'message' && f.message && f.message.role !== 'customer') replies.push(performance.now());
    });
    ws.on('error', (err) => reject(err));
    ws.on('open', () => resolve({ ws, replies }));
  });
}

function describeError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const c = err.cause as (Error & { code?: string }) | undefined;
  return c instanceof Error ? `${err.message}: ${c.code ?? ''} ${c.message}` : err.message;
}

/** What one HTTP request got, with how it went out (for `--turns-json`). */
interface Posted {
  status: number;
  text: string;
  /** The request went out on a connection opened for it (the desk had to accept it first). */
  newConnection: boolean;
  /** When the request was written out (performance.now()). */
  writtenAt: number;
}

/**
 * POST over the customer's own kept-alive connection, as a browser tab keeps one to the desk: a
 * customer's messages never wait for a connection other customers' requests hold (a shared pool
 * opens new ones whenever more requests are in flight, and each must wait in the desk's listen queue).
 */
function post(
  agent: http.Agent,
  url: string,
  headers: Record<string, string>,
  body: string,
  timeoutMs?: number,
): Promise<Posted> {
  return new Promise((resolve, reject) => {
    let newConnection = false;
    let writtenAt = NaN;
    const req = http.request(
      url,
      { method: 'POST', agent, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
            newConnection,
            writtenAt,
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('socket', (socket) => {
      newConnection = socket.connecting;
    });
    req.on('finish', () => (writtenAt = performance.now()));
    req.on('error', reject);
    if (timeoutMs)
      req.setTimeout(timeoutMs, () => req.destroy(new Error('The operation was aborted due to timeout')));
    req.end(body);
  });
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Deterministic jitter in [0.5, 1.5). */
function jitter(seed: number, i: number, t: number): number {
  let x = (seed * 2654435761 + i * 40503 + t * 9973) >>> 0;
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  return 0.5 + (x >>> 0) / 4294967296;
}

export async function runClients(
  start: ClientStart,
  world: World,
  onDone: (n: number) => void,
): Promise<ClientResult> {
  const require = createRequire(import.meta.url);
  const WS = require('ws') as WsCtor;
  const result: ClientResult = {
    startedAt: Date.now(),
    endedAt: 0,
    conversations: start.plan.length,
    completed: 0,
    ended: 0,
    turns: [],
    startMs: [],
    errors: 0,
    errorSamples: [],
    askKeys: {},
    rssPeakBytes: 0,
  };
  const rssTimer = setInterval(
    () => (result.rssPeakBytes = Math.max(result.rssPeakBytes, process.memoryUsage.rss())),
    250,
  );
  const fail = (what: string) => {
    result.errors++;
    if (result.errorSamples.length < 10) result.errorSamples.push(what);
  };
  let done = 0;
  const began = performance.now();

  async function converse(item: ClientPlanItem, i: number) {
    await sleep(start.plan.length > 1 ? (start.rampMs * i) / (start.plan.length - 1) : 0);
    const url = start.urls[i % start.urls.length];
    const t0 = performance.now();
    // The customer's own connection, kept alive between its requests (a browser tab's).
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      await talk(item, i, url, t0, agent);
    } finally {
      agent.destroy();
    }
  }

  async function talk(item: ClientPlanItem, i: number, url: string, t0: number, agent: http.Agent) {
    const res = await post(
      agent,
      `${url}/api/v1/chat/conversations`,
      { 'content-type': 'application/json' },
      JSON.stringify({ language: item.language, portalToken: item.portalToken }),
    );
    if (res.status !== 201)
      throw new Error(`start conversation: HTTP ${res.status} ${res.text.slice(0, 200)}`);
    const conv = JSON.parse(res.text) as { conversationId: string; token: string };
    result.startMs.push(performance.now() - t0);
    const q = new URLSearchParams({ conversationId: conv.conversationId, token: conv.token });
    const sock = await openSocket(WS, `${url.replace(/^http/, 'ws')}/api/v1/chat/ws?${q.toString()}`);
    try {
      let text = item.opening;
      let answered = 'opening';
      for (let t = 0; t < start.maxTurns; t++) {
        // Sent over REST, whose answer holds the turn's replies once it is done; whatever the desk
        // pushes before that (an interim message while it waits on a router) arrives on the socket.
        const pushedBefore = sock.replies.length;
        const sent = performance.now();
        const sentEpochMs = Date.now();
        const res = await post(
          agent,
          `${url}/api/v1/chat/conversations/${conv.conversationId}/messages`,
          {
            'content-type': 'application/json',
            authorization: `Bearer ${conv.token}`,
            'x-load-turn': `${i}-${t}`,
          },
          JSON.stringify({ text, clientMessageId: `load-${i}-${t}` }),
          120_000,
        );
        if (res.status !== 200)
          throw new Error(
            `turn ${t + 1} (answering ${answered}): HTTP ${res.status} ${res.text.slice(0, 200)}`,
          );
        const done = performance.now();
        const body = JSON.parse(res.text) as { replies: ChatMessage[]; ended: boolean };
        const pushed = sock.replies.slice(pushedBefore).filter((at) => at >= sent);
        const first = body.replies[0];
        const last = body.replies.at(-1);
        if (!first || !last) throw new Error(`no reply to turn ${t + 1} (answering ${answered})`);
        const meta = last.meta ?? { turnMs: 0, deviceWaitMs: 0 };
        result.turns.push({
          answered,
          turnMs: meta.turnMs,
          deviceWaitMs: meta.deviceWaitMs,
          clientMs: Math.min(done, ...pushed) - sent,
          interim: pushed.some((at) => at < done),
          conversation: i,
          turn: t,
          sentAtMs: Math.round(sent - began),
          restMs: done - sent,
          firstPushMs: pushed.length ? Math.min(...pushed) - sent : null,
          sentEpochMs,
          headersSentMs: res.writtenAt - sent,
          newConnection: res.newConnection,
        });
        if (body.ended || last.final) {
          result.ended++;
          break;
        }
        const key = last.askKey;
        answered = key ?? '(none)';
        result.askKeys[key ?? '(none)'] = (result.askKeys[key ?? '(none)'] ?? 0) + 1;
        if (t + 1 < start.maxTurns) {
          text = await answerFor(key, item, world);
          if (start.thinkMs > 0) await sleep(start.thinkMs * jitter(start.seed, i, t));
        }
      }
      result.completed++;
    } finally {
      sock.ws.close();
    }
  }

  await Promise.all(
    start.plan.map((item, i) =>
      converse(item, i)
        .catch((err: unknown) => fail(`${item.customerNumber}: ${describeError(err)}`))
        .finally(() => onDone(++done)),
    ),
  );
  clearInterval(rssTimer);
  result.rssPeakBytes = Math.max(result.rssPeakBytes, process.memoryUsage.rss());
  result.endedAt = Date.now();
  return result;
}

// Child-process entry: wait for the start message, run, send the result, exit.
if (process.env.FRONTLINE_LOAD_CLIENT === '1' && process.send) {
  let nextId = 1;
  const pending = new Map<number, (v: string | boolean) => void>();
  const world: World = (op, customerNumber, arg) =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      process.send!({ type: 'world', id, op, customerNumber, arg } satisfies ToParent);
    });
  process.on('message', (m: ToChild) => {
    if (m.type === 'world') {
      pending.get(m.id)?.(m.value);
      pending.delete(m.id);
      return;
    }
    let lastSent = 0;
    void runClients(m.start, world, (n) => {
      if (n - lastSent >= 10 || n === m.start.plan.length) {
        lastSent = n;
        process.send!({ type: 'progress', done: n } satisfies ToParent);
      }
    }).then((result) => {
      process.send!({ type: 'result', result } satisfies ToParent, () => process.disconnect());
    });
  });
}
