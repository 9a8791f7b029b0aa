import { Agent, createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { authorizationFor, DigestVerifier } from '../digest.js';
import * as soap from '../soap.js';
import type { CwmpNs, EventStruct, ParamStruct } from '../soap.js';

// A minimal CWMP client for tests (not the sim/ fleet): one CPE with a flat parameter map,
// cookies, Digest towards the ACS, a Digest-protected connection-request listener, and the RPCs
// the ACS sends. Reboot, factory reset, downloads and diagnostics complete right after the session.

export interface TestParam {
  value: string;
  type: string;
  writable?: boolean;
}

export interface TestCpeOptions {
  acsUrl: string;
  oui?: string;
  productClass?: string;
  serial: string;
  ns?: CwmpNs;
  root?: 'Device.' | 'InternetGatewayDevice.';
  auth?: { username: string; password: string };
  params?: Record<string, TestParam>;
  /** Fault code the next firmware download ends with (0 = success). */
  downloadFault?: number;
  crCredentials?: { username: string; password: string };
  /** Return '' for passwords on GetParameterValues (as most real CPEs do). */
  hidePasswords?: boolean;
  /** RPC on which the CPE drops its connection and restarts (a crash mid-task), informing BOOT after it. */
  crashOn?: string;
  /** RPCs answered with fault 9000, as routers without them do. */
  unsupported?: string[];
  /** Crash (as on `crashOn`) on a GetParameterValues naming an object or a parameter it lacks, as genieacs-sim does. */
  strictNames?: boolean;
  /** More parameters every Inform carries (e.g. the UDPConnectionRequestAddress of a router behind NAT). */
  informParams?: string[];
  /** How long a diagnostic runs before its 8 DIAGNOSTICS COMPLETE session (default: right after the session). */
  diagnosticMs?: number;
}

interface HttpResult {
  status: number;
  body: string;
  headers: IncomingMessage['headers'];
}

export class TestCpe {
  readonly oui: string;
  readonly productClass: string;
  readonly serial: string;
  readonly ns: CwmpNs;
  readonly root: 'Device.' | 'InternetGatewayDevice.';
  params: Map<string, TestParam>;
  private cookie: string | null = null;
  private agent = new Agent({ keepAlive: true, maxSockets: 1 });
  private authHeader: string | null = null;
  private pendingEvents: EventStruct[] = [];
  private pendingTransfer: { commandKey: string; fault: number } | null = null;
  private afterSession: (() => Promise<void>)[] = [];
  private crServer: Server | null = null;
  private sessionRunning: Promise<void> | null = null;
  /** RPC names received, in order. */
  readonly received: string[] = [];
  /** Times it crashed (`crashOn`, `strictNames`). */
  crashes = 0;
  readonly sessions: { events: string[]; status: number }[] = [];
  online = true;

  constructor(private readonly o: TestCpeOptions) {
    this.oui = o.oui ?? '00D0F1';
    this.productClass = o.productClass ?? 'HGW3000';
    this.serial = o.serial;
    this.ns = o.ns ?? '1-2';
    this.root = o.root ?? 'Device.';
    const r = this.root;
    const defaults: Record<string, TestParam> = {
      [`${r}DeviceInfo.Manufacturer`]: { value: 'Frontline Networks', type: 'xsd:string' },
      [`${r}DeviceInfo.ModelName`]: { value: 'FL-HGW-3000', type: 'xsd:string' },
      [`${r}DeviceInfo.SoftwareVersion`]: { value: '2.2.0', type: 'xsd:string' },
      [`${r}DeviceInfo.SerialNumber`]: { value: o.serial, type: 'xsd:string' },
      [`${r}DeviceInfo.UpTime`]: { value: '1234', type: 'xsd:unsignedInt' },
      [`${r}ManagementServer.ConnectionRequestURL`]: { value: '', type: 'xsd:string' },
      [`${r}ManagementServer.ConnectionRequestUsername`]: {
        value: o.crCredentials?.username ?? 'cr-user',
        type: 'xsd:string',
        writable: true,
      },
      [`${r}ManagementServer.ConnectionRequestPassword`]: {
        value: o.crCredentials?.password ?? 'cr-pass',
        type: 'xsd:string',
        writable: true,
      },
      [`${r}ManagementServer.PeriodicInformInterval`]: {
        value: '300',
        type: 'xsd:unsignedInt',
        writable: true,
      },
    };
    this.params = new Map(Object.entries({ ...defaults, ...(o.params ?? {}) }));
  }

  get deviceId(): string {
    return `${this.oui}-${this.productClass}-${this.serial}`;
  }

  private informParamNames(): string[] {
    const r = this.root;
    const names = [
      `${r}DeviceInfo.SoftwareVersion`,
      `${r}DeviceInfo.ModelName`,
      `${r}ManagementServer.ConnectionRequestURL`,
    ];
    const ppp =
      r === 'Device.'
        ? 'Device.PPP.Interface.1.Username'
        : 'InternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.WANPPPConnection.1.Username';
    if (this.params.has(ppp)) names.push(ppp);
    return [...names, ...(this.o.informParams ?? []).filter((n) => this.params.has(n))];
  }

  /** Starts the connection-request listener (Digest with the ConnectionRequestUsername/Password). */
  async startCrListener(): Promise<string> {
    const verifier = new DigestVerifier('cpe', undefined, 60_000, () => Date.now());
    this.crServer = createServer((req, res) => {
      const user = this.params.get(`${this.root}ManagementServer.ConnectionRequestUsername`)!.value;
      const pass = this.params.get(`${this.root}ManagementServer.ConnectionRequestPassword`)!.value;
      if (!this.online) {
        req.socket.destroy();
        return;
      }
      const r = verifier.verify(
        req.headers.authorization,
        'GET',
        (u) => (u === user ? { username: user, password: pass } : null),
        false,
      );
      if (!r.ok) {
        res.writeHead(401, { 'www-authenticate': verifier.challenge() }).end();
        return;
      }
      res.writeHead(200).end();
      setImmediate(
        () => void this.inform([{ code: '6 CONNECTION REQUEST', commandKey: '' }]).catch(() => undefined),
      );
    });
    await new Promise<void>((resolve) => this.crServer!.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(this.crServer.address() as AddressInfo).port}/cr/${this.serial}`;
    this.params.get(`${this.root}ManagementServer.ConnectionRequestURL`)!.value = url;
    return url;
  }

  /** Resolves when no session (and no follow-up session) is running. */
  async idle(): Promise<void> {
    while (this.sessionRunning) {
      const current = this.sessionRunning;
      await current.catch(() => undefined);
      if (this.sessionRunning === current) return;
    }
  }

  async stop(): Promise<void> {
    this.online = false;
    if (this.sessionRunning) await this.sessionRunning.catch(() => undefined);
    this.agent.destroy();
    if (this.crServer) {
      this.crServer.closeAllConnections();
      await new Promise<void>((resolve) => this.crServer!.close(() => resolve()));
    }
  }

  /** Raw POST within the CPE's session (cookie + keep-alive). */
  post(body: string, extraHeaders: Record<string, string> = {}): Promise<HttpResult> {
    return new Promise((resolve, reject) => {
      const headers: Record<string, string | number> = {
        'content-type': 'text/xml; charset="utf-8"',
        'content-length': Buffer.byteLength(body),
        ...extraHeaders,
      };
      if (this.cookie) headers.cookie = this.cookie;
      if (this.authHeader) headers.authorization = this.authHeader;
      const req = request(this.o.acsUrl, { method: 'POST', agent: this.agent, headers }, (res) => {
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

  informXml(events: EventStruct[], id = 'inform-1'): string {
    const ev = events
      .map(
        (e) =>
          `<EventStruct><EventCode>${soap.xmlEscape(e.code)}</EventCode><CommandKey>${soap.xmlEscape(e.commandKey)}</CommandKey></EventStruct>`,
      )
      .join('');
    const params = this.informParamNames()
      .map((n) => {
        const p = this.params.get(n)!;
        return `<ParameterValueStruct><Name>${n}</Name><Value xsi:type="${p.type}">${soap.xmlEscape(p.value)}</Value></ParameterValueStruct>`;
      })
      .join('');
    return soap.envelope(
      this.ns,
      id,
      `<cwmp:Inform><DeviceId><Manufacturer>Frontline Networks</Manufacturer><OUI>${this.oui}</OUI><ProductClass>${this.productClass}</ProductClass>` +
        `<SerialNumber>${soap.xmlEscape(this.serial)}</SerialNumber></DeviceId><Event soap-enc:arrayType="cwmp:EventStruct[${events.length}]">${ev}</Event>` +
        `<MaxEnvelopes>1</MaxEnvelopes><CurrentTime>2026-01-01T00:00:00Z</CurrentTime><RetryCount>0</RetryCount>` +
        `<ParameterList soap-enc:arrayType="cwmp:ParameterValueStruct[${this.informParamNames().length}]">${params}</ParameterList></cwmp:Inform>`,
    );
  }

  /** Runs one full session (serialised with any session already running). */
  inform(events: EventStruct[] = [{ code: '2 PERIODIC', commandKey: '' }]): Promise<void> {
    const prev = this.sessionRunning ?? Promise.resolve();
    const run = prev.catch(() => undefined).then(() => this.runSession(events));
    this.sessionRunning = run;
    return run;
  }

  private async runSession(events: EventStruct[]): Promise<void> {
    if (!this.online) throw new Error('CPE offline');
    const all = [...this.pendingEvents, ...events];
    this.pendingEvents = [];
    this.cookie = null;
    let res = await this.post(this.informXml(all));
    if (res.status === 401 && this.o.auth) {
      this.authHeader = authorizationFor(
        String(res.headers['www-authenticate']),
        'POST',
        new URL(this.o.acsUrl).pathname,
        this.o.auth,
        true,
      );
      res = await this.post(this.informXml(all));
    }
    this.sessions.push({ events: all.map((e) => e.code), status: res.status });
    if (res.status !== 200) throw new Error(`Inform rejected: HTTP ${res.status}`);
    if (this.pendingTransfer) {
      const t = this.pendingTransfer;
      this.pendingTransfer = null;
      const fault = t.fault
        ? `<FaultStruct><FaultCode>${t.fault}</FaultCode><FaultString>download failed</FaultString></FaultStruct>`
        : '<FaultStruct><FaultCode>0</FaultCode><FaultString></FaultString></FaultStruct>';
      res = await this.post(
        soap.envelope(
          this.ns,
          'tc-1',
          `<cwmp:TransferComplete><CommandKey>${t.commandKey}</CommandKey>${fault}<StartTime>2026-01-01T00:00:00Z</StartTime><CompleteTime>2026-01-01T00:00:01Z</CompleteTime></cwmp:TransferComplete>`,
        ),
      );
      if (res.status !== 200) throw new Error(`TransferComplete rejected: HTTP ${res.status}`);
    }
    res = await this.post('');
    while (res.status === 200) {
      const env = soap.parseEnvelope(res.body);
      if (soap.isParseError(env)) throw new Error(`ACS sent bad XML: ${env.detail}`);
      const answer = await this.answer(res.body);
      res = await this.post(soap.envelope(this.ns, env.id, answer));
    }
    if (res.status !== 204) throw new Error(`session ended with HTTP ${res.status}`);
    const after = this.afterSession;
    this.afterSession = [];
    for (const f of after) await f();
  }

  private fault(code: number, message: string, spv: { name: string; code: number }[] = []): string {
    const entries = spv
      .map(
        (f) =>
          `<SetParameterValuesFault><ParameterName>${f.name}</ParameterName><FaultCode>${f.code}</FaultCode><FaultString>bad</FaultString></SetParameterValuesFault>`,
      )
      .join('');
    return `<soap-env:Fault><faultcode>Client</faultcode><faultstring>CWMP fault</faultstring><detail><cwmp:Fault><FaultCode>${code}</FaultCode><FaultString>${message}</FaultString>${entries}</cwmp:Fault></detail></soap-env:Fault>`;
  }

  private valuesXml(list: ParamStruct[]): string {
    const items = list
      .map(
        (p) =>
          `<ParameterValueStruct><Name>${p.name}</Name><Value xsi:type="${p.type}">${soap.xmlEscape(p.value)}</Value></ParameterValueStruct>`,
      )
      .join('');
    return `<cwmp:GetParameterValuesResponse><ParameterList soap-enc:arrayType="cwmp:ParameterValueStruct[${list.length}]">${items}</ParameterList></cwmp:GetParameterValuesResponse>`;
  }

  /** Answers one ACS RPC (parsed loosely with regexes: the test CPE trusts the ACS's shape). */
  private async answer(xml: string): Promise<string> {
    const method = /<cwmp:(\w+)[\s>]/.exec(xml.slice(xml.indexOf('<soap-env:Body>')))?.[1] ?? '';
    this.received.push(method);
    const strings = [...xml.matchAll(/<string>([^<]*)<\/string>/g)].map((m) => m[1]!);
    const badName =
      this.o.strictNames && method === 'GetParameterValues' && strings.some((n) => !this.params.has(n));
    if (method === this.o.crashOn || badName) {
      this.crashes++;
      this.agent.destroy();
      this.agent = new Agent({ keepAlive: true, maxSockets: 1 });
      setTimeout(() => void this.inform([{ code: '1 BOOT', commandKey: '' }]).catch(() => undefined), 20);
      throw new Error(`CPE crashed on ${method}`);
    }
    if (this.o.unsupported?.includes(method)) return this.fault(9000, `Method not supported: ${method}`);
    const tag = (t: string) => new RegExp(`<${t}>([^<]*)</${t}>`).exec(xml)?.[1] ?? '';
    switch (method) {
      case 'GetParameterValues': {
        const out: ParamStruct[] = [];
        for (const n of strings) {
          const hits = n.endsWith('.')
            ? [...this.params.keys()].filter((k) => k.startsWith(n))
            : this.params.has(n)
              ? [n]
              : [];
          if (hits.length === 0) return this.fault(9005, `Invalid parameter name ${n}`);
          for (const h of hits) {
            const p = this.params.get(h)!;
            out.push({
              name: h,
              value: this.o.hidePasswords && /Password$/.test(h) ? '' : p.value,
              type: p.type,
            });
          }
        }
        return this.valuesXml(out);
      }
      case 'SetParameterValues': {
        const list = [
          ...xml.matchAll(
            /<ParameterValueStruct><Name>([^<]*)<\/Name><Value xsi:type="([^"]*)">([^<]*)<\/Value>/g,
          ),
        ].map((m) => ({
          name: m[1]!,
          type: m[2]!,
          value: m[3]!
            .replace(/&amp;/g, '&')
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&quot;/g, '"')
            .replace(/&apos;/g, "'"),
        }));
        const faults: { name: string; code: number }[] = [];
        for (const v of list) {
          const p = this.params.get(v.name);
          const isDiag = /Diagnostics/.test(v.name);
          if (!p && !isDiag) faults.push({ name: v.name, code: 9005 });
          else if (p && p.writable === false) faults.push({ name: v.name, code: 9008 });
        }
        if (faults.length) return this.fault(9003, 'Invalid arguments', faults);
        for (const v of list) this.params.set(v.name, { value: v.value, type: v.type, writable: true });
        const diag = list.find((v) => v.name.endsWith('DiagnosticsState') && v.value === 'Requested');
        if (diag) {
          const root = diag.name.slice(0, -'DiagnosticsState'.length);
          const ms = this.o.diagnosticMs;
          this.afterSession.push(async () => {
            if (!ms) {
              this.completeDiagnostic(root);
              await this.runSession([{ code: '8 DIAGNOSTICS COMPLETE', commandKey: '' }]);
              return;
            }
            setTimeout(() => {
              this.completeDiagnostic(root);
              void this.inform([{ code: '8 DIAGNOSTICS COMPLETE', commandKey: '' }]).catch(() => undefined);
            }, ms);
          });
        }
        return '<cwmp:SetParameterValuesResponse><Status>0</Status></cwmp:SetParameterValuesResponse>';
      }
      case 'GetParameterNames': {
        const path = tag('ParameterPath');
        const names = [...this.params.keys()].filter((k) => k.startsWith(path));
        const items = names
          .map(
            (n) =>
              `<ParameterInfoStruct><Name>${n}</Name><Writable>${this.params.get(n)!.writable ? 1 : 0}</Writable></ParameterInfoStruct>`,
          )
          .join('');
        return `<cwmp:GetParameterNamesResponse><ParameterList soap-enc:arrayType="cwmp:ParameterInfoStruct[${names.length}]">${items}</ParameterList></cwmp:GetParameterNamesResponse>`;
      }
      case 'AddObject': {
        const obj = tag('ObjectName');
        let i = 1;
        while ([...this.params.keys()].some((k) => k.startsWith(`${obj}${i}.`))) i++;
        this.params.set(`${obj}${i}.Enable`, { value: 'false', type: 'xsd:boolean', writable: true });
        return `<cwmp:AddObjectResponse><InstanceNumber>${i}</InstanceNumber><Status>0</Status></cwmp:AddObjectResponse>`;
      }
      case 'DeleteObject': {
        const obj = tag('ObjectName');
        const keys = [...this.params.keys()].filter((k) => k.startsWith(obj));
        if (keys.length === 0) return this.fault(9005, 'Invalid parameter name');
        for (const k of keys) this.params.delete(k);
        return '<cwmp:DeleteObjectResponse><Status>0</Status></cwmp:DeleteObjectResponse>';
      }
      case 'Reboot': {
        const key = tag('CommandKey');
        this.afterSession.push(() =>
          this.runSession([
            { code: '1 BOOT', commandKey: '' },
            { code: 'M Reboot', commandKey: key },
          ]),
        );
        return '<cwmp:RebootResponse></cwmp:RebootResponse>';
      }
      case 'FactoryReset':
        this.afterSession.push(() =>
          this.runSession([
            { code: '0 BOOTSTRAP', commandKey: '' },
            { code: '1 BOOT', commandKey: '' },
          ]),
        );
        return '<cwmp:FactoryResetResponse></cwmp:FactoryResetResponse>';
      case 'Download': {
        const key = tag('CommandKey');
        const url = tag('URL').replace(/&amp;/g, '&');
        const size = Number(tag('FileSize'));
        this.afterSession.push(async () => {
          const got = await fetch(url)
            .then((r) => (r.ok ? r.arrayBuffer() : null))
            .catch(() => null);
          let fault = this.o.downloadFault ?? 0;
          if (!got) fault = fault || 9016;
          else if (size && got.byteLength !== size) fault = fault || 9018;
          if (!fault) {
            const version = /-([^-]+)\.bin/.exec(url)?.[1];
            if (version) this.params.get(`${this.root}DeviceInfo.SoftwareVersion`)!.value = version;
          }
          this.pendingTransfer = { commandKey: key, fault };
          await this.runSession([
            { code: '1 BOOT', commandKey: '' },
            { code: '7 TRANSFER COMPLETE', commandKey: '' },
            { code: 'M Download', commandKey: key },
          ]);
        });
        return '<cwmp:DownloadResponse><Status>1</Status><StartTime>0001-01-01T00:00:00Z</StartTime><CompleteTime>0001-01-01T00:00:00Z</CompleteTime></cwmp:DownloadResponse>';
      }
      default:
        return this.fault(9000, `Method not supported: ${method}`);
    }
  }

  private completeDiagnostic(root: string): void {
    const set = (n: string, value: string, type = 'xsd:string') => this.params.set(root + n, { value, type });
    set('DiagnosticsState', 'Complete');
    if (root.includes('IPPing')) {
      set('SuccessCount', '3', 'xsd:unsignedInt');
      set('FailureCount', '0', 'xsd:unsignedInt');
      set('AverageResponseTime', '12', 'xsd:unsignedInt');
    } else if (root.includes('NSLookup')) {
      set('SuccessCount', '1', 'xsd:unsignedInt');
      set('Result.1.Status', 'Success');
      set('Result.1.HostNameReturned', this.params.get(`${root}HostName`)?.value ?? '');
      set('Result.1.IPAddresses', '93.184.216.34');
      set('Result.1.DNSServerIP', '192.0.2.53');
    } else if (root.includes('TraceRoute')) {
      set('RouteHops.1.Host', 'gw');
      set('RouteHops.1.HostAddress', '192.168.1.1');
      set('RouteHops.1.RTTimes', '1,2,3');
    } else if (root.includes('Download')) {
      set('BOMTime', '2026-01-01T00:00:00.000Z', 'xsd:dateTime');
      set('EOMTime', '2026-01-01T00:00:01.000Z', 'xsd:dateTime');
      set('TestBytesReceived', '12500000', 'xsd:unsignedInt');
    }
  }
}
