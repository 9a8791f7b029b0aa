import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { P } from '../../src/domain/index.js';
import { loadConfig } from '../../src/server/config.js';
import { createDesk, type Desk } from '../../src/server/desk.js';
import { testDeskEnv } from '../helpers/desk-env.js';

// Interop with GenieACS's own CPE simulator (genieacs-sim: TR-098, CWMP 1.0, HTTP Basic, one process
// per device), run from ../shared/peers as the issue asks: a desk started with nothing but
// DEMO=false and ACS_ACCEPT_NEW_DEVICES=true registers a small fleet, Get and Set over REST answer
// 200 with the values, the desk's TR-181 paths resolve on its TR-098 model, and a Reboot (which the
// simulator lacks) ends in one recorded fault 9000 instead of a retry loop.

const SIM = fileURLToPath(new URL('../../../shared/peers/genieacs-sim/genieacs-sim', import.meta.url));
const MODEL = join(SIM, '..', 'data_model_202BC1-BM632w-8KA8WA1151100043.csv');
const present = existsSync(SIM);
if (!present)
  console.warn(
    `genieacs-sim interop test skipped: the peer is not at ${SIM} (see ../shared/peers/README.md)`,
  );

const DEVICES = 5;
const IGD = 'InternetGatewayDevice.';

describe.skipIf(!present)('genieacs-sim against an embedded desk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'frontline-genieacs-'));
  let desk: Desk;
  let api: string;
  let sim: ChildProcess;
  let ids: string[] = [];

  const task = async (id: string, body: object, query = 'connectionRequest=true&timeoutMs=15000') => {
    const r = await fetch(`${api}/api/v1/devices/${encodeURIComponent(id)}/tasks?${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // Writes through the REST API need the customer's consent or an admin's stated override.
      body: JSON.stringify({ ...body, override: { reason: 'genieacs-sim interop test' } }),
    });
    return {
      status: r.status,
      body: (await r.json()) as {
        detail?: string;
        fault?: { code: number };
        task: {
          id: string;
          status: string;
          attempts: number;
          result: { values: { name: string; value: string }[] } | null;
        };
      },
    };
  };

  beforeAll(async () => {
    const config = loadConfig({
      ...testDeskEnv(join(dir, 'desk.db')),
      DEMO: 'false',
      ACS_ACCEPT_NEW_DEVICES: 'true',
      API_OPEN: 'true',
      RATE_LIMITS: 'false',
    });
    desk = await createDesk(config, { logger: false });
    const started = await desk.start();
    api = started.url;
    // Its own process group, so that stopping it also stops the simulator's worker processes.
    sim = spawn(
      process.execPath,
      [
        SIM,
        '-u',
        `${started.acsUrl.replace(/\/?$/, '/')}`,
        '-m',
        MODEL,
        '-p',
        String(DEVICES),
        '-w',
        '50',
        '-s',
        '100',
      ],
      {
        cwd: dir,
        detached: true,
        stdio: 'ignore',
      },
    );
    for (let i = 0; i < 300; i++) {
      const list = (await (await fetch(`${api}/api/v1/devices?limit=100`)).json()) as {
        items: { id: string }[];
      };
      ids = list.items.map((d) => d.id);
      if (ids.length >= DEVICES) break;
      await new Promise((r) => setTimeout(r, 100));
    }
  }, 60_000);

  afterAll(async () => {
    if (sim?.pid) {
      try {
        process.kill(-sim.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    await desk?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`registers all ${DEVICES} devices with the Basic credentials they present`, () => {
    expect(ids).toHaveLength(DEVICES);
    expect(ids.every((id) => /^202BC1-BM632w-0001\d\d$/.test(id))).toBe(true);
  });

  it('answers a getParameterValues and a setParameterValues with a connection request with 200 and the values', async () => {
    const id = ids[0]!;
    const get = await task(id, {
      name: 'getParameterValues',
      parameterNames: [`${IGD}DeviceInfo.SoftwareVersion`, `${IGD}LANDevice.1.WLANConfiguration.1.SSID`],
    });
    expect(get.status).toBe(200);
    expect(get.body.task.result!.values.map((v) => v.name)).toEqual([
      `${IGD}DeviceInfo.SoftwareVersion`,
      `${IGD}LANDevice.1.WLANConfiguration.1.SSID`,
    ]);
    const set = await task(id, {
      name: 'setParameterValues',
      parameterValues: [[`${IGD}LANDevice.1.WLANConfiguration.1.SSID`, 'frontline-interop']],
    });
    expect(set.status).toBe(200);
    const again = await task(id, {
      name: 'getParameterValues',
      parameterNames: [`${IGD}LANDevice.1.WLANConfiguration.1.SSID`],
    });
    expect(again.body.task.result!.values[0]!.value).toBe('frontline-interop');
  }, 60_000);

  it("resolves the desk's TR-181 paths on its TR-098 model without crashing it", async () => {
    const id = ids[1]!;
    const values = await desk.services.caps.acs.deviceService.getParameters(
      id,
      [P.wanIp, P.wanStatus, P.dnsServer(1), P.ssid(1), P.radioEnable(1), P.uptime, P.hosts, P.pppStatus],
      {
        maxAgeMs: 0,
        timeoutMs: 15_000,
      },
    );
    const paths = values.map((v) => v.path);
    for (const p of [P.wanIp, P.wanStatus, P.ssid(1), P.radioEnable(1), P.uptime]) expect(paths).toContain(p);
    expect(paths.some((p) => p.startsWith('Device.Hosts.Host.1.'))).toBe(true);
    expect(paths).not.toContain(P.pppStatus);
    // A refreshObject of a whole object (which crashed it before) now answers.
    const refresh = await task(id, {
      name: 'refreshObject',
      objectName: `${IGD}WANDevice.1.WANConnectionDevice.1.WANIPConnection.1.`,
    });
    expect(refresh.status).toBe(200);
    expect(refresh.body.task.result!.values.length).toBeGreaterThan(5);
  }, 60_000);

  it('records fault 9000 for a Reboot the simulator lacks, once, without retrying it', async () => {
    const id = ids[2]!;
    const reboot = await task(id, { name: 'reboot' });
    expect(reboot.status).toBe(202);
    expect(reboot.body).toMatchObject({
      detail: 'Task faulted',
      fault: { code: 9000 },
      task: { status: 'fault', attempts: 1 },
    });
    // Another session with the device does not send it again.
    expect(
      (await task(id, { name: 'getParameterValues', parameterNames: [`${IGD}DeviceInfo.UpTime`] })).status,
    ).toBe(200);
    const row = (await (await fetch(`${api}/api/v1/tasks/${reboot.body.task.id}`)).json()) as {
      task: { status: string; attempts: number };
    };
    expect(row.task).toMatchObject({ status: 'fault', attempts: 1 });
  }, 60_000);
});
