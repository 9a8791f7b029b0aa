import type { SmsSettings } from './settings.js';

// Sends a text through the ISP's HTTP SMS gateway, shaped by the operator file's templates.

export interface SmsSender {
  send(to: string, text: string): Promise<void>;
}

export class SmsError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
    this.name = 'SmsError';
  }
}

type Escape = (value: string) => string;

const BODY_ESCAPE: Record<SmsSettings['contentType'], Escape> = {
  'application/json': (v) => JSON.stringify(v).slice(1, -1),
  'application/x-www-form-urlencoded': encodeURIComponent,
  'text/plain': (v) => v,
};

function fill(template: string, values: Record<string, string>, escape: Escape): string {
  return template.replace(/\{(to|from|text)\}/g, (_m, k: string) => escape(values[k]));
}

/** Phone numbers as the gateway wants them: international form, digits only after the plus. */
export function normalisePhone(phone: string): string | null {
  const digits = phone.replace(/[\s()-]/g, '');
  if (/^\+[1-9]\d{6,14}$/.test(digits)) return digits;
  // A Swedish national number (07x…) in international form.
  if (/^0\d{6,12}$/.test(digits)) return `+46${digits.slice(1)}`;
  return null;
}

export function createSmsGateway(
  settings: SmsSettings,
  env: Record<string, string | undefined> = process.env,
  doFetch: typeof fetch = fetch,
): SmsSender {
  const credential = settings.authEnv ? env[settings.authEnv] : undefined;
  if (settings.authEnv && !credential)
    throw new Error(`adapters.sms.authEnv: the environment variable ${settings.authEnv} is not set`);
  return {
    async send(to, text) {
      const number = normalisePhone(to);
      if (!number) throw new SmsError(`not a phone number: ${to}`, null);
      const values = { to: number, from: settings.from, text };
      const url = fill(settings.url, values, encodeURIComponent);
      const body =
        settings.body !== undefined
          ? fill(settings.body, values, BODY_ESCAPE[settings.contentType])
          : undefined;
      let res: Response;
      try {
        res = await doFetch(url, {
          method: settings.method,
          headers: {
            ...(body !== undefined ? { 'content-type': settings.contentType } : {}),
            ...(credential ? { [settings.authHeader]: credential } : {}),
          },
          body,
          signal: AbortSignal.timeout(settings.timeoutMs),
          redirect: 'error',
        });
      } catch (err) {
        const e = err as Error & { cause?: Error };
        const why =
          e.name === 'TimeoutError'
            ? `no answer within ${settings.timeoutMs} ms`
            : (e.cause?.message ?? e.message);
        throw new SmsError(`the SMS gateway could not be reached: ${why}`, null);
      }
      if (!res.ok) {
        const detail = (await res.text().catch(() => '')).slice(0, 200);
        throw new SmsError(
          `the SMS gateway answered ${res.status}${detail ? `: ${detail}` : ''}`,
          res.status,
        );
      }
    },
  };
}
