import { SMTPServer } from 'smtp-server';
import type { Logger } from 'pino';
import type { EmailChannel } from './channel.js';
import { smtpSecurityOptions, type SmtpSecurity } from './smtp-security.js';

export interface InboundSmtpOptions {
  channel: EmailChannel;
  log: Logger;
  /** Largest accepted message in bytes (SMTP SIZE); larger ones are refused with 552. */
  maxMessageBytes: number;
  /** Accepted recipient domains; empty accepts any. */
  acceptDomains?: string[];
  /**
   * Messages one client address may send in an hour (default 100), on top of the per-sender limit:
   * forged senders do not multiply it. Counted per instance, in memory.
   */
  maxPerAddressPerHour?: number;
  /** STARTTLS and AUTH (operator file: adapters.smtpInbound); without them, neither is offered. */
  security?: SmtpSecurity;
}

const HOUR_MS = 60 * 60_000;

/** A sliding one-hour window of message times per client address. */
function addressWindow(max: number) {
  const seen = new Map<string, number[]>();
  return (address: string): boolean => {
    const now = Date.now();
    const recent = (seen.get(address) ?? []).filter((t) => now - t < HOUR_MS);
    if (recent.length >= max) {
      seen.set(address, recent);
      return false;
    }
    recent.push(now);
    seen.set(address, recent);
    if (seen.size > 10_000) for (const [k, v] of seen) if (v.every((t) => now - t >= HOUR_MS)) seen.delete(k);
    return true;
  };
}

/** The SMTP listener customers' mail arrives at. A message is accepted only after it is stored. */
export function createInboundSmtp(opts: InboundSmtpOptions) {
  const fromAddress = addressWindow(opts.maxPerAddressPerHour ?? 100);
  const security = opts.security ?? {};
  const server = new SMTPServer({
    ...smtpSecurityOptions(security),
    size: opts.maxMessageBytes,
    banner: 'Frontline ESMTP',
    logger: false,
    onMailFrom(address, session, cb) {
      if (security.tls?.required && !session.secure) {
        return cb(Object.assign(new Error('Must issue a STARTTLS command first'), { responseCode: 530 }));
      }
      if (!fromAddress(session.remoteAddress)) {
        return cb(
          Object.assign(new Error('Too many messages from your address, try again later'), {
            responseCode: 451,
          }),
        );
      }
      opts.channel.acceptsSender(address.address).then(
        (ok) =>
          cb(
            ok
              ? undefined
              : Object.assign(new Error('Too many messages from this sender, try again later'), {
                  responseCode: 451,
                }),
          ),
        (err: Error) => {
          opts.log.error({ err }, 'sender limit check failed');
          cb(Object.assign(new Error('Temporary failure, try again later'), { responseCode: 451 }));
        },
      );
    },
    onRcptTo(address, _session, cb) {
      const domain = address.address.split('@')[1]?.toLowerCase() ?? '';
      if (opts.acceptDomains?.length && !opts.acceptDomains.includes(domain)) {
        return cb(Object.assign(new Error('Relay access denied'), { responseCode: 550 }));
      }
      cb();
    },
    onData(stream, _session, cb) {
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (c: Buffer) => {
        size += c.length;
        if (size <= opts.maxMessageBytes) chunks.push(c);
      });
      stream.on('end', () => {
        if ((stream as unknown as { sizeExceeded?: boolean }).sizeExceeded || size > opts.maxMessageBytes) {
          return cb(Object.assign(new Error('Message exceeds the size limit'), { responseCode: 552 }));
        }
        opts.channel
          .receive(Buffer.concat(chunks))
          .then(() => cb())
          .catch((err: Error) => {
            opts.log.error({ err }, 'failed to store inbound e-mail');
            cb(Object.assign(new Error('Temporary failure, try again later'), { responseCode: 451 }));
          });
      });
    },
  });
  server.on('error', (err) => opts.log.warn({ err }, 'smtp server error'));
  return {
    server,
    listen(port: number, host: string): Promise<{ port: number }> {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const addr = server.server.address();
          resolve({ port: typeof addr === 'object' && addr ? addr.port : port });
        });
      });
    },
    close(): Promise<void> {
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
