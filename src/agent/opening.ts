// The opening of a case: the first problem statement (or a new one after a closed case), the
// choice between two intents when triage is unsure, and a new topic in the middle of a case.
import { requestIntent } from './request-intent.js';
import type { Intent, Language, Ticket } from '../domain/index.js';
import { isHomeDeviceAddress } from '../domain/index.js';
import { learnFacts, otherServiceOf } from '../runbooks/facts.js';
import { renameAskedIn } from '../triage/rename-asked.js';
import type { TriageLike } from '../runbooks/ports.js';
import type { Facts } from '../runbooks/types.js';
import type { ConversationState } from './conversation-state.js';
import { answerFromHelpCentre } from './help-centre-flow.js';
import { capitalise, type AgentKernel } from './kernel.js';
import { followLanguage, languageHint } from './language-hold.js';
import { bodyOverSubject } from './mail-subject.js';
import { withMoveDetails } from './move-details.js';
import { noteProblemQuestions } from './problem-questions.js';
import { generalAnswersIn, questionClauses } from './side-questions.js';
import { topicsOf } from '../triage/topics-of.js';
import { otherServiceAsked } from './other-service-question.js';
import { namesARequest, teamBesidePerson } from './request-facts.js';
import { keepSalesWish } from './sales-wish.js';
import { askedOfTeam, onlyRefund, raisedSecondaries, TEAM_OF } from './secondary-topics.js';
import { teamName } from './handoff.js';
import { symptomOf } from './how-check.js';
import { acknowledgeMood, recordTriage } from './triage-record.js';
import type { Turn } from './turn.js';

/** The first problem statement (or a new one after a closed case). */
export async function onOpening(
  k: AgentKernel,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
  opened: TriageLike,
) {
  const tri = bodyOverSubject(
    ticket.subject,
    text,
    opened,
    (body) => k.triage.triage(body, { profileLanguage: languageHint(conv) }),
    k.clarifyThreshold,
  );
  followLanguage(conv, tri, text, true);
  turn.language = conv.language;
  conv.facts = learnRequest(k, conv.facts, text, conv.language);
  // "… snabbare internet? Och kan man lägga till TV också?": the team reads the other service in the customer's words.
  // "I want a new router, even if I pay": sales reads what is wanted in the customer's words too.
  if (conv.facts.otherService || otherServiceAsked(text) || conv.facts.equipmentWish)
    conv.request = text.slice(0, 500);
  conv.complaint = symptomOf(text);
  // "How do I rename my Wi-Fi?" is a request we carry out, not an article to read.
  if (!conv.facts.ssidRename && (await answerFromHelpCentre(k, ticket, conv, turn, text, tri, 'opening')))
    return;
  // A customer number or PIN beside the problem: the caller came for help, and is not asked for them again.
  const credentials =
    (await k.parts.identify.noteNumber(conv, text)) || !!k.triage.findVolunteeredPin?.(text);
  const settled = namesARequest(conv.facts);
  if (tri.intent === 'other' && !tri.wantsHuman && conv.smalltalk < 1 && !credentials && !settled) {
    conv.smalltalk += 1;
    // "thinking of switching to you. does a technician need to come and install it?": what any technician
    // knows is answered before the desk asks what it is about — never only the question back.
    const general = generalAnswersIn(text, questionClauses(text)).keys;
    for (const key of general) turn.say(key);
    if (general.length) conv.earlyAnswers = [...new Set([...(conv.earlyAnswers ?? []), ...general])];
    turn.say('smalltalk.other');
    return;
  }
  // "…or do I need to buy something?": answered once the first diagnosis is known.
  conv.secondaryIntents = raisedSecondaries(text, withRefund(text, tri.intent, tri.secondaryIntents));
  keepAskedOfTeam(k, conv, turn, text);
  if (!conv.secondaryAsked?.account_change && tri.intent !== 'account_change')
    keepSalesWish(k, conv, turn, text);
  noteProblemQuestions(conv, text);
  if (
    tri.confidence < k.clarifyThreshold &&
    tri.runnerUp &&
    tri.runnerUp !== tri.intent &&
    !tri.wantsHuman &&
    !settled
  ) {
    conv.clarifyOptions = [tri.intent, tri.runnerUp];
    conv.phase = 'clarify';
    await recordTriage(k, ticket, conv, tri, tri.intent);
    const opts = conv.clarifyOptions.map((i) => capitalise(k.label(conv.language, i)));
    turn.ask(
      'clarify.intent',
      undefined,
      { first: k.label(conv.language, tri.intent), second: k.label(conv.language, tri.runnerUp) },
      opts,
    );
    return;
  }
  conv.intent = tri.wantsHuman
    ? (teamBesidePerson(k.triage, text) ?? 'human_agent')
    : requestIntent(tri.intent, conv.facts);
  // The person who takes over reads why the customer asked for them, in their own words.
  if (conv.intent === 'human_agent') conv.request = text.slice(0, 500);
  await recordTriage(k, ticket, conv, tri, conv.intent);
  acknowledgeMood(conv, turn);
  await k.parts.identify.identifyOrStart(ticket, conv, turn, text);
}

/** Facts of the opening request: the general ones, plus the service, Wi-Fi name and port forward it names. */
export function learnRequest(k: AgentKernel, facts: Facts, text: string, lang: Language): Facts {
  const next = learnFacts(facts, text);
  next.otherService ??= otherServiceOf(text);
  if (next.ssidRename && !next.wifiName) next.wifiName = k.triage.parseWifiName?.(text) ?? undefined;
  if (next.ssidRename && renameAskedIn(text)) next.renameAsked = true;
  if (next.portForwardRequested && !next.portForward) {
    const pf = k.triage.parseAnswer('config.port_forward', text, lang);
    if (pf.kind === 'port_forward' && (pf.port || pf.ip || pf.device)) {
      const { kind: _kind, ...draft } = pf;
      next.portForwardDraft = draft;
      // An address no home device can have ("kameran har adressen 192.168.0.64") is asked about first.
      if (pf.port && pf.ip && isHomeDeviceAddress(pf.ip))
        next.portForward = {
          port: pf.port,
          protocol: pf.protocol ?? 'tcp',
          ip: pf.ip,
          ...(pf.portEnd ? { portEnd: pf.portEnd } : {}),
        };
    }
  }
  Object.assign(next, withMoveDetails(next, text));
  return next;
}

export async function onClarify(
  k: AgentKernel,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
  tri: TriageLike,
) {
  const [first, second] = conv.clarifyOptions;
  const lower = text.toLowerCase();
  let chosen: Intent = first;
  if (
    second &&
    (lower.includes(k.label(conv.language, second).toLowerCase()) ||
      lower.trim() === '2' ||
      tri.intent === second)
  ) {
    chosen = second;
  }
  conv.intent = chosen;
  conv.clarifyOptions = [];
  conv.facts = learnFacts(conv.facts, text);
  await k.deps.tickets.append(ticket.id, [], { intent: chosen });
  acknowledgeMood(conv, turn);
  // "sidorna laddar int, 206184": a customer number given with the choice is used, not asked for again.
  await k.parts.identify.identifyOrStart(ticket, conv, turn, text);
}

export async function switchTopic(
  k: AgentKernel,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  tri: TriageLike,
) {
  if (tri.intent === 'other' || tri.confidence < k.clarifyThreshold) {
    turn.say('smalltalk.other');
    return;
  }
  turn.say('ack.topic');
  conv.intent = tri.intent;
  await recordTriage(k, ticket, conv, tri, tri.intent);
  await k.parts.identify.identifyOrStart(ticket, conv, turn, null);
}

/**
 * The other topics of the opening, with billing's when money back is asked for or demanded beside a fault
 * ("Vill ha pengarna tillbaka för de månader det varit så här"): billing decides it, on a linked case.
 */
function withRefund(text: string, intent: Intent, secondaries: readonly Intent[]): Intent[] {
  const others = secondaries.filter((i) => i !== intent);
  if (intent === 'billing' || others.includes('billing')) return others;
  const refund = questionClauses(text).some((c) => topicsOf(c).includes('compensation'));
  return refund ? [...others, 'billing'] : others;
}

/**
 * "… Sen undrar jag varför fakturan blev 50 kr dyrare denna månad?": a question or request for another team
 * beside the problem is kept in the customer's words and acknowledged now; the close passes it on.
 */
export function keepAskedOfTeam(
  k: Pick<AgentKernel, 'label'>,
  conv: ConversationState,
  turn: Turn | null,
  text: string,
) {
  for (const intent of conv.secondaryIntents) {
    const team = TEAM_OF[intent];
    const asked = team && !conv.secondaryAsked?.[intent] ? askedOfTeam(text, intent) : null;
    if (!team || !asked) continue;
    conv.secondaryAsked = { ...conv.secondaryAsked, [intent]: asked };
    // "is there any discount for this?": money back for the fault is answered from what the check finds
    // (one answer per topic), never also as an invoice question for billing in the same reply.
    if (intent === 'billing' && onlyRefund(asked)) continue;
    turn?.say('secondary.noted', {
      topic: k.label(conv.language, intent),
      team: teamName(team, conv.language),
    });
  }
}
