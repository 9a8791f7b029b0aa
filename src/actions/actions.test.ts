import { describe, expect, it } from 'vitest';
import { DeviceError } from '../acs/device-service.js';
import { P } from '../domain/index.js';
import { fakeWorld, TEST_NETWORK } from '../diagnostics/testing/fakes.js';
import { executeAction } from './execute.js';
import { actionContext } from './testing/context.js';

const run = (
  w: ReturnType<typeof fakeWorld>,
  name: Parameters<typeof executeAction>[0],
  args: Record<string, unknown> = {},
  ctx = {},
) => executeAction(name, actionContext(w, ctx), args, 'test', ['test.finding']);

describe('device actions: effects on the router', () => {
  it('cpe_reboot reboots the router', async () => {
    const w = fakeWorld();
    const r = await run(w, 'cpe_reboot');
    expect(r).toMatchObject({ ok: true, action: 'cpe_reboot', details: { deviceId: w.deviceId } });
    expect(w.devices.callsOf('reboot')).toHaveLength(1);
    expect(w.devices.callsOf('reboot')[0].args[0]).toMatchObject({ timeoutMs: 2_000 });
  });

  it('cpe_factory_reset resets, then re-provisions the PPP credentials from the directory', async () => {
    const w = fakeWorld();
    w.devices.setFactory(w.deviceId, { [P.pppUsername]: 'factory', [P.pppPassword]: 'factory' });
    const r = await run(w, 'cpe_factory_reset', {}, { lastResort: true });
    expect(r.ok).toBe(true);
    const methods = w.devices.calls
      .map((c) => c.method)
      .filter((m) => m === 'factoryReset' || m === 'setParameters');
    expect(methods).toEqual(['factoryReset', 'setParameters']);
    expect(w.devices.writes()).toEqual([
      { path: P.pppUsername, value: w.service.pppoeUsername },
      { path: P.pppPassword, value: w.pppoePassword },
    ]);
    expect(JSON.stringify(r)).not.toContain(w.pppoePassword);
  });

  it('cpe_factory_reset does not reset a router it could not bring back online', async () => {
    const w = fakeWorld();
    w.directory.pppoePasswords.clear();
    const r = await run(w, 'cpe_factory_reset', {}, { lastResort: true });
    expect(r).toMatchObject({ ok: false, error: 'failed' });
    expect(w.devices.callsOf('factoryReset')).toHaveLength(0);
  });

  it('cpe_firmware_upgrade installs the recommended version; no-op when current', async () => {
    const w = fakeWorld({ access: 'dsl' });
    w.devices.set(w.deviceId, { [P.softwareVersion]: '5.3.0' });
    const r = await run(w, 'cpe_firmware_upgrade');
    expect(r).toMatchObject({ ok: true, details: { from: '5.3.0', to: '5.4.2' } });
    expect(w.devices.callsOf('upgradeFirmware')[0].args[0]).toBe('5.4.2');
    const again = await run(w, 'cpe_firmware_upgrade');
    expect(again).toMatchObject({ ok: true, details: { alreadyCurrent: true } });
    expect(w.devices.callsOf('upgradeFirmware')).toHaveLength(1);
  });

  it('wifi_password_change sets one new strong key on both access points and returns it as a secret', async () => {
    const w = fakeWorld();
    const r = await run(w, 'wifi_password_change');
    if (!r.ok) throw new Error(r.message);
    const key = r.secrets?.wifiPassword ?? '';
    expect(key).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect(w.devices.writes()).toEqual([
      { path: P.apKeyPassphrase(1), value: key },
      { path: P.apKeyPassphrase(2), value: key },
    ]);
    expect(JSON.stringify(r.details)).not.toContain(key);
    const second = await run(w, 'wifi_password_change');
    expect(second.ok && second.secrets?.wifiPassword).not.toBe(key);
  });

  it('wifi_password_change accepts a passphrase the customer chose, and rejects a short one', async () => {
    const w = fakeWorld();
    const r = await run(w, 'wifi_password_change', { passphrase: 'correct horse battery' });
    expect(r.ok && r.secrets?.wifiPassword).toBe('correct horse battery');
    const bad = await run(w, 'wifi_password_change', { passphrase: 'short' });
    expect(bad).toMatchObject({ ok: false, error: 'invalid_args' });
    expect(JSON.stringify(bad)).not.toContain('short"');
  });

  it('wifi_ssid_change sets the SSID on both radios; validates the name', async () => {
    const w = fakeWorld();
    expect(await run(w, 'wifi_ssid_change', { ssid: 'Lind Home' })).toMatchObject({ ok: true });
    expect(w.devices.writes()).toEqual([
      { path: P.ssid(1), value: 'Lind Home' },
      { path: P.ssid(2), value: 'Lind Home' },
    ]);
    expect(await run(w, 'wifi_ssid_change', { ssid: 'x'.repeat(33) })).toMatchObject({
      ok: false,
      error: 'invalid_args',
    });
    expect(await run(w, 'wifi_ssid_change', {})).toMatchObject({ ok: false, error: 'invalid_args' });
    expect(w.devices.callsOf('setParameters')).toHaveLength(1);
  });

  it('wifi_ssid_change with fiveGhzOwnName names radio 2 after radio 1 ("…-5G"), radio 1 untouched', async () => {
    const w = fakeWorld();
    expect(await run(w, 'wifi_ssid_change', { fiveGhzOwnName: true })).toMatchObject({
      ok: true,
      details: { radios: [2] },
    });
    expect(w.devices.writes()).toEqual([{ path: P.ssid(2), value: 'Home-1234-5G' }]);
  });

  it('wifi_channel_change lets the router pick (AutoChannelEnable), or sets a given channel', async () => {
    const w = fakeWorld();
    expect(await run(w, 'wifi_channel_change')).toMatchObject({
      ok: true,
      details: { radio: 1, autoChannel: true },
    });
    expect(w.devices.writes()).toEqual([{ path: P.radioAutoChannel(1), value: true }]);
    const w2 = fakeWorld();
    expect(await run(w2, 'wifi_channel_change', { channel: 11 })).toMatchObject({
      ok: true,
      details: { channel: 11 },
    });
    expect(w2.devices.writes()).toEqual([
      { path: P.radioAutoChannel(1), value: false },
      { path: P.radioChannel(1), value: 11 },
    ]);
    expect(await run(w2, 'wifi_channel_change', { channel: 14 })).toMatchObject({
      ok: false,
      error: 'invalid_args',
    });
    expect(await run(w2, 'wifi_channel_change', { radio: 2, channel: 6 })).toMatchObject({
      ok: false,
      error: 'invalid_args',
    });
  });

  it('wifi_radio_enable switches on the disabled radios', async () => {
    const w = fakeWorld();
    w.devices.set(w.deviceId, { [P.radioEnable(2)]: false });
    expect(await run(w, 'wifi_radio_enable')).toMatchObject({ ok: true, details: { radios: [2] } });
    expect(w.devices.writes()).toEqual([{ path: P.radioEnable(2), value: true }]);
    expect(w.devices.value(w.deviceId, P.radioEnable(2))).toBe(true);
  });

  it('dns_reset points the router at the ISP resolvers', async () => {
    const w = fakeWorld();
    w.devices.set(w.deviceId, { [P.dnsServer(1)]: '10.0.0.9' });
    expect(await run(w, 'dns_reset')).toMatchObject({ ok: true });
    expect(w.devices.writes()).toEqual([
      { path: P.dnsServer(1), value: TEST_NETWORK.dnsServers[0] },
      { path: P.dnsServer(2), value: TEST_NETWORK.dnsServers[1] },
    ]);
  });

  it('pppoe_credentials_resync writes username and password from the directory', async () => {
    const w = fakeWorld();
    const r = await run(w, 'pppoe_credentials_resync');
    expect(r).toMatchObject({ ok: true, details: { pppoeUsername: w.service.pppoeUsername } });
    expect(w.devices.writes()).toEqual([
      { path: P.pppUsername, value: w.service.pppoeUsername },
      { path: P.pppPassword, value: w.pppoePassword },
    ]);
    expect(JSON.stringify(r)).not.toContain(w.pppoePassword);
  });

  it('admin_password_change sets a generated password and returns it as a secret', async () => {
    const w = fakeWorld();
    const r = await run(w, 'admin_password_change');
    if (!r.ok) throw new Error(r.message);
    const pw = r.secrets?.adminPassword ?? '';
    expect(pw).toHaveLength(16);
    expect(pw).toMatch(/[A-Z]/);
    expect(pw).toMatch(/[a-z]/);
    expect(pw).toMatch(/[2-9]/);
    expect(w.devices.writes()).toEqual([{ path: P.adminPassword, value: pw }]);
  });

  it('port_forward_add creates a mapping with AddObject + SetParameterValues', async () => {
    const w = fakeWorld();
    const r = await run(w, 'port_forward_add', {
      externalPort: '25565',
      internalClient: '192.168.1.50',
      protocol: 'tcp',
    });
    expect(r).toMatchObject({
      ok: true,
      details: {
        externalPort: 25565,
        internalPort: 25565,
        internalClient: '192.168.1.50',
        protocol: 'TCP',
        instances: [1],
      },
    });
    expect(w.devices.callsOf('addObject')[0].args[0]).toBe(P.portMappings);
    const base = `${P.portMappings}1.`;
    expect(w.devices.writes()).toEqual([
      { path: `${base}ExternalPort`, value: 25565 },
      { path: `${base}InternalPort`, value: 25565 },
      { path: `${base}InternalClient`, value: '192.168.1.50' },
      { path: `${base}Protocol`, value: 'TCP' },
      { path: `${base}Description`, value: 'Frontline TCP 25565' },
      { path: `${base}Enable`, value: true },
    ]);
    // the same external port again is refused
    expect(
      await run(w, 'port_forward_add', { externalPort: 25565, internalClient: '192.168.1.51' }),
    ).toMatchObject({ ok: false, error: 'invalid_args' });
  });

  it('port_forward_add: a port forwarded for UDP is still free for TCP ("I still want TCP too"), not for UDP again', async () => {
    const w = fakeWorld();
    const udp = { externalPort: 3074, internalClient: '192.168.1.20', protocol: 'UDP' };
    expect(await run(w, 'port_forward_add', udp)).toMatchObject({ ok: true });
    expect(await run(w, 'port_forward_add', { ...udp, protocol: 'TCP' })).toMatchObject({ ok: true });
    expect(w.devices.value(w.deviceId, `${P.portMappings}2.Protocol`)).toBe('TCP');
    expect(await run(w, 'port_forward_add', udp)).toMatchObject({ ok: false, error: 'invalid_args' });
    expect(await run(w, 'port_forward_add', { ...udp, protocol: 'TCP/UDP' })).toMatchObject({ ok: false });
  });

  it('port_forward_add with both protocols creates two mappings', async () => {
    const w = fakeWorld();
    const r = await run(w, 'port_forward_add', {
      externalPort: 3074,
      internalClient: '192.168.1.20',
      protocol: 'TCP/UDP',
    });
    expect(r).toMatchObject({ ok: true, details: { instances: [1, 2] } });
    expect(w.devices.value(w.deviceId, `${P.portMappings}2.Protocol`)).toBe('UDP');
  });

  it.each([
    [{ externalPort: 0, internalClient: '192.168.1.50' }],
    [{ externalPort: 65536, internalClient: '192.168.1.50' }],
    [{ externalPort: 80, internalClient: '192.168.2.50' }],
    [{ externalPort: 80, internalClient: '10.0.0.5' }],
    [{ externalPort: 80, internalClient: '192.168.1.1' }],
    [{ externalPort: 80, internalClient: '192.168.1.255' }],
    [{ externalPort: 80, internalClient: '192.168.1.50', protocol: 'ICMP' }],
    [{ internalClient: '192.168.1.50' }],
  ])('port_forward_add rejects %o', async (args) => {
    const w = fakeWorld();
    expect(await run(w, 'port_forward_add', args)).toMatchObject({ ok: false, error: 'invalid_args' });
    expect(w.devices.callsOf('addObject')).toHaveLength(0);
  });

  it('port_forward_add removes a half-made mapping when the router rejects a value', async () => {
    const w = fakeWorld();
    w.devices.failWith('setParameters', new DeviceError('fault', 'Invalid parameter value', 9007));
    const r = await run(w, 'port_forward_add', { externalPort: 8080, internalClient: '192.168.1.50' });
    expect(r).toMatchObject({ ok: false, error: 'fault', faultCode: 9007 });
    expect(w.devices.callsOf('deleteObject')[0].args[0]).toBe(`${P.portMappings}1.`);
  });
});

describe('account actions', () => {
  it('account_unlock unlocks the portal account', async () => {
    const w = fakeWorld();
    w.isp.portal.accounts.set(w.customer.customerNumber, {
      exists: true,
      locked: true,
      failedLogins: 5,
      lastLoginAt: null,
    });
    expect(await run(w, 'account_unlock')).toMatchObject({ ok: true, details: { unlocked: true } });
    expect((await w.isp.portal.status(w.customer.customerNumber)).locked).toBe(false);
  });
  it('account_password_reset returns the temporary password as a secret only', async () => {
    const w = fakeWorld();
    const r = await run(w, 'account_password_reset');
    if (!r.ok) throw new Error(r.message);
    expect(r.secrets?.temporaryPassword).toMatch(/^Temp-/);
    expect(JSON.stringify(r.details)).not.toContain('Temp-');
    expect(w.audit.entries[0]).toMatchObject({
      action: 'account.action',
      name: 'account_password_reset',
      result: 'done',
      target: w.customer.customerNumber,
    });
  });
});

describe('bad devices', () => {
  it.each([
    [new DeviceError('offline', 'device offline'), 'device_offline'],
    [new DeviceError('timeout', 'no session in time'), 'timeout'],
    [new DeviceError('fault', 'Request denied', 9001), 'fault'],
    [new DeviceError('not_found', 'unknown device'), 'no_device'],
    [new Error('socket hang up'), 'failed'],
  ] as const)('%s → %s', async (err, code) => {
    const w = fakeWorld();
    w.devices.failWith('reboot', err as Error as DeviceError);
    const r = await run(w, 'cpe_reboot');
    expect(r).toMatchObject({ ok: false, error: code });
    expect(w.audit.entries.at(-1)).toMatchObject({ action: 'device.action', result: 'failed' });
  });

  it('a router that never answers ends in a timeout, not a hang', async () => {
    const w = fakeWorld();
    w.devices.hang('setParameters');
    const r = await executeAction('dns_reset', actionContext(w, { timeoutMs: 30 }), {}, 'test', []);
    expect(r).toMatchObject({ ok: false, error: 'timeout' });
  });

  it('no router registered → no_device', async () => {
    const w = fakeWorld();
    const r = await run(w, 'cpe_reboot', {}, { deviceId: null, service: { ...w.service, id: 'svc-none' } });
    expect(r).toMatchObject({ ok: false, error: 'no_device' });
  });

  it('finds the router by service when no device id is given', async () => {
    const w = fakeWorld();
    expect(await run(w, 'cpe_reboot', {}, { deviceId: null })).toMatchObject({
      ok: true,
      details: { deviceId: w.deviceId },
    });
  });

  it('a secret in a device error message is masked', async () => {
    const w = fakeWorld();
    w.devices.failWith(
      'setParameters',
      new DeviceError('fault', `bad value ${w.pppoePassword} for Password`, 9007),
    );
    const r = await run(w, 'pppoe_credentials_resync');
    expect(r).toMatchObject({ ok: false, error: 'fault', faultCode: 9007 });
    expect(JSON.stringify(r)).not.toContain(w.pppoePassword);
    expect(JSON.stringify(w.audit.entries)).not.toContain(w.pppoePassword);
  });
});
