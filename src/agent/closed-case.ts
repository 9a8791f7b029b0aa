// Messages after a case's outcome: the turns after-outcome.ts handles, a satisfaction score, a
// help-centre question, or a new problem that opens a linked case.
import type { Ticket } from '../domain/index.js';
import { otherServiceOf } from '../runbooks/facts.js';
import type { TriageLike } from '../runbooks/ports.js';
import type { ConversationState } from './conversation-state.js';
import { scoreGiven } from './csat-once.js';
import { startFollowUp } from './follow-up.js';
import { answerFromHelpCentre } from './help-centre-flow.js';
import type { AgentKernel } from './kernel.js';
import { questionKind, rootCauseOf } from './knowledge.js';
import { morePortsRequest, priorForward } from './more-ports.js';
import { onOpening } from './opening.js';
import type { Turn } from './turn.js';
import { onlyGeneralQuestions, questionClauses, techAnswers } from './side-questions.js';
import { closeWithdrawnCase, withdrawRoutedCase } from './withdrawn-case.js';
import { takeBackDecline } from './decline-taken-back.js';
import { freeloaderTold } from './freeloader-after-close.js';
import { sorryForExtraText } from './desk-words-complaint.js';
import { takeBackWithdrawal } from './withdrawal-taken-back.js';

export async function onClosed(
  k: AgentKernel,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
  tri: TriageLike,
) {
  // "behövs inte det där andra ärendet": the extra case of a promised question is closed.
  if (await closeWithdrawnCase(k, ticket, conv, turn, text)) return;
  // "No, I did NOT ask you to withdraw anything … put it back": the case withdrawn on a misreading is restored.
  if (await takeBackWithdrawal(k, ticket, conv, turn, text)) return;
  // "I do NOT want to cancel my subscription! … undo that sales thing": a routed request never asked for is withdrawn.
  const withdrawn = await withdrawRoutedCase(k, ticket, conv, turn, text);
  if (withdrawn === true) return;
  // "…och är det nåt mer jag behöver göra?" beside "nothing went to sales": the rest, for the case that stays.
  if (typeof withdrawn === 'string') {
    text = withdrawn;
    tri = k.triage.triage(text);
  }
  // "why did you describe the router? I didn't ask that. I'll wait for second line": sorry, the case stays.
  const rest = await sorryForExtraText(k, ticket, conv, turn, text);
  if (rest === null) return;
  if (rest !== false) text = rest;
  // "wait what?? i didnt decline anything … yes turn it on please": the no that ended the case is taken back.
  if (await takeBackDecline(k, ticket, conv, turn, text, tri)) return;
  if (await k.parts.afterOutcome.onClosed(ticket, conv, turn, text, tri)) return;
  // Without a reply classifier: a score if it parses as one.
  // "…2.4 or 5 GHz?" is a question for the help centre, not a rating.
  const helpQuestion = !!k.deps.knowledge && questionKind(text) === 'howto';
  if (conv.pendingAsk === 'csat.score' && !helpQuestion) {
    const parsed = k.triage.parseAnswer('csat.score', text, conv.language);
    if (parsed.kind === 'csat' && parsed.score >= 1 && parsed.score <= 5) {
      scoreGiven(conv);
      await k.deps.tickets.append(conv.csatTicketId ?? ticket.id, [
        { type: 'csat', actor: { kind: 'customer', id: null }, score: Math.round(parsed.score) },
      ]);
      turn.say('csat.thanks');
      turn.final();
      return;
    }
  }
  return reopen(k, ticket, conv, turn, text, tri);
}

/** A message after a closed case that is not a score: a help-centre question or a new problem. */
export async function reopen(
  k: AgentKernel,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
  tri: TriageLike,
) {
  // "tror grannen snyltar på vårt wifi, kan ni kolla det?": a request the desk acts on (a new key offered on a
  // linked case), never only the general answer about who can join an encrypted Wi-Fi.
  if (freeloaderTold(text)) {
    const work = await startFollowUp(k, ticket, conv, turn);
    return onOpening(k, work, conv, turn, text, tri);
  }
  // "ska tydligen va 3478-3480 också, udp. kan du öppna dom med?": more ports for the device the case
  // forwarded to are a follow-up port forward, asked for with consent.
  if (await morePorts(k, ticket, conv, turn, text)) return;
  if (await answerFromHelpCentre(k, ticket, conv, turn, text, tri, 'closed')) return;
  // "btw what does the LOS light mean?": a technician's general answer, never a new case.
  // ("how many tries before it locks again?" after a portal unlock: the portal's lock, not the PIN's.)
  const tech = {
    cause: rootCauseOf(await k.engine.get(ticket.id)),
    queue: conv.handoff?.queue ?? null,
    channel: conv.channel,
  };
  const general = onlyGeneralQuestions(text, tech);
  if (general.length) {
    for (const key of general) turn.say(key);
    turn.say('closed.more');
    turn.final();
    return;
  }
  // "also my tv box from you guys keeps freezing": another service is a case for a person, never "anything else?".
  if ((tri.intent === 'other' || tri.confidence < k.clarifyThreshold) && !otherServiceOf(text)) {
    // "what time does your shop open on saturdays?": a question nothing here answers is said so, with who can.
    if (questionClauses(text).length) turn.say(techAnswers(text, false, tech)[0] ?? 'closed.cannot_answer');
    turn.say('closed.more');
    turn.final();
    return;
  }
  // A new problem after the outcome is a case of its own: a linked ticket, so the first one keeps its outcome and queue.
  const work = await startFollowUp(k, ticket, conv, turn);
  await onOpening(k, work, conv, turn, text, tri);
}

/** More ports to the device the closed case forwarded to: a linked port-forward case, or why not. */
async function morePorts(k: AgentKernel, ticket: Ticket, conv: ConversationState, turn: Turn, text: string) {
  const state = await k.engine.get(conv.workTicketId ?? ticket.id);
  const more = morePortsRequest(conv.language, text, priorForward(state?.facts));
  if (!more) return false;
  if (more.kind === 'invalid') {
    turn.say('port_forward.more.invalid', { ports: more.ports, max: more.max });
    turn.final();
    return true;
  }
  await k.note(ticket.id, `the customer asked for more ports to the same device: "${text.slice(0, 200)}"`);
  const work = await startFollowUp(k, ticket, conv, turn);
  await onOpening(k, work, conv, turn, more.text, k.triage.triage(more.text));
  return true;
}
