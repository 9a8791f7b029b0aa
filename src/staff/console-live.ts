import { z } from 'zod';
import type { Ticket } from '../domain/index.js';
import type { TicketStore } from '../tickets/ports.js';
import type { StaffPrincipal } from './auth.js';
import { canSeeTicket } from './roles.js';

export interface TicketChange {
  type: 'ticket';
  ticketId: string;
  reference: string;
  status: Ticket['status'];
  queue: Ticket['queue'];
  assignee: string | null;
  version: number;
  /**
   * Why this console should notice: the ticket arrived in one of its queues, or the customer wrote
   * on a ticket assigned to this staff member.
   */
  notify?: 'queue' | 'reply';
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

const LIVE_STATUSES: Ticket['status'][] = ['new', 'open', 'pending_customer', 'pending_internal', 'escalated'];

/** Connected consoles and the changes pushed to them (each only sees tickets its role may). */
export class ConsoleHub {
  private readonly clients = new Map<LiveSocket, StaffPrincipal>();
  /** The ticket each console has open, and until when its user counts as typing. */
  private readonly viewing = new Map<LiveSocket, { ticketId: string; typingUntil: number }>();
  private readonly versions = new Map<string, number>();
  /** The queue and the newest timeline event id each ticket had when last pushed. */
  private readonly last = new Map<string, { queue: Ticket['queue']; eventId: number }>();
  private timer: NodeJS.Timeout | null = null;
  private polling = false;
  /** Set after the first poll, which only records what exists (even when that is nothing). */
  private primed = false;

  constructor(
    private readonly tickets: TicketStore,
    private readonly pollMs: number,
  ) {}

  add(socket: LiveSocket, staff: StaffPrincipal) {
    this.clients.set(socket, staff);
    socket.on('close', () => {
      this.clients.delete(socket);
      this.setViewing(socket, null);
      if (this.clients.size === 0) this.stopPolling();
    });
    socket.on('message', (data) => {
      let frame: z.infer<typeof clientFrame>;
      try {
        const parsed = clientFrame.safeParse(JSON.parse(String(data)));
        if (!parsed.success) return;
        frame = parsed.data;
      } catch {
        return;
      }
      if (frame.type === 'viewing') this.setViewing(socket, frame.ticketId);
      else if (this.viewing.get(socket)?.ticketId === frame.ticketId) {
        this.viewing.set(socket, { ticketId: frame.ticketId, typingUntil: this.now() + TYPING_MS });
        this.sendViewers(frame.ticketId);
      }
    });
    socket.send(JSON.stringify({ type: 'hello', user: staff.username }));
    if (this.pollMs > 0 && !this.timer) {
      void this.poll();
      this.timer = setInterval(() => void this.poll(), this.pollMs);
      this.timer.unref();
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
    if (before && before !== ticketId) this.sendViewers(before);
    if (ticketId) this.sendViewers(ticketId);
  }

  /** Tells every console that has the ticket open who else is on it. */
  private sendViewers(ticketId: string) {
    const on = [...this.viewing].filter(([, v]) => v.ticketId === ticketId);
    for (const [socket] of on) {
      const me = this.clients.get(socket);
      const others = new Map<string, ViewersFrame['viewers'][number]>();
      for (const [other, v] of on) {
        const staff = this.clients.get(other);
        if (!staff || staff.username === me?.username) continue;
        const typing = v.typingUntil > this.now() || (others.get(staff.username)?.typing ?? false);
        others.set(staff.username, { username: staff.username, displayName: staff.displayName, typing });
      }
      const frame: ViewersFrame = { type: 'viewers', ticketId, viewers: [...others.values()] };
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
    }
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
    const events = await this.tickets.timeline(t.id).catch(() => []);
    const newest = events.at(-1)?.id ?? 0;
    this.last.set(t.id, { queue: t.queue, eventId: newest });
    const cameToQueue = t.queue !== null && (before ? before.queue !== t.queue : true) && LIVE_STATUSES.includes(t.status);
    const since = before?.eventId;
    const customerWrote = since !== undefined && events.some((e) => e.type === 'message_in' && e.id > since);
    const base: TicketChange = { type: 'ticket', ticketId: t.id, reference: t.reference, status: t.status, queue: t.queue, assignee: t.assignee, version: t.version };
    for (const [socket, staff] of this.clients) {
      if (socket.readyState !== socket.OPEN || !canSeeTicket(staff.role, staff.username, t)) continue;
      const notify =
        customerWrote && t.assignee === staff.username ? 'reply' : cameToQueue && t.assignee !== staff.username && staff.queues.includes(t.queue!) ? 'queue' : undefined;
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
          const events = await this.tickets.timeline(t.id).catch(() => []);
          this.last.set(t.id, { queue: t.queue, eventId: events.at(-1)?.id ?? 0 });
        } else await this.broadcast(t);
      }
    } catch {
      // Polling is best effort; the next round tries again.
    } finally {
      this.polling = false;
    }
  }

  stopPolling() {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  close() {
    this.stopPolling();
    for (const socket of this.clients.keys()) socket.close();
    this.clients.clear();
    this.viewing.clear();
  }
}
