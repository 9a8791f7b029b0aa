import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { FileStore } from './firmware-files.js';
import type { SessionManager } from './session.js';

// The CWMP listener: a plain node:http server (no framework) for the SOAP endpoint and the file
// endpoint `/fs/<name>`. Keep-alive stays on within a session. The caller is authenticated from
// the headers before the body is read: unauthenticated requests may send only a small body.

export interface CwmpServerDeps {
  sessions: SessionManager;
  files: FileStore;
  keepAliveMs: number;
  log: Logger;
}

function sessionCookie(header: string | undefined): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === 'session') return part.slice(eq + 1).trim();
  }
  return undefined;
}

function tooLarge(res: ServerResponse): void {
  res.writeHead(413, { 'content-type': 'text/plain', connection: 'close' }).end('request body too large');
}

function readBody(req: IncomingMessage, max: number): Promise<string | 'too-large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (declared > max) {
      resolve('too-large');
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (c: Buffer) => {
      if (done) return;
      size += c.length;
      if (size > max) {
        done = true;
        resolve('too-large');
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      if (!done) {
        done = true;
        resolve(chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8'));
      }
    });
    req.on('error', (e) => {
      if (!done) {
        done = true;
        reject(e);
      }
    });
  });
}

export function createCwmpServer(d: CwmpServerDeps): Server {
  const server = createServer((req, res) => {
    void handle(req, res).catch((e: unknown) => {
      d.log.error({ err: e }, 'cwmp: request failed');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' }).end('internal error');
      else res.destroy();
    });
  });
  server.keepAliveTimeout = d.keepAliveMs;
  server.headersTimeout = d.keepAliveMs + 5_000;
  server.requestTimeout = 60_000;
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? '/';
    if ((req.method === 'GET' || req.method === 'HEAD') && url.startsWith('/fs/')) {
      let name: string;
      try {
        name = decodeURIComponent(url.slice(4).split('?')[0]!);
      } catch {
        res.writeHead(400, { 'content-type': 'text/plain' }).end('malformed file name');
        return;
      }
      await d.files.serve(req, res, name);
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST', 'content-type': 'text/plain' }).end('CWMP endpoint: POST only');
      return;
    }
    const admission = await d.sessions.admit({
      cookie: sessionCookie(req.headers.cookie),
      authorization: req.headers.authorization,
      socket: req.socket,
    });
    if (admission.refuse) {
      const { status, headers, body } = admission.refuse;
      res
        .writeHead(status, { ...headers, connection: 'close', 'content-length': Buffer.byteLength(body) })
        .end(body);
      res.on('finish', () => req.socket.destroy());
      return;
    }
    const body = await readBody(req, admission.maxBodyBytes);
    if (body === 'too-large') {
      tooLarge(res);
      // Stop reading the rest of an oversized upload.
      res.on('finish', () => req.socket.destroy());
      return;
    }
    const reply = await admission.handle(body);
    const headers: Record<string, string | string[] | number> = { ...reply.headers };
    if (reply.status !== 204) headers['content-length'] = Buffer.byteLength(reply.body);
    res.writeHead(reply.status, headers);
    res.end(reply.status === 204 ? undefined : reply.body);
  }

  return server;
}
