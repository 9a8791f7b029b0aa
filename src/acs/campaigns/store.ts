import type { Kysely } from 'kysely';
import type {
  AcsCampaignMemberRow,
  AcsCampaignMemberStatus,
  AcsCampaignRow,
  AcsCampaignStatus,
  AcsTables,
} from '../../storage/tables/acs.js';

// SQL of the firmware campaigns (SQLite and PostgreSQL alike).

const BATCH = 200;

export class CampaignStore {
  constructor(private readonly db: Kysely<AcsTables>) {}

  async insert(c: AcsCampaignRow, members: AcsCampaignMemberRow[]): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await tx.insertInto('acs_campaigns').values(c).execute();
      for (let i = 0; i < members.length; i += BATCH)
        await tx
          .insertInto('acs_campaign_members')
          .values(members.slice(i, i + BATCH))
          .execute();
    });
  }

  get(id: string): Promise<AcsCampaignRow | undefined> {
    return this.db.selectFrom('acs_campaigns').selectAll().where('id', '=', id).executeTakeFirst();
  }

  list(limit: number): Promise<AcsCampaignRow[]> {
    return this.db
      .selectFrom('acs_campaigns')
      .selectAll()
      .orderBy('created_at', 'desc')
      .limit(limit)
      .execute();
  }

  running(): Promise<AcsCampaignRow[]> {
    return this.db
      .selectFrom('acs_campaigns')
      .selectAll()
      .where('status', '=', 'running')
      .orderBy('created_at')
      .execute();
  }

  /** Compare-and-set: applies `patch` only while the campaign is running. */
  async updateIfRunning(id: string, patch: Partial<Omit<AcsCampaignRow, 'id'>>): Promise<boolean> {
    const r = await this.db
      .updateTable('acs_campaigns')
      .set(patch)
      .where('id', '=', id)
      .where('status', '=', 'running' satisfies AcsCampaignStatus)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  members(campaignId: string, stage?: number): Promise<AcsCampaignMemberRow[]> {
    let q = this.db.selectFrom('acs_campaign_members').selectAll().where('campaign_id', '=', campaignId);
    if (stage !== undefined) q = q.where('stage', '=', stage);
    return q.orderBy('stage').orderBy('device_id').execute();
  }

  async counts(campaignId: string): Promise<{ stage: number; status: AcsCampaignMemberStatus; n: number }[]> {
    const rows = await this.db
      .selectFrom('acs_campaign_members')
      .select(['stage', 'status', (eb) => eb.fn.countAll<string | number>().as('n')])
      .where('campaign_id', '=', campaignId)
      .groupBy(['stage', 'status'])
      .execute();
    return rows.map((r) => ({ stage: Number(r.stage), status: r.status, n: Number(r.n) }));
  }

  async updateMember(
    campaignId: string,
    deviceId: string,
    patch: Partial<Pick<AcsCampaignMemberRow, 'status' | 'task_id' | 'detail' | 'updated_at'>>,
  ): Promise<void> {
    await this.db
      .updateTable('acs_campaign_members')
      .set(patch)
      .where('campaign_id', '=', campaignId)
      .where('device_id', '=', deviceId)
      .execute();
  }
}
