// Ticket histories for the insights and QA tests, written the way the agent records them.
import type { Intent, Language, TimelineEvent } from '../../domain/index.js';
import { EMPTY_PACKET, MemoryTicketStore } from './memory-tickets.js';

const bot = { kind: 'bot' as const, id: null };
const customer = { kind: 'customer' as const, id: null };
const staff = { kind: 'staff' as const, id: 'tier2-anna' };

export const say = (text: string, askKey?: string): TimelineEvent =>
  ({ type: 'message_out', channel: 'chat', text, askKey: askKey ?? null, actor: bot }) as TimelineEvent;
export const hear = (text: string): TimelineEvent => ({
  type: 'message_in',
  channel: 'chat',
  text,
  actor: customer,
});
export const finding = (code: string): TimelineEvent => ({
  type: 'finding',
  probe: code.split('.')[0],
  finding: {
    code,
    severity: 'fault',
    evidence: { values: {}, source: 'test' },
    explanation: { sv: code, en: code },
  },
  actor: bot,
});

export async function ticket(
  store: MemoryTicketStore,
  opts: { customerId: string | null; intent: Intent; language?: Language; runbookCause?: string },
  events: TimelineEvent[],
) {
  const t = await store.create(
    { channel: 'chat', language: opts.language ?? 'sv', intent: opts.intent, customerId: opts.customerId },
    events,
  );
  if (opts.runbookCause) {
    await store.setState(t.id, 'runbook', {
      v: 1,
      intent: opts.intent,
      current: { cause: opts.runbookCause, step: 0 },
      handled: [],
    });
  }
  return t;
}

export async function resolve(
  store: MemoryTicketStore,
  id: string,
  csat?: number,
  outcome: 'resolved' | 'routed' = 'resolved',
) {
  const events: TimelineEvent[] = [
    {
      type: 'resolution',
      outcome,
      queue: outcome === 'routed' ? 'billing' : null,
      disposition: `${outcome}.test`,
      summary: { customer: 'ok', staff: 'ok' },
      actor: bot,
    },
    say('Hur nöjd är du?', 'csat.score'),
  ];
  await store.append(id, events, { status: 'resolved' });
  if (csat) await store.append(id, [{ type: 'csat', score: csat, actor: customer }]);
}

/**
 * Six conversations:
 *  A  C1 no_connection, reboot fixes it (csat 5)
 *  B  C1 no_connection again 3 days later → a repeat after a resolution; escalated to tier2,
 *     sent back to open with a note
 *  C  C2 wifi_password, customer goes silent at the customer-number question → abandoned
 *  D  C2 wifi_password 10 days after C → not a repeat; resolved by a password change (csat 4)
 *  E  C3 slow_speed escalated to tier2, returned via Escalation.returnedAt only
 *  F  C4 billing routed to billing (csat 2)
 */
export async function buildHistory(store: MemoryTicketStore) {
  const A = await ticket(store, { customerId: 'C1', intent: 'no_connection', runbookCause: 'cpe_hung' }, [
    hear('internet funkar inte'),
  ]);
  await store.append(A.id, [finding('wan.traffic_stalled'), say('Lyser internetlampan?', 'lights.internet')]);
  store.advance(1);
  await store.append(A.id, [hear('den lyser grönt'), say('Får jag starta om routern?', 'consent.reboot')]);
  await store.append(A.id, [
    hear('ja'),
    { type: 'action_requested', action: 'cpe_reboot', reason: 'stalled', actor: bot },
  ]);
  await store.append(A.id, [
    { type: 'action_done', action: 'cpe_reboot', actor: bot },
    say('Fungerar det nu?', 'resolution.confirm'),
  ]);
  await store.append(A.id, [hear('ja!')]);
  await resolve(store, A.id, 5);

  store.advance(3 * 24 * 60);
  const B = await ticket(
    store,
    { customerId: 'C1', intent: 'no_connection', runbookCause: 'speed_line_degraded' },
    [hear('nu är det nere igen')],
  );
  await store.append(B.id, [finding('line.dsl_snr_low')]);
  const esc = await store.escalate(B.id, 'tier2', 'line degraded', EMPTY_PACKET);
  store.advance(60);
  await store.append(
    B.id,
    [
      {
        type: 'note',
        text: 'Customer never did the wired test; please do it first.',
        internal: true,
        actor: staff,
      },
    ],
    { status: 'open' },
  );

  store.advance(60);
  const C = await ticket(store, { customerId: 'C2', intent: 'wifi_password' }, [
    hear('glömt wifi-lösenordet'),
  ]);
  await store.append(C.id, [say('Vad är ditt kundnummer?', 'identity.customer_number')]);

  store.advance(10 * 24 * 60);
  const D = await ticket(
    store,
    { customerId: 'C2', intent: 'wifi_password', runbookCause: 'wifi_password_forgotten' },
    [hear('byta wifi-lösenord')],
  );
  await store.append(D.id, [
    say('Kundnummer?', 'identity.customer_number'),
    hear('100482'),
    say('Får jag byta?', 'consent.wifi_change'),
    hear('ja'),
  ]);
  await store.append(D.id, [{ type: 'action_done', action: 'wifi_password_change', actor: bot }]);
  await resolve(store, D.id, 4);

  const E = await ticket(store, { customerId: 'C3', intent: 'slow_speed', language: 'en' }, [
    hear('my internet is slow'),
  ]);
  const escE = await store.escalate(E.id, 'tier2', 'below plan', EMPTY_PACKET);
  store.advance(30);
  store.markReturned(E.id, escE.id);

  const F = await ticket(store, { customerId: 'C4', intent: 'billing' }, [hear('fakturan är fel')]);
  await resolve(store, F.id, 2, 'routed');
  store.advance(180);
  return { A, B, C, D, E, F, esc };
}
