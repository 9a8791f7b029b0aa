import type { Jobs } from '../../jobs/jobs.js';
import type { Campaigns } from './service.js';

/** Campaigns move on as a periodic job of the desk's job engine (once across instances on pg-boss). */
export const CAMPAIGN_JOB = 'acs-campaigns';

export function scheduleCampaigns(jobs: Pick<Jobs, 'every'>, campaigns: Campaigns, everyMs: number): void {
  jobs.every({ name: CAMPAIGN_JOB, everyMs, run: () => campaigns.advance() });
}
