import nodemailer, { type Transporter } from 'nodemailer';

// The SMTP relay replies go out through. Its timeouts and TLS policy are transport options; given as
// message defaults (createTransport's second argument) nodemailer would ignore them.

export interface RelaySettings {
  /** required: STARTTLS or no send; opportunistic: STARTTLS when offered; none: never (smtps:// is TLS from the start). */
  tls: 'required' | 'opportunistic' | 'none';
  /** Verify the relay's certificate. */
  rejectUnauthorized: boolean;
  connectionTimeoutMs: number;
  greetingTimeoutMs: number;
  socketTimeoutMs: number;
}

export const DEFAULT_RELAY: RelaySettings = {
  tls: 'opportunistic',
  rejectUnauthorized: true,
  connectionTimeoutMs: 10_000,
  greetingTimeoutMs: 10_000,
  socketTimeoutMs: 60_000,
};

/** The transport options for a relay URL (smtp:// or smtps://, credentials in the URL) and settings. */
export function relayTransportOptions(url: string, s: RelaySettings) {
  return {
    url,
    secure: new URL(url).protocol === 'smtps:',
    requireTLS: s.tls === 'required',
    ignoreTLS: s.tls === 'none',
    tls: { rejectUnauthorized: s.rejectUnauthorized },
    connectionTimeout: s.connectionTimeoutMs,
    greetingTimeout: s.greetingTimeoutMs,
    socketTimeout: s.socketTimeoutMs,
  };
}

export function createRelayTransport(url: string, s: RelaySettings): Transporter {
  return nodemailer.createTransport(relayTransportOptions(url, s));
}
