import { z } from 'zod';

// `adapters.sms` in the operator file: an HTTP SMS gateway described by templates, so any
// gateway's API fits without code (docs/operator-config.md).

export const smsSettingsSchema = z
  .object({
    /** The gateway's URL; {to}, {from} and {text} are replaced (URL-encoded). */
    url: z
      .string()
      .regex(/^https?:\/\/\S+$/, 'an http or https URL (placeholders {to}, {from}, {text} allowed)'),
    method: z.enum(['POST', 'GET', 'PUT']).default('POST'),
    /** The request body with {to}, {from} and {text}, escaped for the content type; none for GET. */
    body: z.string().optional(),
    contentType: z
      .enum(['application/json', 'application/x-www-form-urlencoded', 'text/plain'])
      .default('application/json'),
    /** The sender name or number the gateway shows. */
    from: z.string().min(1).max(20),
    /** The header carrying the credential, and the environment variable holding its whole value (e.g. "Bearer …"). */
    authHeader: z
      .string()
      .regex(/^[A-Za-z0-9-]+$/, 'a header name')
      .default('authorization'),
    authEnv: z
      .string()
      .regex(/^[A-Z_][A-Z0-9_]*$/, 'an environment variable name')
      .optional(),
    timeoutMs: z.number().int().min(100).max(60_000).default(10_000),
    /** What the texts are for. */
    use: z.array(z.enum(['outage_notices'])).default(['outage_notices']),
  })
  .strict()
  .refine((s) => s.method !== 'GET' || s.body === undefined, {
    message: 'a GET request has no body: put {to} and {text} in the URL',
    path: ['body'],
  });

export type SmsSettings = z.output<typeof smsSettingsSchema>;

/** What `frontline config check` warns about: the credential variable unset here. */
export function smsWarnings(
  settings: SmsSettings | undefined,
  env: Record<string, string | undefined>,
): string[] {
  return settings?.authEnv && !env[settings.authEnv]
    ? [`warning: adapters.sms: ${settings.authEnv} is not set in this environment`]
    : [];
}
