// Client side of the load benchmark (bench/load.ts forks it): N customers, each signed in to the
// portal, start a chat conversation over REST and talk over the WebSocket, answering the agent's
// ask keys. Physical steps and "does it work now?" are asked of the simulation in the parent
// process over IPC. Runs in its own process so that the desk keeps its core.
import { createRequire } from 'node:module';

export interface ClientPlanItem {
  customerNumber: string;
  language: 'sv' | 'en';
  portalToken: string;
  opening: string;
}

export interface ClientStart {
  url: string;
  plan: ClientPlanItem[];
  maxTurns: number;
  thinkMs: number;
  rampMs: number;
  seed: number;
}

export interface TurnSample {
  turnMs: number;
  deviceWaitMs: number;
  clientMs: number;
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

interface MessageFrame {
  type: 'message';
  message: {
    role: string;
    askKey: string | null;
    final: boolean;
    meta?: { turnMs: number; deviceWaitMs: number };
  };
}
type Frame = MessageFrame | { type: 'ack' | 'typing' | 'error'; error?: string };

/** A WebSocket whose frames can be awaited one turn at a time. */
function openSocket(
  WS: WsCtor,
  url: string,
): Promise<{ ws: RawSocket; nextFrame(timeoutMs: number): Promise<Frame | null> }> {
  return new Promise((resolve, reject) => {
    const ws = new WS(url);
    const frames: Frame[] = [];
    let waiter: (() => void) | null = null;
    let closed = false;
    ws.on('message', (d: Buffer) => {
      frames.push(JSON.parse(d.toString('utf8')) as Frame);
      waiter?.();
    });
    ws.on('close', () => {
      closed = true;
      waiter?.();
    });
    ws.on('error', (err) => reject(err));
    ws.on('open', () =>
      resolve({
        ws,
        async nextFrame(timeoutMs) {
          if (!frames.length && !closed) {
            await new Promise<void>((r) => {
              const timer = setTimeout(r, timeoutMs);
              waiter = () => {
                clearTimeout(timer);
                r();
              };
            });
            waiter = null;
          }
          return frames.shift() ?? null;
        },
      }),
    );
  });
}

function describeError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const c = err.cause as (Error & { code?: string }) | undefined;
  return c instanceof Error ? `${err.message}: ${c.code ?? ''} ${c.message}` : err.message;
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
  const wsBase = start.url.replace(/^http/, 'ws');
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

  async function converse(item: ClientPlanItem, i: number) {
    await sleep(start.plan.length > 1 ? (start.rampMs * i) / (start.plan.length - 1) : 0);
    const t0 = performance.now();
    const res = await fetch(`${start.url}/api/v1/chat/conversations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ language: item.language, portalToken: item.portalToken }),
    });
    if (res.status !== 201)
      throw new Error(`start conversation: HTTP ${res.status} ${(await res.text()).slice(0, 200)}`);
    const conv = (await res.json()) as { conversationId: string; token: string };
    result.startMs.push(performance.now() - t0);
    const q = new URLSearchParams({ conversationId: conv.conversationId, token: conv.token });
    const sock = await openSocket(WS, `${wsBase}/api/v1/chat/ws?${q.toString()}`);
    try {
      let text = item.opening;
      for (let t = 0; t < start.maxTurns; t++) {
        const sent = performance.now();
        sock.ws.send(JSON.stringify({ type: 'message', text, clientMessageId: `load-${i}-${t}` }));
        let first: MessageFrame | null = null;
        let last: MessageFrame | null = null;
        let clientMs = 0;
        // The replies of one turn are sent back to back: the turn is over at a question, a
        // final message, or a short silence after the first reply.
        for (;;) {
          const f = await sock.nextFrame(first ? 150 : 120_000);
          if (!f) break;
          if (f.type === 'error') throw new Error(`error frame: ${f.error ?? '?'}`);
          if (f.type !== 'message' || f.message.role === 'customer') continue;
          if (!first) {
            first = f;
            clientMs = performance.now() - sent;
          }
          last = f;
          if (f.message.askKey || f.message.final) break;
        }
        if (!first || !last) throw new Error(`no reply to turn ${t + 1}`);
        const meta = first.message.meta ?? { turnMs: 0, deviceWaitMs: 0 };
        result.turns.push({
          turnMs: meta.turnMs,
          deviceWaitMs: meta.deviceWaitMs,
          clientMs,
        });
        if (last.message.final) {
          result.ended++;
          break;
        }
        const key = last.message.askKey;
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
