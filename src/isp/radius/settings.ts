import { z } from 'zod';
import type { RadiusAaaOptions } from './aaa.js';

// `adapters.aaa` in the operator file: where the diagnostics' AAA port reads (docs/radius.md).

const envName = z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'an environment variable name');

export const aaaAdapterSchema = z
  .object({
    /**
     * `in-process`: the AAA of whatever the ISP ports are connected to (the demo's simulated ISP,
     * or the HTTP adapter); `radius`: the RADIUS server's SQL tables and RFC 5176 Disconnect-Requests.
     */
    kind: z.enum(['in-process', 'radius']).default('in-process'),
    /** The variable holding the RADIUS database URL (postgres://…). */
    databaseUrlEnv: envName.default('FRONTLINE_RADIUS_DB_URL'),
    /** The variable holding the NAS's dynamic-authorization shared secret. */
    secretEnv: envName.default('FRONTLINE_RADIUS_SECRET'),
    /** The NAS's dynamic-authorization port (RFC 5176: 3799). */
    disconnectPort: z.number().int().min(1).max(65_535).default(3799),
    /** Send Disconnect-Requests here instead of to the session's NAS-IP-Address. */
    disconnectHost: z.string().min(1).optional(),
    timeoutMs: z.number().int().min(100).max(30_000).default(1000),
  })
  .strict();

export type AaaAdapterSettings = z.output<typeof aaaAdapterSchema>;

/** The adapter's options from the operator file; throws when a variable it names is unset. */
export function radiusAaaOptions(settings: AaaAdapterSettings, env: NodeJS.ProcessEnv): RadiusAaaOptions {
  const read = (field: 'databaseUrlEnv' | 'secretEnv') => {
    const value = env[settings[field]];
    if (!value)
      throw new Error(`adapters.aaa.${field}: the environment variable ${settings[field]} is not set`);
    return value;
  };
  return {
    databaseUrl: read('databaseUrlEnv'),
    secret: read('secretEnv'),
    disconnectPort: settings.disconnectPort,
    disconnectHost: settings.disconnectHost,
    timeoutMs: settings.timeoutMs,
  };
}
