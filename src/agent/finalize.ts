// The end of a case: escalated or routed to a team (with the handoff packet and a visit booked
// when the field team needs one), resolved, refused or told of an outage; the customer reads the
// outcome, the summary, the article about the cause and, when the case is over, the score question.
import { fold } from '../triage/normalize.js';
import { formatLocalTime, type Intent, type Ticket } from '../domain/index.js';
import type { Finish } from '../runbooks/types.js';
import { escalateByAgent } from '../tickets/escalate.js';
import type { ConversationState } from './conversation-state.js';
import { asksScore } from './csat-once.js';
import { clockOf, formatVisitWindow } from './field-visit.js';
import { returnToHeldCase } from './follow-up-case.js';
import { buildPacket, buildSummary, teamName } from './handoff.js';
import { contactWay, wayWords } from './handoff-contact.js';
import { bookAtHandoff } from './handoff-visit.js';
import { aheadNote, aheadWish } from './visit-ahead.js';
import { addVisitNotes } from './visit-notes.js';
import { incidentWords } from './incident-words.js';
import { capitalise, type AgentKernel } from './kernel.js';
import { rootCauseOf } from './knowledge.js';
import { hasMessage, t } from './messages/index.js';
import { keepPromises } from './promised-follow-up.js';
import { TEAM_OF } from './secondary-topics.js';
import { problemLabel } from './request-facts.js';
import { onlyRequestsDone } from './request-closing.js';
import type { Turn } from './turn.js';
import { noVisitKey } from './visit-declined.js';

export async function finalize(
  k: AgentKernel,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  finish: Finish,
) {
  const { customer, service } = await k.customerContext(conv);
  const kept = await k.engine.get(ticket.id);
  // Times the customer gave before the case went to a team that may plan a visit: on its handoff packet.
  const times = conv.timesForTeam;
  conv.timesForTeam = undefined;
  const state =
    times && kept && !kept.facts.availability
      ? { ...kept, facts: { ...kept.facts, availability: times } }
      : kept;
  if (times) await k.note(ticket.id, `the customer's times, should a visit be needed: "${times}"`);
  // The e-mail's subject beside the problem, unless it only says the same ("Låg hastighet — Låg hastighet").
  const wordsOf = (x: string) => fold(x).replace(/\W+/g, ' ').trim();
  const withSubject = (label: string) => {
    const [a, b] = [wordsOf(label), wordsOf(ticket.subject ?? '')];
    return !b || a.includes(b) || b.includes(a) ? label : `${label} — ${ticket.subject}`;
  };
  // A question about a service we do not run goes to the team in the customer's own words.
  const asked = conv.request ? `: "${conv.request}"` : '';
  // A person asked for on the way: the problem the customer came with is what the case is about.
  const about = conv.intent === 'human_agent' && conv.problemIntent ? conv.problemIntent : conv.intent;
  const problem = {
    customer: withSubject(
      capitalise(problemLabel(conv.facts, about, conv.language, k.cfg.words, rootCauseOf(state))),
    ),
    en: `${withSubject(capitalise(problemLabel(conv.facts, about, 'en', k.cfg.words, rootCauseOf(state))))}${asked}`,
  };
  const facts = {
    ticket,
    customer,
    service,
    deviceId: conv.deviceId,
    verified: conv.verification === 'verified',
    priority: conv.priority,
    problem,
    engine: state,
  };
  const when = t(conv.language, `when.${conv.priority}`);
  let current = (await k.deps.tickets.get(ticket.id)) ?? ticket;
  if ((finish.outcome === 'escalated' || finish.outcome === 'routed') && finish.queue) {
    const packet = await buildPacket(facts, k.deps.devices, k.now());
    await escalateByAgent(k.deps.tickets, current, { queue: finish.queue, reason: finish.reason, packet });
    current = (await k.deps.tickets.get(ticket.id)) ?? current;
  }
  // A visit is booked first, so that the summary's next step is the visit, not a reply time.
  const visitAt = { timeZone: k.cfg.words.timeZone, now: k.now() };
  const reason = finish.reason;
  const availability = state?.facts.availability ?? null;
  const visit = { ticket, customer, service, reason, availability, ...visitAt };
  // "…Ring gärna innan på 070-123 45 67" with the times: the wish goes with the booking request itself.
  const ahead =
    availability && finish.queue === 'field' && !conv.visitDeclined ? aheadWish(availability) : null;
  if (ahead) await addVisitNotes(k.deps, ticket, [aheadNote(ahead)]);
  const window = await bookAtHandoff(k.deps.isp, k.deps.tickets, visit, finish, conv.visitDeclined, k.log);
  const booked = window ? { window, timeZone: k.cfg.words.timeZone } : null;
  const summary = buildSummary({ ...facts, visit: booked }, finish, conv.language, k.cfg.words);
  const status =
    finish.outcome === 'resolved'
      ? 'resolved'
      : finish.outcome === 'refused'
        ? 'closed'
        : finish.outcome === 'outage_informed'
          ? 'pending_internal'
          : current.status === 'escalated'
            ? undefined
            : 'escalated';
  await k.deps.tickets.append(
    ticket.id,
    [
      {
        type: 'resolution',
        actor: { kind: 'bot', id: null },
        outcome: finish.outcome,
        queue: finish.queue,
        disposition: finish.disposition,
        summary,
      },
    ],
    {
      disposition: finish.disposition,
      ...(status ? { status } : {}),
      ...(finish.incidentId ? { incidentId: finish.incidentId } : {}),
    },
  );
  switch (finish.outcome) {
    case 'resolved':
      // A request carried out, or a fix nobody could test yet, is not "glad it works again".
      turn.sayKey(closingKey(finish, state?.tried), { reference: ticket.reference });
      break;
    case 'escalated':
    case 'routed': {
      // Only a suspended account is told that the connection reopens once the invoice is paid.
      const key = noVisitKey(`${finish.outcome}.${finish.queue}`, conv.visitDeclined);
      const suspended = rootCauseOf(state) === 'billing_suspended' && hasMessage(`${key}.suspended`);
      // "Booked" only when the field-service port confirmed a time window (above).
      if (window)
        turn.sayKey(window.inside ? 'escalated.field.booked' : 'escalated.field.booked_nearest', {
          reference: ticket.reference,
          window: formatVisitWindow(window, conv.language, k.cfg.words.timeZone),
        });
      // "helst före 11" and the visit 08–12: arrival before 11 is not promised, and the wish is on the case.
      if (window?.before !== undefined) turn.say('visit.before_limit', { limit: clockOf(window.before) });
      if (!window) turn.sayKey(suspended ? `${key}.suspended` : key, { reference: ticket.reference, when });
      if (times) turn.say('handoff.times_noted');
      break;
    }
    case 'outage_informed': {
      const inc = finish.incidentId ? await k.deps.incidents.get(finish.incidentId) : null;
      const params = {
        title: inc ? incidentWords(inc, conv.language, service?.areaCode) : '',
        incident: inc?.reference ?? '',
        eta: inc?.etaAt ? formatLocalTime(inc.etaAt, conv.language, k.cfg.words.timeZone, k.now()) : '',
        reference: ticket.reference,
      };
      turn.say(inc?.etaAt ? 'outage.informed' : 'outage.informed_no_eta', params);
      break;
    }
    case 'refused':
      break;
  }
  turn.say('summary.customer', { summary: summary.customer });
  // "…a real person about the parental filter. Please have someone call me.": the way asked for is on the case.
  const way = conv.request && finish.queue && finish.outcome !== 'resolved' ? contactWay(conv.request) : null;
  if (way && finish.queue) {
    await k.note(ticket.id, `the customer would rather be contacted by ${wayWords(way)}: "${conv.request}"`);
    turn.say(`handoff.contact_noted.${way}`, {
      reference: ticket.reference,
      ourTeam: teamName(finish.queue, conv.language),
    });
  }
  // A question promised to a colleague while the case was open goes on a linked case, never left on a closed one.
  if (finish.outcome === 'resolved') {
    const settled = await keepPromises(
      conv,
      async (q) => {
        await k.parts.afterOutcome.openLinked(
          ticket,
          conv,
          turn,
          'agents',
          'other',
          q,
          'closing.promised_linked',
        );
        conv.promisedCase = conv.linkedTickets?.at(-1) ?? null;
      },
      state?.tried ?? [],
    );
    if (settled.length)
      await k.note(
        ticket.id,
        `question asked at a step the customer then carried out, settled by the resolution: ${settled.map((q) => `"${q}"`).join(' ')}`,
      );
  }
  // Questions the desk had no answer for while it kept the case: the person who takes it now reads them.
  if ((finish.outcome === 'escalated' || finish.outcome === 'routed') && conv.unanswered?.length)
    await k.note(
      ticket.id,
      `questions the customer asked that the desk could not answer: ${conv.unanswered.map((q) => `"${q}"`).join(' ')}`,
    );
  conv.unanswered = [];
  if (finish.outcome !== 'refused') await linkCauseArticle(k, conv, turn, rootCauseOf(state));
  const handled = await handledIntents(k, ticket, conv);
  const extra = conv.secondaryIntents.filter((i) => i !== conv.intent && !handled.has(i));
  // What the customer asked of another team beside the problem goes to that team now, in their words.
  const words = extra[0] ? conv.secondaryAsked?.[extra[0]] : undefined;
  const team = extra[0] ? TEAM_OF[extra[0]] : undefined;
  if (extra[0] && words && team) {
    // "noted, I pass it on when we are done" said earlier in this turn is kept by the case opened now.
    turn.unsay('secondary.noted.again', {
      topic: k.label(conv.language, extra[0]),
      team: teamName(team, conv.language),
    });
    await k.parts.afterOutcome.openLinked(ticket, conv, turn, team, extra[0], words, 'secondary.linked', {
      topic: k.label(conv.language, extra[0]),
    });
    const linked = conv.linkedTickets?.at(-1);
    const other = linked ? await k.deps.tickets.getByReference(linked) : null;
    if (other && other.id !== ticket.id)
      await k.note(other.id, `the customer's own question (asked with case ${ticket.reference}): "${words}"`);
    conv.offeredTopic = null;
  } else {
    if (extra.length) turn.say('secondary.offer', { topic: k.label(conv.language, extra[0]) });
    conv.offeredTopic = extra[0] ?? null;
  }
  conv.secondaryIntents = extra.slice(1);
  conv.outcomes.push(finish.outcome);
  conv.phase = 'closed';
  // With a person (or waiting for an outage fix) the case is not over: no satisfaction question yet.
  const open =
    finish.outcome === 'escalated' || finish.outcome === 'routed' || finish.outcome === 'outage_informed';
  conv.handoff = open
    ? {
        queue: finish.outcome === 'outage_informed' ? 'outage' : (finish.queue ?? 'agents'),
        at: k.now().toISOString(),
      }
    : null;
  // A later request done while a person has the first case: back to that case, no CSAT before a person closes it.
  const held = !open && returnToHeldCase(conv);
  if (!open && !held && asksScore(conv)) turn.ask('csat.score');
  // Handed to a person, the conversation does not end: the customer keeps writing to the case.
  if (finish.outcome !== 'escalated' && finish.outcome !== 'routed' && !held) turn.final();
  k.log.info(
    { ticketId: ticket.id, outcome: finish.outcome, queue: finish.queue, disposition: finish.disposition },
    'case finished',
  );
}

/** "Read more about what happened" with the article that explains the case's cause, if there is one. */
export async function linkCauseArticle(
  k: AgentKernel,
  conv: ConversationState,
  turn: Turn,
  cause: string | null,
) {
  if (!k.deps.knowledge || !cause) return;
  const article = await k.deps.knowledge.articleForCause(cause, conv.language).catch((err: unknown) => {
    k.log.warn(
      { cause, err: err instanceof Error ? err.message : String(err) },
      'help-centre look-up failed',
    );
    return null;
  });
  if (article) turn.say('kb.read_more', { title: article.title, url: article.url });
}

/** The closing words of a resolved case: the runbook's own (a request carried out), or none for a fix nobody could test yet. */
function closingKey(finish: Finish, tried: Parameters<typeof onlyRequestsDone>[0]): string {
  if (finish.closing && hasMessage(finish.closing)) return finish.closing;
  if (finish.disposition === 'resolved.unconfirmed') return 'resolved.unconfirmed';
  return onlyRequestsDone(tried) ? 'closing.request_done' : 'resolved';
}

/** The topic each team's case stands for, when a case of this conversation is with that team. */
const QUEUE_INTENT: Partial<Record<string, Intent>> = {
  billing: 'billing',
  sales: 'account_change',
  outage: 'outage_check',
};

/**
 * Topics another case of this conversation already has (the case held while this one was worked, the
 * linked cases): "You also mentioned your invoice" is never said when billing has it.
 */
async function handledIntents(k: AgentKernel, ticket: Ticket, conv: ConversationState): Promise<Set<Intent>> {
  const out = new Set<Intent>();
  const held = conv.heldCase?.handoff.queue;
  if (held && QUEUE_INTENT[held]) out.add(QUEUE_INTENT[held]);
  for (const reference of conv.linkedTickets ?? []) {
    const other = await k.deps.tickets.getByReference(reference);
    if (!other || other.id === ticket.id) continue;
    if (other.intent) out.add(other.intent);
    if (other.queue && QUEUE_INTENT[other.queue]) out.add(QUEUE_INTENT[other.queue]!);
  }
  return out;
}
