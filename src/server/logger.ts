import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { SECRET_LOG_PATHS } from '../security/mask.js';
import type { Config } from './config.js';

/** Query parameters that carry credentials (the chat WebSocket sends its conversation token so). */
const SECRET_PARAMS = /([?&](?:token|portalToken|access_token|api_key|apiKey)=)[^&#]*/gi;

export function redactUrl(url: string): string {
  return url.replace(SECRET_PARAMS, '$1[Redacted]');
}

/** The desk's logger (JSON on stdout, or on `destination`). */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    level: config.logLevel,
    base: { service: 'frontline' },
    // Never log credentials that might ride along on requests.
    redact: [
      'req.headers.authorization',
      'req.headers.cookie',
      'req.headers["x-csrf-token"]',
      // PINs, passwords and generated keys wherever a log line carries them (src/security/mask.ts).
      ...SECRET_LOG_PATHS,
    ],
    serializers: {
      // Fastify's request summary, with secrets in the query string replaced.
      req: (req: { method?: string; url?: string; host?: string; ip?: string; socket?: { remotePort?: number } }) => ({
        method: req.method,
        url: typeof req.url === 'string' ? redactUrl(req.url) : req.url,
        host: req.host,
        remoteAddress: req.ip,
        remotePort: req.socket?.remotePort,
      }),
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
