import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { loggedFallback } from '../http/reply.js';
import { z } from 'zod';
import type { Ticket } from '../domain/index.js';
import type { LiveBus } from '../live/bus.js';
import type { TicketStore } from '../tickets/ports.js';
import { slaClock, type SlaClock } from '../tickets/sla-policy.js';
import type { StaffPrincipal } from './auth.js';
import { queueArrival } from './queue-arrival.js';
import { canSeeTicket } from './roles.js';
import { slaView } from './sla-view.js';

export interface TicketChange {
  type: 'ticket';
  ticketId: string;
  reference: string;
  status: Ticket['status'];
  queue: Ticket['queue'];
  assignee: string | null;
  version: number;
  /**
   * Why this console should notice: the ticket arrived in one of its queues (new there, or moved
   * there by someone), the customer wrote on a ticket assigned to this staff member, or its SLA is
   * about to breach (or has).
   */
  notify?: 'queue' | 'moved' | 'reply' | 'sla';
}

/** The part of a WebSocket the hub uses. */
export interface LiveSocket {
  readonly readyState: number;
  readonly OPEN: number;
  send(data: string): void;
  close(): void;
  on(event: 'close', listener: () => void): unknown;
  on(event: 'message', listener: (data: unknown) => void): unknown;
}

/** Who else has a ticket open in a console, and who of them is writing (collision detection). */
export interface ViewersFrame {
  type: 'viewers';
  ticketId: string;
  viewers: { username: string; displayName: string; typing: boolean }[];
}

const clientFrame = z.union([
  z.object({ type: z.literal('viewing'), ticketId: z.string().max(100).nullable() }),
  z.object({ type: z.literal('typing'), ticketId: z.string().max(100) }),
]);

/** A "typing" signal lasts this long unless repeated. */
const TYPING_MS = 6000;

/** Who has a ticket open on one desk instance, as told to the others over the live bus. */
const presenceFrame = z.object({
  instance: z.string(),
  ticketId: z.string(),
  viewers: z.array(z.object({ username: z.string(), displayName: z.string(), typing: z.boolean() })),
});
type Presence = z.infer<typeof presenceFrame>;
const PRESENCE_TOPIC = 'console_presence';
/** Each instance repeats its presence this often, and forgets another's not repeated for three times as long (a crashed instance). */
const PRESENCE_EVERY_MS = 15_000;

export interface ConsoleHubOptions {
  /** Carries collision detection between desk instances (PostgreSQL LISTEN/NOTIFY or in-process). */
  bus?: LiveBus;
  sla?: SlaClock;
  now?: () => Date;
  /** Where failed background reads and publishes are logged (default: nowhere, for unit tests). */
  log?: Pick<FastifyBaseLogger, 'warn' | 'debug'>;
}

const NO_LOG: Pick<FastifyBaseLogger, 'warn' | 'debug'> = { warn: () => undefined, debug: () => undefined };

const LIVE_STATUSES: Ticket['status'][] = [
  'new',
  'open',
  'pending_customer',
  'pending_internal',
  'escalated',
];

/** Connected consoles and the changes pushed to them (each only sees tickets its role may). */
export class ConsoleHub {
  private get log() {
    return this.opts.log ?? NO_LOG;
  }
  private readonly clients = new Map<LiveSocket, StaffPrincipal>();
  /** The ticket each console has open, and until when its user counts as typing. */
  private readonly viewing = new Map<LiveSocket, { ticketId: string; typingUntil: number }>();
  private readonly versions = new Map<string, number>();
  /** The queue and the newest timeline event id each ticket had when last pushed. */
  private readonly last = new Map<string, { queue: Ticket['queue']; eventId: number }>();
  private timer: NodeJS.Timeout | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private polling = false;
  /** Set after the first poll, which only records what exists (even when that is nothing). */
  private primed = false;
  /** SLA warnings each console has had, as ticket id and standing. */
  private readonly slaWarned = new Map<LiveSocket, Set<string>>();
  /** Viewers on other instances, by ticket and instance, with when each was last heard and who types until when. */
  private readonly remote = new Map<
    string,
    Map<string, { heardAt: number; viewers: (Presence['viewers'][number] & { typingUntil: number })[] }>
  >();
  private readonly instance = randomUUID();
  private readonly unsubscribe: () => void;
  private readonly sla: SlaClock;

  constructor(
    private readonly tickets: TicketStore,
    private readonly pollMs: number,
    private readonly opts: ConsoleHubOptions = {},
  ) {
    this.sla = opts.sla ?? slaClock();
    this.unsubscribe =
      opts.bus?.subscribe(PRESENCE_TOPIC, (payload) => this.heard(payload)) ?? (() => undefined);
  }

  add(socket: LiveSocket, staff: StaffPrincipal) {
    this.clients.set(socket, staff);
    socket.on('close', () => {
      this.clients.delete(socket);
      this.slaWarned.delete(socket);
      this.setViewing(socket, null);
      if (this.clients.size === 0) this.stopPolling();
    });
    socket.on('message', (data) => {
      let frame: z.infer<typeof clientFrame>;
      try {
        const parsed = clientFrame.safeParse(JSON.parse(String(data)));
        if (!parsed.success) return;
        frame = parsed.data;
      } catch (err) {
        this.log.debug({ err }, 'console sent a frame that is not JSON; ignored');
        return;
      }
      if (frame.type === 'viewing') this.setViewing(socket, frame.ticketId);
      else if (this.viewing.get(socket)?.ticketId === frame.ticketId) {
        this.viewing.set(socket, { ticketId: frame.ticketId, typingUntil: this.now() + TYPING_MS });
        this.sendViewers(frame.ticketId);
        this.announce(frame.ticketId);
      }
    });
    socket.send(JSON.stringify({ type: 'hello', user: staff.username }));
    if (this.pollMs > 0 && !this.timer) {
      void this.poll();
      this.timer = setInterval(() => void this.poll(), this.pollMs);
      this.timer.unref();
    }
    if (this.opts.bus && !this.heartbeat) {
      this.heartbeat = setInterval(() => {
        for (const ticketId of new Set([...this.viewing.values()].map((v) => v.ticketId)))
          this.announce(ticketId);
      }, PRESENCE_EVERY_MS);
      this.heartbeat.unref();
    }
  }

  get size() {
    return this.clients.size;
  }

  private now() {
    return Date.now();
  }

  private setViewing(socket: LiveSocket, ticketId: string | null) {
    const before = this.viewing.get(socket)?.ticketId;
    if (ticketId) this.viewing.set(socket, { ticketId, typingUntil: 0 });
    else this.viewing.delete(socket);
    if (before && before !== ticketId) {
      this.sendViewers(before);
      this.announce(before);
    }
    if (ticketId) {
      this.sendViewers(ticketId);
      this.announce(ticketId);
    }
  }

  /** Who has the ticket open here, with typing flags. */
  private localViewers(ticketId: string): { socket: LiveSocket; viewer: ViewersFrame['viewers'][number] }[] {
    return [...this.viewing].flatMap(([socket, v]) => {
      const staff = this.clients.get(socket);
      if (v.ticketId !== ticketId || !staff) return [];
      return [
        {
          socket,
          viewer: {
            username: staff.username,
            displayName: staff.displayName,
            typing: v.typingUntil > this.now(),
          },
        },
      ];
    });
  }

  /** Tells every console that has the ticket open who else is on it, here and on other instances. */
  private sendViewers(ticketId: string) {
    const here = this.localViewers(ticketId);
    const cutoff = this.now() - 3 * PRESENCE_EVERY_MS;
    const elsewhere = [...(this.remote.get(ticketId)?.values() ?? [])]
      .filter((r) => r.heardAt > cutoff)
      .flatMap((r) =>
        r.viewers.map((v) => ({
          username: v.username,
          displayName: v.displayName,
          typing: v.typingUntil > this.now(),
        })),
      );
    for (const { socket, viewer: me } of here) {
      const others = new Map<string, ViewersFrame['viewers'][number]>();
      for (const v of [...here.map((h) => h.viewer), ...elsewhere]) {
        if (v.username === me.username) continue;
        others.set(v.username, { ...v, typing: v.typing || (others.get(v.username)?.typing ?? false) });
      }
      const frame: ViewersFrame = { type: 'viewers', ticketId, viewers: [...others.values()] };
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
    }
  }

  /** Tells the other instances who has the ticket open here (an empty list when nobody has any more). */
  private announce(ticketId: string) {
    if (!this.opts.bus) return;
    const frame: Presence = {
      instance: this.instance,
      ticketId,
      viewers: this.localViewers(ticketId).map((h) => h.viewer),
    };
    void this.opts.bus
      .publish(PRESENCE_TOPIC, frame)
      .catch((err: unknown) => this.log.warn({ err, ticketId }, 'could not publish console presence'));
  }

  /** Presence from another instance. */
  private heard(payload: unknown) {
    const parsed = presenceFrame.safeParse(payload);
    if (!parsed.success || parsed.data.instance === this.instance) return;
    const { instance, ticketId, viewers } = parsed.data;
    const byInstance = this.remote.get(ticketId) ?? new Map();
    const before = byInstance.get(instance);
    if (viewers.length === 0) byInstance.delete(instance);
    else {
      byInstance.set(instance, {
        heardAt: this.now(),
        // A repeated presence keeps a typing signal heard earlier until it fades.
        viewers: viewers.map((v) => ({
          ...v,
          typingUntil: v.typing
            ? this.now() + TYPING_MS
            : (before?.viewers.find((b: { username: string }) => b.username === v.username)?.typingUntil ??
              0),
        })),
      });
    }
    if (byInstance.size) this.remote.set(ticketId, byInstance);
    else this.remote.delete(ticketId);
    this.sendViewers(ticketId);
    // An instance newly on this ticket may have missed our presence (it was not listening yet).
    if (!before && viewers.length > 0 && this.localViewers(ticketId).length > 0) this.announce(ticketId);
  }

  /** Pushes the ticket's current state to every console allowed to see it. */
  async changed(ticketId: string): Promise<void> {
    if (this.clients.size === 0) return;
    const t = await this.tickets.get(ticketId);
    if (t) await this.broadcast(t);
  }

  private async broadcast(t: Ticket) {
    this.versions.set(t.id, t.version);
    const before = this.last.get(t.id);
    const events = await this.tickets
      .timeline(t.id)
      .catch(loggedFallback(this.log, { ticketId: t.id }, 'reading the timeline', []));
    const newest = events.at(-1)?.id ?? 0;
    this.last.set(t.id, { queue: t.queue, eventId: newest });
    const cameToQueue =
      t.queue !== null && (before ? before.queue !== t.queue : true) && LIVE_STATUSES.includes(t.status);
    const since = before?.eventId;
    const customerWrote = since !== undefined && events.some((e) => e.type === 'message_in' && e.id > since);
    const arrival = cameToQueue ? queueArrival(events, t.queue!) : undefined;
    const arrived = arrival?.type === 'queue_change' ? 'moved' : 'queue';
    const base: TicketChange = {
      type: 'ticket',
      ticketId: t.id,
      reference: t.reference,
      status: t.status,
      queue: t.queue,
      assignee: t.assignee,
      version: t.version,
    };
    for (const [socket, staff] of this.clients) {
      if (socket.readyState !== socket.OPEN || !canSeeTicket(staff.role, staff.username, t)) continue;
      const notify =
        customerWrote && t.assignee === staff.username
          ? 'reply'
          : cameToQueue && t.assignee !== staff.username && staff.queues.includes(t.queue!)
            ? arrived
            : undefined;
      socket.send(JSON.stringify(notify ? { ...base, notify } : base));
    }
  }

  /** Catches changes made elsewhere (the automated agent, e-mail, other desks) by comparing versions. */
  async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      const { items } = await this.tickets.list({ status: LIVE_STATUSES, limit: 200 });
      const first = !this.primed;
      this.primed = true;
      for (const t of items) {
        const seen = this.versions.get(t.id);
        if (seen === t.version) continue;
        if (first) {
          this.versions.set(t.id, t.version);
          const events = await this.tickets
            .timeline(t.id)
            .catch(loggedFallback(this.log, { ticketId: t.id }, 'reading the timeline', []));
          this.last.set(t.id, { queue: t.queue, eventId: events.at(-1)?.id ?? 0 });
        } else await this.broadcast(t);
      }
      this.warnSla(items);
    } catch (err) {
      // Polling is best effort; the next round tries again.
      this.log.warn({ err }, 'console poll failed; trying again next round');
    } finally {
      this.polling = false;
    }
  }

  /** Tells the owner (or, while nobody owns it, the ticket's queue) once when a ticket's SLA is about to breach, and once when it has. */
  private warnSla(items: Ticket[]) {
    const now = this.opts.now?.() ?? new Date();
    for (const t of items) {
      const { standing } = slaView(t, this.sla, now);
      if (standing !== 'due_soon' && standing !== 'breached') continue;
      const frame: TicketChange = {
        type: 'ticket',
        ticketId: t.id,
        reference: t.reference,
        status: t.status,
        queue: t.queue,
        assignee: t.assignee,
        version: t.version,
        notify: 'sla',
      };
      for (const [socket, staff] of this.clients) {
        const concerned = t.assignee
          ? t.assignee === staff.username
          : t.queue !== null && staff.queues.includes(t.queue);
        if (!concerned || socket.readyState !== socket.OPEN || !canSeeTicket(staff.role, staff.username, t))
          continue;
        const warned = this.slaWarned.get(socket) ?? new Set<string>();
        this.slaWarned.set(socket, warned);
        if (warned.has(`${t.id}:${standing}`)) continue;
        warned.add(`${t.id}:${standing}`);
        socket.send(JSON.stringify(frame));
      }
    }
  }

  stopPolling() {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
  }

  close() {
    // Others stop showing this instance's viewers at once rather than after the presence times out.
    const shown = new Set([...this.viewing.values()].map((v) => v.ticketId));
    this.viewing.clear();
    for (const ticketId of shown) this.announce(ticketId);
    this.unsubscribe();
    this.stopPolling();
    for (const socket of this.clients.keys()) socket.close();
    this.clients.clear();
    this.viewing.clear();
  }
}
