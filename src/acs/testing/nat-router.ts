import { createSocket, type Socket } from 'node:dgram';
import { bindingRequest, mappedOf, parseStun } from '../stun/stun.js';
import { verifyUdpCr } from '../stun/udp-connection-request.js';
import { TestCpe, type TestCpeOptions } from './test-cpe.js';

// A test router behind a "NAT" on loopback: its HTTP connection-request URL cannot be reached,
// and UDP reaches it only through a full-cone NAT (one public socket forwarding to the router's
// private one). It learns its public address from the ACS's STUN server, reports it in every
// Inform (UDPConnectionRequestAddress, NATDetected) and opens a session on a valid UDP
// connection request (TR-069 Annex G).

class UdpNat {
  readonly outside: Socket = createSocket('udp4');
  constructor(private readonly insidePort: () => number) {
    this.outside.on('message', (buf) => this.outside.send(buf, this.insidePort(), '127.0.0.1'));
  }
  async start(): Promise<number> {
    await new Promise<void>((r) => this.outside.bind(0, '127.0.0.1', r));
    return this.outside.address().port;
  }
}

export class NatRouter {
  readonly cpe: TestCpe;
  private readonly inside: Socket = createSocket('udp4');
  private readonly nat = new UdpNat(() => this.inside.address().port);
  private stunWaiter: ((b: Buffer) => void) | null = null;
  private last: { ts: number; id: number } | null = null;
  /** UDP connection requests accepted / refused (with the reason). */
  readonly accepted: string[] = [];
  readonly refused: string[] = [];

  constructor(opts: Omit<TestCpeOptions, 'informParams'> & { natDetected?: boolean; crUrl?: string }) {
    const ms = `${opts.root ?? 'Device.'}ManagementServer.`;
    this.cpe = new TestCpe({
      ...opts,
      params: {
        ...opts.params,
        [`${ms}ConnectionRequestURL`]: {
          value: opts.crUrl ?? 'http://10.255.0.2:7547/cr',
          type: 'xsd:string',
        },
        [`${ms}UDPConnectionRequestAddress`]: { value: '', type: 'xsd:string' },
        [`${ms}NATDetected`]: { value: String(opts.natDetected ?? true), type: 'xsd:boolean' },
        [`${ms}STUNEnable`]: { value: 'true', type: 'xsd:boolean', writable: true },
      },
      informParams: [`${ms}UDPConnectionRequestAddress`, `${ms}NATDetected`],
    });
    this.inside.on('message', (buf) => this.onDatagram(buf));
  }

  private ms(name: string) {
    return this.cpe.params.get(`${this.cpe.root}ManagementServer.${name}`)!;
  }

  private onDatagram(buf: Buffer) {
    if (parseStun(buf)) {
      this.stunWaiter?.(buf);
      return;
    }
    const r = verifyUdpCr(
      buf.toString('utf8'),
      {
        username: this.ms('ConnectionRequestUsername').value,
        password: this.ms('ConnectionRequestPassword').value,
      },
      this.last,
    );
    if (!r.ok) {
      this.refused.push(r.reason);
      return;
    }
    this.last = { ts: r.ts, id: r.id };
    this.accepted.push(buf.toString('utf8').split('\r\n')[0]!);
    void this.cpe.inform([{ code: '6 CONNECTION REQUEST', commandKey: '' }]).catch(() => undefined);
  }

  /** Binds, asks the STUN server (through the NAT) for its public address and records it. */
  async start(stunPort: number): Promise<string> {
    await new Promise<void>((r) => this.inside.bind(0, '127.0.0.1', r));
    await this.nat.start();
    const reply = new Promise<Buffer>((resolve) => (this.stunWaiter = resolve));
    const request = bindingRequest(Buffer.from('0123456789ab'), this.cpe.serial);
    this.nat.outside.send(request, stunPort, '127.0.0.1');
    const mapped = mappedOf(parseStun(await reply)!);
    if (!mapped) throw new Error('no mapped address in the STUN answer');
    const address = `${mapped.address}:${mapped.port}`;
    this.ms('UDPConnectionRequestAddress').value = address;
    return address;
  }

  /** The NAT's public port, as the ACS sees it. */
  publicPort(): number {
    return this.nat.outside.address().port;
  }

  async stop(): Promise<void> {
    await this.cpe.stop();
    this.inside.close();
    this.nat.outside.close();
  }
}
