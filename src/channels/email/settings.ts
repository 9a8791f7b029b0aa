import { readFileSync } from 'node:fs';
import { z } from 'zod';

// The operator file's e-mail ingress settings (docs/operator-config.md): the mailbox the desk polls
// over IMAP and the options of its own SMTP listener. Passwords never sit in the file: each names an
// environment variable or a file (a container secret) that holds it.

const envName = z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'an environment variable name');
const path = z.string().trim().min(1);

const secretRef = {
  /** The environment variable holding the password. */
  passwordEnv: envName.optional(),
  /** A file holding the password (trailing newline ignored), e.g. /run/secrets/imap. */
  passwordFile: path.optional(),
};
const oneSecret = {
  message: 'give exactly one of passwordEnv and passwordFile',
  path: ['passwordEnv'],
};
const hasOneSecret = (s: { passwordEnv?: string; passwordFile?: string }) =>
  (s.passwordEnv === undefined) !== (s.passwordFile === undefined);

export const imapSettingsSchema = z
  .object({
    host: z.string().trim().min(1),
    /** Default: 993 with implicit TLS, else 143. */
    port: z.number().int().min(1).max(65_535).optional(),
    /** implicit: TLS from the start (993); starttls: upgrade or fail; none: cleartext (loopback only). */
    tls: z.enum(['implicit', 'starttls', 'none']).default('implicit'),
    rejectUnauthorized: z.boolean().default(true),
    /** A PEM file of the CA (or self-signed certificate) to trust, for a server with a private CA. */
    caFile: path.optional(),
    user: z.string().min(1),
    ...secretRef,
    mailbox: z.string().min(1).default('INBOX'),
    /** What happens to a message once it is a ticket: flagged \Seen, or moved to `moveTo`. */
    processed: z.enum(['seen', 'move']).default('seen'),
    moveTo: z.string().min(1).optional(),
    /** Longest wait between reconnection attempts (the wait doubles from 1 s up to this). */
    reconnectMaxMs: z.number().int().min(1_000).max(3_600_000).default(60_000),
    /** A sweep of the mailbox besides IDLE, for servers or networks that lose its notices. */
    pollMs: z.number().int().min(1_000).max(3_600_000).default(60_000),
  })
  .strict()
  .refine(hasOneSecret, oneSecret)
  .refine((s) => (s.processed === 'move') === (s.moveTo !== undefined), {
    message: 'moveTo names the folder when processed is move (and only then)',
    path: ['moveTo'],
  })
  .refine((s) => s.moveTo === undefined || s.moveTo !== s.mailbox, {
    message: 'moveTo must be another folder than the polled mailbox',
    path: ['moveTo'],
  });

const smtpUser = z
  .object({ user: z.string().min(1), ...secretRef })
  .strict()
  .refine(hasOneSecret, oneSecret);

export const smtpInboundSchema = z
  .object({
    /** STARTTLS with this key and certificate (PEM files). */
    tls: z
      .object({
        keyFile: path,
        certFile: path,
        /** true: no MAIL FROM before STARTTLS (530). */
        required: z.boolean().default(false),
      })
      .strict()
      .optional(),
    /** SMTP AUTH (PLAIN, LOGIN), offered only after STARTTLS. */
    auth: z
      .object({
        /** true: no mail without AUTH; false: AUTH may be used, unauthenticated mail is accepted too. */
        required: z.boolean().default(true),
        users: z.array(smtpUser).min(1),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((s) => !s.auth || s.tls, {
    message: 'AUTH sends passwords: configure tls so that they travel encrypted',
    path: ['auth'],
  });

export type ImapSettings = z.output<typeof imapSettingsSchema>;
export type SmtpInboundSettings = z.output<typeof smtpInboundSchema>;

/** `config check` warnings: the password variables the e-mail settings name that are unset here. */
export function unsetPasswordWarnings(
  adapters: { imap?: ImapSettings; smtpInbound?: SmtpInboundSettings },
  env: Record<string, string | undefined>,
): string[] {
  const refs = [
    ...(adapters.imap ? [{ where: 'adapters.imap', ref: adapters.imap }] : []),
    ...(adapters.smtpInbound?.auth?.users ?? []).map((u) => ({
      where: `adapters.smtpInbound.auth user ${u.user}`,
      ref: u,
    })),
  ];
  return refs.flatMap(({ where, ref }) =>
    ref.passwordEnv && !env[ref.passwordEnv]
      ? [`warning: ${where}: ${ref.passwordEnv} is not set in this environment`]
      : [],
  );
}

/** The password a setting refers to; throws naming the variable or file when it is missing. */
export function readPassword(
  ref: { passwordEnv?: string; passwordFile?: string },
  what: string,
  env: Record<string, string | undefined> = process.env,
): string {
  if (ref.passwordEnv) {
    const v = env[ref.passwordEnv];
    if (!v) throw new Error(`${what}: the environment variable ${ref.passwordEnv} is not set`);
    return v;
  }
  if (ref.passwordFile) {
    const v = readConfigFile(ref.passwordFile, what)
      .toString('utf8')
      .replace(/\r?\n$/, '');
    if (!v) throw new Error(`${what}: ${ref.passwordFile} is empty`);
    return v;
  }
  throw new Error(`${what}: no password given`);
}

/** A file the operator file names (key, certificate, CA, password); the error says which setting. */
export function readConfigFile(file: string, what: string): Buffer {
  try {
    return readFileSync(file);
  } catch (err) {
    throw new Error(`${what}: cannot read ${file}: ${(err as Error).message}`, { cause: err });
  }
}
