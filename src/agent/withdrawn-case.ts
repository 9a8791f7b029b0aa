// "behövs inte det där andra ärendet, det löste sig ju. tack!": the extra case opened at the close for a
// question promised to a colleague is not needed any more. It is closed, with the customer's words on
// it, and the customer is told so — never a bare "anything else?" while the case stays open with a team.
import type { Ticket } from '../domain/index.js';
import { fold } from '../triage/normalize.js';
import type { ConversationState } from './conversation-state.js';
import type { AgentKernel } from './kernel.js';
import type { Turn } from './turn.js';

/** Not needed, settled, may be closed (folded text, sv + en). */
const NOT_NEEDED =
  /\b(behovs inte|behover (inte|ni inte|du inte)|inte (behovs|nodvandig\w*)|kan (stangas|tas bort|strykas|avslutas|ni stanga|du stanga)|stang (det|den|det dar)|avsluta (det|den)|not needed|no longer needed|no need (for|to)|(don'?t|dont|do not) need (it|that|this|the other)|can (be )?closed?|close (it|that|this|the other)|cancel (it|that|the other)|skip (it|that|the other))\b/;
/** The other case, the question in it, or its reference. */
const THE_CASE =
  /\b(arende\w*|case|ticket|fragan|question|(det|den) (dar |har )?andra|the other (one|case|ticket|question)|t-?\d{4,})\b/;

export function withdrawsExtraCase(text: string): boolean {
  const t = fold(text);
  return NOT_NEEDED.test(t) && THE_CASE.test(t);
}

/** Closes the extra case of a promised question when the customer says it is not needed; true when done. */
export async function closeWithdrawnCase(
  k: AgentKernel,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
): Promise<boolean> {
  const reference = conv.promisedCase;
  if (!reference || !withdrawsExtraCase(text)) return false;
  const extra = await k.deps.tickets.getByReference(reference);
  conv.promisedCase = null;
  if (!extra || extra.status === 'resolved' || extra.status === 'closed') return false;
  await k.deps.tickets.append(
    extra.id,
    [
      {
        type: 'note',
        actor: { kind: 'bot', id: null },
        text: `the customer says this question is settled and the case is not needed: "${text.slice(0, 300)}"`,
        internal: true,
      },
    ],
    { status: 'resolved' },
  );
  await k.note(ticket.id, `linked case ${reference} closed at the customer's word (not needed)`);
  turn.say('closing.promised_withdrawn', { linked: reference });
  turn.say('closed.more');
  turn.final();
  return true;
}
