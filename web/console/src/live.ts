import { useEffect, useRef, useState } from 'react';

export interface TicketChange {
  type: 'ticket';
  ticketId: string;
  reference: string;
  status: string;
  queue: string | null;
  assignee: string | null;
  version: number;
  /** Set when this console should notice: the ticket came to one of its queues (new, or moved there), the customer wrote on a ticket it owns, or its SLA is about to breach. */
  notify?: 'queue' | 'moved' | 'reply' | 'sla';
}

export interface Viewers {
  type: 'viewers';
  ticketId: string;
  viewers: { username: string; displayName: string; typing: boolean }[];
}

type Listener = (c: TicketChange) => void;
const viewerListeners = new Set<(v: Viewers) => void>();
/** The ticket this tab has open, told to the desk again after a reconnect. */
let viewingTicket: string | null = null;

function sendFrame(frame: object) {
  if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(frame));
}

/** Tells the desk which ticket this tab shows (null: none), for collision detection. */
export function setViewing(ticketId: string | null) {
  viewingTicket = ticketId;
  sendFrame({ type: 'viewing', ticketId });
}

let lastTyping = 0;
/** Tells others on the same ticket that this user is writing (at most every 3 s). */
export function signalTyping() {
  if (!viewingTicket || Date.now() - lastTyping < 3000) return;
  lastTyping = Date.now();
  sendFrame({ type: 'typing', ticketId: viewingTicket });
}
const listeners = new Set<Listener>();
let socket: WebSocket | null = null;
let connected = false;
const stateListeners = new Set<(up: boolean) => void>();

function setConnected(up: boolean) {
  connected = up;
  for (const l of stateListeners) l(up);
}

/** One WebSocket per console tab, reconnecting with backoff. */
export function startLive() {
  let retry = 0;
  const open = () => {
    const url = new URL('/api/v1/console/ws', location.href);
    url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const ws = new WebSocket(url);
    socket = ws;
    ws.onopen = () => {
      retry = 0;
      setConnected(true);
      if (viewingTicket) sendFrame({ type: 'viewing', ticketId: viewingTicket });
    };
    ws.onmessage = (ev) => {
      try {
        const msg = JSON.parse(String(ev.data)) as TicketChange | { type: string };
        if (msg.type === 'ticket') for (const l of listeners) l(msg as TicketChange);
        if (msg.type === 'viewers') for (const l of viewerListeners) l(msg as Viewers);
      } catch {
        /* ignore */
      }
    };
    ws.onclose = () => {
      setConnected(false);
      if (socket !== ws) return;
      setTimeout(open, Math.min(10_000, 500 * 2 ** retry++));
    };
  };
  open();
  return () => {
    const ws = socket;
    socket = null;
    ws?.close();
  };
}

/** Calls `fn` with the batch of changes (debounced) whenever tickets the user can see change. */
export function useTicketChanges(fn: (changes: TicketChange[]) => void) {
  const ref = useRef(fn);
  ref.current = fn;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let batch: TicketChange[] = [];
    const l: Listener = (c) => {
      batch.push(c);
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        const changes = batch;
        batch = [];
        ref.current(changes);
      }, 150);
    };
    listeners.add(l);
    return () => {
      listeners.delete(l);
      if (timer) clearTimeout(timer);
    };
  }, []);
}

export function useLiveConnected(): boolean {
  const [up, setUp] = useState(connected);
  useEffect(() => {
    stateListeners.add(setUp);
    return () => {
      stateListeners.delete(setUp);
    };
  }, []);
  return up;
}

/** The other staff members who have the ticket open (and whether they are typing). */
export function useViewers(ticketId: string | null): Viewers['viewers'] {
  const [viewers, setViewers] = useState<Viewers['viewers']>([]);
  useEffect(() => {
    setViewers([]);
    if (!ticketId) return;
    setViewing(ticketId);
    let expire: ReturnType<typeof setTimeout> | undefined;
    const l = (v: Viewers) => {
      if (v.ticketId !== ticketId) return;
      setViewers(v.viewers);
      // A typing signal fades unless it is repeated.
      clearTimeout(expire);
      if (v.viewers.some((x) => x.typing))
        expire = setTimeout(() => setViewers((vs) => vs.map((x) => ({ ...x, typing: false }))), 6000);
    };
    viewerListeners.add(l);
    return () => {
      viewerListeners.delete(l);
      clearTimeout(expire);
      setViewing(null);
    };
  }, [ticketId]);
  return viewers;
}
