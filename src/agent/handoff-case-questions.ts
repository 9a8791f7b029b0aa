// Questions about the case in hand after a handoff ("can I borrow a router meanwhile?", "when does the
// technician get back to me?"): answered for this case (or the technicians' held case), or noted on it
// for the team to answer.
import type { Ticket } from '../domain/index.js';
import { extractEntities } from '../triage/entities.js';
import type { ReplyAct } from '../triage/reply.js';
import { declinedVisit, type AfterOutcomeCtx } from './after-outcome-context.js';
import type { AfterQuestion } from './after-questions.js';
import { caseAnswerKey, caseQuestions, type CaseQuestion } from './case-questions.js';
import type { ConversationState } from './conversation-state.js';
import { fieldQuestions } from './field-questions.js';
import type { MessageKey } from './messages/index.js';
import { phoneForCustomer } from './phone-display.js';
import { onlyOtherService } from './other-service.js';
import type { Turn } from './turn.js';
import { standingVisit } from './visit-person.js';

/** A restart named ("should i restart it meanwhile?"), not only "anything i can do meanwhile". */
export const RESTART =
  /\b(restart\w*|reboot\w*|starta om|startar om|omstart\w*|unplug\w*|dra ur|turn (it|the \w+) off)\b/i;

/** Questions the booked visit's window and its answers tell (visit-questions.ts). */
const BOOKING_TELLS: ReadonlySet<CaseQuestion> = new Set<CaseQuestion>([
  'how_long',
  'home_visit',
  'fixed_when',
]);
/** Questions whose team answer says who answers, when and which way: "what happens next" is told by them. */
const CONTACT_TOLD: ReadonlySet<CaseQuestion> = new Set<CaseQuestion>([
  'who_contacts',
  'how_long',
  'notify_how',
  'notify_email',
  'notify_sms',
]);
/** A call asked about beside an e-mail ("call me or e-mail?", "ringer de eller mejlar de?"). */
const CALL_ASKED = /\b(call\w*|phone\w*|ring\w*|ringa|ringer|uppringd)\b/i;
/** Teams with technicians, and the words that ask for them. */
const TECHNICIAN_QUEUES: ReadonlySet<string> = new Set(['tier2', 'field']);
const TECHNICIAN_WORDS = /\b(tekniker\w*|technician\w*|engineer\w*|techs?)\b/i;
/** Words that name the billing or the sales team. */
const TEAM_WORDS: [string, RegExp][] = [
  [
    'billing',
    /\b(billing|fakturaavdelning\w*|faktura(folk\w*|teamet)?|ekonomi\w*|invoice (team|people|department))\b/i,
  ],
  ['sales', /\b(sales|salj\w*)\b/i],
];

/**
 * "how long does billing usually take?" while sales has the newer case: the queue of the team the
 * customer names, when that team has this conversation's current or held case; else the current one.
 */
export function askedQueue(conv: ConversationState, text: string): string {
  const current = conv.handoff?.queue ?? 'agents';
  const held = conv.heldCase?.handoff.queue;
  if (!held || held === current) return current;
  if (TECHNICIAN_QUEUES.has(held) && !TECHNICIAN_QUEUES.has(current) && TECHNICIAN_WORDS.test(text))
    return held;
  const named = TEAM_WORDS.filter(([, re]) => re.test(text)).map(([q]) => q);
  return named.length === 1 && named[0] === held ? held : current;
}

/**
 * The cause the case's answers speak of: the diagnosis, or for a TV or mobile question passed on as it stood
 * (it ran no checks: its answers speak of that device, not our line) "other_service_request.<service>" —
 * the self-help for that device (the TV box), then for any such question.
 */
export async function handedCause(
  c: AfterOutcomeCtx,
  ticket: Ticket,
  conv: ConversationState,
): Promise<string | null> {
  const found = (await c.deps.cause(ticket)) ?? (onlyOtherService(conv) ? 'other_service_request' : null);
  const service = conv.facts.otherService;
  return found === 'other_service_request' && service ? `${found}.${service}` : found;
}

/**
 * Questions about the case in hand ("can I borrow a router meanwhile?", "do I have to pay before
 * they answer?"): answered for this case, or noted on it for the team. False when there are none.
 */
export async function answerAboutCase(
  c: AfterOutcomeCtx,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
  act: ReplyAct | null,
  answeredBefore: AfterQuestion[] = [],
  answeredBeside: (q: CaseQuestion) => boolean = () => false,
): Promise<boolean> {
  const { deps, caseTopic, params } = c;
  // With the outage's expected end told, "how long?" needs no second answer about the team.
  // "250 or 1000?" told from the subscription is not a question about our offers.
  const asked = caseQuestions(text).filter(
    (q) =>
      !(q === 'how_long' && answeredBefore.includes('service_back')) &&
      !(q === 'offer' && answeredBefore.includes('my_plan')) &&
      // "anything i can do meanwhile, can i use my phone as a hotspot?" told the hotspot: no restart asked.
      !(q === 'restart_meanwhile' && answeredBefore.includes('meanwhile') && !RESTART.test(text)) &&
      // During an outage the expected end answers it (after-answers.ts).
      !(q === 'fixed_when' && conv.handoff?.queue === 'outage'),
  );
  // With a visit booked, "how long?" and "will someone come?" are told by the booking, never "they call to agree a time".
  const booked = conv.handoff?.queue === 'field' && (await standingVisit(deps.tickets, ticket.id));
  if (booked) asked.splice(0, asked.length, ...asked.filter((q) => !BOOKING_TELLS.has(q)));
  if (!asked.length) return false;
  // "When does the technician get back to me?" while billing has a later case: the technicians' case.
  const queue = askedQueue(conv, text);
  const cause = await handedCause(c, ticket, conv);
  const p = params(ticket, conv, queue);
  const keys: { key: MessageKey; tag: string | null }[] = [];
  // A question back the reply classifier knows ("when does the technician come?") is answered too.
  // The field team's visit text only when the field team has the case.
  if (
    act?.act === 'question' &&
    !['other', 'compensation', 'how_know_fixed', 'how_long', 'cost'].includes(act.topic) &&
    // "who will get back to me, you or them?", "when will I hear from them?", "hur hör de av sig?": the team's
    // answer (who, when, which way), not what the desk does next.
    !(act.topic === 'what_happens_next' && asked.some((q) => CONTACT_TOLD.has(q))) &&
    // "what will you do?": what the team does is said once, by the team's own answer.
    !(act.topic === 'what_you_do' && asked.includes('team_does')) &&
    !(act.topic === 'should_restart' && asked.includes('restart_meanwhile')) &&
    // "will the neighbour be kicked out now?" answered from the new key: once is enough.
    !(act.topic === 'devices_drop' && answeredBefore.includes('devices_out')) &&
    (act.topic !== 'technician_when' || queue === 'field') &&
    // With a visit booked, "when?" is the booking (said by visit-move.ts), never "the field team calls to agree a
    // time" (rp34b #3).
    !(act.topic === 'technician_when' && booked) &&
    // "hur länge blir jag utan internet, till tisdag alltså?" with the field team: the visit's own answer
    // (field-questions.ts until_visit) says it, never also "much can be fixed from here in minutes".
    !(
      act.topic === 'wait_until_works' &&
      conv.handoff?.queue === 'field' &&
      fieldQuestions(text).includes('until_visit')
    )
  )
    keys.push({ key: await caseTopic(ticket, act.topic, conv), tag: null });
  const unanswered: string[] = [];
  for (const q of asked) {
    const plain = caseAnswerKey(q, queue, cause, conv.channel);
    // "will they call me or e-mail?": the e-mail answer with the call in it, never "Yes" to an either-or.
    const key =
      q === 'notify_email' &&
      plain?.startsWith('case.notify_email') &&
      !plain.includes('.outage') &&
      CALL_ASKED.test(text)
        ? conv.channel === 'email'
          ? 'case.notify_either.email'
          : 'case.notify_either'
        : plain;
    if (key)
      keys.push({
        key: q === 'how_long' && queue === 'field' ? declinedVisit(conv, key) : key,
        tag: `case:${q}`,
      });
    // "…and do i have to pay for the visit?" answered by the visit's cost: no "I cannot answer that".
    else if (!answeredBeside(q)) unanswered.push(q);
  }
  for (const { key, tag } of keys) {
    turn.answering(tag);
    turn.say(key, p);
    turn.answering(null);
  }
  if (unanswered.length) turn.say('case.noted', p);
  // "can you text me when its back instead? 070-123 45 67": the number is kept on the case, and said so.
  const phones = asked.includes('notify_sms') ? extractEntities(text).phones : [];
  if (phones.length) {
    await deps.tickets.append(ticket.id, [
      {
        type: 'note',
        actor: { kind: 'customer', id: null },
        text: `Customer asks to be texted at ${phones.join(', ')} (no text messages from the desk; told so)`,
        internal: true,
      },
    ]);
    turn.say('case.phone_noted', { ...p, phone: phones.map(phoneForCustomer).join(', ') });
  }
  const answered = asked.filter((q) => !unanswered.includes(q));
  await deps.tickets.append(ticket.id, [
    {
      type: 'note',
      actor: { kind: 'bot', id: null },
      text: `customer asked about the case after the handoff (${asked.join(', ')})${answered.length ? `; answered: ${answered.join(', ')}` : ''}${unanswered.length ? `; for the team to answer: "${text.slice(0, 300)}"` : ''}${asked.includes('auto_pay') && !unanswered.length ? `; says they pay by direct debit (autogiro), for the team to check: "${text.slice(0, 300)}"` : ''}`,
      internal: true,
    },
  ]);
  return true;
}
