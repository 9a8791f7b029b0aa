// The customer's reply to "did that answer your question?" after a help-centre answer: the case
// closed, the runbook for it, or the message handled as if nothing had been asked.
import type { Ticket } from '../domain/index.js';
import type { TriageLike } from '../runbooks/ports.js';
import { onClosed } from './closed-case.js';
import type { ConversationState, HelpAnswerState } from './conversation-state.js';
import { closeAnswered } from './help-centre-flow.js';
import type { AgentKernel } from './kernel.js';
import { questionKind } from './knowledge.js';
import { onOpening } from './opening.js';
import { wordCount } from './repair.js';
import { acknowledgeMood } from './triage-record.js';
import type { Turn } from './turn.js';

/** The customer's reply to "did that answer your question?". */
export async function onHelpAnswerReply(
  k: AgentKernel,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
  tri: TriageLike,
  answer: HelpAnswerState,
) {
  const parsed = k.triage.parseAnswer('resolution.confirm', text, conv.language);
  const thanks =
    parsed.kind === 'free' &&
    tri.intent === 'other' &&
    !tri.wantsHuman &&
    !questionKind(text) &&
    wordCount(text) <= 4;
  const helped = parsed.kind === 'yes' || parsed.kind === 'done' || thanks;
  const notHelped = parsed.kind === 'no' || parsed.kind === 'unknown' || parsed.kind === 'cannot';
  if (!helped && !notHelped) {
    // Something new (another question, a problem): handle it as if nothing had been asked.
    conv.pendingAsk = null;
    return answer.resume === 'closed'
      ? onClosed(k, ticket, conv, turn, text, tri)
      : onOpening(k, ticket, conv, turn, text, tri);
  }
  const ref = `"${answer.title}" (${answer.slug}, ${answer.language})`;
  await k.deps.tickets.append(ticket.id, [
    {
      type: 'note',
      actor: { kind: 'customer', id: null },
      text: helped
        ? `customer says the help-centre article ${ref} answered the question`
        : `customer says the help-centre article ${ref} did not help`,
      internal: true,
    },
  ]);
  if (answer.resume === 'closed') {
    turn.say(helped ? 'kb.glad' : 'closed.more');
    turn.final();
    return;
  }
  if (helped) return closeAnswered(k, ticket, conv, turn, answer);
  if (answer.intent !== 'other' && answer.confident) {
    // A question about something a runbook handles (e.g. the Wi-Fi password): do it for them.
    turn.say('kb.not_helped.runbook');
    conv.intent = answer.intent;
    acknowledgeMood(conv, turn);
    return k.parts.identify.identifyOrStart(ticket, conv, turn, null);
  }
  conv.smalltalk += 1;
  turn.say('kb.not_helped');
}
