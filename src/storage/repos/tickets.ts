import { randomUUID } from 'node:crypto';
import { sql, type RawBuilder, type Selectable, type SqlBool } from 'kysely';
import {
  canTransition,
  statusType,
  timelineEventSchema,
  type Actor,
  type Escalation,
  type HandoffPacket,
  type Priority,
  type Queue,
  type StoredTimelineEvent,
  type Ticket,
  type TicketStatus,
  type TimelineEvent,
} from '../../domain/index.js';
import { InvalidTransitionError } from '../../tickets/errors.js';
import {
  ConcurrencyError,
  NotFoundError,
  type NewTicket,
  type TicketFilter,
  type TicketPatch,
  type TicketStore,
} from '../../tickets/ports.js';
import { initialSla, slaAfterStatusChange, slaAfterTermChange } from '../../tickets/sla.js';
import { slaClock, type SlaClock } from '../../tickets/sla-policy.js';
import {
  clampLimit,
  decodeSeqCursor,
  encodeSeqCursor,
  formatReference,
  nextCounter,
  parseJson,
  type Executor,
  type RepoContext,
} from '../common.js';
import { maskDeep, maskSecretText } from '../../security/mask.js';
import type { TicketsTable } from '../tables/core.js';
import { appendSearchDoc, createSearchDoc, ftsQuery, pgSearch, searchTokens } from '../search.js';

type TicketRow = Selectable<TicketsTable>;

const SYSTEM: Actor = { kind: 'system', id: null };
/** Event types whose text is searchable. */
const SEARCHABLE = new Set(['message_in', 'message_out', 'note']);

function searchableTexts(events: TimelineEvent[]): string[] {
  return events.flatMap((e) => (SEARCHABLE.has(e.type) && 'text' in e ? [e.text] : []));
}

export function toTicket(r: TicketRow): Ticket {
  return {
    id: r.id,
    reference: r.reference,
    customerId: r.customer_id,
    serviceId: r.service_id,
    channel: r.channel as Ticket['channel'],
    language: r.language as Ticket['language'],
    intent: r.intent as Ticket['intent'],
    priority: r.priority as Ticket['priority'],
    status: r.status as TicketStatus,
    queue: r.queue as Ticket['queue'],
    assignee: r.assignee,
    subject: r.subject,
    incidentId: r.incident_id,
    disposition: r.disposition,
    version: Number(r.version),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    resolvedAt: r.resolved_at,
    slaDueAt: r.sla_due_at,
  };
}

function toEscalation(r: {
  id: string;
  ticket_id: string;
  queue: string;
  reason: string;
  packet: string;
  created_at: string;
  accepted_at: string | null;
  returned_at: string | null;
}): Escalation {
  return {
    id: r.id,
    ticketId: r.ticket_id,
    queue: r.queue as Queue,
    reason: r.reason,
    packet: parseJson<HandoffPacket>(r.packet),
    createdAt: r.created_at,
    acceptedAt: r.accepted_at,
    returnedAt: r.returned_at,
  };
}

export class TicketRepository implements TicketStore {
  /** SLA targets and working hours by queue and priority. */
  readonly sla: SlaClock;

  constructor(
    private readonly ctx: RepoContext,
    sla?: SlaClock,
  ) {
    this.sla = sla ?? slaClock();
  }

  async create(input: NewTicket, opening: TimelineEvent[] = []): Promise<Ticket> {
    const events = opening.map((e) => timelineEventSchema.parse(e));
    const { db, engine } = this.ctx;
    return db.transaction().execute(async (trx) => {
      const now = this.ctx.now();
      const at = now.toISOString();
      const priority = input.priority ?? 'P3';
      const sla = initialSla(this.sla.term(null, priority), now);
      const seq = await nextCounter(trx, engine, 'ticket');
      const row: TicketRow = {
        id: randomUUID(),
        reference: formatReference('T', seq),
        seq,
        customer_id: input.customerId ?? null,
        service_id: input.serviceId ?? null,
        channel: input.channel,
        language: input.language,
        intent: input.intent ?? null,
        priority,
        status: 'new',
        queue: null,
        assignee: null,
        subject: input.subject ? maskSecretText(input.subject) : null,
        incident_id: null,
        disposition: null,
        version: 1,
        created_at: at,
        updated_at: at,
        resolved_at: null,
        sla_due_at: sla.slaDueAt,
        sla_remaining_ms: sla.slaRemainingMs,
      };
      await trx.insertInto('tickets').values(row).execute();
      await createSearchDoc(trx, engine, seq, [row.subject, ...searchableTexts(events)]);
      await this.insertEvents(trx, row.id, events, at);
      return toTicket(row);
    });
  }

  async get(id: string): Promise<Ticket | null> {
    const r = await this.ctx.db.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? toTicket(r) : null;
  }

  async getByReference(reference: string): Promise<Ticket | null> {
    const r = await this.ctx.db
      .selectFrom('tickets')
      .selectAll()
      .where('reference', '=', reference.toUpperCase())
      .executeTakeFirst();
    return r ? toTicket(r) : null;
  }

  async append(
    ticketId: string,
    events: TimelineEvent[],
    patch: TicketPatch = {},
    expectedVersion?: number,
  ): Promise<Ticket> {
    const parsed = events.map((e) => timelineEventSchema.parse(e));
    return this.ctx.db.transaction().execute(async (trx) => {
      const cur = await this.lockTicket(trx, ticketId);
      if (expectedVersion !== undefined && cur.version !== expectedVersion)
        throw new ConcurrencyError(ticketId);
      const now = this.ctx.now();
      const at = now.toISOString();
      const actor = parsed.length > 0 ? parsed[parsed.length - 1].actor : SYSTEM;
      const { update, extra } = this.applyPatch(cur, patch, now, actor, parsed);
      const next = await this.writeTicket(trx, cur, update, at);
      await this.insertEvents(trx, ticketId, [...parsed, ...extra], at);
      const newSubject = update.subject && update.subject !== cur.subject ? update.subject : null;
      await appendSearchDoc(trx, this.ctx.engine, Number(cur.seq), [newSubject, ...searchableTexts(parsed)]);
      return next;
    });
  }

  async timeline(ticketId: string): Promise<StoredTimelineEvent[]> {
    const rows = await this.ctx.db
      .selectFrom('ticket_events')
      .selectAll()
      .where('ticket_id', '=', ticketId)
      .orderBy('id', 'asc')
      .execute();
    return rows.map((r) => ({
      ...parseJson<TimelineEvent>(r.data),
      id: Number(r.id),
      ticketId: r.ticket_id,
      at: r.at,
    }));
  }

  async list(filter: TicketFilter): Promise<{ items: Ticket[]; nextCursor: string | null }> {
    const limit = clampLimit(filter.limit);
    const where: RawBuilder<SqlBool>[] = [];
    if (filter.status && filter.status.length > 0)
      where.push(sql`tickets.status IN (${sql.join(filter.status)})`);
    if (filter.queue) where.push(sql`tickets.queue = ${filter.queue}`);
    if (filter.customerId) where.push(sql`tickets.customer_id = ${filter.customerId}`);
    if (filter.intent) where.push(sql`tickets.intent = ${filter.intent}`);
    if (filter.priority) where.push(sql`tickets.priority = ${filter.priority}`);
    if (filter.incidentId) where.push(sql`tickets.incident_id = ${filter.incidentId}`);
    const tokens = filter.q ? searchTokens(filter.q) : [];
    let rows: TicketRow[];
    if (tokens.length > 0 && this.ctx.engine === 'postgres') {
      const opts = {
        query: ftsQuery(tokens, 'postgres'),
        filters: where,
        before: filter.cursor ? decodeSeqCursor(filter.cursor) : null,
        limit: limit + 1,
      };
      rows = (await pgSearch(opts).execute(this.ctx.db)).rows as TicketRow[];
    } else {
      let from = sql`tickets`;
      let key = sql`tickets.seq`;
      if (tokens.length > 0) {
        // Drive from FTS5 newest-first (rowid = seq) so a page stops early even for common words.
        from = sql`ticket_search JOIN tickets ON tickets.seq = ticket_search.rowid`;
        key = sql`ticket_search.rowid`;
        where.push(sql`ticket_search MATCH ${ftsQuery(tokens, this.ctx.engine)}`);
      }
      if (filter.cursor) where.push(sql`${key} < ${decodeSeqCursor(filter.cursor)}`);
      const whereSql = where.length > 0 ? sql`WHERE ${sql.join(where, sql` AND `)}` : sql``;
      rows = (
        await sql<TicketRow>`SELECT tickets.* FROM ${from} ${whereSql} ORDER BY ${key} DESC LIMIT ${limit + 1}`.execute(
          this.ctx.db,
        )
      ).rows;
    }
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toTicket),
      nextCursor: rows.length > limit && last ? encodeSeqCursor(Number(last.seq)) : null,
    };
  }

  async escalate(ticketId: string, queue: Queue, reason: string, packet: HandoffPacket): Promise<Escalation> {
    return this.ctx.db.transaction().execute(async (trx) => {
      const cur = await this.lockTicket(trx, ticketId);
      const now = this.ctx.now();
      const at = now.toISOString();
      const esc: Escalation = {
        id: randomUUID(),
        ticketId,
        queue,
        reason,
        packet,
        createdAt: at,
        acceptedAt: null,
        returnedAt: null,
      };
      await trx
        .insertInto('escalations')
        .values({
          id: esc.id,
          ticket_id: ticketId,
          queue,
          reason: maskSecretText(reason),
          packet: JSON.stringify(maskDeep(packet)),
          created_at: at,
          accepted_at: null,
          returned_at: null,
        })
        .execute();
      const event = timelineEventSchema.parse({
        actor: SYSTEM,
        type: 'escalation',
        queue,
        reason,
        escalationId: esc.id,
      });
      const { update, extra } = this.applyPatch(cur, { status: 'escalated', queue }, now, SYSTEM, [event]);
      await this.writeTicket(trx, cur, update, at);
      await this.insertEvents(trx, ticketId, [event, ...extra], at);
      return esc;
    });
  }

  async escalations(ticketId: string): Promise<Escalation[]> {
    const rows = await this.ctx.db
      .selectFrom('escalations')
      .selectAll()
      .where('ticket_id', '=', ticketId)
      .orderBy('created_at', 'asc')
      .orderBy('id', 'asc')
      .execute();
    return rows.map(toEscalation);
  }

  async getState<T>(ticketId: string, key: string): Promise<T | null> {
    const r = await this.ctx.db
      .selectFrom('ticket_state')
      .select('value')
      .where('ticket_id', '=', ticketId)
      .where('key', '=', key)
      .executeTakeFirst();
    return r ? parseJson<T>(r.value) : null;
  }

  async setState(ticketId: string, key: string, value: unknown): Promise<void> {
    const exists = await this.ctx.db
      .selectFrom('tickets')
      .select('id')
      .where('id', '=', ticketId)
      .executeTakeFirst();
    if (!exists) throw new NotFoundError('ticket', ticketId);
    await this.ctx.db
      .insertInto('ticket_state')
      .values({ ticket_id: ticketId, key, value: JSON.stringify(maskDeep(value ?? null)) })
      .onConflict((oc) =>
        oc.columns(['ticket_id', 'key']).doUpdateSet({ value: (eb) => eb.ref('excluded.value') }),
      )
      .execute();
  }

  /** Reads the ticket inside a transaction, locking the row on PostgreSQL. */
  private async lockTicket(trx: Executor, ticketId: string): Promise<TicketRow> {
    let q = trx.selectFrom('tickets').selectAll().where('id', '=', ticketId);
    if (this.ctx.engine === 'postgres') q = q.forUpdate();
    const cur = await q.executeTakeFirst();
    if (!cur) throw new NotFoundError('ticket', ticketId);
    return cur;
  }

  /** Turns a patch into column updates plus the events the rules add (status changes). */
  private applyPatch(
    cur: TicketRow,
    patch: TicketPatch,
    now: Date,
    actor: Actor,
    given: TimelineEvent[],
  ): { update: Partial<TicketRow>; extra: TimelineEvent[] } {
    const update: Partial<TicketRow> = {};
    const extra: TimelineEvent[] = [];
    const set = <K extends keyof TicketRow>(k: K, v: TicketRow[K] | undefined) => {
      if (v !== undefined) update[k] = v;
    };
    set('customer_id', patch.customerId);
    set('service_id', patch.serviceId);
    set('language', patch.language);
    set('intent', patch.intent);
    set('queue', patch.queue);
    set('assignee', patch.assignee);
    set('subject', typeof patch.subject === 'string' ? maskSecretText(patch.subject) : patch.subject);
    set('incident_id', patch.incidentId);
    set('disposition', patch.disposition);
    let sla = {
      slaDueAt: cur.sla_due_at,
      slaRemainingMs: cur.sla_remaining_ms === null ? null : Number(cur.sla_remaining_ms),
    };
    const from = cur.status as TicketStatus;
    const priorityChanged = patch.priority !== undefined && patch.priority !== cur.priority;
    if (priorityChanged) update.priority = patch.priority;
    const term = this.sla.term(
      (patch.queue !== undefined ? patch.queue : cur.queue) as Queue | null,
      (patch.priority ?? cur.priority) as Priority,
    );
    if (priorityChanged || (patch.queue !== undefined && patch.queue !== cur.queue)) {
      sla = slaAfterTermChange(sla, from, term, cur.created_at);
    }
    if (patch.status !== undefined && patch.status !== from) {
      const to = patch.status;
      if (!canTransition(from, to)) throw new InvalidTransitionError(from, to);
      update.status = to;
      update.resolved_at = statusType(to) === 'closed' ? (cur.resolved_at ?? now.toISOString()) : null;
      sla = slaAfterStatusChange(sla, from, to, now, term.calendar);
      const already = given.some((e) => e.type === 'status_change' && e.to === to);
      if (!already) extra.push(timelineEventSchema.parse({ actor, type: 'status_change', from, to }));
    }
    update.sla_due_at = sla.slaDueAt;
    update.sla_remaining_ms = sla.slaRemainingMs;
    return { update, extra };
  }

  private async writeTicket(
    trx: Executor,
    cur: TicketRow,
    update: Partial<TicketRow>,
    at: string,
  ): Promise<Ticket> {
    const version = Number(cur.version) + 1;
    const res = await trx
      .updateTable('tickets')
      .set({ ...update, version, updated_at: at })
      .where('id', '=', cur.id)
      .where('version', '=', cur.version)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw new ConcurrencyError(cur.id);
    return toTicket({ ...cur, ...update, version, updated_at: at });
  }

  private async insertEvents(
    trx: Executor,
    ticketId: string,
    events: TimelineEvent[],
    at: string,
  ): Promise<void> {
    if (events.length === 0) return;
    await trx
      .insertInto('ticket_events')
      .values(
        events.map((e) => ({ ticket_id: ticketId, type: e.type, at, data: JSON.stringify(maskDeep(e)) })),
      )
      .execute();
  }
}
