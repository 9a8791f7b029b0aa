import { auditEntrySchema, type AuditEntry, type StoredAuditEntry } from '../../domain/index.js';
import { maskDeep } from '../../security/mask.js';
import type { AuditLog } from '../../tickets/ports.js';
import { clampLimit, parseJson, type Executor, type RepoContext } from '../common.js';

/** Append-only: there is deliberately no update or delete here (and triggers refuse them in the DB). */
export class AuditRepository implements AuditLog {
  constructor(private readonly ctx: RepoContext) {}

  append(entry: AuditEntry): Promise<StoredAuditEntry> {
    return this.appendIn(this.ctx.db, entry);
  }

  async appendIn(exec: Executor, entry: AuditEntry): Promise<StoredAuditEntry> {
    const e = maskDeep(auditEntrySchema.parse(entry));
    const at = this.ctx.now().toISOString();
    const r = await exec
      .insertInto('audit_log')
      .values({
        at,
        action: e.action,
        target: e.target,
        actor_kind: e.actor.kind,
        actor_id: e.actor.id,
        data: JSON.stringify(e),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { ...e, id: Number(r.id), at };
  }

  async list(
    filter: { target?: string; action?: AuditEntry['action']; limit?: number } = {},
  ): Promise<StoredAuditEntry[]> {
    let q = this.ctx.db.selectFrom('audit_log').selectAll();
    if (filter.target) q = q.where('target', '=', filter.target);
    if (filter.action) q = q.where('action', '=', filter.action);
    const rows = await q
      .orderBy('id', 'desc')
      .limit(clampLimit(filter.limit, 100, 1000))
      .execute();
    return rows.map((r) => ({ ...parseJson<AuditEntry>(r.data), id: Number(r.id), at: r.at }));
  }
}
