// Round 32 (c5): "OK. Also, why did you describe what the router looks like? I didn't ask that. Anyway, thanks,
// I'll wait for second line." — a complaint about something the desk said, never a withdrawal of the case. The
// desk says sorry for the extra text and the case stays where it was; a real question beside it is still answered.
import type { Ticket } from '../domain/index.js';
import { fold } from '../triage/normalize.js';
import { scoreBeside } from '../triage/score-beside.js';
import type { ConversationState } from './conversation-state.js';
import { teamName } from './handoff.js';
import type { AgentKernel } from './kernel.js';
import { asksOutright } from './side-questions.js';
import type { Turn } from './turn.js';

/** "why did you describe …", "I didn't ask that", "varför beskrev du …", "jag frågade inte om det" (folded). */
const COMPLAINT =
  /\b(why (did|do|would) you (even |also |suddenly )?(describe|tell|say|write|explain|mention|add|send|talk|go on|bring up|give|include)|(i|we) (really |even )?(did not|didn'?t|didnt|never|have not|haven'?t|havent) (even )?ask(ed)? (you )?(that|this|about (that|this|it|the \w+))\b(?! for)|(nobody|no one|noone) asked (for )?(that|this|about)|varfor (beskrev|skrev|sa|sade|berattade|forklarade|namnde|pratade|tog du upp)( du)?|(jag|vi) (fragade|undrade) (ju )?(inte|aldrig) (om|efter|pa) (det|den|detta|det dar|\w+)|det (har|hade) (jag|vi) (ju )?(inte|aldrig) (fragat|undrat)|det (fragade|undrade) (jag|vi) (ju )?(inte|aldrig))\b/;

const folded = (x: string) => fold(x).replace(/[’`´]/g, "'").replace(/\s+/g, ' ');

/** The customer complains that the desk said something they did not ask about. */
export function complainsAboutDeskWords(text: string): boolean {
  return COMPLAINT.test(folded(String(text ?? '').slice(0, 1000)));
}

/** The thing the customer says they did not ask about ("jag frågade inte om fakturan" → "fakturan"), folded. */
const NAMED_THING =
  /\b(?:(?:jag|vi) (?:fragade|undrade) (?:ju )?(?:inte|aldrig) (?:om|efter|pa)|(?:did not|didn'?t|didnt|never|have not|haven'?t|havent) (?:even )?ask(?:ed)? (?:you )?(?:about|for)) (?:the |my |any |min |mitt |mina |nan |nagon |nagot )?(\p{L}{4,})/u;

const POINTERS = new Set(['that', 'this', 'those', 'detta', 'dessa', 'det dar', 'sant', 'such']);

/**
 * False when the complaint names a thing ("jag frågade inte om fakturan") that the desk's last reply never
 * mentioned: then no extra text is to be sorry for — the customer answers an older reply or a misreading, and
 * the rest of the message ("jag sa att jag har BETALAT den") is read as it is (round 35 b#1).
 */
async function namedInLastReply(
  k: AgentKernel,
  ticket: Ticket,
  conv: ConversationState,
  text: string,
): Promise<boolean> {
  const thing = NAMED_THING.exec(folded(String(text ?? '').slice(0, 1000)))?.[1];
  if (!thing || POINTERS.has(thing)) return true;
  const ids = [...new Set([conv.workTicketId ?? ticket.id, ticket.id])];
  const events = (await Promise.all(ids.map((id) => k.deps.tickets.timeline(id))))
    .flat()
    .filter((e) => e.type === 'message_out' || e.type === 'message_in')
    .sort((a, b) => a.id - b.id);
  // The desk's last reply: what it said after the customer's message before this one.
  while (events.at(-1)?.type === 'message_in') events.pop();
  const reply: string[] = [];
  for (let e = events.pop(); e?.type === 'message_out'; e = events.pop()) reply.push(e.text);
  if (!reply.length) return true;
  // ("fakturan", "fakturor", "invoices": the stem and an ending, so a plural or a definite form is the same
  // thing; a team's name — "vår fakturaavdelning", "our billing team" — is no mention of it.)
  const said = folded(reply.join(' ')).replace(/\b\p{L}+ ?(avdelning\w*|team)\b/gu, '');
  const stem = thing.slice(0, Math.max(4, Math.min(5, thing.length - 2)));
  return new RegExp(`\\b${stem}\\p{L}{0,4}\\b`, 'u').test(said);
}

/** The sentences of `text` that are not the complaint ("why did you …?", "I didn't ask that."). */
export function besideComplaint(text: string): string {
  const sentences =
    String(text ?? '')
      .slice(0, 1000)
      .match(/[^.!?\n]+[.!?\n]*/g) ?? [];
  return sentences
    .filter((x) => !COMPLAINT.test(folded(x)))
    .join('')
    .trim();
}

/**
 * Says sorry for the extra text. With nothing else asked, says the case stays with its team (or asks what else)
 * and ends the turn: returns null. With a question beside the complaint, returns the rest for the usual handling.
 */
export async function sorryForExtraText(
  k: AgentKernel,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
): Promise<string | null | false> {
  if (!complainsAboutDeskWords(text)) return false;
  if (!(await namedInLastReply(k, ticket, conv, text))) return false;
  turn.say('complaint.extra_text');
  const rest = besideComplaint(text);
  if (rest.includes('?') || asksOutright(rest)) return rest;
  // "4 - rename was smooth but you almost sent me a technician … and what was the router age thing about, i never
  // asked that" to the score question: the score is recorded with its comment, never lost to the sorry (rp34b #2).
  if (conv.pendingAsk === 'csat.score' || conv.csatOpen) {
    if (scoreBeside(rest)) return rest;
    if (scoreBeside(text)) return text;
  }
  const handoff = conv.handoff;
  const held = handoff ? await k.deps.tickets.get(conv.workTicketId ?? ticket.id) : null;
  if (handoff && held && held.status !== 'resolved' && held.status !== 'closed') {
    turn.say('complaint.extra_text.kept', {
      linked: held.reference,
      team: teamName(held.queue ?? handoff.queue, conv.language),
    });
  } else turn.say('closed.more');
  turn.final();
  return null;
}
