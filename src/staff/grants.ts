import { CONSENT_KEYS, type ConsentKey } from '../domain/index.js';
import { homeOf } from '../tickets/conversation-home.js';
import type { AuditLog, TicketStore } from '../tickets/ports.js';
import type { TicketGrants } from './console-deps.js';

/**
 * What the customer granted on a ticket, as the automated agent recorded it: the conversation
 * state (`conversation.verification` — of the conversation a linked case was opened in —, `runbook.consents`)
 * and audit entries targeting the ticket.
 */
export async function grantsFromTicket(
  tickets: TicketStore,
  audit: AuditLog,
  ticketId: string,
  log: { warn(obj: object, msg?: string): void },
): Promise<TicketGrants> {
  // An unreadable state grants nothing (fails closed); the audit entries below still count.
  const state = <T>(id: string, key: string) =>
    tickets.getState<T>(id, key).catch((err: unknown) => {
      log.warn({ err, ticketId: id, key }, 'ticket state unreadable; taking it as granting nothing');
      return null;
    });
  // A case opened in another ticket's conversation (a linked case) was verified in that conversation.
  const home = await homeOf(tickets, ticketId).catch(() => ticketId);
  const [conversation, runbook, entries] = await Promise.all([
    state<{ verification?: string }>(home, 'conversation'),
    state<{ consents?: unknown[] }>(ticketId, 'runbook'),
    audit.list({ target: ticketId, limit: 500 }),
  ]);
  const consents = new Set<ConsentKey>();
  for (const c of runbook?.consents ?? [])
    if ((CONSENT_KEYS as readonly unknown[]).includes(c)) consents.add(c as ConsentKey);
  // In log order, so a later refusal withdraws an earlier consent.
  for (const e of [...entries].sort((a, b) => a.id - b.id)) {
    if (e.action !== 'consent.given' && e.action !== 'consent.refused') continue;
    if (!(CONSENT_KEYS as readonly string[]).includes(e.consentKey)) continue;
    if (e.action === 'consent.given') consents.add(e.consentKey as ConsentKey);
    else consents.delete(e.consentKey as ConsentKey);
  }
  return {
    verified:
      conversation?.verification === 'verified' || entries.some((e) => e.action === 'identity.verified'),
    consents: [...consents],
  };
}
