// Round 32 (c5): the desk withdrew second line's case on a misreading, and "What?? No, I did NOT ask you to
// withdraw anything … Please put it back." opened a linked case that tested again and said "I can't see any
// fault" against its own earlier finding. A withdrawal the customer takes back restores the same case to the
// same queue, with its handoff as it was; with nothing withdrawn the customer is told the case stays as it is.
import type { Ticket } from '../domain/index.js';
import { fold } from '../triage/normalize.js';
import type { ConversationState } from './conversation-state.js';
import { teamName } from './handoff.js';
import type { AgentKernel } from './kernel.js';
import type { Turn } from './turn.js';

/**
 * "I did NOT ask you to withdraw anything", "put it back", "reopen my case", "jag bad dig inte stänga
 * ärendet", "lägg tillbaka det", "öppna ärendet igen" (folded).
 */
const TAKES_BACK =
  /\b((i|we) (really |never |did not |didn'?t |didnt |do not |don'?t |dont )+(ask|want|tell|say|mean)(ed|t)? (you|anyone|anybody) to (withdraw|cancel|close|remove|drop|delete|stop|end)\w*|(i|we) (really |never |did not |didn'?t |didnt |do not |don'?t |dont )+(ask|want|say|mean)(ed|t)? (to |for )?(withdraw|close|remove|delete)\w* (anything|it|that|this|the case|my case|the ticket)|put (it|that|the case|my case|the ticket|this) back(?! (to|till|on|in|at|for|as)\b)|re-?open (it|that|the case|my case|the ticket)|open (it|the case|my case|the ticket) (again|back up)|restore (it|that|the case|my case|the ticket)|undo (the|that|your) (withdraw\w*|cancel\w*|closing)|(jag|vi) (bad|sa|ville|har) (dig |er )?(ju )?(inte|aldrig) (bett |sagt )?(om )?(att )?(du|ni|dig|er)? ?(skulle )?(dra tillbaka|stanga|avsluta|ta bort|avbryta)\w*|lagg tillbaka (det|den|arendet)|(oppna|ta upp) (det|den|arendet) igen|ateroppna\w*|aterstall (det|den|arendet))\b/;

/** The customer says the case was not to be withdrawn, or asks for it back. */
export function takesBackWithdrawal(text: string): boolean {
  return TAKES_BACK.test(
    fold(String(text ?? '').slice(0, 1000))
      .replace(/[’`´]/g, "'")
      .replace(/\s+/g, ' '),
  );
}

/** Restores a case withdrawn on a misreading, or says the case stays; true when the message was taken up so. */
export async function takeBackWithdrawal(
  k: AgentKernel,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
): Promise<boolean> {
  if (!takesBackWithdrawal(text)) return false;
  const withdrawn = conv.withdrawn;
  if (withdrawn) {
    const t = await k.deps.tickets.get(withdrawn.ticketId);
    const last = t ? (await k.deps.tickets.escalations(t.id)).at(-1) : undefined;
    if (!t || !last || (t.status !== 'resolved' && t.status !== 'closed')) return false;
    conv.withdrawn = null;
    await k.deps.tickets.append(
      t.id,
      [
        {
          type: 'note',
          actor: { kind: 'bot', id: null },
          text: `the customer never asked for the withdrawal ("${text.slice(0, 200)}"): the case goes back to ${last.queue} as it was`,
          internal: true,
        },
      ],
      { status: 'open', queue: null },
    );
    await k.deps.tickets.escalate(t.id, last.queue, last.reason, last.packet);
    if (withdrawn.handoff) conv.handoff = withdrawn.handoff;
    turn.say('withdrawn.restored', { linked: t.reference, team: teamName(last.queue, conv.language) });
    turn.final();
    return true;
  }
  // Nothing withdrawn: the case is still with its team, said so.
  if (!conv.handoff) return false;
  const held = await k.deps.tickets.get(conv.workTicketId ?? ticket.id);
  if (!held || held.status === 'resolved' || held.status === 'closed') return false;
  turn.say('withdrawn.not_done', {
    linked: held.reference,
    team: teamName(held.queue ?? conv.handoff.queue, conv.language),
  });
  turn.final();
  return true;
}
