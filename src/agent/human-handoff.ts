// The customer asks for a person in the middle of a case: the team that owns the diagnosed fault,
// the human Tier-1 desk, or (for a known customer) the human-agent runbook.
import type { Ticket } from '../domain/index.js';
import type { ConversationState } from './conversation-state.js';
import { finalize } from './finalize.js';
import type { AgentKernel } from './kernel.js';
import type { Turn } from './turn.js';
import { personVisit } from './person-visit.js';
import { rootCauseOf } from './knowledge.js';
import { causeAnswers } from './side-questions.js';

export async function toHuman(
  k: AgentKernel,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text = '',
  /** Why the case goes to a person, when it is not the customer's own wish (a promise of the desk kept). */
  reason = 'customer asked for a person',
) {
  const state = await k.engine.get(ticket.id);
  const { customer, service } = await k.customerContext(conv);
  if (state && !state.finished && state.current) {
    // Diagnosis done: the team that owns the fault gets it, otherwise the human Tier-1 desk.
    const owner = state.causes.find((c) => c.cause === state.current?.cause)?.escalateTo;
    const queue = owner && owner !== 'billing' && owner !== 'sales' ? owner : 'agents';
    // "vad ska en omstart till hjälpa?? kan jag inte få prata med en människa istället": the question beside
    // the person is answered first, from the cause found (the step that was pending is not taken now).
    for (const key of causeAnswers(text, rootCauseOf(state), service?.access ?? null)) turn.say(key);
    if (queue === 'field') {
      // The person who fixes this is a technician on site: said now, and the visit booked in the customer's times.
      const at = { now: k.now(), timeZone: k.cfg.words.timeZone };
      const next = personVisit(state, text, conv.visitTimesGiven, conv.visitDeclined, at);
      conv.visitTimesGiven = undefined;
      await k.note(
        ticket.id,
        `the customer asked for a person: the fault needs a technician on site (field)${text ? ` — "${text.slice(0, 300)}"` : ''}`,
      );
      if (next.kind === 'ask') {
        turn.say('visit.person.technician.ask');
        await k.engine.restore(ticket.id, { ...state, pending: { kind: 'availability', queue } });
        k.renderEngine(turn, {
          says: [],
          ask: { key: 'contact.availability' },
          finish: null,
          secrets: [],
          deviceWaitMs: 0,
        });
        return;
      }
      turn.say(next.kind === 'book' ? 'visit.person.technician' : 'visit.person.team');
      if (next.kind === 'book' && next.availability)
        await k.engine.restore(ticket.id, {
          ...state,
          facts: { ...state.facts, availability: next.availability.slice(0, 300) },
        });
    }
    await finalize(k, ticket, conv, turn, {
      outcome: 'escalated',
      queue,
      disposition: `escalated.${queue}`,
      reason,
    });
    return;
  }
  // The colleague reads what was asked ("jag vill säga upp… vi flyttar utomlands i feb"), not only "a person".
  const convId = k.inTurn.get(ticket.id)?.conversationId ?? ticket.id;
  conv.request ??= (await k.transcript(convId)).find((m) => m.role === 'customer')?.text.slice(0, 500);
  if (customer) {
    // "Routern startar om HELA TIDEN … kan jag inte bara få prata med en människa?": the summary keeps the problem.
    if (conv.intent && conv.intent !== 'human_agent' && conv.intent !== 'other')
      conv.problemIntent = conv.intent;
    conv.intent = 'human_agent';
    conv.phase = 'runbook';
    const out = await k.engine.start(
      k.engineCtx(ticket.id, conv, customer, service),
      'human_agent',
      conv.facts,
      { announce: false },
    );
    k.renderEngine(turn, out);
    if (out.finish) await finalize(k, ticket, conv, turn, out.finish);
    return;
  }
  await finalize(k, ticket, conv, turn, {
    outcome: 'escalated',
    queue: 'agents',
    disposition: 'escalated.agents',
    reason: 'customer asked for a person before identification',
  });
}
