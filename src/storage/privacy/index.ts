import type { PersonalDataStore } from '../../privacy/ports.js';
import type { RepoContext } from '../common.js';
import type { Repositories } from '../repositories.js';
import { collectPersonalData } from './collect.js';
import { erasePersonalData } from './erase.js';
import { sweepRetention } from './retention.js';

export function createPersonalDataStore(
  repos: Repositories,
  now: () => Date = () => new Date(),
): PersonalDataStore {
  const ctx: RepoContext = { db: repos.db, engine: repos.engine, now };
  return {
    collect: (customerNumber) => collectPersonalData(ctx, repos, customerNumber),
    erase: (customerNumber, auditFor) => erasePersonalData(ctx, customerNumber, auditFor),
    sweep: (cutoffs) => sweepRetention(ctx, cutoffs),
  };
}
