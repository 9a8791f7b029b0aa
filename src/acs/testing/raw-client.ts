import { Agent, request, type IncomingMessage } from 'node:http';
import * as soap from '../soap.js';
import type { CwmpNs } from '../soap.js';

// A raw HTTP client for conformance tests: hand-written envelopes, one keep-alive socket, cookies.

export interface RawResponse {
  status: number;
  body: string;
  headers: IncomingMessage['headers'];
}

export class RawClient {
  cookie: string | null = null;
  agent: Agent;
  /** `localAddress`: the source address to connect from (e.g. 127.0.0.2, for per-address limits). */
  constructor(
    readonly url: string,
    localAddress?: string,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: 1, ...(localAddress ? { localAddress } : {}) });
  }

  post(body: string | Buffer, headers: Record<string, string> = {}): Promise<RawResponse> {
    return new Promise((resolve, reject) => {
      const h: Record<string, string | number> = {
        'content-type': 'text/xml',
        'content-length': Buffer.byteLength(body),
        ...headers,
      };
      if (this.cookie) h.cookie = this.cookie;
      const req = request(this.url, { method: 'POST', agent: this.agent, headers: h }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const sc = res.headers['set-cookie'];
          if (sc && sc[0]) this.cookie = sc[0].split(';')[0]!;
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            headers: res.headers,
          });
        });
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

export function informEnvelope(
  ns: CwmpNs,
  opts: {
    serial?: string;
    events?: string[];
    params?: [string, string, string][];
    id?: string;
    oui?: string;
    productClass?: string;
  } = {},
): string {
  const events = (opts.events ?? ['2 PERIODIC'])
    .map((e) => {
      const [code, key] = e.split('|');
      return `<EventStruct><EventCode>${code}</EventCode><CommandKey>${key ?? ''}</CommandKey></EventStruct>`;
    })
    .join('');
  const params = (opts.params ?? [['Device.DeviceInfo.SoftwareVersion', '2.3.1', 'xsd:string']])
    .map(
      ([n, v, t]) =>
        `<ParameterValueStruct><Name>${n}</Name><Value xsi:type="${t}">${soap.xmlEscape(v)}</Value></ParameterValueStruct>`,
    )
    .join('');
  return soap.envelope(
    ns,
    opts.id ?? 'inf-1',
    `<cwmp:Inform><DeviceId><Manufacturer>ACME</Manufacturer><OUI>${opts.oui ?? '00D0F1'}</OUI><ProductClass>${opts.productClass ?? 'HGW3000'}</ProductClass>` +
      `<SerialNumber>${opts.serial ?? 'RAW1'}</SerialNumber></DeviceId><Event>${events}</Event><MaxEnvelopes>1</MaxEnvelopes>` +
      `<CurrentTime>2026-01-01T00:00:00Z</CurrentTime><RetryCount>0</RetryCount><ParameterList>${params}</ParameterList></cwmp:Inform>`,
  );
}

/** The cwmp:ID of an ACS request, for echoing it in the answer. */
export function idOf(xml: string): string {
  return /<cwmp:ID[^>]*>([^<]*)<\/cwmp:ID>/.exec(xml)?.[1] ?? '';
}

export function methodOf(xml: string): string {
  return /<soap-env:Body><cwmp:(\w+)/.exec(xml)?.[1] ?? '';
}

export function cpeFault(
  ns: CwmpNs,
  id: string,
  code: number,
  message = 'fault',
  spv: [string, number][] = [],
): string {
  const entries = spv
    .map(
      ([n, c]) =>
        `<SetParameterValuesFault><ParameterName>${n}</ParameterName><FaultCode>${c}</FaultCode><FaultString>bad</FaultString></SetParameterValuesFault>`,
    )
    .join('');
  return soap.envelope(
    ns,
    id,
    `<soap-env:Fault><faultcode>Client</faultcode><faultstring>CWMP fault</faultstring><detail><cwmp:Fault><FaultCode>${code}</FaultCode><FaultString>${message}</FaultString>${entries}</cwmp:Fault></detail></soap-env:Fault>`,
  );
}
