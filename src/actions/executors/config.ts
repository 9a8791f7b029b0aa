import { z } from 'zod';
import { P, isHomeDeviceAddress } from '../../domain/index.js';
import type { Executor } from '../executor.js';
import { generateAdminPassword } from '../secrets.js';
import { ActionFailure } from '../types.js';
import { pppCredentials, pushPppCredentials } from './device.js';
import { parseArgs } from './wifi.js';

export const dnsReset: Executor = {
  target: 'device',
  timeoutMs: 60_000,
  async run(env) {
    const servers = env.ctx.network?.dnsServers ?? [];
    if (servers.length === 0)
      throw new ActionFailure('failed', 'the operator configuration names no DNS servers to write');
    const id = await env.deviceId();
    // Both slots are written: a single resolver clears the second so no foreign one stays behind.
    await env.ctx.devices.setParameters(
      id,
      [
        { path: P.dnsServer(1), value: servers[0]!, type: 'xsd:string' },
        { path: P.dnsServer(2), value: servers[1] ?? '', type: 'xsd:string' },
      ],
      env.opts,
    );
    return { details: { deviceId: id, servers: [...servers] } };
  },
};

export const pppoeCredentialsResync: Executor = {
  target: 'device',
  timeoutMs: 60_000,
  async run(env) {
    const id = await env.deviceId();
    const creds = await pppCredentials(env);
    const { status } = await pushPppCredentials(env, id, creds);
    return { details: { deviceId: id, pppoeUsername: creds.username, rebootRequired: status === 1 } };
  },
};

export const adminPasswordChange: Executor = {
  target: 'device',
  timeoutMs: 60_000,
  async run(env) {
    const id = await env.deviceId();
    const password = env.secret(generateAdminPassword());
    await env.ctx.devices.setParameters(
      id,
      [{ path: P.adminPassword, value: password, type: 'xsd:string' }],
      env.opts,
    );
    return { details: { deviceId: id }, secrets: { adminPassword: password } };
  },
};

const port = z.coerce.number().int().min(1, 'port 1-65535').max(65535, 'port 1-65535');

/** The most ports one request forwards (one mapping per port and protocol). */
const MAX_PORTS = 16;

const portForwardArgs = z
  .object({
    externalPort: port,
    /** The last port of a range ("3478-3480"): each port of it gets its own mapping to the same port. */
    externalPortEnd: port.optional(),
    internalPort: port.optional(),
    internalClient: z
      .string()
      .trim()
      .refine(isHomeDeviceAddress, 'must be a device address in 192.168.1.0/24 (192.168.1.2-254)'),
    protocol: z
      .string()
      .transform((s) => s.trim().toUpperCase().replace('TCP/UDP', 'BOTH'))
      .pipe(z.enum(['TCP', 'UDP', 'BOTH']))
      .default('TCP'),
    description: z.string().max(64).optional(),
  })
  .refine(
    (a) =>
      a.externalPortEnd === undefined ||
      (a.externalPortEnd >= a.externalPort && a.externalPortEnd - a.externalPort < MAX_PORTS),
    { message: `a port range runs upwards and holds at most ${MAX_PORTS} ports`, path: ['externalPortEnd'] },
  );

export const portForwardAdd: Executor = {
  target: 'device',
  timeoutMs: 60_000,
  async run(env) {
    const a = parseArgs(portForwardArgs, env.args);
    const internalPort = a.internalPort ?? a.externalPort;
    const id = await env.deviceId();
    const last = a.externalPortEnd ?? a.externalPort;
    const ports = Array.from({ length: last - a.externalPort + 1 }, (_, i) => a.externalPort + i);
    const protocols = a.protocol === 'BOTH' ? (['TCP', 'UDP'] as const) : ([a.protocol] as const);
    await refuseDuplicate(env, id, ports, protocols);
    const instances: number[] = [];
    // A range: one mapping per port (to the same port on the device); a single port keeps its internal port.
    const rules = ports.flatMap((external) =>
      protocols.map((protocol) => ({
        protocol,
        external,
        internal: ports.length > 1 ? external : internalPort,
      })),
    );
    for (const { protocol, external, internal } of rules) {
      const { instance } = await env.ctx.devices.addObject(id, P.portMappings, env.opts);
      const base = `${P.portMappings}${instance}.`;
      try {
        await env.ctx.devices.setParameters(
          id,
          [
            { path: `${base}ExternalPort`, value: external, type: 'xsd:unsignedInt' },
            { path: `${base}InternalPort`, value: internal, type: 'xsd:unsignedInt' },
            { path: `${base}InternalClient`, value: a.internalClient, type: 'xsd:string' },
            { path: `${base}Protocol`, value: protocol, type: 'xsd:string' },
            {
              path: `${base}Description`,
              value: a.description ?? `Frontline ${protocol} ${external}`,
              type: 'xsd:string',
            },
            { path: `${base}Enable`, value: true, type: 'xsd:boolean' },
          ],
          env.opts,
        );
      } catch (e) {
        // Do not leave a half-configured mapping behind, nor the range's mappings made before it.
        for (const object of [base, ...instances.map((i) => `${P.portMappings}${i}.`)])
          await env.ctx.devices
            .deleteObject(id, object, env.opts)
            .catch((err: unknown) =>
              env.ctx.log?.warn(
                { err, deviceId: id, object },
                'removing the half-configured port mapping failed',
              ),
            );
        throw e;
      }
      instances.push(instance);
    }
    return {
      details: {
        deviceId: id,
        externalPort: a.externalPort,
        ...(a.externalPortEnd ? { externalPortEnd: a.externalPortEnd } : {}),
        internalPort,
        internalClient: a.internalClient,
        protocol: a.protocol,
        instances,
      },
    };
  },
};

async function refuseDuplicate(
  env: Parameters<Executor['run']>[0],
  id: string,
  ports: readonly number[],
  protocols: readonly string[],
): Promise<void> {
  let values;
  try {
    values = await env.ctx.devices.getParameters(id, [P.portMappings], { ...env.opts, maxAgeMs: 0 });
  } catch (err) {
    // Best effort: the router will refuse a real conflict itself.
    env.ctx.log?.warn(
      { err, deviceId: id },
      'reading the port mappings failed; not checking for a duplicate',
    );
    return;
  }
  // A port is taken for a protocol: UDP 3074 forwarded leaves TCP 3074 free ("I still want TCP too").
  const protocolOf = (object: string) =>
    String(values.find((v) => v.path === `${object}Protocol`)?.value ?? '').toUpperCase();
  const taken = ports.find((port) =>
    values.some((v) => {
      if (!v.path.endsWith('.ExternalPort') || Number(v.value) !== port) return false;
      const held = protocolOf(v.path.slice(0, -'ExternalPort'.length));
      return !held || held === 'BOTH' || protocols.includes(held);
    }),
  );
  if (taken !== undefined) throw new ActionFailure('invalid_args', `port ${taken} is already forwarded`);
}
