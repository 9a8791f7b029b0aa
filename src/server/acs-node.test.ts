import { afterEach, describe, expect, it } from 'vitest';
import { TestCpe } from '../acs/testing/test-cpe.js';
import { pino } from 'pino';
import { openDatabase } from '../storage/db.js';
import { acsOptionsOf, createAcsNode, type AcsNode } from './acs-node.js';
import { loadConfig } from './config.js';
import { reposOf } from './repos-of.js';

// `frontline acs`: the ACS alone, on the desk's database, with the desk's ACS options.

describe('the ACS as its own process', () => {
  let node: AcsNode | null = null;
  afterEach(async () => {
    await node?.stop();
    node = null;
  });

  it('runs CWMP sessions, queued tasks and connection requests without the desk', async () => {
    const env = { DATABASE_URL: ':memory:', ACS_PORT: '0', ACS_ACCEPT_NEW_DEVICES: 'true' };
    const auth = { username: 'fleet', password: 'fleet-secret' };
    node = await createAcsNode(
      loadConfig({ ...env, ACS_USERNAME: auth.username, ACS_PASSWORD: auth.password }),
      {
        logger: false,
      },
    );
    const { acsUrl } = await node.start();
    const cpe = new TestCpe({ acsUrl, serial: 'NODE0001', auth });
    await cpe.startCrListener();
    await cpe.inform([{ code: '0 BOOTSTRAP', commandKey: '' }]);
    await cpe.idle();
    const device = await node.acs.store.getDevice(cpe.deviceId);
    expect(device?.serial_number).toBe('NODE0001');

    // The desk (another process) queues a read and asks the router to connect; here the ACS does both.
    const task = await node.acs.queue.enqueue(cpe.deviceId, 'getParameterValues', {
      names: ['Device.DeviceInfo.UpTime'],
    });
    await node.acs.queue.kick(device!);
    const done = await node.acs.queue.wait(task, device!, 10_000);
    expect(done.status).toBe('done');
    expect(JSON.parse(done.result!)).toMatchObject({
      values: [{ name: 'Device.DeviceInfo.UpTime', value: '1234' }],
    });
    await cpe.stop();
  });

  it('runs on the repositories the desk wires: one secret box for PPPoE passwords and router credentials', async () => {
    const config = loadConfig({ DATABASE_URL: ':memory:' });
    const db = openDatabase(':memory:');
    const log = pino({ level: 'silent' });
    const repos = reposOf(config, db, log);
    const options = acsOptionsOf(config, { repos, log });
    expect(options.secrets).toBe(repos.secrets);
    expect(options.db).toBe(repos.db);
    await db.close();
  });

  it('is the `acs` command of the CLI', async () => {
    const { Command } = await import('commander');
    const { registerAcsCommand } = await import('../cli/commands/acs.js');
    const program = new Command('frontline');
    registerAcsCommand(program);
    expect(program.commands.map((c) => c.name())).toEqual(['acs']);
  });
});
