// A conversation turn as one unit of work: the ticket and its state are read once, with the turn's
// lease; what the turn appends and sets is applied in memory (so later reads in the turn see it) and
// written in one transaction at the end, with the silence timer, the pending-turn marks and the
// lease's release. Code that runs inside a turn keeps calling the TicketStore it was given: the
// store returned by `turnScoped` routes those calls to the turn under way (AsyncLocalStorage).
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import type {
  Escalation,
  HandoffPacket,
  Queue,
  StoredTimelineEvent,
  Ticket,
  TimelineEvent,
} from '../domain/index.js';
import {
  NotFoundError,
  type NewTicket,
  type TicketFilter,
  type TicketPatch,
  type TicketStore,
} from './ports.js';
import type { StagedTicket, TicketRecord, TicketSnapshot, TurnBatch, TurnStorage } from './turn-storage.js';

const copy = <T>(v: T): T => structuredClone(v);

interface Loaded {
  record: TicketRecord;
  state: Record<string, string>;
  staged: StagedTicket | null;
}

export class UnitOfWork {
  private readonly tickets = new Map<string, Loaded | null>();
  private silence = new Map<string, number | null>();
  private pendingAdd: TurnBatch['pendingAdd'] = [];
  private pendingDone: TurnBatch['pendingDone'] = [];
  closed = false;

  constructor(
    private readonly storage: TurnStorage,
    private readonly direct: TicketStore,
  ) {}

  seed(ticketId: string, snapshot: TicketSnapshot | null): void {
    this.tickets.set(ticketId, snapshot && { record: snapshot, state: snapshot.state, staged: null });
  }

  private async entry(ticketId: string): Promise<Loaded | null> {
    if (!this.tickets.has(ticketId)) {
      const snap = await this.storage.load(ticketId);
      // A concurrent load of the same ticket in this turn keeps the first.
      if (!this.tickets.has(ticketId)) this.seed(ticketId, snap);
    }
    return this.tickets.get(ticketId) ?? null;
  }

  private async existing(ticketId: string): Promise<Loaded> {
    const e = await this.entry(ticketId);
    if (!e) throw new NotFoundError('ticket', ticketId);
    return e;
  }

  private stage(e: Loaded): StagedTicket {
    e.staged ??= {
      id: e.record.ticket.id,
      base: e.record,
      next: e.record,
      appends: [],
      events: [],
      state: {},
    };
    return e.staged;
  }

  async get(ticketId: string): Promise<Ticket | null> {
    const e = await this.entry(ticketId);
    return e ? copy(e.record.ticket) : null;
  }

  async getByReference(reference: string): Promise<Ticket | null> {
    const t = await this.direct.getByReference(reference);
    return t && this.tickets.get(t.id) ? this.get(t.id) : t;
  }

  async getState<T>(ticketId: string, key: string): Promise<T | null> {
    const e = await this.entry(ticketId);
    const text = e?.state[key];
    return text === undefined ? null : (JSON.parse(text) as T);
  }

  async setState(ticketId: string, key: string, value: unknown): Promise<void> {
    const e = await this.existing(ticketId);
    const text = this.storage.encodeState(value);
    e.state = { ...e.state, [key]: text };
    this.stage(e).state[key] = text;
  }

  async append(
    ticketId: string,
    events: TimelineEvent[],
    patch: TicketPatch = {},
    expectedVersion?: number,
  ): Promise<Ticket> {
    const e = await this.existing(ticketId);
    const append = { events: copy(events), patch: copy(patch), expectedVersion };
    const step = this.storage.preview(e.record, append);
    const staged = this.stage(e);
    staged.appends.push(append);
    staged.events.push(...step.events);
    staged.next = step.next;
    e.record = step.next;
    return copy(step.next.ticket);
  }

  setSilence(ticketId: string, sinceMs: number | null): void {
    this.silence.set(ticketId, sinceMs);
  }

  addPending(ticketId: string, messageId: string, acceptedAt: string): void {
    this.pendingAdd.push({ ticketId, messageId, acceptedAt });
  }

  donePending(ticketId: string, messageId: string): void {
    const i = this.pendingAdd.findIndex((p) => p.ticketId === ticketId && p.messageId === messageId);
    // Marked and answered in the same turn: nothing to write.
    if (i >= 0) this.pendingAdd.splice(i, 1);
    else this.pendingDone.push({ ticketId, messageId });
  }

  /** Writes what is staged (one transaction) and goes on with the turn. */
  async flush(release: TurnBatch['release'] = null): Promise<void> {
    const staged = [...this.tickets.values()].flatMap((e) => (e?.staged ? [e.staged] : []));
    const batch: TurnBatch = {
      tickets: staged,
      silence: [...this.silence].map(([ticketId, sinceMs]) => ({ ticketId, sinceMs })),
      pendingAdd: this.pendingAdd,
      pendingDone: this.pendingDone,
      release,
    };
    this.silence = new Map();
    this.pendingAdd = [];
    this.pendingDone = [];
    for (const e of this.tickets.values()) if (e) e.staged = null;
    const nothing =
      staged.length + batch.silence.length + batch.pendingAdd.length + batch.pendingDone.length === 0;
    if (nothing && !release) return;
    const written = await this.storage.commit(batch);
    for (const [id, record] of written) {
      const e = this.tickets.get(id);
      if (e) e.record = record;
    }
  }

  /** Writes what is staged, then lets the next read of the ticket see what another writer did. */
  private async flushAndForget(ticketId: string) {
    await this.flush();
    this.tickets.delete(ticketId);
  }

  async escalate(ticketId: string, queue: Queue, reason: string, packet: HandoffPacket): Promise<Escalation> {
    await this.flushAndForget(ticketId);
    return this.direct.escalate(ticketId, queue, reason, packet);
  }

  async timeline(ticketId: string): Promise<StoredTimelineEvent[]> {
    await this.flush();
    return this.direct.timeline(ticketId);
  }

  async list(filter: TicketFilter): Promise<{ items: Ticket[]; nextCursor: string | null }> {
    await this.flush();
    return this.direct.list(filter);
  }
}

const current = new AsyncLocalStorage<UnitOfWork>();

function open(): UnitOfWork | null {
  const uow = current.getStore();
  return uow && !uow.closed ? uow : null;
}

/** The store as code in a turn sees it: the turn's unit of work while one is under way, else the store. */
export function turnScoped(store: TicketStore): TicketStore {
  return {
    create: (input: NewTicket, opening?: TimelineEvent[]) => store.create(input, opening),
    get: (id) => open()?.get(id) ?? store.get(id),
    getByReference: (ref) => open()?.getByReference(ref) ?? store.getByReference(ref),
    append: (id, events, patch, expected) =>
      open()?.append(id, events, patch, expected) ?? store.append(id, events, patch, expected),
    timeline: (id) => open()?.timeline(id) ?? store.timeline(id),
    list: (filter) => open()?.list(filter) ?? store.list(filter),
    escalate: (id, queue, reason, packet) =>
      open()?.escalate(id, queue, reason, packet) ?? store.escalate(id, queue, reason, packet),
    escalations: (id) => store.escalations(id),
    getState: <T>(id: string, key: string) => open()?.getState<T>(id, key) ?? store.getState<T>(id, key),
    setState: (id, key, value) => open()?.setState(id, key, value) ?? store.setState(id, key, value),
  };
}

export interface TurnRunnerOptions {
  storage: TurnStorage;
  store: TicketStore;
  now: () => Date;
  /** How long a lease lasts without renewal (renewed while the turn runs). */
  leaseMs?: number;
  /** Give up waiting for another holder's lease after this long. */
  waitMs?: number;
  log?: { warn(obj: object, msg?: string): void };
}

export class TurnLeaseTimeoutError extends Error {
  constructor(ticketId: string) {
    super(`timed out waiting for the turn lease of ticket ${ticketId}`);
    this.name = 'TurnLeaseTimeoutError';
  }
}

/** Runs turns: one lease and one read at the start, one write at the end. */
export function createTurnRunner(opts: TurnRunnerOptions) {
  const owner = randomBytes(8).toString('hex');
  const leaseMs = opts.leaseMs ?? 15_000;
  const waitMs = opts.waitMs ?? 10 * 60_000;
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  let seq = 0;

  // The leases of the turns under way, renewed together: one statement per tick for every lease
  // whose last renewal is half a period old, so none goes longer than `every` without one (as when
  // each turn renewed its own on a timer) and a desk with many turns waiting on routers sends one
  // renewal instead of one per turn.
  const every = Math.max(1000, leaseMs / 3);
  const held = new Map<string, { ticketId: string; holder: string; renewedAt: number }>();
  let ticker: NodeJS.Timeout | null = null;
  let renewing = false;
  const renewDue = () => {
    if (renewing) return;
    const at = Date.now();
    const due = [...held.values()].filter((l) => at - l.renewedAt >= every / 2);
    if (due.length === 0) return;
    for (const l of due) l.renewedAt = at;
    renewing = true;
    opts.storage
      .renew(due, new Date(opts.now().getTime() + leaseMs))
      .then(
        (won) => {
          for (const l of due)
            if (!won.has(l.ticketId) && held.get(l.holder) === l)
              opts.log?.warn(
                { ticketId: l.ticketId },
                'turn lease taken over by another holder while the turn ran',
              );
        },
        (err: unknown) => {
          for (const l of due) opts.log?.warn({ err, ticketId: l.ticketId }, 'turn lease renewal failed');
        },
      )
      .finally(() => (renewing = false));
  };
  const hold = (ticketId: string, holder: string) => {
    held.set(holder, { ticketId, holder, renewedAt: Date.now() });
    if (!ticker) {
      ticker = setInterval(renewDue, every / 2);
      ticker.unref();
    }
  };
  const drop = (holder: string) => {
    held.delete(holder);
    if (held.size === 0 && ticker) {
      clearInterval(ticker);
      ticker = null;
    }
  };

  async function take(ticketId: string, holder: string): Promise<TicketSnapshot | null> {
    const started = Date.now();
    let pause = 10;
    for (;;) {
      const at = opts.now();
      const got = await opts.storage.lease(ticketId, holder, at, new Date(at.getTime() + leaseMs));
      if (got !== 'held') return got;
      if (Date.now() - started > waitMs) throw new TurnLeaseTimeoutError(ticketId);
      await sleep(pause);
      pause = Math.min(250, pause * 2);
    }
  }

  return {
    async run<T>(ticketId: string, fn: () => Promise<T>): Promise<T> {
      const holder = `${owner}:${++seq}`;
      const snapshot = await take(ticketId, holder);
      const uow = new UnitOfWork(opts.storage, opts.store);
      uow.seed(ticketId, snapshot);
      const release = snapshot ? { ticketId, holder } : null;
      if (release) hold(ticketId, holder);
      try {
        const out = await current.run(uow, fn);
        await uow.flush(release);
        return out;
      } catch (err) {
        // What the turn did before it failed stays done, as each write did before turns were batched.
        await uow.flush(release).catch(async () => {
          if (release) await opts.storage.release(ticketId, holder).catch(() => undefined);
        });
        throw err;
      } finally {
        drop(holder);
        uow.closed = true;
      }
    },
    /**
     * Runs `fn` as one unit of work on a ticket nobody else knows of yet (just created, its id not
     * given out): no lease, the ticket read on first use, everything written in one batch at the end.
     */
    async fresh<T>(fn: () => Promise<T>): Promise<T> {
      const uow = new UnitOfWork(opts.storage, opts.store);
      try {
        const out = await current.run(uow, fn);
        await uow.flush();
        return out;
      } catch (err) {
        // As in a turn: what was done before the failure stays done.
        await uow.flush().catch(() => undefined);
        throw err;
      } finally {
        uow.closed = true;
      }
    },
    /** The turn under way, if any (for the silence timer, pending turns and interim flushes). */
    current: open,
  };
}

export type TurnRunner = ReturnType<typeof createTurnRunner>;
