// "Does it work now?" answered with a question or a "but" is not "it works": how to check is told
// (for a fault that comes and goes: watch it for a day and write again with the reference), a need
// still open is answered, and the question is put again. "What if it happens again?" is answered, and
// a yes beside it still closes the case.
import type { Ticket } from '../domain/index.js';
import type { EngineState } from '../runbooks/engine.js';
import { readOpenConfirm } from '../triage/confirm-open.js';
import { fold } from '../triage/normalize.js';
import { fixedThing } from '../triage/step-replies.js';
import type { ConversationState } from './conversation-state.js';
import { COMES_AND_GOES_CAUSES, howToCheckFor, type ProblemWords } from './how-check.js';
import { rootCauseOf } from './knowledge.js';
import { actionsDone, stepsDone, answerFor } from './question-answers.js';
import { sideAnswers } from './side-questions.js';
import { topicsOf } from '../triage/topics-of.js';
import { hasMessage, type MessageKey } from './messages/index.js';
import type { Turn } from './turn.js';

/** Faults that come and go: whether they are gone shows only over a day. */
const INTERMITTENT = COMES_AND_GOES_CAUSES;

/** What the summary says of "does it work now?" answered with a yes for now (summary.result.works for now). */
const FOR_NOW = 'works for now';

/** How often one case's "does it work now?" is kept open this way before a reply is taken as it stands. */
const MAX_OPEN = 1;

export interface ConfirmOpenDeps {
  state(ticketId: string): Promise<EngineState | null>;
  note(ticketId: string, text: string): Promise<void>;
  /** The reply read as a plain yes. */
  saysYes(text: string, conv: ConversationState): boolean;
  /** Closes the case as fixed but not yet confirmed (the customer can tell only later); false when it cannot. */
  closeUnconfirmed(ticket: Ticket, conv: ConversationState, turn: Turn, note: string): Promise<boolean>;
}

/**
 * Checks that show only when it is usually slow ("this evening"): "does it work now?" is not put again right
 * after them — the case closes, and the text said how to come back with the reference. (Drops watched for a
 * day are asked about again: the customer may still see one while writing.)
 */
export const SHOWS_LATER: ReadonlySet<MessageKey> = new Set([
  'confirm.how_check.slow',
  'confirm.how_check.slow_evening',
]);

/** How to tell whether the fix held, in the terms of the customer's problem (see how-check.ts). */
export function howToCheck(cause: string | null, said?: ProblemWords): MessageKey {
  return howToCheckFor(cause, said);
}

/** "this evening", "ikväll", "när alla är hemma på kvällen": the time it usually shows. */
const EVENING_SAID = /\b(evening\w*|tonight|kvall\w*|ikvall|i kvall)\b/;

/** "works, but it did before too — it drops now and then": the fault's own nature, not a new one. */
const COMES_AND_GOES =
  /\b(ibland|emellanat|da och da|nan gang|nagon gang|nagra ganger|ganger (om|per|i) (dagen|dygnet|veckan)|sometimes|occasionally|now and (then|again)|every now|once in a while|on and off|times a (day|week)|from time to time)\b/;

/** "do I need to restart the laptop?", "måste jag starta om datorn?": a restart of the customer's own device. */
const RESTART_DEVICE =
  /\b(restart|reboot|turn (it )?off and on|starta om|omstart|stang av och pa)\b.{0,25}\b(laptop|computer|pc|mac|macbook|phone|mobile|tablet|ipad|iphone|dator\w*|laptopen|mobil\w*|telefon\w*|surfplatt\w*|datorn)\b|\b(laptop|computer|pc|mac|phone|dator\w*|mobil\w*|telefon\w*)\b.{0,15}\b(restart\w*|reboot\w*|startas om|startar om|omstart)\b/;

function specific(base: string, cause: string | null): MessageKey {
  const own = cause ? `${base}.${cause}` : null;
  return (own && hasMessage(own) ? own : base) as MessageKey;
}

/**
 * Reads a reply to "does it work now?"; true when it was answered here and the question put again.
 * False leaves the reply to the usual reading (after "what if again?" the yes in it closes the case).
 */
export function createConfirmOpen(deps: ConfirmOpenDeps) {
  /**
   * "seems ok right now i guess", "the internet works now yes but I cannot test with the phone": a yes for what
   * the customer can see. How to tell over time (and to write back with the reference) is said, a question
   * beside it answered, and the case closes — "does it work now?" is never put again for it.
   */
  async function worksForNow(ticket: Ticket, conv: ConversationState, turn: Turn, text: string) {
    const state = await deps.state(ticket.id);
    const cause = rootCauseOf(state);
    const params = { reference: ticket.reference };
    const check = howToCheck(cause, {
      text,
      intent: conv.intent,
      complaint: conv.complaint,
      actions: actionsDone(state),
      steps: stepsDone(state),
    });
    turn.say(`${check}.for_now` as MessageKey, params);
    const asked = sideAnswers(text, { askKey: 'resolution.confirm', cause, actions: actionsDone(state) });
    for (const k of asked.keys) turn.say(k, params);
    await deps.note(
      ticket.id,
      'customer says it works for now but cannot tell more yet; told how to check and to write with the reference',
    );
    return deps.closeUnconfirmed(ticket, conv, turn, FOR_NOW);
  }

  /**
   * "Vet inte, det är förmiddag nu … det märks väl först ikväll? Vilken kanal blev det?": it can be told only
   * when it is usually bad. How to check then is said, the question beside it answered, and the case closes as
   * not yet confirmed — "does it work now?" is never put again after the customer said they cannot tell yet.
   */
  async function showsLater(ticket: Ticket, conv: ConversationState, turn: Turn, text: string) {
    const state = await deps.state(ticket.id);
    const cause = rootCauseOf(state);
    const params = { reference: ticket.reference };
    const asked = sideAnswers(text, { askKey: 'resolution.confirm', cause, actions: actionsDone(state) });
    for (const k of asked.keys) turn.say(k, params);
    const check = howToCheck(cause, {
      text,
      intent: conv.intent,
      complaint: conv.complaint,
      actions: actionsDone(state),
    });
    const later: MessageKey = SHOWS_LATER.has(check)
      ? check
      : EVENING_SAID.test(fold(text))
        ? 'confirm.how_check.slow_evening'
        : 'confirm.how_check.slow';
    turn.say(later, params);
    return deps.closeUnconfirmed(
      ticket,
      conv,
      turn,
      'customer cannot tell yet: it shows only later; told how to check and to write with the reference',
    );
  }

  return async function read(ticket: Ticket, conv: ConversationState, turn: Turn, text: string) {
    const open = readOpenConfirm(text);
    if (open === 'for_now') return worksForNow(ticket, conv, turn, text);
    if (open === 'later') return showsLater(ticket, conv, turn, text);
    if (!open || (conv.confirmOpen ?? 0) >= MAX_OPEN) return false;
    // "ja men varför så långsamt på wifi?": whether that is normal is answered for the cause (inner-questions.ts).
    if (open === 'but' && topicsOf(text).includes('is_normal')) return false;
    const state = await deps.state(ticket.id);
    const cause = rootCauseOf(state);
    const params = { reference: ticket.reference };
    if (open === 'if_again') {
      turn.say(specific('reply.if_again', cause), params);
      if (deps.saysYes(text, conv)) return false;
    } else if (open === 'how_know') {
      // "did you update it? … how do i know its fixed": what was done, then how to tell.
      const acted = topicsOf(text).includes('did_you_act')
        ? answerFor('did_you_act', { askKey: 'resolution.confirm', actions: actionsDone(state) })
        : null;
      if (acted) turn.say(acted, params);
      const check = howToCheck(cause, {
        text,
        intent: conv.intent,
        complaint: conv.complaint,
        actions: actionsDone(state),
        steps: stepsDone(state),
      });
      turn.say(check, params);
      if (RESTART_DEVICE.test(fold(text))) turn.say('confirm.restart_device');
      // "don't know yet, not home. but can people hack the camera now?": the other question, too.
      const asked = sideAnswers(text, { askKey: 'resolution.confirm', cause, actions: actionsDone(state) });
      for (const k of asked.keys) if (k !== acted) turn.say(k, params);
      // "vet inte e ju inte kväll än lol": it shows tonight, so "does it work now?" is not asked again.
      if (
        SHOWS_LATER.has(check) &&
        (await deps.closeUnconfirmed(
          ticket,
          conv,
          turn,
          'customer cannot tell yet: it shows only later; told how to check and to write with the reference',
        ))
      )
        return true;
    } else if (cause && INTERMITTENT.has(cause) && COMES_AND_GOES.test(fold(text))) {
      turn.say('confirm.but.intermittent', params);
    } else {
      // "jag sa ju att jag inte kan flytta routern": advice that leaves the router where it is.
      if (fixedThing(text) === 'router') conv.routerStays = true;
      const key = specific('confirm.but', cause);
      turn.say(conv.routerStays ? specific(key, 'router_stays') : key, params);
      // "…men jag sitter mest i soffan. hur vet jag om jag är på 5 ghz?": the question beside the but, too.
      const asked = sideAnswers(text, { askKey: 'resolution.confirm', cause, actions: actionsDone(state) });
      for (const k of asked.keys) turn.say(k, params);
    }
    conv.confirmOpen = (conv.confirmOpen ?? 0) + 1;
    await deps.note(
      ticket.id,
      `not confirmed: the customer's reply left it open (${open}); answered and asked again`,
    );
    turn.askAgain(conv.pendingAskSpec ?? { key: 'resolution.confirm' });
    return true;
  };
}
