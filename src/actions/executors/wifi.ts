import { z } from 'zod';
import { P } from '../../domain/index.js';
import type { ExecEnv, Executor } from '../executor.js';
import { generateWifiPassphrase } from '../secrets.js';
import { ActionFailure } from '../types.js';

const RADIOS = [1, 2] as const;
type Radio = (typeof RADIOS)[number];

function parse<T>(schema: z.ZodType<T>, args: unknown): T {
  const r = schema.safeParse(args);
  if (!r.success)
    throw new ActionFailure(
      'invalid_args',
      r.error.issues.map((i) => `${i.path.join('.') || 'args'}: ${i.message}`).join('; '),
    );
  return r.data;
}
export { parse as parseArgs };

/**
 * The radios the router has (a single-band router, as many TR-098 ones, has no radio 2): those
 * reporting an SSID. When the router answers nothing, both are tried as before.
 */
async function presentRadios(env: ExecEnv, id: string): Promise<Radio[]> {
  const names = await radioNames(env, id);
  return names.size > 0 ? [...names.keys()] : [...RADIOS];
}

/** The SSID each radio reports (none when the router answers nothing). */
async function radioNames(env: ExecEnv, id: string): Promise<Map<Radio, string>> {
  const values = await env.ctx.devices
    .getParameters(
      id,
      RADIOS.map((r) => P.ssid(r)),
      { ...env.opts, maxAgeMs: 60_000 },
    )
    .catch((err: unknown) => {
      env.ctx.log?.warn({ err, deviceId: id }, 'reading the radios failed; trying both');
      return [];
    });
  const names = new Map<Radio, string>();
  for (const r of RADIOS) {
    const v = values.find((x) => x.path === P.ssid(r));
    if (v) names.set(r, String(v.value));
  }
  return names;
}

const radioArg = z.union([
  z.literal(1),
  z.literal(2),
  z.literal('1').transform(() => 1 as const),
  z.literal('2').transform(() => 2 as const),
]);

const passphraseArgs = z.object({
  // WPA2-PSK passphrase: 8-63 printable ASCII characters.
  passphrase: z
    .string()
    .regex(/^[\x20-\x7e]{8,63}$/, '8 to 63 printable ASCII characters')
    .optional(),
});

export const wifiPasswordChange: Executor = {
  target: 'device',
  timeoutMs: 60_000,
  async run(env) {
    const { passphrase: chosen } = parse(passphraseArgs, env.args);
    const id = await env.deviceId();
    const key = env.secret(chosen ?? generateWifiPassphrase());
    const radios = await presentRadios(env, id);
    await env.ctx.devices.setParameters(
      id,
      radios.map((r) => ({ path: P.apKeyPassphrase(r), value: key, type: 'xsd:string' })),
      env.opts,
    );
    return {
      details: { deviceId: id, accessPoints: radios, generated: chosen === undefined },
      secrets: { wifiPassword: key },
    };
  },
};

/** The name the 5 GHz band gets when it is given one of its own: the usual name with this at the end. */
export const FIVE_GHZ_SUFFIX = '-5G';

const ssidArgs = z.object({
  /** Required, except with `fiveGhzOwnName` (the name is then the 2.4 GHz one's with FIVE_GHZ_SUFFIX). */
  ssid: z
    .string()
    .trim()
    .min(1)
    .refine((s) => Buffer.byteLength(s, 'utf8') <= 32, 'at most 32 bytes')
    .refine(
      (s) => ![...s].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f),
      'no control characters',
    )
    .optional(),
  radio: radioArg.optional(),
  /** "Give the 5 GHz band its own name": radio 2 only, named after radio 1 ("Nilsson" → "Nilsson-5G"). */
  fiveGhzOwnName: z.boolean().optional(),
  /** A name per radio ("1", "2"), e.g. the old names put back; `ssid` for radios not listed. */
  ssids: z.record(z.enum(['1', '2']), z.string().min(1)).optional(),
});

export const wifiSsidChange: Executor = {
  target: 'device',
  timeoutMs: 60_000,
  async run(env) {
    const { ssid: given, radio, ssids, fiveGhzOwnName } = parse(ssidArgs, env.args);
    const id = await env.deviceId();
    // The names replaced are recorded: a customer who cannot reconnect now may want them back.
    const before = await radioNames(env, id);
    const present = before.size > 0 ? [...before.keys()] : [...RADIOS];
    if (fiveGhzOwnName && before.size > 0 && !before.has(2))
      throw new ActionFailure('invalid_args', 'the router has no 5 GHz radio');
    const usual = before.get(1);
    const ssid = fiveGhzOwnName && usual ? ownFiveGhzName(usual) : given;
    if (ssid === undefined) throw new ActionFailure('invalid_args', 'ssid: Required');
    const radios: Radio[] = fiveGhzOwnName ? [2] : radio ? [radio] : present;
    const nameFor = (r: Radio) => ssids?.[String(r) as '1' | '2'] ?? ssid;
    await env.ctx.devices.setParameters(
      id,
      radios.map((r) => ({ path: P.ssid(r), value: nameFor(r), type: 'xsd:string' })),
      env.opts,
    );
    const previous = Object.fromEntries(
      radios.filter((r) => before.has(r)).map((r) => [String(r), before.get(r)]),
    );
    // `usual`: the name the other band keeps when only the 5 GHz one is named (said to the customer).
    return {
      details: { deviceId: id, ssid, radios, previous, ...(fiveGhzOwnName && usual ? { usual } : {}) },
    };
  },
};

/** The 5 GHz band's own name after the usual one, within an SSID's 32 bytes. */
function ownFiveGhzName(usual: string): string {
  let base = usual.replace(/[-_ ]?5 ?G(Hz)?$/i, '');
  while (Buffer.byteLength(base + FIVE_GHZ_SUFFIX, 'utf8') > 32) base = [...base].slice(0, -1).join('');
  return base + FIVE_GHZ_SUFFIX;
}

const CHANNELS_24 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
const CHANNELS_5 = [
  36, 40, 44, 48, 52, 56, 60, 64, 100, 104, 108, 112, 116, 120, 124, 128, 132, 136, 140, 149, 153, 157, 161,
  165,
];

const channelArgs = z.object({
  radio: radioArg.optional(),
  channel: z.coerce.number().int().optional(),
});

/**
 * Without an explicit channel the router is told to pick the quietest channel itself
 * (AutoChannelEnable): the desk sees only the current channel's utilisation, not the others',
 * so it cannot rank 1/6/11 better than the router's own scan.
 */
export const wifiChannelChange: Executor = {
  target: 'device',
  timeoutMs: 60_000,
  async run(env) {
    const { radio = 1, channel } = parse(channelArgs, env.args);
    if (channel !== undefined && !(radio === 1 ? CHANNELS_24 : CHANNELS_5).includes(channel)) {
      throw new ActionFailure('invalid_args', `channel ${channel} is not valid on radio ${radio}`);
    }
    const id = await env.deviceId();
    if (channel === undefined) {
      await env.ctx.devices.setParameters(
        id,
        [{ path: P.radioAutoChannel(radio), value: true, type: 'xsd:boolean' }],
        env.opts,
      );
      return { details: { deviceId: id, radio, autoChannel: true } };
    }
    await env.ctx.devices.setParameters(
      id,
      [
        { path: P.radioAutoChannel(radio), value: false, type: 'xsd:boolean' },
        { path: P.radioChannel(radio), value: channel, type: 'xsd:unsignedInt' },
      ],
      env.opts,
    );
    return { details: { deviceId: id, radio, channel, autoChannel: false } };
  },
};

const radioEnableArgs = z.object({ radio: radioArg.optional() });

async function disabledRadios(env: ExecEnv, id: string): Promise<Radio[]> {
  try {
    const values = await env.ctx.devices.getParameters(
      id,
      RADIOS.map((r) => P.radioEnable(r)),
      { ...env.opts, maxAgeMs: 0 },
    );
    const off = RADIOS.filter((r) => {
      const v = values.find((x) => x.path === P.radioEnable(r))?.value;
      return v === false || v === 'false' || v === 0 || v === '0';
    });
    return off.length > 0 ? off : [...RADIOS];
  } catch (err) {
    env.ctx.log?.warn({ err, deviceId: id }, 'reading which radios are off failed; turning both on');
    return [...RADIOS];
  }
}

export const wifiRadioEnable: Executor = {
  target: 'device',
  timeoutMs: 60_000,
  async run(env) {
    const { radio } = parse(radioEnableArgs, env.args);
    const id = await env.deviceId();
    const radios = radio ? [radio] : await disabledRadios(env, id);
    await env.ctx.devices.setParameters(
      id,
      radios.map((r) => ({ path: P.radioEnable(r), value: true, type: 'xsd:boolean' })),
      env.opts,
    );
    return { details: { deviceId: id, radios } };
  },
};
