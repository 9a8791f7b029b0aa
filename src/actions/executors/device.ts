import { firmwareModel, P } from '../../domain/index.js';
import type { ExecEnv, Executor } from '../executor.js';
import { ActionFailure } from '../types.js';
import { compareVersions } from '../../diagnostics/probes/firmware.js';

/** The service's PPPoE username and password from the directory; throws when either is missing. */
export async function pppCredentials(env: ExecEnv): Promise<{ username: string; password: string }> {
  const service = env.ctx.service;
  if (!service?.pppoeUsername)
    throw new ActionFailure('failed', 'the service has no PPPoE username on record');
  const password = await env.ctx.directory.pppoePassword(service.id);
  if (!password) throw new ActionFailure('failed', 'the service has no PPPoE password on record');
  return { username: service.pppoeUsername, password: env.secret(password) };
}

export async function pushPppCredentials(
  env: ExecEnv,
  id: string,
  creds: { username: string; password: string },
) {
  return env.ctx.devices.setParameters(
    id,
    [
      { path: P.pppUsername, value: creds.username, type: 'xsd:string' },
      { path: P.pppPassword, value: creds.password, type: 'xsd:string' },
    ],
    env.opts,
  );
}

export const cpeReboot: Executor = {
  target: 'device',
  timeoutMs: 180_000,
  async run(env) {
    const id = await env.deviceId();
    await env.ctx.devices.reboot(id, env.opts);
    return { details: { deviceId: id } };
  },
};

export const cpeFactoryReset: Executor = {
  target: 'device',
  timeoutMs: 300_000,
  async run(env) {
    const id = await env.deviceId();
    // Credentials are fetched before the reset: a router reset without them would stay offline.
    const creds = await pppCredentials(env);
    await env.ctx.devices.factoryReset(id, env.opts);
    const { status } = await pushPppCredentials(env, id, creds);
    return {
      details: {
        deviceId: id,
        pppReprovisioned: true,
        pppoeUsername: creds.username,
        rebootRequired: status === 1,
      },
    };
  },
};

export const cpeFirmwareUpgrade: Executor = {
  target: 'device',
  timeoutMs: 600_000,
  async run(env) {
    const id = await env.deviceId();
    const summary = await env.ctx.devices.get(id);
    let model = summary?.model ?? null;
    let current = summary?.firmware ?? null;
    if (!model || !current) {
      const values = await env.ctx.devices.getParameters(id, [P.modelName, P.softwareVersion], {
        ...env.opts,
        maxAgeMs: 60_000,
      });
      model ??= String(values.find((v) => v.path === P.modelName)?.value ?? '') || null;
      current ??= String(values.find((v) => v.path === P.softwareVersion)?.value ?? '') || null;
    }
    const entry = firmwareModel(env.ctx.network?.firmware ?? [], model);
    if (!entry)
      throw new ActionFailure('failed', `no recommended firmware is known for model ${model ?? 'unknown'}`);
    if (current && compareVersions(current, entry.recommended) >= 0) {
      return { details: { deviceId: id, model: entry.model, version: current, alreadyCurrent: true } };
    }
    await env.ctx.devices.upgradeFirmware(id, entry.recommended, env.opts);
    return { details: { deviceId: id, model: entry.model, from: current, to: entry.recommended } };
  },
};
