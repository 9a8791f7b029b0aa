import { z } from 'zod';
import { HTTP_ISP_DEFAULTS, type HttpIspOptions } from './client.js';

// `adapters.isp` in the operator file: how the desk reaches the ISP's systems.

export const OPTIONAL_PORTS = ['billing', 'installation', 'fieldService'] as const;

export const ispAdapterSchema = z
  .object({
    /**
     * `in-process`: the demo's simulated ISP (or the ports a harness connects); `http`: the
     * contract in docs/isp-http-api.yaml.
     */
    kind: z.enum(['in-process', 'http']).default('in-process'),
    /** The ISP's base URL. Required with http outside DEMO mode; in DEMO mode without it the demo serves its simulated ISP over HTTP on loopback. */
    url: z.url({ protocol: /^https?$/ }).optional(),
    /** The name of an environment variable holding the bearer token. */
    tokenEnv: z
      .string()
      .regex(/^[A-Z_][A-Z0-9_]*$/, 'an environment variable name')
      .optional(),
    timeoutMs: z.number().int().min(100).max(60_000).default(HTTP_ISP_DEFAULTS.timeoutMs),
    retries: z.number().int().min(0).max(5).default(HTTP_ISP_DEFAULTS.retries),
    /** The optional ports the ISP serves over HTTP. */
    optionalPorts: z.array(z.enum(OPTIONAL_PORTS)).default([...OPTIONAL_PORTS]),
  })
  .strict();

export type IspAdapterSettings = z.output<typeof ispAdapterSchema>;

/** The client's options from the operator file; throws when the token's variable is unset. */
export function httpIspOptions(
  settings: IspAdapterSettings,
  env: NodeJS.ProcessEnv,
  url = settings.url,
): HttpIspOptions {
  if (!url) throw new Error('adapters.isp.url: the ISP base URL is required with kind http');
  const token = settings.tokenEnv ? env[settings.tokenEnv] : undefined;
  if (settings.tokenEnv && !token)
    throw new Error(`adapters.isp.tokenEnv: the environment variable ${settings.tokenEnv} is not set`);
  return {
    baseUrl: url,
    token,
    timeoutMs: settings.timeoutMs,
    retries: settings.retries,
    optionalPorts: settings.optionalPorts,
  };
}

/** What `frontline config check` warns about: a token variable unset here, http without a URL. */
export function ispAdapterWarnings(
  settings: IspAdapterSettings,
  env: Record<string, string | undefined>,
): string[] {
  if (settings.kind !== 'http') return [];
  return [
    ...(settings.tokenEnv && !env[settings.tokenEnv]
      ? [`warning: adapters.isp: ${settings.tokenEnv} is not set in this environment`]
      : []),
    ...(settings.url
      ? []
      : [
          'warning: adapters.isp: kind http without url runs only in DEMO mode (the demo serves its own simulated ISP)',
        ]),
  ];
}
