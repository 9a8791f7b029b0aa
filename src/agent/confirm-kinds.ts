// "Does it work now?" read through one table of kinds (src/triage/confirm-kind.ts): a hedge or a question is
// answered and the question put again, never taken as "still not working"; a correction is owned up to; a
// correction that says it works ("i didnt say it doesnt work, it loads fine") closes the case on the fix that
// worked — also when the misread had already led to the visit question. Only a clear no goes on to a visit
// or an escalation.
import type { Ticket } from '../domain/index.js';
import type { EngineState } from '../runbooks/engine.js';
import type { TriageLike } from '../runbooks/ports.js';
import { confirmKind, saysConnectionWorks, type ConfirmKindReading } from '../triage/confirm-kind.js';
import { techQuestionOf } from '../triage/tech-questions.js';
import type { ConversationState } from './conversation-state.js';
import { howToCheck } from './confirm-open.js';
import { rootCauseOf } from './knowledge.js';
import { hasMessage, type MessageKey } from './messages/index.js';
import { actionsDone, stepsDone } from './question-answers.js';
import { questionClauses, sideAnswers } from './side-questions.js';
import type { Turn } from './turn.js';

/** A question about one named light that has its own answer (the WLAN light, the LOS light, the PON light). */
const OWN_LIGHT: ReadonlySet<string> = new Set(['wifi_light_blinking', 'los_light', 'pon_light']);
function asksOwnLight(text: string): boolean {
  return questionClauses(text).some((c) => OWN_LIGHT.has(techQuestionOf(c) ?? ''));
}

/** How often one case's "does it work now?" is answered this way before a reply is taken as it stands. */
const MAX_ANSWERED = 2;

/** Replies that are neither a yes nor a no: answered, and the question put again. */
const NEITHER: ReadonlySet<ConfirmKindReading['kind']> = new Set(['hedge', 'question', 'hedge_question']);
const HEDGES: ReadonlySet<ConfirmKindReading['kind']> = new Set(['hedge', 'hedge_question']);

export interface ConfirmKindsDeps {
  state(ticketId: string): Promise<EngineState | null>;
  note(ticketId: string, text: string): Promise<void>;
  /** The plain parser's reading of the reply to "does it work now?". */
  parsedKind(text: string, conv: ConversationState): string;
  /** Restores the runbook to where it was before an answer. */
  restore(ticketId: string, state: EngineState): Promise<void>;
  /** Hands "yes, it works" to the runbook (the case closes on the fix that worked). */
  yes(ticket: Ticket, conv: ConversationState, turn: Turn, text: string, tri: TriageLike): Promise<void>;
  /** Closes the case as not confirmed (never as a no). */
  unconfirmed(ticket: Ticket, conv: ConversationState, turn: Turn, note: string): Promise<boolean>;
}

/** The most specific text under `base`: per action or cause first. */
function specific(base: string, ...subjects: (string | null | undefined)[]): MessageKey {
  for (const s of subjects) if (s && hasMessage(`${base}.${s}`)) return `${base}.${s}` as MessageKey;
  return base as MessageKey;
}

export function createConfirmKinds(deps: ConfirmKindsDeps) {
  /** At "does it work now?": true when the reply was answered here. */
  async function atConfirm(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    text: string,
    tri: TriageLike,
  ) {
    const reading = confirmKind(text);
    if (!reading) return false;
    const spec = conv.pendingAskSpec ?? { key: 'resolution.confirm' as const };
    if (reading.kind === 'correction' && reading.works) {
      await deps.note(ticket.id, 'customer corrected an earlier reading: it works');
      await deps.yes(ticket, conv, turn, text, tri);
      return true;
    }
    if (reading.kind === 'better') return better(ticket, conv, turn, text, tri);
    if (reading.kind === 'partly') return partly(ticket, conv, turn, text);
    const misread = deps.parsedKind(text, conv) === 'no';
    // A plain question ("is 40 normal?") is the repair layer's to answer; a hedge the parser took as a no,
    // and a question about the lights or the start-up, are answered here.
    const neither = (reading.startup && NEITHER.has(reading.kind)) || (misread && HEDGES.has(reading.kind));
    // A hedge after one answered here is taken as it stands, whatever the parser makes of it.
    const again = HEDGES.has(reading.kind) && (conv.confirmKindAnswered ?? 0) > 0;
    if (reading.kind !== 'correction' && !neither && !again) return false;
    // What the other readings of the same question answered counts too (confirm-open.ts, repair.ts).
    const clarified =
      (conv.confirmOpen ?? 0) + (conv.repair?.askKey === 'resolution.confirm' ? conv.repair.hedges : 0);
    const answered = (conv.confirmKindAnswered ?? 0) + clarified;
    const state = await deps.state(ticket.id);
    const cause = rootCauseOf(state);
    // A hedge again is taken as it stands (closed as not confirmed); a question about the start-up is answered twice.
    const enough = reading.startup || reading.kind === 'correction' ? MAX_ANSWERED : 1;
    if (answered >= enough) {
      if (reading.kind === 'correction') return false;
      return deps.unconfirmed(
        ticket,
        conv,
        turn,
        `the customer's replies did not say whether it works (${reading.kind}): closed as not confirmed`,
      );
    }
    conv.confirmKindAnswered = (conv.confirmKindAnswered ?? 0) + 1;
    const lastAction = actionsDone(state).at(-1);
    if (reading.kind === 'correction') turn.say(specific('confirm.correction', lastAction));
    // "lampan där det står WLAN blinkar, är det meningen?": the light asked about is answered below (sideAnswers),
    // never with the internet light's start-up.
    else if (reading.startup && !asksOwnLight(text)) turn.say(specific('confirm.startup', cause, lastAction));
    else
      turn.say(
        howToCheck(cause, {
          text,
          intent: conv.intent,
          complaint: conv.complaint,
          actions: actionsDone(state),
          steps: stepsDone(state),
        }),
        {
          reference: ticket.reference,
        },
      );
    // "don't know yet, not home. but can people hack the camera now?": the question beside it, too.
    const asked = sideAnswers(text, { askKey: 'resolution.confirm', cause, actions: actionsDone(state) });
    for (const key of asked.keys) turn.say(key, { reference: ticket.reference });
    await deps.note(
      ticket.id,
      `not confirmed: the reply was a ${reading.kind.replace('_', ' and ')}, not a no; answered and asked again`,
    );
    turn.askAgain(spec);
    return true;
  }

  /**
   * "seems a bit better. does the router do wifi 6?", "lite bättre faktiskt. typ": an improvement is never a no.
   * The question beside it is answered and whether it is good enough now asked once; an improvement told
   * again is the answer. A yes said with it ("yes seems faster now") is the usual reading's.
   */
  async function better(ticket: Ticket, conv: ConversationState, turn: Turn, text: string, tri: TriageLike) {
    if (deps.parsedKind(text, conv) === 'yes') return false;
    if (conv.confirmBetter) {
      await deps.note(ticket.id, 'the customer reported an improvement again: taken as the answer');
      await deps.yes(ticket, conv, turn, text, tri);
      return true;
    }
    conv.confirmBetter = true;
    const state = await deps.state(ticket.id);
    const asked = sideAnswers(text, {
      askKey: 'resolution.confirm',
      cause: rootCauseOf(state),
      actions: actionsDone(state),
    });
    for (const key of asked.keys) turn.say(key, { reference: ticket.reference });
    await deps.note(
      ticket.id,
      'not confirmed: the customer reported an improvement, not a no; asked whether it is good enough now',
    );
    turn.ask('resolution.confirm', 'ask.resolution.confirm.better');
    return true;
  }

  /**
   * "BBC loads now on the iPad and the laptop. The bank's site still gave me 'server not found' on the laptop":
   * the fix worked, and one device or site is left behind — that device still holds the old state (a failed
   * look-up, the old Wi-Fi, a dead connection). Told what to do there, the question beside it answered, and
   * whether it works now asked once more; told again, the usual reading decides.
   */
  async function partly(ticket: Ticket, conv: ConversationState, turn: Turn, text: string) {
    if (conv.confirmPartly) return false;
    conv.confirmPartly = true;
    const state = await deps.state(ticket.id);
    const cause = rootCauseOf(state);
    turn.say(specific('confirm.partly', cause, actionsDone(state).at(-1)));
    const asked = sideAnswers(text, { askKey: 'resolution.confirm', cause, actions: actionsDone(state) });
    // "my phone doesn't reconnect by itself, must I type the password again?": the text above tells how that
    // device gets back on — never "your devices reconnect by themselves" against what the customer just saw.
    for (const key of asked.keys)
      if (!key.startsWith('reply.reconnect_devices')) turn.say(key, { reference: ticket.reference });
    await deps.note(
      ticket.id,
      'not confirmed: the fix works on some devices or sites, one still fails (cached state on that device); told what to do there and asked again',
    );
    turn.askAgain(conv.pendingAskSpec ?? { key: 'resolution.confirm' });
    return true;
  }

  /**
   * At "when can a technician come?" after a reply to "does it work now?" was taken as a no: "nej vänta, nu
   * laddar sidorna" undoes that no, and the case closes on the fix that worked.
   */
  async function worksAfterAll(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    text: string,
    tri: TriageLike,
  ) {
    const undo = conv.undo;
    if (undo?.ask.key !== 'resolution.confirm' || conv.pendingAsk !== 'contact.availability') return false;
    const reading = confirmKind(text);
    if (!reading || (reading.kind !== 'works' && reading.kind !== 'correction') || !saysConnectionWorks(text))
      return false;
    await deps.restore(ticket.id, undo.engine as EngineState);
    conv.facts = undo.facts;
    conv.undo = null;
    conv.pendingAsk = 'resolution.confirm';
    conv.pendingAskSpec = undo.ask;
    await deps.note(
      ticket.id,
      'customer corrected the answer to resolution.confirm: it works; the visit question is withdrawn',
    );
    turn.say('confirm.correction.works');
    await deps.yes(ticket, conv, turn, text, tri);
    return true;
  }

  return { atConfirm, worksAfterAll };
}
