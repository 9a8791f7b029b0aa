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
  version: number;
}

/** The part of a WebSocket the hub uses. */
export interface LiveSocket {
  readonly readyState: number;
  readonly OPEN: number;
  send(data: string): void;
  close(): void;
  on(event: 'close', listener: () => void): unknown;
}

const LIVE_STATUSES: Ticket['status'][] = ['new', 'open', 'pending_customer', 'pending_internal', 'escalated'];

/** Connected consoles and the changes pushed to them (each only sees tickets its role may). */
export class ConsoleHub {
  private readonly clients = new Map<LiveSocket, StaffPrincipal>();
  private readonly versions = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private polling = false;

  constructor(
    private readonly tickets: TicketStore,
    private readonly pollMs: number,
  ) {}

  add(socket: LiveSocket, staff: StaffPrincipal) {
    this.clients.set(socket, staff);
    socket.on('close', () => {
      this.clients.delete(socket);
      if (this.clients.size === 0) this.stopPolling();
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

  /** Pushes the ticket's current state to every console allowed to see it. */
  async changed(ticketId: string): Promise<void> {
    if (this.clients.size === 0) return;
    const t = await this.tickets.get(ticketId);
    if (t) this.broadcast(t);
  }

  private broadcast(t: Ticket) {
    this.versions.set(t.id, t.version);
    const msg: TicketChange = { type: 'ticket', ticketId: t.id, reference: t.reference, status: t.status, queue: t.queue, version: t.version };
    const text = JSON.stringify(msg);
    for (const [socket, staff] of this.clients) {
      if (socket.readyState === socket.OPEN && canSeeTicket(staff.role, staff.username, t)) socket.send(text);
    }
  }

  /** Catches changes made elsewhere (the automated agent, e-mail, other desks) by comparing versions. */
  async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      const { items } = await this.tickets.list({ status: LIVE_STATUSES, limit: 200 });
      const first = this.versions.size === 0;
      for (const t of items) {
        const seen = this.versions.get(t.id);
        if (seen === t.version) continue;
        if (first) this.versions.set(t.id, t.version);
        else this.broadcast(t);
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
  }
}
