// A second request after the outcome opened as its own ticket for another team, linked both ways by
// notes, with the handoff packet and summary; the first case stays where it is.
import type { Intent, Queue, Ticket } from '../domain/index.js';
import { escalateByAgent } from '../tickets/escalate.js';
import { capitalise, type AfterOutcomeCtx } from './after-outcome-context.js';
import type { ConversationState } from './conversation-state.js';
import { openInConversation } from '../tickets/conversation-home.js';
import { buildSummary, teamName, type CaseFacts } from './handoff.js';
import { brandParams, t, type MessageKey } from './messages/index.js';
import { requestSubject } from './request-subject.js';
import type { Turn } from './turn.js';

/** A second request after the outcome: its own ticket for `queue`, linked both ways by notes. */
export async function openLinked(
  c: AfterOutcomeCtx,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  queue: Queue,
  intent: Intent,
  text: string,
  told: MessageKey = 'handoff.linked',
  more: Record<string, string> = {},
) {
  const { deps } = c;
  const verified = conv.verification === 'verified';
  if (queue === 'sales' && !verified) {
    turn.say('refused.unverified');
    return;
  }
  const { customer, service } = await deps.context(conv);
  // A short subject of the kind of request; the customer's own words go onto the case as a note below.
  const linked = await openInConversation(deps.tickets, ticket, conv, {
    intent,
    subject: requestSubject(conv.language, intent, text, deps.words),
  });
  const label = t('en', `intent.${intent}`, brandParams(deps.words, 'en'));
  const facts: CaseFacts = {
    ticket: linked,
    customer: verified ? customer : null,
    service: verified ? service : null,
    deviceId: null,
    verified,
    priority: conv.priority,
    problem: {
      customer: capitalise(t(conv.language, `intent.${intent}`, brandParams(deps.words, conv.language))),
      en: `${capitalise(label)} (follow-up to ${ticket.reference})`,
    },
    engine: null,
  };
  const finish = {
    outcome: 'routed' as const,
    queue,
    disposition: `routed.${queue}`,
    reason: `follow-up request after case ${ticket.reference}`,
  };
  const packet = await deps.packet(facts);
  await escalateByAgent(deps.tickets, linked, { queue, reason: finish.reason, packet });
  await deps.tickets.append(
    linked.id,
    [
      {
        type: 'note',
        actor: { kind: 'bot', id: null },
        text: `opened from case ${ticket.reference} (customer's follow-up request)`,
        internal: true,
      },
      {
        type: 'note',
        actor: { kind: 'bot', id: null },
        text: `the customer's request in their own words: "${text.slice(0, 500)}"`,
        internal: true,
      },
      {
        type: 'resolution',
        actor: { kind: 'bot', id: null },
        ...finish,
        summary: buildSummary(facts, finish, conv.language, deps.words),
      },
    ],
    { disposition: finish.disposition },
  );
  await deps.tickets.append(ticket.id, [
    {
      type: 'note',
      actor: { kind: 'bot', id: null },
      text: `follow-up request opened as linked case ${linked.reference} (${queue})`,
      internal: true,
    },
  ]);
  conv.linkedTickets = [...(conv.linkedTickets ?? []), linked.reference];
  turn.say(told, {
    ...more,
    linked: linked.reference,
    team: teamName(queue, conv.language),
    reference: ticket.reference,
  });
}
