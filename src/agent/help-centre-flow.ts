// Questions answered from the help centre: the best customer article for an information question,
// and the case closed when the customer says it answered the question.
import type { Ticket } from '../domain/index.js';
import type { TriageLike } from '../runbooks/ports.js';
import type { ConversationState, HelpAnswerState } from './conversation-state.js';
import type { AgentKernel } from './kernel.js';
import { answerableFromHelpCentre, questionTopic, shortQuote } from './knowledge.js';
import { t } from './messages/index.js';
import { recordTriage } from './triage-record.js';
import type { Turn } from './turn.js';

/**
 * Answers an information question ("how do I…", "what does … mean") with the best customer article
 * of the help centre in the conversation's language, notes it on the timeline and asks whether it
 * helped. Returns false (nothing said) when the question is not one for the help centre, no article
 * fits well enough, or the article was already offered in this conversation.
 */
export async function answerFromHelpCentre(
  k: AgentKernel,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
  tri: TriageLike,
  resume: HelpAnswerState['resume'],
): Promise<boolean> {
  const kb = k.deps.knowledge;
  if (!kb || !answerableFromHelpCentre(tri, text, k.clarifyThreshold)) return false;
  const hit = await kb
    .bestAnswer(questionTopic(text), {
      lang: conv.language,
      intent: tri.intent === 'other' ? null : tri.intent,
    })
    .catch((err: unknown) => {
      k.log.warn(
        { ticketId: ticket.id, err: err instanceof Error ? err.message : String(err) },
        'help-centre look-up failed',
      );
      return null;
    });
  if (!hit || hit.article.audience !== 'customer' || hit.article.language !== conv.language) return false;
  const shown = conv.helpShown ?? [];
  if (shown.includes(hit.article.slug)) return false;
  conv.helpShown = [...shown, hit.article.slug];
  const confident = tri.confidence >= k.clarifyThreshold;
  conv.helpAnswer = {
    slug: hit.article.slug,
    language: hit.article.language,
    title: hit.article.title,
    url: hit.url,
    intent: tri.intent,
    confident,
    resume,
  };
  if (resume === 'opening') await recordTriage(k, ticket, conv, tri, tri.intent);
  await k.deps.tickets.append(ticket.id, [
    {
      type: 'note',
      actor: { kind: 'bot', id: null },
      text: `Answered from the help centre: "${hit.article.title}" (${hit.article.slug}, ${hit.article.language}, relevance ${hit.relevance}) ${hit.url}`,
      internal: true,
    },
  ]);
  turn.say('kb.answer', { title: hit.article.title, quote: shortQuote(hit.excerpt), url: hit.url });
  turn.ask('resolution.confirm', 'ask.kb.helped', undefined, [
    t(conv.language, 'kb.option.yes'),
    t(conv.language, 'kb.option.no'),
  ]);
  k.log.info(
    { ticketId: ticket.id, slug: hit.article.slug, relevance: hit.relevance },
    'answered from the help centre',
  );
  return true;
}

/** Closes a case whose question the help centre answered (no runbook ran). */
export async function closeAnswered(
  k: AgentKernel,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  answer: HelpAnswerState,
) {
  const summary = {
    customer: t(conv.language, 'kb.summary', { title: answer.title, url: answer.url }),
    staff: `Question answered from the help centre article "${answer.title}" (${answer.slug}, ${answer.language}); the customer confirmed it helped. No diagnostics or changes.`,
  };
  await k.deps.tickets.append(
    ticket.id,
    [
      {
        type: 'resolution',
        actor: { kind: 'bot', id: null },
        outcome: 'resolved',
        queue: null,
        disposition: 'resolved.help_centre',
        summary,
      },
    ],
    { disposition: 'resolved.help_centre', status: 'resolved' },
  );
  turn.say('kb.resolved', { reference: ticket.reference });
  conv.outcomes.push('resolved');
  conv.phase = 'closed';
  turn.ask('csat.score');
  turn.final();
  k.log.info(
    { ticketId: ticket.id, outcome: 'resolved', disposition: 'resolved.help_centre' },
    'case finished',
  );
}
