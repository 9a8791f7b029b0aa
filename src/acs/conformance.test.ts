import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as soap from './soap.js';
import type { CwmpNs } from './soap.js';
import { startTestAcs, type TestAcs } from './testing/harness.js';
import { cpeFault, idOf, informEnvelope, methodOf, RawClient } from './testing/raw-client.js';

// Drives the ACS with hand-written SOAP envelopes: every RPC, every CWMP namespace, every error path.

const NAMESPACES: CwmpNs[] = ['1-0', '1-1', '1-2', '1-3', '1-4'];
const DEVICE = '00D0F1-HGW3000-RAW1';

type Answer = (method: string, xml: string) => string;

const gpvAnswer = (ns: CwmpNs, id: string, values: [string, string, string][]) =>
  soap.envelope(
    ns,
    id,
    `<cwmp:GetParameterValuesResponse><ParameterList>${values
      .map(
        ([n, v, t]) =>
          `<ParameterValueStruct><Name>${n}</Name><Value xsi:type="${t}">${v}</Value></ParameterValueStruct>`,
      )
      .join('')}</ParameterList></cwmp:GetParameterValuesResponse>`,
  );

/** One full session; `answer` handles every ACS RPC. Returns the RPC methods seen. */
async function session(
  c: RawClient,
  ns: CwmpNs,
  answer: Answer,
  informOpts: Parameters<typeof informEnvelope>[1] = {},
): Promise<string[]> {
  c.cookie = null;
  const inf = await c.post(informEnvelope(ns, informOpts));
  expect(inf.status).toBe(200);
  const seen: string[] = [];
  let r = await c.post('');
  while (r.status === 200) {
    const m = methodOf(r.body);
    seen.push(m);
    r = await c.post(answer(m, r.body));
  }
  expect(r.status).toBe(204);
  return seen;
}

/** Accepts the connection-request credentials the ACS sets at first contact, and nothing else. */
const registration =
  (ns: CwmpNs): Answer =>
  (m, xml) => {
    expect(m).toBe('SetParameterValues');
    expect(xml).toContain('<Name>Device.ManagementServer.ConnectionRequestUsername</Name>');
    expect(xml).toContain('<Name>Device.ManagementServer.ConnectionRequestPassword</Name>');
    return soap.envelope(
      ns,
      idOf(xml),
      '<cwmp:SetParameterValuesResponse><Status>0</Status></cwmp:SetParameterValuesResponse>',
    );
  };

describe('CWMP conformance', () => {
  let t: TestAcs;
  let c: RawClient;
  let clock: number;

  beforeEach(async () => {
    clock = Date.parse('2026-03-01T10:00:00Z');
    t = await startTestAcs(
      { maxBodyBytes: 64 * 1024, tasks: { retryDelayMs: 60_000 } },
      { now: () => new Date(clock) },
    );
    c = new RawClient(t.url);
  });
  afterEach(async () => {
    c.close();
    await t.close();
  });

  for (const ns of NAMESPACES) {
    describe(`namespace urn:dslforum-org:cwmp-${ns}`, () => {
      it('answers Inform in the CPE namespace, echoes the ID, sets a cookie and ends with 204', async () => {
        const r = await c.post(informEnvelope(ns, { id: 'abc-42', events: ['0 BOOTSTRAP', '1 BOOT'] }));
        expect(r.status).toBe(200);
        expect(r.body).toContain(`xmlns:cwmp="urn:dslforum-org:cwmp-${ns}"`);
        expect(r.body).toContain('<cwmp:ID soap-env:mustUnderstand="1">abc-42</cwmp:ID>');
        expect(r.body).toContain('<cwmp:InformResponse><MaxEnvelopes>1</MaxEnvelopes>');
        expect(r.headers['set-cookie']?.[0]).toMatch(/^session=[0-9a-f]+; Path=\/; HttpOnly/);
        let next = await c.post('');
        expect(methodOf(next.body)).toBe('SetParameterValues');
        expect(next.body).toContain(`urn:dslforum-org:cwmp-${ns}`);
        next = await c.post(registration(ns)('SetParameterValues', next.body));
        expect(next.status).toBe(204);
        const dev = await t.acs.store.getDevice(DEVICE);
        expect(dev).toMatchObject({ cwmp_ns: ns, firmware: '2.3.1', root: 'Device.' });
      });

      it('runs every ACS RPC and records the answers', async () => {
        await session(c, ns, registration(ns));
        const q = t.acs.queue;
        const gpv = await q.enqueue(DEVICE, 'getParameterValues', {
          names: ['Device.DeviceInfo.UpTime', 'Device.WiFi.'],
        });
        const spv = await q.enqueue(DEVICE, 'setParameterValues', {
          values: [
            { name: 'Device.WiFi.SSID.1.SSID', value: 'a<b', type: 'xsd:string' },
            {
              name: 'Device.WiFi.AccessPoint.1.Security.KeyPassphrase',
              value: 'secret-key',
              type: 'xsd:string',
            },
          ],
        });
        const gpn = await q.enqueue(DEVICE, 'getParameterNames', { path: 'Device.WiFi.', nextLevel: true });
        const add = await q.enqueue(DEVICE, 'addObject', { objectName: 'Device.NAT.PortMapping.' });
        const del = await q.enqueue(DEVICE, 'deleteObject', { objectName: 'Device.NAT.PortMapping.2' });
        const refresh = await q.enqueue(DEVICE, 'refreshObject', { objectName: 'Device.Hosts.' });
        const seen = await session(c, ns, (m, xml) => {
          const id = idOf(xml);
          switch (m) {
            case 'GetParameterValues':
              if (xml.includes('<string>Device.Hosts.</string>'))
                return gpvAnswer(ns, id, [['Device.Hosts.Host.1.HostName', 'laptop', 'xsd:string']]);
              expect(xml).toContain('<string>Device.DeviceInfo.UpTime</string><string>Device.WiFi.</string>');
              return gpvAnswer(ns, id, [
                ['Device.DeviceInfo.UpTime', '77', 'xsd:unsignedInt'],
                ['Device.WiFi.SSID.1.SSID', 'home', 'xsd:string'],
              ]);
            case 'SetParameterValues':
              expect(xml).toContain(
                '<Name>Device.WiFi.SSID.1.SSID</Name><Value xsi:type="xsd:string">a&lt;b</Value>',
              );
              expect(xml).toContain(`<ParameterKey>${spv.id}</ParameterKey>`);
              return soap.envelope(
                ns,
                id,
                '<cwmp:SetParameterValuesResponse><Status>1</Status></cwmp:SetParameterValuesResponse>',
              );
            case 'GetParameterNames':
              expect(xml).toContain('<ParameterPath>Device.WiFi.</ParameterPath><NextLevel>1</NextLevel>');
              return soap.envelope(
                ns,
                id,
                '<cwmp:GetParameterNamesResponse><ParameterList><ParameterInfoStruct><Name>Device.WiFi.SSID.</Name><Writable>0</Writable></ParameterInfoStruct></ParameterList></cwmp:GetParameterNamesResponse>',
              );
            case 'AddObject':
              expect(xml).toContain('<ObjectName>Device.NAT.PortMapping.</ObjectName>');
              return soap.envelope(
                ns,
                id,
                '<cwmp:AddObjectResponse><InstanceNumber>3</InstanceNumber><Status>0</Status></cwmp:AddObjectResponse>',
              );
            case 'DeleteObject':
              expect(xml).toContain('<ObjectName>Device.NAT.PortMapping.2.</ObjectName>');
              return soap.envelope(
                ns,
                id,
                '<cwmp:DeleteObjectResponse><Status>0</Status></cwmp:DeleteObjectResponse>',
              );
            default:
              throw new Error(`unexpected ${m}`);
          }
        });
        expect(seen).toEqual([
          'GetParameterValues',
          'SetParameterValues',
          'GetParameterNames',
          'AddObject',
          'DeleteObject',
          'GetParameterValues',
        ]);
        const row = async (id: string) => (await t.acs.store.getTask(id))!;
        expect(JSON.parse((await row(gpv.id)).result!).values).toHaveLength(2);
        expect(JSON.parse((await row(spv.id)).result!)).toEqual({ status: 1 });
        expect((await row(spv.id)).args).not.toContain('secret-key');
        expect(JSON.parse((await row(gpn.id)).result!).names).toEqual([
          { name: 'Device.WiFi.SSID.', writable: false },
        ]);
        expect(JSON.parse((await row(add.id)).result!)).toEqual({ instance: 3, status: 0 });
        expect((await row(del.id)).status).toBe('done');
        expect((await row(refresh.id)).status).toBe('done');
        const cached = await t.acs.store.getParams(DEVICE, [
          'Device.DeviceInfo.UpTime',
          'Device.WiFi.SSID.1.SSID',
          'Device.WiFi.AccessPoint.1.Security.KeyPassphrase',
        ]);
        expect(Object.fromEntries(cached.map((p) => [p.path, p.value]))).toEqual({
          'Device.DeviceInfo.UpTime': '77',
          'Device.WiFi.SSID.1.SSID': 'a<b',
        });
      });

      it('runs Reboot, FactoryReset and Download, completing them on the later Inform / TransferComplete', async () => {
        await session(c, ns, registration(ns));
        const q = t.acs.queue;
        const reboot = await q.enqueue(DEVICE, 'reboot', {});
        const seen = await session(c, ns, (m, xml) => {
          expect(xml).toContain(`<CommandKey>${reboot.id}</CommandKey>`);
          return soap.envelope(ns, idOf(xml), '<cwmp:RebootResponse></cwmp:RebootResponse>');
        });
        expect(seen).toEqual(['Reboot']);
        expect((await t.acs.store.getTask(reboot.id))!.status).toBe('waiting');
        await session(c, ns, () => '', { events: ['1 BOOT', `M Reboot|${reboot.id}`] });
        expect((await t.acs.store.getTask(reboot.id))!.status).toBe('done');

        const reset = await q.enqueue(DEVICE, 'factoryReset', {});
        await session(c, ns, (m, xml) => {
          expect(m).toBe('FactoryReset');
          return soap.envelope(ns, idOf(xml), '<cwmp:FactoryResetResponse></cwmp:FactoryResetResponse>');
        });
        expect((await t.acs.store.getTask(reset.id))!.status).toBe('waiting');
        await session(c, ns, registration(ns), { events: ['0 BOOTSTRAP', '1 BOOT'] });
        expect((await t.acs.store.getTask(reset.id))!.status).toBe('done');

        const dl = await q.enqueue(DEVICE, 'download', {
          fileType: '1 Firmware Upgrade Image',
          url: t.acs.fileUrl('FL-HGW-3000', '2.3.1'),
          fileSize: 100,
        });
        await session(c, ns, (m, xml) => {
          expect(m).toBe('Download');
          expect(xml).toContain('<FileType>1 Firmware Upgrade Image</FileType>');
          expect(xml).toContain('/fs/FL-HGW-3000-2.3.1.bin</URL>');
          return soap.envelope(
            ns,
            idOf(xml),
            '<cwmp:DownloadResponse><Status>1</Status><StartTime></StartTime><CompleteTime></CompleteTime></cwmp:DownloadResponse>',
          );
        });
        expect((await t.acs.store.getTask(dl.id))!.status).toBe('waiting');
        c.cookie = null;
        expect(
          (
            await c.post(
              informEnvelope(ns, { events: ['1 BOOT', '7 TRANSFER COMPLETE', `M Download|${dl.id}`] }),
            )
          ).status,
        ).toBe(200);
        const tc = await c.post(
          soap.envelope(
            ns,
            'tc-9',
            `<cwmp:TransferComplete><CommandKey>${dl.id}</CommandKey><FaultStruct><FaultCode>0</FaultCode><FaultString></FaultString></FaultStruct><StartTime>2026-01-01T00:00:00Z</StartTime><CompleteTime>2026-01-01T00:00:05Z</CompleteTime></cwmp:TransferComplete>`,
          ),
        );
        expect(tc.status).toBe(200);
        expect(tc.body).toContain('<cwmp:TransferCompleteResponse>');
        expect(tc.body).toContain('>tc-9</cwmp:ID>');
        expect((await c.post('')).status).toBe(204);
        expect((await t.acs.store.getTask(dl.id))!.status).toBe('done');
      });
    });
  }

  it('answers GetRPCMethods and AutonomousTransferComplete from the CPE', async () => {
    await session(c, '1-2', registration('1-2'));
    c.cookie = null;
    expect((await c.post(informEnvelope('1-2'))).status).toBe(200);
    const r = await c.post(soap.envelope('1-2', 'g1', '<cwmp:GetRPCMethods></cwmp:GetRPCMethods>'));
    expect(r.status).toBe(200);
    expect(r.body).toContain('<string>Inform</string>');
    expect(r.body).toContain('<string>TransferComplete</string>');
    const a = await c.post(
      soap.envelope(
        '1-2',
        'a1',
        '<cwmp:AutonomousTransferComplete><AnnounceURL></AnnounceURL><TransferURL>x</TransferURL><IsDownload>1</IsDownload><FileType>1 Firmware Upgrade Image</FileType><FileSize>1</FileSize><TargetFileName></TargetFileName><FaultStruct><FaultCode>0</FaultCode><FaultString></FaultString></FaultStruct><StartTime></StartTime><CompleteTime></CompleteTime></cwmp:AutonomousTransferComplete>',
      ),
    );
    expect(a.body).toContain('<cwmp:AutonomousTransferCompleteResponse>');
    expect((await c.post('')).status).toBe(204);
  });

  it('turns every CPE fault 9000–9019 into a typed task fault', async () => {
    await session(c, '1-2', registration('1-2'));
    for (let code = 9000; code <= 9019; code++) {
      const task = await t.acs.queue.enqueue(DEVICE, 'getParameterValues', { names: ['Device.X'] });
      await session(c, '1-2', (_m, xml) => cpeFault('1-2', idOf(xml), code, `fault ${code}`));
      const row = (await t.acs.store.getTask(task.id))!;
      expect(row.status).toBe('fault');
      expect(JSON.parse(row.fault!)).toEqual({ code, message: `fault ${code}` });
    }
  });

  it('parses SetParameterValuesFault entries', async () => {
    await session(c, '1-2', registration('1-2'));
    const task = await t.acs.queue.enqueue(DEVICE, 'setParameterValues', {
      values: [
        { name: 'Device.A', value: '1', type: 'xsd:int' },
        { name: 'Device.B', value: 'x', type: 'xsd:int' },
      ],
    });
    await session(c, '1-2', (_m, xml) =>
      cpeFault('1-2', idOf(xml), 9003, 'Invalid arguments', [
        ['Device.A', 9008],
        ['Device.B', 9006],
      ]),
    );
    expect(JSON.parse((await t.acs.store.getTask(task.id))!.fault!)).toEqual({
      code: 9003,
      message: 'Invalid arguments',
      parameterFaults: [
        { parameterName: 'Device.A', faultCode: 9008, faultString: 'bad' },
        { parameterName: 'Device.B', faultCode: 9006, faultString: 'bad' },
      ],
    });
  });

  it('retries a faulted task with exponential back-off', async () => {
    await session(c, '1-2', registration('1-2'));
    const task = await t.acs.queue.enqueue(DEVICE, 'reboot', {}, { maxAttempts: 3 });
    const fault = (_m: string, xml: string) => cpeFault('1-2', idOf(xml), 9002, 'busy');
    await session(c, '1-2', fault);
    let row = (await t.acs.store.getTask(task.id))!;
    expect(row).toMatchObject({
      status: 'pending',
      attempts: 1,
      next_attempt_at: new Date(clock + 60_000).toISOString(),
    });
    expect(await session(c, '1-2', fault)).toEqual([]); // not due yet
    clock += 60_000;
    await session(c, '1-2', fault);
    row = (await t.acs.store.getTask(task.id))!;
    expect(row).toMatchObject({
      status: 'pending',
      attempts: 2,
      next_attempt_at: new Date(clock + 120_000).toISOString(),
    });
    clock += 120_000;
    await session(c, '1-2', fault);
    row = (await t.acs.store.getTask(task.id))!;
    expect(row).toMatchObject({ status: 'fault', attempts: 3 });
  });

  it('expires a task whose deadline passed before the device came', async () => {
    await session(c, '1-2', registration('1-2'));
    const task = await t.acs.queue.enqueue(DEVICE, 'reboot', {}, { timeoutMs: 1000 });
    clock += 5000;
    expect(await session(c, '1-2', () => '')).toEqual([]);
    expect((await t.acs.store.getTask(task.id))!.status).toBe('expired');
  });

  describe('bad input', () => {
    it('rejects malformed and truncated XML with 400 and keeps the session', async () => {
      await session(c, '1-2', registration('1-2'));
      const task = await t.acs.queue.enqueue(DEVICE, 'getParameterValues', {
        names: ['Device.DeviceInfo.UpTime'],
      });
      c.cookie = null;
      expect((await c.post(informEnvelope('1-2'))).status).toBe(200);
      let r = await c.post('<soap-env:Envelope><unclosed>');
      expect(r.status).toBe(400);
      expect(r.body).toContain('<FaultCode>8003</FaultCode>');
      r = await c.post(informEnvelope('1-2').slice(0, 300));
      expect(r.status).toBe(400);
      r = await c.post('');
      expect(methodOf(r.body)).toBe('GetParameterValues');
      r = await c.post('<not xml');
      expect(r.status).toBe(400);
      r = await c.post(
        gpvAnswer('1-2', idOf(r.body), [['Device.DeviceInfo.UpTime', '5', 'xsd:unsignedInt']]),
      );
      expect(r.status).toBe(204);
      expect((await t.acs.store.getTask(task.id))!.status).toBe('done');
    });

    it('rejects a SOAP 1.2 envelope, a missing cwmp namespace and DTDs', async () => {
      const soap12 = informEnvelope('1-2').replace(
        soap.SOAP_ENV_NS,
        'http://www.w3.org/2003/05/soap-envelope',
      );
      let r = await c.post(soap12);
      expect(r.status).toBe(400);
      expect(r.body).toContain('VersionMismatch');
      r = await c.post(informEnvelope('1-2').replace('urn:dslforum-org:cwmp-1-2', 'urn:example:other'));
      expect(r.status).toBe(400);
      r = await c.post('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>');
      expect(r.status).toBe(400);
      expect(await t.acs.store.getDevice(DEVICE)).toBeUndefined();
    });

    it('answers an unknown CPE method with fault 8000 and continues the session', async () => {
      expect((await c.post(informEnvelope('1-2'))).status).toBe(200);
      const r = await c.post(soap.envelope('1-2', 'x1', '<cwmp:Kick><Command>x</Command></cwmp:Kick>'));
      expect(r.status).toBe(500);
      expect(r.body).toContain('<FaultCode>8000</FaultCode>');
      const next = await c.post('');
      expect(methodOf(next.body)).toBe('SetParameterValues');
    });

    it('refuses bodies over the limit with 413', async () => {
      const huge = informEnvelope('1-2', { params: [['Device.X', 'y'.repeat(70 * 1024), 'xsd:string']] });
      const r = await new RawClient(t.url).post(huge);
      expect(r.status).toBe(413);
      expect((await c.post(informEnvelope('1-2'))).status).toBe(200); // still serving
    });

    it('needs Inform first, and POST only', async () => {
      expect((await c.post('')).status).toBe(400);
      expect((await c.post(gpvAnswer('1-2', 'x', []))).status).toBe(400);
      const get = await fetch(t.url);
      expect(get.status).toBe(405);
    });

    it('refuses a second concurrent session for the same device with 503', async () => {
      expect((await c.post(informEnvelope('1-2'))).status).toBe(200);
      const other = new RawClient(t.url);
      const r = await other.post(informEnvelope('1-2'));
      expect(r.status).toBe(503);
      expect(r.headers['retry-after']).toBeDefined();
      other.close();
      await c.post('');
    });

    it('keeps the task queued when the CPE drops the connection mid-session, and runs it in the next session', async () => {
      await session(c, '1-2', registration('1-2'));
      const task = await t.acs.queue.enqueue(
        DEVICE,
        'getParameterValues',
        { names: ['Device.DeviceInfo.UpTime'] },
        { maxAttempts: 2 },
      );
      c.cookie = null;
      expect((await c.post(informEnvelope('1-2'))).status).toBe(200);
      const rpc = await c.post('');
      expect(methodOf(rpc.body)).toBe('GetParameterValues');
      c.agent.destroy(); // the TCP connection is gone
      await new Promise((r) => setTimeout(r, 50));
      c.agent = new (await import('node:http')).Agent({ keepAlive: true, maxSockets: 1 });
      expect((await t.acs.store.getTask(task.id))!.status).toBe('running');
      const seen = await session(c, '1-2', (_m, xml) =>
        gpvAnswer('1-2', idOf(xml), [['Device.DeviceInfo.UpTime', '9', 'xsd:unsignedInt']]),
      );
      expect(seen).toEqual(['GetParameterValues']);
      expect((await t.acs.store.getTask(task.id))!.status).toBe('done');
    });

    it('requeues the RPC in flight when the CPE ends the session without answering', async () => {
      await session(c, '1-2', registration('1-2'));
      const task = await t.acs.queue.enqueue(DEVICE, 'getParameterValues', {
        names: ['Device.DeviceInfo.UpTime'],
      });
      c.cookie = null;
      await c.post(informEnvelope('1-2'));
      await c.post('');
      expect((await c.post('')).status).toBe(204);
      expect((await t.acs.store.getTask(task.id))!.status).toBe('pending');
    });
  });
});

describe('CWMP authentication', () => {
  let t: TestAcs;
  afterEach(async () => t.close());

  it('challenges with Digest, accepts the right credentials and rejects wrong ones', async () => {
    t = await startTestAcs({
      cpeAuth: {
        mode: 'digest',
        username: 'cpe',
        password: 'pw',
        acceptNewDevices: true,
        perDevice: { RAW2: { username: 'dev2', password: 'pw2' } },
      },
    });
    const { authorizationFor } = await import('./digest.js');
    const c = new RawClient(t.url);
    const first = await c.post(informEnvelope('1-2'));
    expect(first.status).toBe(401);
    const challenge = String(first.headers['www-authenticate']);
    expect(challenge).toMatch(/^Digest realm="frontline-acs", qop="auth", nonce="/);
    const bad = authorizationFor(challenge, 'POST', '/', { username: 'cpe', password: 'wrong' }, false)!;
    expect((await c.post(informEnvelope('1-2'), { authorization: bad })).status).toBe(401);
    const good = authorizationFor(challenge, 'POST', '/', { username: 'cpe', password: 'pw' }, false)!;
    expect((await c.post(informEnvelope('1-2'), { authorization: good })).status).toBe(200);
    // per-device credentials win over the global ones
    const d2 = new RawClient(t.url);
    const globalForD2 = authorizationFor(challenge, 'POST', '/', { username: 'cpe', password: 'pw' }, false)!;
    expect(
      (await d2.post(informEnvelope('1-2', { serial: 'RAW2' }), { authorization: globalForD2 })).status,
    ).toBe(401);
    const own = authorizationFor(challenge, 'POST', '/', { username: 'dev2', password: 'pw2' }, false)!;
    expect((await d2.post(informEnvelope('1-2', { serial: 'RAW2' }), { authorization: own })).status).toBe(
      200,
    );
    const basic = `Basic ${Buffer.from('cpe:pw').toString('base64')}`;
    expect(
      (await new RawClient(t.url).post(informEnvelope('1-2', { serial: 'RAW3' }), { authorization: basic }))
        .status,
    ).toBe(401);
    c.close();
    d2.close();
  });

  it('refuses a captured Digest header replayed on a new connection while its nonce is fresh', async () => {
    t = await startTestAcs({
      cpeAuth: { mode: 'digest', username: 'cpe', password: 'pw', acceptNewDevices: true },
    });
    const { authorizationFor } = await import('./digest.js');
    const c = new RawClient(t.url);
    const challenge = String((await c.post(informEnvelope('1-2'))).headers['www-authenticate']);
    const captured = authorizationFor(challenge, 'POST', '/', { username: 'cpe', password: 'pw' }, false)!;
    expect((await c.post(informEnvelope('1-2'), { authorization: captured })).status).toBe(200);
    c.close();
    const attacker = new RawClient(t.url);
    const replay = await attacker.post(informEnvelope('1-2'), { authorization: captured });
    expect(replay.status).toBe(401);
    expect(String(replay.headers['www-authenticate'])).toMatch(/stale=true/);
    // The same credentials with the next nonce count are fine (an honest client on keep-alive).
    const next = authorizationFor(challenge, 'POST', '/', { username: 'cpe', password: 'pw' }, false, 2)!;
    expect((await new RawClient(t.url).post(informEnvelope('1-2'), { authorization: next })).status).toBe(
      200,
    );
    attacker.close();
  });

  it('accepts Basic when configured', async () => {
    t = await startTestAcs({
      cpeAuth: { mode: 'basic', username: 'cpe', password: 'pw', acceptNewDevices: true },
    });
    const c = new RawClient(t.url);
    const first = await c.post(informEnvelope('1-2'));
    expect(first.headers['www-authenticate']).toBe('Basic realm="frontline-acs"');
    expect(
      (
        await c.post(informEnvelope('1-2'), {
          authorization: `Basic ${Buffer.from('cpe:pw').toString('base64')}`,
        })
      ).status,
    ).toBe(200);
    c.close();
  });
});
