import { CONSENT_KEYS, type ConsentKey } from '../domain/index.js';
import type { AuditLog, TicketStore } from '../tickets/ports.js';
import type { TicketGrants } from './console-deps.js';

/**
 * What the customer granted on a ticket, as the automated agent recorded it: the conversation
 * state (`conversation.verification`, `runbook.consents`) and audit entries targeting the ticket.
 */
export async function grantsFromTicket(
  tickets: TicketStore,
  audit: AuditLog,
  ticketId: string,
  log: { warn(obj: object, msg?: string): void },
): Promise<TicketGrants> {
  // An unreadable state grants nothing (fails closed); the audit entries below still count.
  const state = <T>(key: string) =>
    tickets.getState<T>(ticketId, key).catch((err: unknown) => {
      log.warn({ err, ticketId, key }, 'ticket state unreadable; taking it as granting nothing');
      return null;
    });
  const [conversation, runbook, entries] = await Promise.all([
    state<{ verification?: string }>('conversation'),
    state<{ consents?: unknown[] }>('runbook'),
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
