import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Incident } from '../../domain/index.js';
import { NotFoundError, type IncidentStore } from '../../tickets/ports.js';
import { formatReference, nextCounter, parseJson, type RepoContext } from '../common.js';
import type { IncidentsTable } from '../tables/core.js';

export function toIncident(r: Selectable<IncidentsTable>): Incident {
  return {
    id: r.id,
    reference: r.reference,
    areas: parseJson<string[]>(r.areas),
    kind: r.kind,
    title: r.title,
    status: r.status as Incident['status'],
    startedAt: r.started_at,
    etaAt: r.eta_at,
    resolvedAt: r.resolved_at,
  };
}

/** Outages and planned work by area; references `INC-000001`. */
export class IncidentRepository implements IncidentStore {
  constructor(private readonly ctx: RepoContext) {}

  async create(input: {
    areas: string[];
    kind: string;
    title: string;
    etaAt?: string | null;
  }): Promise<Incident> {
    return this.ctx.db.transaction().execute(async (trx) => {
      const at = this.ctx.now().toISOString();
      const row: Selectable<IncidentsTable> = {
        id: randomUUID(),
        reference: formatReference('INC', await nextCounter(trx, this.ctx.engine, 'incident')),
        areas: JSON.stringify([...new Set(input.areas)]),
        kind: input.kind,
        title: input.title,
        status: 'open',
        started_at: at,
        eta_at: input.etaAt ?? null,
        resolved_at: null,
        updated_at: at,
      };
      await trx.insertInto('incidents').values(row).execute();
      return toIncident(row);
    });
  }

  async update(
    id: string,
    patch: Partial<Pick<Incident, 'areas' | 'etaAt' | 'title' | 'status'>>,
  ): Promise<Incident> {
    return this.ctx.db.transaction().execute(async (trx) => {
      const cur = await trx.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
      if (!cur) throw new NotFoundError('incident', id);
      const at = this.ctx.now().toISOString();
      const fields: Partial<Selectable<IncidentsTable>> = { updated_at: at };
      if (patch.areas !== undefined) fields.areas = JSON.stringify([...new Set(patch.areas)]);
      if (patch.etaAt !== undefined) fields.eta_at = patch.etaAt;
      if (patch.title !== undefined) fields.title = patch.title;
      if (patch.status !== undefined && patch.status !== cur.status) {
        fields.status = patch.status;
        fields.resolved_at = patch.status === 'resolved' ? at : null;
      }
      await trx.updateTable('incidents').set(fields).where('id', '=', id).execute();
      return toIncident({ ...cur, ...fields });
    });
  }

  resolve(id: string): Promise<Incident> {
    return this.update(id, { status: 'resolved' });
  }

  async get(id: string): Promise<Incident | null> {
    const r = await this.ctx.db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? toIncident(r) : null;
  }

  async openInArea(area: string): Promise<Incident[]> {
    // Open incidents are few at any time; filter their area lists here rather than index them.
    const open = await this.list({ status: 'open' });
    return open.filter((i) => i.areas.includes(area));
  }

  async list(filter: { status?: Incident['status'] } = {}): Promise<Incident[]> {
    let q = this.ctx.db.selectFrom('incidents').selectAll();
    if (filter.status) q = q.where('status', '=', filter.status);
    const rows = await q.orderBy('started_at', 'desc').orderBy('id', 'desc').limit(500).execute();
    return rows.map(toIncident);
  }
}
