// LineFailureStore in the database: one row per service (its latest failing-line diagnosis), so the
// outage job sees the failures every instance observed, also after a restart.
import type { Kysely } from 'kysely';
import type { LineFailure, LineFailureStore } from '../outages/failures.js';
import type { OutageTables } from './tables/outages.js';

const iso = (ms: number) => new Date(ms).toISOString();

export class KyselyLineFailures implements LineFailureStore {
  constructor(private readonly db: Kysely<OutageTables>) {}

  async record(f: LineFailure): Promise<void> {
    const row = { service_id: f.serviceId, area: f.area, ticket_id: f.ticketId, code: f.code, at: iso(f.at) };
    await this.db
      .insertInto('line_failures')
      .values(row)
      .onConflict((oc) =>
        oc
          .column('service_id')
          .doUpdateSet({ area: row.area, ticket_id: row.ticket_id, code: row.code, at: row.at }),
      )
      .execute();
  }

  async recent(area: string, sinceMs: number): Promise<LineFailure[]> {
    const rows = await this.db
      .selectFrom('line_failures')
      .selectAll()
      .where('area', '=', area)
      .where('at', '>=', iso(sinceMs))
      .orderBy('at')
      .execute();
    return rows.map((r) => ({
      area: r.area,
      serviceId: r.service_id,
      ticketId: r.ticket_id,
      code: r.code,
      at: Date.parse(r.at),
    }));
  }

  async areasWith(lines: number, sinceMs: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('line_failures')
      .select('area')
      .where('at', '>=', iso(sinceMs))
      .groupBy('area')
      .having((eb) => eb.fn.countAll(), '>=', lines)
      .execute();
    return rows.map((r) => r.area);
  }

  async suggestedAt(area: string): Promise<number | null> {
    const row = await this.db
      .selectFrom('outage_suggestions')
      .select('at')
      .where('area', '=', area)
      .executeTakeFirst();
    return row ? Date.parse(row.at) : null;
  }

  async markSuggested(area: string, atMs: number): Promise<void> {
    await this.db
      .insertInto('outage_suggestions')
      .values({ area, at: iso(atMs) })
      .onConflict((oc) => oc.column('area').doUpdateSet({ at: iso(atMs) }))
      .execute();
  }

  async forget(beforeMs: number): Promise<void> {
    await this.db.deleteFrom('line_failures').where('at', '<', iso(beforeMs)).execute();
  }
}
