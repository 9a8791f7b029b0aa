// One HTTP listener answers connection requests for the whole fleet: GET /cr/<serial>, HTTP
// Digest with the device's ConnectionRequestUsername/Password. A device that cannot be reached
// (powered off, unplugged, rebooting, no line) does not answer at all.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CpeAgent } from './cpe.js';
import { DigestVerifier } from './cwmp/digest.js';
import { readRaw } from './model/tree.js';
import { mgmtReachable } from './world/health.js';

export class ConnectionRequestServer {
  private server: Server | null = null;
  private readonly digest = new DigestVerifier('Frontline CPE');
  port = 0;
  /** Accepted connection requests (for tests). */
  accepted = 0;

  constructor(
    private readonly lookup: (serial: string) => CpeAgent | undefined,
    private readonly host: string,
  ) {}

  async listen(port = 0): Promise<number> {
    const server = createServer((req, res) => {
      const m = /^\/cr\/([^/?]+)\/?(?:\?.*)?$/.exec(req.url ?? '');
      const agent = m ? this.lookup(decodeURIComponent(m[1])) : undefined;
      if (!agent || (req.method !== 'GET' && req.method !== 'POST')) {
        res.writeHead(404).end();
        return;
      }
      const h = agent.home;
      if (!mgmtReachable(h)) {
        req.socket.destroy();
        return;
      }
      const user = String(readRaw(h, 'Device.ManagementServer.ConnectionRequestUsername'));
      const pass = String(readRaw(h, 'Device.ManagementServer.ConnectionRequestPassword'));
      if (!this.digest.verify(req.headers.authorization, req.method, user, pass)) {
        res.writeHead(401, { 'www-authenticate': this.digest.challenge(), 'content-length': '0' }).end();
        return;
      }
      this.accepted++;
      res.writeHead(200, { 'content-length': '0' }).end();
      agent.connectionRequest();
    });
    server.keepAliveTimeout = 5000;
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, this.host, () => resolve());
    });
    this.port = (server.address() as AddressInfo).port;
    return this.port;
  }

  async close(): Promise<void> {
    const s = this.server;
    if (!s) return;
    this.server = null;
    s.closeAllConnections();
    await new Promise<void>((r) => s.close(() => r()));
  }
}
