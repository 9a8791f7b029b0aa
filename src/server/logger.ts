import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { SECRET_LOG_PATHS } from '../security/mask.js';
import type { Config } from './config.js';

/** Query parameters that carry credentials (the chat WebSocket sends its conversation token so). */
const SECRET_PARAMS = new Set(['token', 'portaltoken', 'access_token', 'api_key', 'apikey']);

function decodedName(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' ')).trim().toLowerCase();
  } catch {
    // Malformed percent-encoding: the raw name is matched instead (bad input, not a failure).
    return raw.toLowerCase();
  }
}

/** The URL with the value of every credential parameter replaced; names are compared decoded ("%74oken" is "token"). */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const hashAt = url.indexOf('#', q);
  const query = url.slice(q + 1, hashAt < 0 ? undefined : hashAt);
  const redacted = query
    .split('&')
    .map((part) => {
      const eq = part.indexOf('=');
      const name = eq < 0 ? part : part.slice(0, eq);
      return SECRET_PARAMS.has(decodedName(name)) ? `${name}=[Redacted]` : part;
    })
    .join('&');
  return `${url.slice(0, q + 1)}${redacted}${hashAt < 0 ? '' : url.slice(hashAt)}`;
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
      req: (req: {
        method?: string;
        url?: string;
        host?: string;
        ip?: string;
        socket?: { remotePort?: number };
      }) => ({
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
