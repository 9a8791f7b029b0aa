import type { Logger } from 'pino';
import { createSecretBox, resolveSecretKey } from '../security/secrets.js';
import type { Db } from '../storage/db.js';
import { createRepositories, type Repositories } from '../storage/repositories.js';
import { slaPoliciesOf } from '../tickets/sla-policy.js';
import type { Config } from './config.js';

/**
 * The repositories on an open database, with the one secret box and the operator's SLA: the desk
 * (`frontline start`) and the ACS alone (`frontline acs`) wire them the same way, so the encrypted
 * columns (PPPoE passwords, router credentials) are read and written under one key everywhere.
 */
export function reposOf(config: Config, db: Db, log: Logger, now?: () => Date): Repositories {
  const key = resolveSecretKey(config.secretKey, config.nodeEnv);
  if (key.development)
    log.warn('FRONTLINE_SECRET_KEY is not set: using the fixed development key (never in production)');
  return createRepositories({
    db: db.db,
    engine: db.engine,
    secrets: createSecretBox(key.key),
    now,
    sla: slaPoliciesOf(config.operator),
  });
}
