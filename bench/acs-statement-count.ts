// Counts the SQL statements the database drivers run for one plain CWMP session — Inform (2 PERIODIC),
// the empty POST, one queued GetParameterValues and its answer, 204 — on an ACS composed as
// `frontline acs` composes it (the bench:acs set-up: a registered router, the fleet's shared login
// over Basic, the live bus on PostgreSQL). Used by bench/acs-statements.ts (printed, grouped by
// text) and by the statements-per-session budget test (test/acs-statements-budget.test.ts).
import { Agent, request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import { splitDevice } from '../src/acs/device-columns.js';
import { newTaskId } from '../src/acs/ids.js';
import { statementRecorder } from '../src/acs/testing/statements.js';
import { acsDeviceRow } from '../src/acs/testing/device-row.js';
import { createAcsNode } from '../src/server/acs-node.js';
import { loadConfig } from '../src/server/config.js';
import type { AcsTables } from '../src/storage/tables/acs.js';

export const ACS_LOGIN = { username: 'frontline-cpe', password: 'frontline-cpe' };

const recorder = statementRecorder();
let installed = false;

const env = (body: string, id: string) =>
  '<?xml version="1.0"?><soap-env:Envelope xmlns:soap-env="http://schemas.xmlsoap.org/soap/envelope/" ' +
  'xmlns:soap-enc="http://schemas.xmlsoap.org/soap/encoding/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" ' +
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:cwmp="urn:dslforum-org:cwmp-1-2">' +
  `<soap-env:Header><cwmp:ID soap-env:mustUnderstand="1">${id}</cwmp:ID></soap-env:Header><soap-env:Body>${body}</soap-env:Body></soap-env:Envelope>`;
const pv = (n: string, v: string, t: string) =>
  `<ParameterValueStruct><Name>${n}</Name><Value xsi:type="${t}">${v}</Value></ParameterValueStruct>`;

function informXml(serial: string): string {
  return env(
    '<cwmp:Inform><DeviceId><Manufacturer>Frontline Networks</Manufacturer><OUI>00D0F1</OUI><ProductClass>HGW3000</ProductClass>' +
      `<SerialNumber>${serial}</SerialNumber></DeviceId><Event soap-enc:arrayType="cwmp:EventStruct[1]"><EventStruct>` +
      '<EventCode>2 PERIODIC</EventCode><CommandKey></CommandKey></EventStruct></Event><MaxEnvelopes>1</MaxEnvelopes>' +
      '<CurrentTime>2026-01-01T00:00:00Z</CurrentTime><RetryCount>0</RetryCount><ParameterList soap-enc:arrayType="cwmp:ParameterValueStruct[3]">' +
      pv('Device.DeviceInfo.SoftwareVersion', '2.3.1', 'xsd:string') +
      pv('Device.ManagementServer.ConnectionRequestURL', `http://127.0.0.1:1/cr/${serial}`, 'xsd:string') +
      pv('Device.IP.Interface.1.IPv4Address.1.IPAddress', '10.0.0.1', 'xsd:string') +
      '</ParameterList></cwmp:Inform>',
    'i1',
  );
}

function post(
  url: string,
  agent: Agent,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string; cookie?: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'text/xml', 'content-length': Buffer.byteLength(body), ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            cookie: res.headers['set-cookie']?.[0]?.split(';')[0],
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** One bench:acs session; returns the RPCs the ACS sent. */
async function session(url: string, serial: string): Promise<string[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const basic = `Basic ${Buffer.from(`${ACS_LOGIN.username}:${ACS_LOGIN.password}`).toString('base64')}`;
  try {
    let r = await post(url, agent, informXml(serial), { authorization: basic });
    if (r.status !== 200) throw new Error(`inform: HTTP ${r.status} ${r.body}`);
    const cookie = r.cookie!;
    r = await post(url, agent, '', { cookie });
    const rpcs: string[] = [];
    while (r.status === 200) {
      rpcs.push(/<cwmp:(\w+)[\s>]/.exec(r.body.slice(r.body.indexOf('Body>')))?.[1] ?? '?');
      const id = /<cwmp:ID[^>]*>([^<]*)</.exec(r.body)![1]!;
      const names = [...r.body.matchAll(/<string>([^<]*)<\/string>/g)].map((m) => m[1]!);
      const answer = `<cwmp:GetParameterValuesResponse><ParameterList soap-enc:arrayType="cwmp:ParameterValueStruct[${names.length}]">${names.map((n) => pv(n, '12345', 'xsd:unsignedInt')).join('')}</ParameterList></cwmp:GetParameterValuesResponse>`;
      r = await post(url, agent, env(answer, id), { cookie });
    }
    if (r.status !== 204) throw new Error(`session end: HTTP ${r.status}`);
    return rpcs;
  } finally {
    agent.destroy();
  }
}

export interface AcsSessionCount {
  /** Every statement of the session, in order (the job engine's own tables left out). */
  statements: string[];
  /** The RPCs the ACS sent in it. */
  rpcs: string[];
}

/** The statements of `sessions` plain sessions in a row of one registered router (one queued read each). */
export async function countAcsSessionStatements(
  databaseUrl: string,
  opts: { sessions?: number } = {},
): Promise<AcsSessionCount[]> {
  if (!installed) {
    recorder.install();
    installed = true;
  }
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    ACS_PORT: '0',
    HOST: '127.0.0.1',
    ACS_USERNAME: ACS_LOGIN.username,
    ACS_PASSWORD: ACS_LOGIN.password,
    LOG_LEVEL: 'warn',
  });
  const node = await createAcsNode(config, { logger: false, campaignMs: 3_600_000 });
  const out: AcsSessionCount[] = [];
  try {
    const { acsUrl } = await node.start();
    const db = node.db.db as unknown as Kysely<AcsTables>;
    const now = new Date().toISOString();
    const serial = 'BUDGET000001';
    const row = acsDeviceRow(serial, now);
    const { device, state } = splitDevice(row);
    await db.insertInto('devices').values(device).execute();
    await db
      .insertInto('acs_device_state')
      .values({ ...state, device_id: row.id })
      .execute();
    for (let i = 0; i < (opts.sessions ?? 2); i++) {
      const at = new Date().toISOString();
      await db
        .insertInto('acs_tasks')
        .values({
          id: newTaskId(),
          device_id: row.id,
          name: 'getParameterValues',
          args: JSON.stringify({ names: ['Device.DeviceInfo.UpTime'] }),
          status: 'pending',
          stage: 'rpc',
          attempts: 0,
          max_attempts: 1,
          next_attempt_at: at,
          expires_at: null,
          result: null,
          fault: null,
          created_at: at,
          updated_at: at,
        })
        .execute();
      recorder.start();
      const rpcs = await session(`${acsUrl}/`, serial);
      // What the session sets off after its last answer (a task change told to other instances).
      await sleep(100);
      const statements = recorder.stop().filter((s) => !/_jobs\.|pgboss\./.test(s));
      out.push({ statements, rpcs });
    }
  } finally {
    recorder.stop();
    await node.stop();
  }
  return out;
}
