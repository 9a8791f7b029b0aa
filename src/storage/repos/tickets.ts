import { randomUUID } from 'node:crypto';
import { sql, type RawBuilder, type Selectable, type SqlBool } from 'kysely';
import {
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
import type {
  StagedAppend,
  StagedTicket,
  TicketRecord,
  TicketSnapshot,
  TurnBatch,
  TurnStorage,
} from '../../tickets/turn-storage.js';
import {
  ConcurrencyError,
  NotFoundError,
  type NewTicket,
  type TicketFilter,
  type TicketPatch,
  type TicketStore,
} from '../../tickets/ports.js';
import { InvalidTransitionError } from '../../tickets/errors.js';
import { actorOfChange, statusChange } from '../../tickets/status-change.js';
import { initialSla, slaAfterStatusChange, slaAfterTermChange } from '../../tickets/sla.js';
import { slaClock, type SlaClock } from '../../tickets/sla-policy.js';
import {
  clampLimit,
  decodeSeqCursor,
  encodeSeqCursor,
  formatReference,
  isForeignKeyViolation,
  nextCounter,
  parseJson,
  type Executor,
  type RepoContext,
} from '../common.js';
import { maskDeep, maskSecretText } from '../../security/mask.js';
import type { TicketsTable } from '../tables/core.js';
import {
  appendSearchDoc,
  createSearchDoc,
  flushSearchQueue,
  ftsQuery,
  pgSearch,
  pgSearchAppend,
  queueSearchText,
  searchAppendText,
  searchTokens,
} from '../search.js';

type TicketRow = Selectable<TicketsTable>;

const SYSTEM: Actor = { kind: 'system', id: null };
/** Event types whose text is searchable. */
const SEARCHABLE = new Set(['message_in', 'message_out', 'note']);

function searchableTexts(events: TimelineEvent[]): string[] {
  return events.flatMap((e) => (SEARCHABLE.has(e.type) && 'text' in e ? [e.text] : []));
}

/** The columns a turn's record carries back to a row (the lease and timer columns are the turn's own). */
function fromRecord(r: TicketRecord): TicketRow {
  const t = r.ticket;
  return {
    id: t.id,
    reference: t.reference,
    seq: r.seq,
    customer_id: t.customerId,
    service_id: t.serviceId,
    channel: t.channel,
    language: t.language,
    intent: t.intent,
    priority: t.priority,
    status: t.status,
    queue: t.queue,
    assignee: t.assignee,
    subject: t.subject,
    incident_id: t.incidentId,
    disposition: t.disposition,
    version: t.version,
    created_at: t.createdAt,
    updated_at: t.updatedAt,
    resolved_at: t.resolvedAt,
    sla_due_at: t.slaDueAt,
    sla_remaining_ms: r.slaRemainingMs,
    turn_owner: null,
    turn_until: null,
    silent_since: null,
  };
}

function toRecord(r: TicketRow): TicketRecord {
  return {
    ticket: toTicket(r),
    slaRemainingMs: r.sla_remaining_ms === null ? null : Number(r.sla_remaining_ms),
    seq: Number(r.seq),
  };
}

/** Columns a turn may change on the ticket row. */
const PATCHED = [
  'customer_id',
  'service_id',
  'language',
  'intent',
  'priority',
  'status',
  'queue',
  'assignee',
  'subject',
  'incident_id',
  'disposition',
  'resolved_at',
  'sla_due_at',
  'sla_remaining_ms',
] as const;

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

export class TicketRepository implements TicketStore, TurnStorage {
  /** SLA targets and working hours by queue and priority. */
  readonly sla: SlaClock;

  constructor(
    private readonly ctx: RepoContext,
    sla?: SlaClock,
  ) {
    this.sla = sla ?? slaClock();
  }

  /** SQLite: the pending search-text flush (one at a time) and the timer that starts it after a write. */
  private searchFlush: Promise<unknown> = Promise.resolve();
  private searchTimer: NodeJS.Timeout | null = null;
  /**
   * How long text added to search documents waits to be indexed with whatever follows it (SQLite).
   * A document is rewritten whole once per flush, at a cost that grows with it: waiting a few seconds
   * joins most of a conversation's turns into one rewrite. Searches flush first, so they never miss
   * queued text.
   */
  static searchFlushDelayMs = 5_000;

  /**
   * Adds text to the ticket's search document: on PostgreSQL at once, on SQLite through the queue
   * (src/storage/search.ts) so that no turn's write re-indexes a document on the event loop.
   */
  private async addSearchText(trx: Executor, seq: number, texts: (string | null | undefined)[]) {
    if (this.ctx.engine === 'postgres') {
      await appendSearchDoc(trx, 'postgres', seq, texts);
      return;
    }
    if (!(await queueSearchText(trx, seq, texts)) || this.searchTimer) return;
    this.searchTimer = setTimeout(() => {
      this.searchTimer = null;
      // A failure (the database closed meanwhile) leaves the rows queued for the next flush.
      this.flushSearch().catch(() => undefined);
    }, TicketRepository.searchFlushDelayMs);
    this.searchTimer.unref();
  }

  /** Indexes the queued search text (SQLite; nothing on PostgreSQL). Every search runs it first. */
  flushSearch(): Promise<number> {
    if (this.ctx.engine === 'postgres') return Promise.resolve(0);
    const run = this.searchFlush.then(
      () => flushSearchQueue(this.ctx.db),
      () => flushSearchQueue(this.ctx.db),
    );
    this.searchFlush = run.catch(() => undefined);
    return run;
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
        turn_owner: null,
        turn_until: null,
        silent_since: null,
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
      const actor = actorOfChange(parsed);
      const { update, extra } = this.applyPatch(cur, patch, now, actor, parsed);
      const next = await this.writeTicket(trx, cur, update, at);
      await this.insertEvents(trx, ticketId, [...parsed, ...extra], at);
      const newSubject = update.subject && update.subject !== cur.subject ? update.subject : null;
      await this.addSearchText(trx, Number(cur.seq), [newSubject, ...searchableTexts(parsed)]);
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
    // A search sees every text written before it (SQLite indexes queued text in batches).
    if (tokens.length > 0) await this.flushSearch();
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
    // The foreign key finds a missing ticket; no look-up first.
    await this.writeState(this.ctx.db, [{ ticket_id: ticketId, key, value: this.encodeState(value) }]).catch(
      (err: unknown) => {
        throw isForeignKeyViolation(err) ? new NotFoundError('ticket', ticketId) : err;
      },
    );
  }

  encodeState(value: unknown): string {
    return JSON.stringify(maskDeep(value ?? null));
  }

  private async writeState(db: Executor, rows: { ticket_id: string; key: string; value: string }[]) {
    await db
      .insertInto('ticket_state')
      .values(rows)
      .onConflict((oc) =>
        oc.columns(['ticket_id', 'key']).doUpdateSet({ value: (eb) => eb.ref('excluded.value') }),
      )
      .execute();
  }

  /** Every state key of the ticket as one JSON object (key → stored text), for the one read of a turn. */
  private stateColumn() {
    return this.ctx.engine === 'postgres'
      ? sql<unknown>`(SELECT json_object_agg(s.key, s.value) FROM ticket_state s WHERE s.ticket_id = tickets.id)`
      : sql<unknown>`(SELECT json_group_object(s.key, s.value) FROM ticket_state s WHERE s.ticket_id = tickets.id)`;
  }

  private snapshotOf(r: TicketRow & { state: unknown }): TicketSnapshot {
    const state = typeof r.state === 'string' ? (JSON.parse(r.state) as unknown) : r.state;
    return { ...toRecord(r), state: (state ?? {}) as Record<string, string> };
  }

  async lease(
    ticketId: string,
    holder: string,
    now: Date,
    until: Date,
  ): Promise<TicketSnapshot | 'held' | null> {
    const r = await this.ctx.db
      .updateTable('tickets')
      .set({ turn_owner: holder, turn_until: until.toISOString() })
      .where('id', '=', ticketId)
      .where((eb) =>
        eb.or([
          eb('turn_owner', 'is', null),
          eb('turn_until', '<', now.toISOString()),
          eb('turn_owner', '=', holder),
        ]),
      )
      .returningAll()
      .returning(this.stateColumn().as('state'))
      .executeTakeFirst();
    if (r) return this.snapshotOf(r);
    const exists = await this.ctx.db
      .selectFrom('tickets')
      .select('id')
      .where('id', '=', ticketId)
      .executeTakeFirst();
    return exists ? 'held' : null;
  }

  async renew(leases: readonly { ticketId: string; holder: string }[], until: Date): Promise<Set<string>> {
    if (leases.length === 0) return new Set();
    const rows = await this.ctx.db
      .updateTable('tickets')
      .set({ turn_until: until.toISOString() })
      .where((eb) =>
        eb(
          eb.refTuple('id', 'turn_owner'),
          'in',
          leases.map((l) => eb.tuple(l.ticketId, l.holder)),
        ),
      )
      .returning('id')
      .execute();
    return new Set(rows.map((r) => r.id));
  }

  async release(ticketId: string, holder: string): Promise<void> {
    await this.ctx.db
      .updateTable('tickets')
      .set({ turn_owner: null, turn_until: null })
      .where('id', '=', ticketId)
      .where('turn_owner', '=', holder)
      .execute();
  }

  async load(ticketId: string): Promise<TicketSnapshot | null> {
    const r = await this.ctx.db
      .selectFrom('tickets')
      .selectAll()
      .select(this.stateColumn().as('state'))
      .where('id', '=', ticketId)
      .executeTakeFirst();
    return r ? this.snapshotOf(r) : null;
  }

  preview(
    cur: TicketRecord,
    append: StagedAppend,
  ): { next: TicketRecord; events: { event: TimelineEvent; at: string }[] } {
    const parsed = append.events.map((e) => timelineEventSchema.parse(e));
    if (append.expectedVersion !== undefined && cur.ticket.version !== append.expectedVersion)
      throw new ConcurrencyError(cur.ticket.id);
    const now = this.ctx.now();
    const at = now.toISOString();
    const row = fromRecord(cur);
    const actor = actorOfChange(parsed);
    const { update, extra } = this.applyPatch(row, append.patch, now, actor, parsed);
    const next = toRecord({ ...row, ...update, version: row.version + 1, updated_at: at });
    return { next, events: [...parsed, ...extra].map((event) => ({ event, at })) };
  }

  async commit(batch: TurnBatch): Promise<Map<string, TicketRecord>> {
    if (this.ctx.engine === 'postgres') {
      const written = await this.commitInOneStatement(batch);
      if (written) return written;
    }
    return this.ctx.db.transaction().execute(async (trx) => {
      const written = new Map<string, TicketRecord>();
      const events: { ticket_id: string; type: string; at: string; data: string }[] = [];
      const state: { ticket_id: string; key: string; value: string }[] = [];
      const silence = new Map(batch.silence.map((s) => [s.ticketId, s.sinceMs]));
      const release = batch.release;
      // The lease and the timer ride along with the ticket's own update.
      const extras = (id: string) => {
        const set: Record<string, unknown> = {};
        if (silence.has(id)) {
          const since = silence.get(id);
          set.silent_since = since === null || since === undefined ? null : new Date(since).toISOString();
          silence.delete(id);
        }
        if (release?.ticketId === id)
          set.turn_owner = sql`CASE WHEN turn_owner = ${release.holder} THEN NULL ELSE turn_owner END`;
        return set;
      };
      const ids = new Set([
        ...batch.tickets.map((t) => t.id),
        ...silence.keys(),
        ...(release ? [release.ticketId] : []),
      ]);
      for (const id of ids) {
        const staged = batch.tickets.find((t) => t.id === id);
        const set = extras(id);
        if (!staged || staged.appends.length === 0) {
          if (Object.keys(set).length > 0)
            await trx.updateTable('tickets').set(set).where('id', '=', id).execute();
          if (staged) state.push(...this.stateRows(staged));
          continue;
        }
        const result = await this.writeStaged(trx, staged, set);
        written.set(id, result.record);
        for (const { event, at } of result.events)
          events.push({ ticket_id: id, type: event.type, at, data: JSON.stringify(maskDeep(event)) });
        state.push(...this.stateRows(staged));
      }
      if (events.length > 0) await trx.insertInto('ticket_events').values(events).execute();
      if (state.length > 0) await this.writeState(trx, state);
      if (batch.pendingAdd.length > 0)
        await trx
          .insertInto('pending_turns')
          .values(
            batch.pendingAdd.map((p) => ({
              ticket_id: p.ticketId,
              message_id: p.messageId,
              accepted_at: p.acceptedAt,
            })),
          )
          .onConflict((oc) => oc.columns(['ticket_id', 'message_id']).doNothing())
          .execute();
      if (batch.pendingDone.length > 0)
        await trx
          .deleteFrom('pending_turns')
          .where((eb) =>
            eb.or(
              batch.pendingDone.map((p) =>
                eb.and([eb('ticket_id', '=', p.ticketId), eb('message_id', '=', p.messageId)]),
              ),
            ),
          )
          .execute();
      return written;
    });
  }

  /**
   * PostgreSQL, the usual turn (one ticket, changed, nobody else wrote it meanwhile): the whole
   * batch as one statement, its parts data-modifying CTEs that only apply if the ticket's update
   * (with the version the turn read) did; one round trip instead of a transaction of six or seven.
   * Null (nothing written) when the batch has another shape or the version moved on: the caller
   * then writes it in a transaction as before, re-running the turn's appends on the current row.
   */
  private async commitInOneStatement(batch: TurnBatch): Promise<Map<string, TicketRecord> | null> {
    const staged = batch.tickets.length === 1 ? batch.tickets[0]! : null;
    if (!staged || staged.appends.length === 0) return null;
    const id = staged.id;
    if (batch.silence.some((t) => t.ticketId !== id) || (batch.release && batch.release.ticketId !== id))
      return null;
    // One statement sees one snapshot: a row added and removed by the same batch is left to the transaction.
    const key = (p: { ticketId: string; messageId: string }) => `${p.ticketId}\u0000${p.messageId}`;
    const added = new Set(batch.pendingAdd.map(key));
    if (batch.pendingDone.some((p) => added.has(key(p)))) return null;

    const base = fromRecord(staged.base);
    const next = fromRecord(staged.next);
    const set: Record<string, unknown> = { version: next.version, updated_at: next.updated_at };
    for (const k of PATCHED) if (next[k] !== base[k]) set[k] = next[k];
    const silence = batch.silence.find((t) => t.ticketId === id);
    if (silence) set.silent_since = silence.sinceMs === null ? null : new Date(silence.sinceMs).toISOString();
    if (batch.release)
      set.turn_owner = sql`CASE WHEN turn_owner = ${batch.release.holder} THEN NULL ELSE turn_owner END`;
    const assignments = sql.join(Object.entries(set).map(([col, v]) => sql`${sql.ref(col)} = ${v}`));
    const parts: RawBuilder<unknown>[] = [
      sql`t AS (UPDATE tickets SET ${assignments} WHERE id = ${id} AND version = ${base.version} RETURNING id)`,
    ];
    const applied = sql`EXISTS (SELECT 1 FROM t)`;
    const rows = (values: unknown[][]) => sql.join(values.map((v) => sql`(${sql.join(v)})`));
    const subject =
      staged.next.ticket.subject !== staged.base.ticket.subject ? staged.next.ticket.subject : null;
    const add = searchAppendText([subject, ...searchableTexts(staged.events.map((e) => e.event))]);
    if (add) parts.push(sql`s AS (${pgSearchAppend(staged.next.seq, add)} AND ${applied})`);
    if (staged.events.length > 0)
      parts.push(
        sql`e AS (INSERT INTO ticket_events (ticket_id, type, at, data) SELECT * FROM (VALUES ${rows(
          staged.events.map(({ event, at }) => [id, event.type, at, JSON.stringify(maskDeep(event))]),
        )}) AS v (ticket_id, type, at, data) WHERE ${applied})`,
      );
    const state = this.stateRows(staged);
    if (state.length > 0)
      parts.push(
        sql`st AS (INSERT INTO ticket_state (ticket_id, key, value) SELECT * FROM (VALUES ${rows(
          state.map((r) => [r.ticket_id, r.key, r.value]),
        )}) AS v (ticket_id, key, value) WHERE ${applied} ON CONFLICT (ticket_id, key) DO UPDATE SET value = excluded.value)`,
      );
    if (batch.pendingAdd.length > 0)
      parts.push(
        sql`pa AS (INSERT INTO pending_turns (ticket_id, message_id, accepted_at) SELECT * FROM (VALUES ${rows(
          batch.pendingAdd.map((p) => [p.ticketId, p.messageId, p.acceptedAt]),
        )}) AS v (ticket_id, message_id, accepted_at) WHERE ${applied} ON CONFLICT (ticket_id, message_id) DO NOTHING)`,
      );
    if (batch.pendingDone.length > 0)
      parts.push(
        sql`pd AS (DELETE FROM pending_turns WHERE (${sql.join(
          batch.pendingDone.map((p) => sql`(ticket_id = ${p.ticketId} AND message_id = ${p.messageId})`),
          sql` OR `,
        )}) AND ${applied})`,
      );
    const r = await sql<{ n: number }>`WITH ${sql.join(parts)} SELECT count(*)::int AS n FROM t`.execute(
      this.ctx.db,
    );
    if (r.rows[0]?.n !== 1) return null;
    return new Map([[id, staged.next]]);
  }

  private stateRows(staged: StagedTicket) {
    return Object.entries(staged.state).map(([key, value]) => ({ ticket_id: staged.id, key, value }));
  }

  /**
   * Writes a turn's changes to one ticket: one update while the row is still the version the turn
   * read; otherwise (someone else wrote meanwhile) the turn's appends run again on the current row.
   */
  private async writeStaged(
    trx: Executor,
    staged: StagedTicket,
    extra: Record<string, unknown>,
  ): Promise<{ record: TicketRecord; events: { event: TimelineEvent; at: string }[] }> {
    const base = fromRecord(staged.base);
    const next = fromRecord(staged.next);
    const set: Record<string, unknown> = { ...extra, version: next.version, updated_at: next.updated_at };
    for (const k of PATCHED) if (next[k] !== base[k]) set[k] = next[k];
    const res = await trx
      .updateTable('tickets')
      .set(set)
      .where('id', '=', staged.id)
      .where('version', '=', base.version)
      .executeTakeFirst();
    let record = staged.next;
    let events = staged.events;
    if (Number(res.numUpdatedRows) !== 1) {
      ({ record, events } = await this.rerun(trx, staged));
      if (Object.keys(extra).length > 0)
        await trx.updateTable('tickets').set(extra).where('id', '=', staged.id).execute();
    }
    const subject = record.ticket.subject !== staged.base.ticket.subject ? record.ticket.subject : null;
    await this.addSearchText(trx, record.seq, [subject, ...searchableTexts(events.map((e) => e.event))]);
    return { record, events };
  }

  /** The turn's appends again on the row as it is now; a status change the row no longer allows is dropped. */
  private async rerun(trx: Executor, staged: StagedTicket) {
    const cur = await this.lockTicket(trx, staged.id);
    let record = toRecord(cur);
    const events: { event: TimelineEvent; at: string }[] = [];
    for (const append of staged.appends) {
      const plain = { events: append.events, patch: append.patch };
      let step;
      try {
        step = this.preview(record, plain);
      } catch (err) {
        if (!(err instanceof InvalidTransitionError)) throw err;
        step = this.preview(record, { ...plain, patch: { ...append.patch, status: undefined } });
      }
      record = step.next;
      events.push(...step.events);
    }
    const row = fromRecord(record);
    const update: Partial<TicketRow> = {};
    for (const k of PATCHED) (update as Record<string, unknown>)[k] = row[k];
    const ticket = await this.writeTicket(trx, cur, update, row.updated_at);
    return { record: { ...record, ticket }, events };
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
    const change = statusChange(from, patch.status, {
      resolvedAt: cur.resolved_at,
      at: now.toISOString(),
      actor,
      given,
    });
    if (change) {
      update.status = change.status;
      update.resolved_at = change.resolvedAt;
      sla = slaAfterStatusChange(sla, from, change.status, now, term.calendar);
      if (change.event) extra.push(timelineEventSchema.parse(change.event));
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
