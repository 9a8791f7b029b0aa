import { createHash, timingSafeEqual } from 'node:crypto';
import type { SMTPServerOptions } from 'smtp-server';
import { readConfigFile, readPassword, type SmtpInboundSettings } from './settings.js';

// STARTTLS and AUTH of the desk's own SMTP listener, from the operator file's adapters.smtpInbound.

export interface SmtpSecurity {
  /** PEM key and certificate for STARTTLS; required: no MAIL FROM before it. */
  tls?: { key: Buffer; cert: Buffer; required: boolean };
  /** Accepted users and their passwords; required: no mail without AUTH. */
  auth?: { required: boolean; users: Map<string, string> };
}

/** Reads the key, certificate and passwords the settings name; throws saying which is missing. */
export function resolveSmtpSecurity(
  s: SmtpInboundSettings | undefined,
  env: Record<string, string | undefined> = process.env,
): SmtpSecurity {
  if (!s) return {};
  return {
    tls: s.tls && {
      key: readConfigFile(s.tls.keyFile, 'adapters.smtpInbound.tls.keyFile'),
      cert: readConfigFile(s.tls.certFile, 'adapters.smtpInbound.tls.certFile'),
      required: s.tls.required,
    },
    auth: s.auth && {
      required: s.auth.required,
      users: new Map(
        s.auth.users.map((u) => [u.user, readPassword(u, `adapters.smtpInbound.auth user ${u.user}`, env)]),
      ),
    },
  };
}

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** Equal passwords, compared in constant time (the digests have one length whatever was typed). */
function samePassword(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

type AuthHandler = NonNullable<SMTPServerOptions['onAuth']>;

/** smtp-server options for the settings: which commands exist, the key pair, the AUTH check. */
export function smtpSecurityOptions(sec: SmtpSecurity): Partial<SMTPServerOptions> {
  const disabled = [...(sec.tls ? [] : ['STARTTLS']), ...(sec.auth ? [] : ['AUTH'])];
  const onAuth: AuthHandler = (auth, _session, cb) => {
    const expected = sec.auth?.users.get(auth.username ?? '');
    const ok = expected !== undefined && samePassword(auth.password ?? '', expected);
    if (!ok) return cb(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    cb(null, { user: auth.username });
  };
  return {
    secure: false,
    disabledCommands: disabled,
    authMethods: ['PLAIN', 'LOGIN'],
    authOptional: !sec.auth?.required,
    allowInsecureAuth: false,
    ...(sec.tls ? { key: sec.tls.key, cert: sec.tls.cert } : {}),
    ...(sec.auth ? { onAuth } : {}),
  };
}
