// "no wait, dont send a technician yet. my landlord did work on the cable tv in the building, maybe
// thats it?", "…my neighbour was digging on the street, maybe it comes back by itself?": a customer who
// calls off a booked visit while wondering about another cause is answered first — what that cause
// could have to do with the fault found (per root cause) — and asked whether to keep the visit or hold
// it; the visit stays booked until they say, and the field team reads that on the ticket. "keep it" /
// "book it again" keeps it, "hold it" / "cancel it" cancels it as any cancellation.
import type { Ticket } from '../domain/index.js';
import { fold } from '../triage/normalize.js';
import type { ConversationState } from './conversation-state.js';
import { BOOKING_STATE_KEY, formatVisitWindow, type BookedVisit } from './field-visit.js';
import { hasMessage, type MessageKey } from './messages/index.js';
import type { Turn } from './turn.js';
import { recordCancel, VISIT_STATE_KEY, wantsVisitCancelled, type VisitState } from './visit-cancel.js';
import type { VisitMoveDeps } from './visit-move.js';
import { wantsVisitAgain } from './visit-rebook.js';
import { visitTimes } from './visit-times.js';
import { visitAnswer, visitQuestions } from './visit-questions.js';
import { wishWords } from './visit-wishes.js';

/** Unsure of the cancellation: another cause wondered about, or a question asked beside it. */
const UNSURE =
  /\?|\b(maybe|perhaps|might be|could (it|that|this) be|i wonder|kanske|kan det vara|undrar|mojligen|tro(r)? (du|ni))\b/;
/** "hold it", "cancel it", "vänta med det", "pausa": the visit is held. */
const HOLD =
  /\b(hold|pause|wait|not yet|cancel\w*|skip it|vanta|pausa\w*|avboka\w*|stall in|inte an|inte annu|vanta med)\b/;
/** "yes", "ok", "fine", "ja": a yes to the question, which keeps the visit as it is. */
const YES = /^\W*(yes|yeah|yep|ok|okay|sure|fine|ja|japp|jo|okej|absolut|gärna|garna)\b/;
/** "behåll då", "keep it", "låt det stå": the keep itself, as the question put it. */
const KEEP =
  /^\W*(behall\w*|keep( it| the visit| the appointment| the booking)?|leave it|lat (den|det|besoket) (sta|vara kvar|ligga kvar))\b/;

export function createVisitHold(deps: VisitMoveDeps & { cause(ticket: Ticket): Promise<string | null> }) {
  const windowOf = (w: BookedVisit, conv: ConversationState) =>
    formatVisitWindow(w, conv.language, deps.words.timeZone);

  async function note(ticket: Ticket, text: string) {
    await deps.tickets.append(ticket.id, [
      { type: 'note', actor: { kind: 'customer', id: null }, text, internal: true },
    ]);
  }

  /** True when the message was an unsure cancellation (asked about) or the answer to that question. */
  async function onMessage(ticket: Ticket, conv: ConversationState, turn: Turn, text: string) {
    if (conv.handoff?.queue !== 'field') return false;
    const booked = await deps.tickets.getState<BookedVisit>(ticket.id, BOOKING_STATE_KEY);
    if (!booked) return false;
    const state = await deps.tickets.getState<VisitState>(ticket.id, VISIT_STATE_KEY);
    const t = fold(text).replace(/[’`]/g, "'");
    const words = text.slice(0, 300);
    const reference = ticket.reference;
    if (state?.status === 'hold_asked') {
      const held =
        wantsVisitCancelled(text) ||
        (HOLD.test(t) && !wantsVisitAgain(text, deps.now(), deps.words.timeZone));
      if (held) {
        await recordCancel(deps, ticket, text);
        turn.say('visit.held', { reference });
        return true;
      }
      if (!wantsVisitAgain(text, deps.now(), deps.words.timeZone) && !YES.test(t) && !KEEP.test(t))
        return false;
      const kept: VisitState = { status: 'kept_by_customer', at: deps.now().toISOString(), words };
      await deps.tickets.setState(ticket.id, VISIT_STATE_KEY, kept);
      await note(
        ticket,
        `Field team: the customer wants the visit after all; visit ${formatVisitWindow(booked, 'en', deps.words.timeZone)} stands ("${words}").`,
      );
      // "…monday morning is fine" while the visit is on Thursday: moved as any change of time (visit-move.ts).
      const named = visitTimes(wishWords(text), deps.now(), deps.words.timeZone);
      if (
        named.preferred.length &&
        !named.preferred.some((p) => p.start <= booked.start && booked.end <= p.end)
      )
        return false;
      turn.say('visit.kept_after_all', { window: windowOf(booked, conv), reference });
      // "ok. och teknikern ringer innan eller?": what is asked about the visit beside the keep is answered too.
      for (const q of visitQuestions(text))
        if (q !== 'when')
          turn.say(visitAnswer(q, booked, deps.words.timeZone), { window: windowOf(booked, conv) });
      return true;
    }
    if (state?.status === 'cancelled_by_customer' || !wantsVisitCancelled(text) || !UNSURE.test(t))
      return false;
    const asked: VisitState = { status: 'hold_asked', at: deps.now().toISOString(), words };
    await deps.tickets.setState(ticket.id, VISIT_STATE_KEY, asked);
    await note(
      ticket,
      `Field team: the customer is unsure about the visit ("${words}"); asked whether to keep it or hold it — it stays booked until they say.`,
    );
    const cause = await deps.cause(ticket);
    const own = cause ? `visit.hint.${cause}` : null;
    turn.say(own && hasMessage(own) ? (own as MessageKey) : 'visit.hint');
    turn.say('visit.keep_or_hold', { window: windowOf(booked, conv), reference });
    return true;
  }
  return { onMessage };
}
