// A small promise-based WebSocket test client over the `ws` package (which ships no types here).
import { createRequire } from 'node:module';

interface RawSocket {
  on(event: 'message', fn: (data: Buffer) => void): void;
  on(event: 'open', fn: () => void): void;
  on(event: 'close', fn: (code: number) => void): void;
  on(event: 'error', fn: (err: Error) => void): void;
  send(data: string): void;
  close(): void;
}
type WsCtor = new (url: string, opts?: { headers?: Record<string, string> }) => RawSocket;

const require = createRequire(import.meta.url);
const WS = require('ws') as WsCtor;

export type Frame = { type: string; [k: string]: unknown };

export interface WsClient {
  frames: Frame[];
  closedWith: number | null;
  send(frame: unknown): void;
  sendRaw(text: string): void;
  /** Resolves with the next unseen frame matching `pred` (frames are consumed in order). */
  next(pred?: (f: Frame) => boolean, timeoutMs?: number): Promise<Frame>;
  closed(timeoutMs?: number): Promise<number>;
  close(): void;
}

export function connectWs(url: string, headers?: Record<string, string>): Promise<WsClient> {
  return new Promise((resolve, reject) => {
    const ws = new WS(url, headers ? { headers } : undefined);
    const frames: Frame[] = [];
    let cursor = 0;
    const waiters: (() => void)[] = [];
    const wake = () => waiters.splice(0).forEach((w) => w());
    const client: WsClient = {
      frames,
      closedWith: null,
      send: (f) => ws.send(JSON.stringify(f)),
      sendRaw: (t) => ws.send(t),
      async next(pred = () => true, timeoutMs = 20_000) {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
          while (cursor < frames.length) {
            const f = frames[cursor++];
            if (pred(f)) return f;
          }
          if (client.closedWith !== null)
            throw new Error(`socket closed (${client.closedWith}) while waiting`);
          const left = deadline - Date.now();
          if (left <= 0) throw new Error(`no matching frame; got ${JSON.stringify(frames.slice(-5))}`);
          await new Promise<void>((r) => {
            const timer = setTimeout(r, left);
            waiters.push(() => {
              clearTimeout(timer);
              r();
            });
          });
        }
      },
      async closed(timeoutMs = 10_000) {
        const deadline = Date.now() + timeoutMs;
        while (client.closedWith === null && Date.now() < deadline) {
          await new Promise<void>((r) => {
            const timer = setTimeout(r, deadline - Date.now());
            waiters.push(() => {
              clearTimeout(timer);
              r();
            });
          });
        }
        if (client.closedWith === null) throw new Error('socket did not close');
        return client.closedWith;
      },
      close: () => ws.close(),
    };
    ws.on('message', (d) => {
      frames.push(JSON.parse(d.toString('utf8')) as Frame);
      wake();
    });
    ws.on('close', (code) => {
      client.closedWith = code;
      wake();
    });
    ws.on('open', () => resolve(client));
    ws.on('error', (err) => reject(err));
  });
}
