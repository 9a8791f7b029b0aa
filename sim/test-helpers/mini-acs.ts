// A deliberately small ACS for the simulator's tests: Inform → InformResponse, TransferComplete →
// TransferCompleteResponse, empty POST → the next queued RPC (or 204), plus a file server and a
// Digest-authenticated connection-request client. Not the real ACS (src/acs).
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { XMLParser } from 'fast-xml-parser';
import { authorizationFor, DigestVerifier, parseAuthHeader } from '../cwmp/digest.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  removeNSPrefix: true,
  parseTagValue: false,
  isArray: (n) =>
    [
      'ParameterValueStruct',
      'EventStruct',
      'ParameterInfoStruct',
      'SetParameterValuesFault',
      'string',
    ].includes(n),
});

type Node = Record<string, unknown>;
const text = (n: unknown): string =>
  n === undefined || n === null ? '' : typeof n === 'object' ? String((n as Node)['#text'] ?? '') : String(n);
const list = (n: unknown, k: string): Node[] => {
  const v = n && typeof n === 'object' ? (n as Node)[k] : undefined;
  return v === undefined ? [] : Array.isArray(v) ? (v as Node[]) : [v as Node];
};

export interface InformRecord {
  deviceId: string;
  events: string[];
  commandKeys: Record<string, string>;
  params: Record<string, string>;
  namespace: string;
}

export interface RpcResult {
  name: string;
  body: Node;
  fault?: { code: number; message: string; spv: { name: string; code: number }[] };
}

interface Queued {
  xml: string;
  resolve: (r: RpcResult) => void;
}

const ns = (v: string) =>
  `xmlns:soap-env="http://schemas.xmlsoap.org/soap/envelope/" xmlns:soap-enc="http://schemas.xmlsoap.org/soap/encoding/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:cwmp="${v}"`;

export class MiniAcs {
  private server: Server | null = null;
  port = 0;
  readonly informs: InformRecord[] = [];
  readonly transfers: { deviceId: string; commandKey: string; faultCode: number }[] = [];
  private readonly queues = new Map<string, Queued[]>();
  private readonly sessions = new Map<string, { deviceId: string; ns: string; waiting: Queued | null }>();
  private readonly waiters: { match: (i: InformRecord) => boolean; resolve: (i: InformRecord) => void }[] =
    [];
  readonly files = new Map<string, Buffer>();
  private readonly digest = new DigestVerifier('mini-acs');
  private sid = 0;

  constructor(private readonly auth?: { username: string; password: string; scheme: 'digest' | 'basic' }) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}/acs`;
  }
  fileUrl(name: string): string {
    return `http://127.0.0.1:${this.port}/files/${encodeURIComponent(name)}`;
  }

  async listen(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', () => r()));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    const s = this.server;
    if (!s) return;
    s.closeAllConnections();
    await new Promise<void>((r) => s.close(() => r()));
  }

  /** Queues an RPC (body without envelope, e.g. `<cwmp:Reboot><CommandKey>x</CommandKey></cwmp:Reboot>`) for the device's next session. */
  rpc(deviceId: string, body: string): Promise<RpcResult> {
    return new Promise((resolve) => {
      const q = this.queues.get(deviceId) ?? [];
      q.push({ xml: body, resolve });
      this.queues.set(deviceId, q);
    });
  }

  waitForInform(deviceId: string, event: string, after = this.informs.length): Promise<InformRecord> {
    const match = (i: InformRecord) => i.deviceId === deviceId && i.events.includes(event);
    const seen = this.informs.slice(after).find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ match, resolve }));
  }

  async connectionRequest(url: string, username: string, password: string): Promise<number> {
    const r1 = await fetch(url);
    await r1.text();
    if (r1.status !== 401) return r1.status;
    const ch = parseAuthHeader(r1.headers.get('www-authenticate'));
    if (!ch) return r1.status;
    const u = new URL(url);
    const r2 = await fetch(url, {
      headers: {
        authorization: authorizationFor({ challenge: ch, nc: 0 }, 'GET', u.pathname, username, password),
      },
    });
    await r2.text();
    return r2.status;
  }

  private async handle(req: IncomingMessage, res: import('node:http').ServerResponse): Promise<void> {
    if (req.method === 'GET' && req.url?.startsWith('/files/')) {
      const f = this.files.get(decodeURIComponent(req.url.slice(7)));
      if (!f) return void res.writeHead(404).end();
      return void res.writeHead(200, { 'content-length': String(f.length) }).end(f);
    }
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const cookie = /sid=(\w+)/.exec(req.headers.cookie ?? '')?.[1];
    let session = cookie ? this.sessions.get(cookie) : undefined;

    if (!session && this.auth) {
      const a = req.headers.authorization;
      const ok =
        this.auth.scheme === 'basic'
          ? a === `Basic ${Buffer.from(`${this.auth.username}:${this.auth.password}`).toString('base64')}`
          : this.digest.verify(a, 'POST', this.auth.username, this.auth.password);
      if (!ok) {
        const challenge = this.auth.scheme === 'basic' ? 'Basic realm="mini-acs"' : this.digest.challenge();
        return void res.writeHead(401, { 'www-authenticate': challenge }).end();
      }
    }

    if (body.trim() === '') {
      if (!session) return void res.writeHead(400).end();
      return this.next(session, res);
    }
    const doc = parser.parse(body) as Node;
    const env = doc.Envelope as Node;
    const b = env.Body as Node;
    const name = Object.keys(b)[0];
    const content = b[name] as Node;
    const id = text((env.Header as Node | undefined)?.ID);
    const nsv = /xmlns:cwmp="([^"]+)"/.exec(body)?.[1] ?? 'urn:dslforum-org:cwmp-1-2';
    const reply = (inner: string, headers: Record<string, string> = {}) =>
      res
        .writeHead(200, { 'content-type': 'text/xml', ...headers })
        .end(
          `<soap-env:Envelope ${ns(nsv)}><soap-env:Header><cwmp:ID soap-env:mustUnderstand="1">${id}</cwmp:ID></soap-env:Header><soap-env:Body>${inner}</soap-env:Body></soap-env:Envelope>`,
        );

    if (name === 'Inform') {
      const dev = content.DeviceId as Node;
      const deviceId = `${text(dev.OUI)}-${text(dev.ProductClass)}-${text(dev.SerialNumber)}`;
      const evs = list(content.Event, 'EventStruct');
      const rec: InformRecord = {
        deviceId,
        events: evs.map((e) => text(e.EventCode)),
        commandKeys: Object.fromEntries(evs.map((e) => [text(e.EventCode), text(e.CommandKey)])),
        params: Object.fromEntries(
          list(content.ParameterList, 'ParameterValueStruct').map((p) => [text(p.Name), text(p.Value)]),
        ),
        namespace: nsv,
      };
      this.informs.push(rec);
      const sid = String(++this.sid);
      this.sessions.set(sid, { deviceId, ns: nsv, waiting: null });
      for (const w of [...this.waiters])
        if (w.match(rec)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(rec);
        }
      return void reply('<cwmp:InformResponse><MaxEnvelopes>1</MaxEnvelopes></cwmp:InformResponse>', {
        'set-cookie': `sid=${sid}; Path=/`,
      });
    }
    if (!session) return void res.writeHead(400).end();
    if (name === 'TransferComplete') {
      const fs = content.FaultStruct as Node;
      this.transfers.push({
        deviceId: session.deviceId,
        commandKey: text(content.CommandKey),
        faultCode: Number(text(fs.FaultCode)),
      });
      return void reply('<cwmp:TransferCompleteResponse/>');
    }
    // A response to our RPC.
    const waiting = session.waiting;
    session.waiting = null;
    if (waiting) {
      if (name === 'Fault') {
        const f = (content.detail as Node).Fault as Node;
        waiting.resolve({
          name,
          body: content,
          fault: {
            code: Number(text(f.FaultCode)),
            message: text(f.FaultString),
            spv: list(f, 'SetParameterValuesFault').map((s) => ({
              name: text(s.ParameterName),
              code: Number(text(s.FaultCode)),
            })),
          },
        });
      } else waiting.resolve({ name, body: content });
    }
    session = this.sessions.get(cookie!)!;
    return this.next(session, res);
  }

  private next(
    session: { deviceId: string; ns: string; waiting: Queued | null },
    res: import('node:http').ServerResponse,
  ): void {
    const q = this.queues.get(session.deviceId);
    const item = q?.shift();
    if (!item) return void res.writeHead(204).end();
    session.waiting = item;
    res
      .writeHead(200, { 'content-type': 'text/xml' })
      .end(
        `<soap-env:Envelope ${ns(session.ns)}><soap-env:Header><cwmp:ID soap-env:mustUnderstand="1">rpc-${Date.now()}</cwmp:ID></soap-env:Header><soap-env:Body>${item.xml}</soap-env:Body></soap-env:Envelope>`,
      );
  }

  // ---- helpers that build RPCs ----
  static gpv(...names: string[]): string {
    return `<cwmp:GetParameterValues><ParameterNames soap-enc:arrayType="xsd:string[${names.length}]">${names.map((n) => `<string>${n}</string>`).join('')}</ParameterNames></cwmp:GetParameterValues>`;
  }
  static spv(values: [string, string, string?][], key = 'k'): string {
    const items = values
      .map(
        ([n, v, t]) =>
          `<ParameterValueStruct><Name>${n}</Name><Value xsi:type="${t ?? 'xsd:string'}">${v}</Value></ParameterValueStruct>`,
      )
      .join('');
    return `<cwmp:SetParameterValues><ParameterList soap-enc:arrayType="cwmp:ParameterValueStruct[${values.length}]">${items}</ParameterList><ParameterKey>${key}</ParameterKey></cwmp:SetParameterValues>`;
  }
  static values(r: RpcResult): Record<string, string> {
    return Object.fromEntries(
      list(r.body.ParameterList, 'ParameterValueStruct').map((p) => [text(p.Name), text(p.Value)]),
    );
  }
}
