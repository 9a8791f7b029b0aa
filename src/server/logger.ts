import { pino, type Logger } from 'pino';
import { SECRET_LOG_PATHS } from '../security/mask.js';
import type { Config } from './config.js';

export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'frontline' },
    // Never log credentials that might ride along on requests.
    // PINs, passwords and generated keys wherever a log line carries them (src/security/mask.ts).
    redact: ['req.headers.authorization', 'req.headers.cookie', ...SECRET_LOG_PATHS],
  });
}
