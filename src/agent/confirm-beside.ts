// "works now thx. did u actually reboot it?": at "does it work now?", a first sentence that settles the
// question is the answer, and what is asked after it is answered beside it — the customer is not asked
// "does it work now?" again after saying so.
import type { AskKey, Language } from '../domain/index.js';
import { asksHowToFind } from '../runbooks/port-forward-host.js';
import type { TriageApi } from '../runbooks/ports.js';
import { confirmClauses } from '../triage/confirm-clauses.js';
import { endsAtSmileys } from '../triage/confirm-words.js';
import type { ReplyAct } from '../triage/reply.js';
import { fold } from '../triage/normalize.js';
import { REPLY_PATTERNS } from '../triage/reply-patterns.js';
import { reportsStepDone, statementsOf } from '../triage/step-done.js';
import { topicsOf } from '../triage/topics-of.js';
import { questionClauses } from './side-questions.js';

/** "dont send a technician", "skicka ingen": a no said beside the question. */
const DONT =
  /\b(dont|don'?t|do not|no need to|skicka (inte|ingen|inga)|inte skicka|ingen (tekniker|behover komma)|no (visit|technician))\b/;
/** Questions a message that only asks never answers. */
const ASKED_NOT_ANSWERED: ReadonlySet<AskKey> = new Set(['resolution.confirm', 'contact.availability']);

export function settledBeside(
  triage: Pick<TriageApi, 'parseAnswer'>,
  askKey: AskKey,
  act: ReplyAct,
  text: string,
  language: Language,
): ReplyAct {
  // "where do i even see the ps5 ip": the port forward's own answer tells where that kind of device shows
  // its address (or finds it in the router), then says what is still missing instead of asking again.
  if (
    askKey === 'config.port_forward' &&
    act.act === 'question' &&
    act.topic === 'find_device_ip' &&
    asksHowToFind(text)
  )
    return { act: 'answer' };
  // "ok men kan jag köpa det av er" at "does it work now?", "nej vänta, behöver ni verkligen skicka nån?" at
  // the availability question: a message that only asks is neither a yes nor a no — it is answered.
  if (ASKED_NOT_ANSWERED.has(askKey) && act.act !== 'question' && onlyAsks(text) && !DONT.test(fold(text)))
    return { act: 'question', topic: topicsOf(text)[0] ?? 'other' };
  if (askKey.startsWith('step.') && act.act === 'question')
    return stepSettled(triage, askKey, text, language) ? { act: 'answer', topic: act.topic } : act;
  if (askKey !== 'resolution.confirm' || act.act !== 'question') return act;
  // "she called her sister and youtube kept playing. so yes it works! but why did it break now?": a clause
  // anywhere that says it works, and none that it does not, settles it as well as a first sentence does.
  if (confirmClauses(text).clearYes && !REPLY_PATTERNS.wait.test(fold(text)))
    return { act: 'answer', topic: act.topic };
  // ("netflix plays again :) what was wrong?": a smiley ends the first sentence as a full stop would.)
  const first = endsAtSmileys(String(text ?? ''))
    .trim()
    .split(/(?<=[.!?\n])\s*/)[0];
  // "vänta testar... nu står det moderate nat. är det bra nog?": a customer still trying settles nothing.
  if (!first || first.includes('?') || questionClauses(first).length || REPLY_PATTERNS.wait.test(fold(first)))
    return act;
  const kind = triage.parseAnswer(askKey, first, language).kind;
  return kind === 'yes' || kind === 'no' ? { act: 'answer', topic: act.topic } : act;
}

/**
 * "ok stod i hallen vid routern på 5g, nu 387. ska jag uppgradera till 1000 då eller?", "the black one with the
 * screw thing? it was hanging loose. screwed it back": what the message states reports the step done (a result
 * measured, or done in so many words), so that is the step's answer and the question beside it is answered
 * too. "OK I found it. … Should I move it into the box?" reports nothing done yet.
 */
function stepSettled(
  triage: Pick<TriageApi, 'parseAnswer'>,
  askKey: AskKey,
  text: string,
  language: Language,
) {
  const said = statementsOf(String(text ?? ''));
  if (!said || REPLY_PATTERNS.wait.test(fold(said))) return false;
  const parsed = triage.parseAnswer(askKey, said, language);
  return parsed.kind === 'done' && (parsed.measuredMbps !== undefined || reportsStepDone(fold(said)));
}

/** Every sentence of `text` asks something. */
function onlyAsks(text: string): boolean {
  const sentences = String(text ?? '')
    .slice(0, 1000)
    .match(/[^.!?\n]+[.!?\n]*/g)
    ?.map((p) => p.trim())
    .filter(Boolean);
  return !!sentences?.length && questionClauses(text).length === sentences.length;
}
