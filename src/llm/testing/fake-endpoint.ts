// A loopback HTTP endpoint for tests of the OpenAI-compatible adapter and of the desk that uses it: every
// request is kept (path, Authorization header, body text) and answered as `respond` says, after an optional delay.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  url: string;
  auth: string | undefined;
  body: string;
}

export interface FakeResponse {
  status?: number;
  /** The response body as sent (JSON text, or anything else to test a broken endpoint). */
  body: string;
  delayMs?: number;
}

export interface FakeEndpoint {
  /** The base URL, ending in `/v1`. */
  url: string;
  received: ReceivedRequest[];
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  let s = '';
  for await (const chunk of req) s += String(chunk);
  return s;
}

export async function fakeEndpoint(respond: (req: ReceivedRequest) => FakeResponse): Promise<FakeEndpoint> {
  const received: ReceivedRequest[] = [];
  const server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const got = { url: req.url ?? '', auth: req.headers.authorization, body };
      received.push(got);
      const r = respond(got);
      setTimeout(() => {
        res.writeHead(r.status ?? 200, { 'content-type': 'application/json' });
        res.end(r.body);
      }, r.delayMs ?? 0);
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    received,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/** A chat-completion response body whose one choice says `content`. */
export function completion(content: string, model = 'fake-1'): string {
  return JSON.stringify({ model, choices: [{ message: { role: 'assistant', content } }] });
}
