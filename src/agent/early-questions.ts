// "hej, vårt wifi är borta?? måste jag ställa in tvn igen?", "200430. men ska jag restarta den eller inte??",
// "vad är ens admin lösenordet? … kundnr 200178": questions asked while the desk is still finding out who it
// talks to. None is dropped at the customer-number or PIN question: what needs no account (what the admin
// password is, whether to restart while the desk checks) is answered in the same reply; what depends on the
// line is acknowledged there and answered at the first reply that can (problem-questions.ts after the
// first diagnosis, identity-question.ts for a question beside the number or PIN).
import type { AskKey } from '../domain/index.js';
import type { QuestionTopic } from '../triage/reply.js';
import { topicsOf } from '../triage/topics-of.js';
import { complainsUnanswered } from './after-questions.js';
import type { ConversationState } from './conversation-state.js';
import { contactWay } from './handoff-contact.js';
import { hasMessage, type MessageKey } from './messages/index.js';
import { answerFor, NARROWS } from './question-answers.js';
import { chargeRefund } from './refund-linked.js';
import { generalAnswersIn, namesPin, PIN_TOPICS, questionClauses } from './side-questions.js';
import type { Turn } from './turn.js';

const IDENTITY_ASKS: ReadonlySet<AskKey> = new Set<AskKey>(['identity.customer_number', 'identity.pin']);

/** General knowledge: the same answer whoever asks, so it is given before the account is known. */
const GENERAL = new Set<QuestionTopic>([
  'what_admin_password',
  'what_dns',
  'what_wifi_channel',
  'is_genuine',
  'are_you_bot',
  'router_login',
  'how_speed_test',
  'buy_equipment',
  'remote_management',
  'what_band',
]);
/** Requests that go to a team without a look at the line: nothing to promise an answer after. */
const TO_A_TEAM = new Set(['billing', 'account_change', 'human_agent', 'other']);
/** Topics the identity question itself answers (its own repair), or that only colour a question. */
const OWN = new Set<QuestionTopic>([
  'why_pin',
  'where_customer_number',
  'already_restarted',
  'other',
  'how_know_fixed',
  'what_happens_next',
]);

/**
 * The answers to the questions of `text` said before the identity question this turn put, or the promise
 * to answer them once the connection is checked. `waiting`: a question asked earlier that is not answered
 * yet (the opening's), for "men svara på frågan om tvn?".
 */
export function answerBeforeIdentity(conv: ConversationState, turn: Turn, text: string, waiting: boolean) {
  const ask = turn.pendingAsk;
  // "thinking of getting fibre. does someone need to come and install it?" while the desk asks what it is
  // about: what a technician knows whatever the case is answered before that question too.
  if (ask === 'clarify.intent') {
    const said = conv.earlyAnswers ?? [];
    const keys = generalAnswersIn(text, questionClauses(text)).keys.filter((k) => !said.includes(k));
    for (const key of keys) turn.sayBeforeAsk(key);
    conv.earlyAnswers = [...new Set([...said, ...keys])];
    return;
  }
  if (!ask || !IDENTITY_ASKS.has(ask)) return;
  // "is the wifi and internet the same thing on your box": what a technician knows whatever the account is
  // answered now; the rest is read for its topics.
  const general = generalAnswersIn(text, questionClauses(text));
  const clauses = general.rest;
  // ("is it safe to do remote management?" is remote management's question, not the safety of a change.)
  // "why do you need the PIN, is this secure?": the identity question's own repair answers both.
  const pin = namesPin(text);
  const topics = [...new Set(topicsOf(clauses.join(' ')))].filter(
    (x, _, all) =>
      !OWN.has(x) && !(pin && PIN_TOPICS.has(x)) && !all.some((y) => [NARROWS[y]].flat().includes(x)),
  );
  const keys: MessageKey[] = [...general.keys];
  let later = false;
  // "we were charged twice, can we get it back?": money back for the charge, never "if a fault caused it".
  const charge = chargeRefund({ intent: null }, null, text);
  for (const topic of topics) {
    const own = `reply.${topic}.identity`;
    const key =
      topic === 'compensation' && charge
        ? 'reply.refund.charge'
        : hasMessage(own)
          ? own
          : GENERAL.has(topic)
            ? answerFor(topic, { askKey: null, request: conv.intent ?? null })
            : null;
    if (key && !keys.includes(key)) keys.push(key);
    else if (!key) later = true;
  }
  // "200185. men snälla kan inte bara en person ringa mig": a call asked for beside the number, acknowledged
  // now; on the way to a person the wish goes with the request, noted on the case at the handoff (finalize.ts).
  if (contactWay(text) === 'call') {
    const toPerson = conv.intent === 'human_agent';
    const wish = text.replace(/\d[\d -]{3,}\d\W*/g, '').trim();
    if (toPerson && conv.request && !conv.request.includes(wish))
      conv.request = `${conv.request} ${wish}`.slice(0, 500);
    keys.push(toPerson ? 'reply.call_me.identity.human_agent' : 'reply.call_me.identity');
  }
  // "men svara på frågan om tvn?": the question asked before still waits for the line.
  if (!topics.length && waiting && complainsUnanswered(text)) later = true;
  // Promised only where the desk looks at the line next; a team's case answers it there.
  if (TO_A_TEAM.has(conv.intent ?? 'other')) later = false;
  if (later) conv.earlyPromised = true;
  // "ok 200115. påverkas mitt wifi om ni byter det?": what is promised is kept to be answered after the
  // first diagnosis with the opening's questions (problem-questions.ts), never lost with the number.
  if (later && clauses.length && !(conv.problemQuestions ?? '').includes(clauses.join(' ')))
    conv.problemQuestions = [conv.problemQuestions, ...clauses].filter(Boolean).join(' ').slice(0, 600);
  const said = conv.earlyAnswers ?? [];
  // Asked again: never the same text word for word.
  for (const key of keys) {
    const again = `${key}.again`;
    turn.sayBeforeAsk(said.includes(key) && hasMessage(again) ? again : key);
  }
  if (later) turn.sayBeforeAsk('identity.question_later');
  conv.earlyAnswers = [...new Set([...said, ...keys])];
  // A question beside the number that is answered now is not answered again after verification.
  if (keys.length && !later) conv.heldQuestion = null;
}
