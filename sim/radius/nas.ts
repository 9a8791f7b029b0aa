import { randomBytes } from 'node:crypto';
import { createSocket, type Socket } from 'node:dgram';
import radius from 'radius';
import { exchange, parseRadiusUrl, type RadiusAttributes } from '../../src/isp/radius/packets.js';
import * as hl from '../world/health.js';
import type { SimClock } from '../clock.js';
import type { Home, PppAuthority, PppVerdict } from '../world/home.js';
import { RadiusProvisioning } from './provisioning.js';

// The simulated ISP's BRAS/NAS: the routers' PPP logins become RADIUS Access-Requests, their
// sessions Accounting-Requests (Start, Interim-Update, Stop), and it answers RFC 5176
// Disconnect-Requests on its dynamic-authorization port. Before a home dials, its subscriber is
// written into the RADIUS tables (provisioning.ts), so the server's answer decides the login.

export interface SimRadiusOptions {
  /** `radius://host:authPort?acct=acctPort` */
  url: string;
  secret: string;
  /** The RADIUS server's SQL database, where the back office provisions subscribers. */
  databaseUrl: string;
  /** Dynamic-authorization (Disconnect-Request) listener; port 0 = ephemeral. */
  dmHost?: string;
  dmPort?: number;
  /** NAS-IP-Address sent in requests (the address FreeRADIUS records as the session's NAS). */
  nasIp?: string;
  nasIdentifier?: string;
  /** Simulated seconds between Interim-Updates of each session (default 900). */
  interimSeconds?: number;
  timeoutMs?: number;
}

interface Link {
  /** What the back office last wrote for this home. */
  provisioned: string | null;
  /** Bumped when the subscriber is re-provisioned or a session is ended from outside: the router redials. */
  gen: number;
  /** generation and credentials of the last dial. */
  key: string | null;
  verdict: PppVerdict;
  session: { id: string; startedAt: number; user: string } | null;
  chain: Promise<void>;
}

export class RadiusNas implements PppAuthority {
  private readonly links = new Map<Home, Link>();
  private readonly server: { host: string; authPort: number; acctPort: number };
  private readonly provisioning: RadiusProvisioning;
  private dm: Socket | null = null;
  private interim: NodeJS.Timeout | null = null;

  constructor(
    private readonly opts: SimRadiusOptions,
    private readonly clock: SimClock,
    private readonly onChange: (h: Home) => void,
    private readonly log: (msg: string) => void = () => {},
  ) {
    this.server = parseRadiusUrl(opts.url);
    this.provisioning = new RadiusProvisioning(opts.databaseUrl);
  }

  verdict(h: Home, user: string, pass: string): PppVerdict {
    const l = this.links.get(h);
    return l && l.key === keyOf(l.gen, user, pass) ? l.verdict : 'pending';
  }

  sync(h: Home): void {
    const l = this.link(h);
    const record = JSON.stringify([h.aaa.username, h.aaa.password, h.aaa.accountStatus]);
    if (l.provisioned !== record) {
      const fresh = l.provisioned === null;
      l.provisioned = record;
      l.gen++;
      const sub = {
        username: h.aaa.username,
        password: h.aaa.password,
        suspended: h.aaa.accountStatus !== 'active',
      };
      this.enqueue(h, l, () => this.provisioning.provision(sub, fresh));
    }
    const dialing = hl.pppWontDial(h) === null;
    const { user, pass } = hl.pppCredentials(h);
    const key = dialing ? keyOf(l.gen, user, pass) : null;
    if (l.key === key) return;
    l.key = key;
    l.verdict = 'pending';
    if (l.session) this.hangUp(h, l, dialing ? 'User-Request' : 'Lost-Carrier');
    if (key) this.enqueue(h, l, () => this.dial(h, l, key, user, pass));
  }

  async settled(h: Home): Promise<void> {
    const l = this.links.get(h);
    let seen: Promise<void> | null = null;
    while (l && seen !== l.chain) {
      seen = l.chain;
      await seen;
    }
  }

  /** Every home's requests answered. */
  async idle(): Promise<void> {
    await Promise.all([...this.links.keys()].map((h) => this.settled(h)));
  }

  /** Opens the dynamic-authorization listener and starts the interim updates; returns its port. */
  async listen(): Promise<number> {
    const socket = createSocket('udp4');
    socket.on('message', (msg, from) => void this.onDm(socket, msg, from));
    await new Promise<void>((resolve, reject) => {
      socket.once('error', reject);
      socket.bind(this.opts.dmPort ?? 0, this.opts.dmHost ?? '127.0.0.1', () => resolve());
    });
    this.dm = socket;
    const every = Math.max(1000, ((this.opts.interimSeconds ?? 900) * 1000) / this.clock.timeScale);
    this.interim = setInterval(() => this.interimUpdates(), every);
    this.interim.unref();
    return socket.address().port;
  }

  get dmPort(): number {
    return this.dm?.address().port ?? 0;
  }

  /** Stops every session (NAS reboot), closes the listener and the database pool. */
  async close(): Promise<void> {
    if (this.interim) clearInterval(this.interim);
    for (const [h, l] of this.links) if (l.session) this.hangUp(h, l, 'NAS-Reboot');
    await this.idle();
    this.dm?.close();
    this.dm = null;
    await this.provisioning.close();
  }

  private link(h: Home): Link {
    let l = this.links.get(h);
    if (!l) {
      l = {
        provisioned: null,
        gen: 0,
        key: null,
        verdict: 'pending',
        session: null,
        chain: Promise.resolve(),
      };
      this.links.set(h, l);
    }
    return l;
  }

  private enqueue(h: Home, l: Link, job: () => Promise<void>): void {
    l.chain = l.chain.then(job).catch((err: unknown) => {
      // The router sees no answer: it stays 'Connecting' and dials again on its next change.
      this.log(`RADIUS for ${h.aaa.username}: ${(err as Error).message}`);
      l.key = null;
    });
  }

  private nasAttributes(h: Home, user: string): RadiusAttributes {
    return [
      ['User-Name', user],
      ['NAS-IP-Address', this.opts.nasIp ?? '127.0.0.1'],
      ['NAS-Identifier', this.opts.nasIdentifier ?? 'frontline-sim'],
      ['NAS-Port', h.index],
      ['NAS-Port-Type', 'Ethernet'],
      ['Service-Type', 'Framed-User'],
      ['Framed-Protocol', 'PPP'],
      ['Calling-Station-Id', h.mac('wan')],
    ];
  }

  private async dial(h: Home, l: Link, key: string, user: string, pass: string): Promise<void> {
    const reply = await exchange(
      { host: this.server.host, port: this.server.authPort, secret: this.opts.secret },
      'Access-Request',
      [...this.nasAttributes(h, user), ['User-Password', pass]],
      { timeoutMs: this.opts.timeoutMs },
    );
    if (l.key !== key) return; // the router hung up or changed its settings meanwhile
    if (reply.code === 'Access-Accept') {
      const session = { id: randomBytes(8).toString('hex'), startedAt: this.clock.now(), user };
      await this.account(h, session, 'Start');
      l.session = session;
      if (l.key !== key) return this.hangUp(h, l, 'User-Request');
      l.verdict = 'accept';
    } else {
      const message = String(reply.attributes['Reply-Message'] ?? '');
      l.verdict = /disabled|suspend/i.test(message) ? 'reject_disabled' : 'reject_auth';
    }
    this.onChange(h);
  }

  private hangUp(h: Home, l: Link, cause: string): void {
    const s = l.session!;
    l.session = null;
    this.enqueue(h, l, () => this.account(h, s, 'Stop', cause));
  }

  private async account(
    h: Home,
    s: { id: string; startedAt: number; user: string },
    status: 'Start' | 'Interim-Update' | 'Stop',
    cause?: string,
  ): Promise<void> {
    const now = this.clock.now();
    const attrs: RadiusAttributes = [
      ...this.nasAttributes(h, s.user),
      ['Acct-Status-Type', status],
      ['Acct-Session-Id', s.id],
      ['Framed-IP-Address', h.wanIp()],
      ['Event-Timestamp', new Date(now) as unknown as number],
      ['Acct-Delay-Time', 0],
    ];
    if (status !== 'Start') attrs.push(['Acct-Session-Time', Math.round((now - s.startedAt) / 1000)]);
    if (cause) attrs.push(['Acct-Terminate-Cause', cause]);
    await exchange(
      { host: this.server.host, port: this.server.acctPort, secret: this.opts.secret },
      'Accounting-Request',
      attrs,
      { timeoutMs: this.opts.timeoutMs },
    );
  }

  private interimUpdates(): void {
    for (const [h, l] of this.links) {
      const s = l.session;
      if (s) this.enqueue(h, l, () => this.account(h, s, 'Interim-Update'));
    }
  }

  private async onDm(socket: Socket, msg: Buffer, from: { address: string; port: number }): Promise<void> {
    let req: ReturnType<typeof radius.decode>;
    try {
      req = radius.decode({ packet: msg, secret: this.opts.secret });
    } catch (err) {
      // A request that does not carry our secret's authenticator is dropped (RFC 5176 §5.1).
      this.log(`dynamic authorization: dropped a packet from ${from.address}: ${(err as Error).message}`);
      return;
    }
    const answer = (code: string, attributes: RadiusAttributes = []) =>
      socket.send(
        radius.encode_response({ packet: req, code, secret: this.opts.secret, attributes }),
        from.port,
        from.address,
      );
    if (req.code !== 'Disconnect-Request') return answer('CoA-NAK', [['Error-Cause', 'Unsupported-Request']]);
    const sessionId = req.attributes['Acct-Session-Id'] as string | undefined;
    const user = req.attributes['User-Name'] as string | undefined;
    const hit = [...this.links].find(
      ([, l]) => l.session && (sessionId ? l.session.id === sessionId : l.session.user === user),
    );
    if (!hit) return answer('Disconnect-NAK', [['Error-Cause', 'Session-Context-Not-Found']]);
    const [h, l] = hit;
    this.hangUp(h, l, 'Admin-Reset');
    l.gen++;
    answer('Disconnect-ACK');
    // The router notices at once and dials again.
    this.onChange(h);
  }
}

function keyOf(gen: number, user: string, pass: string): string {
  return JSON.stringify([gen, user, pass]);
}
