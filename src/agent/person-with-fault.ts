// A person asked for in the same message as a fault ("i only get 40 of my 500 mbit. this is
// ridiculous, can i talk to a real person"): the request is acknowledged at once, and the fault's
// checks run before the handoff, so the colleague gets findings instead of "no faults found".
import type { Intent } from '../domain/index.js';
import { otherServiceOf } from '../runbooks/facts.js';
import { fold } from '../triage/normalize.js';
import type { TriageApi, TriageLike } from '../runbooks/ports.js';
import type { ConversationState } from './conversation-state.js';
import type { Turn } from './turn.js';

/** Faults whose checks tell a colleague something (not a question about money, the account or another service). */
const FAULTS = new Set<Intent>([
  'no_connection',
  'slow_speed',
  'intermittent',
  'sites_unreachable',
  'wifi_problem',
  'outage_check',
]);

/** "internet seems fine tho", "nätet funkar": a part that says our service works names no fault. */
const WORKS =
  /\b(internet\w*|net|natet|wi-?fi\w*|connection|uppkoppling\w*|bredband\w*)\b[^.!?]{0,20}\b(fine|ok|okay|works?|working|good|funkar|fungerar|gar bra|ar bra)\b/;

/** Beside another service, only a part that names ours is about ours ("står bara ingen signal" is the TV's). */
const OURS =
  /\b(internet\w*|net|natet|wi-?fi\w*|wlan|router\w*|modem\w*|connection|uppkoppling\w*|bredband\w*|broadband|fib(er|re)\w*|surf\w*|online)\b/;

/** How sure the rest of the message must be of a fault when the person request is taken out. */
const FAULT_CONFIDENCE = 0.55;

/** The fault the message names beside its request for a person, if any. */
export function faultBeside(
  triage: Pick<TriageApi, 'triage' | 'wantsHuman'>,
  tri: TriageLike,
  text: string,
): Intent | null {
  // "my tv box says no signal … internet seems fine": a fault read from another service's words is not ours.
  const other = !!otherServiceOf(text);
  const named = other ? undefined : [tri.intent, ...tri.secondaryIntents].find((i) => FAULTS.has(i));
  if (named) return named;
  // "internet funkar inte alls, jag vill prata med en människa": the fault without the request.
  const rest = text
    .split(/[.!?;,\n]+|\s(?:and|but|so|och|men|sa)\s/i)
    .filter(
      (part) =>
        part.trim() &&
        !triage.wantsHuman(part) &&
        !(other && (otherServiceOf(part) || WORKS.test(fold(part)) || !OURS.test(fold(part)))),
    )
    .join('. ');
  if (!rest.trim()) return null;
  const r = triage.triage(rest);
  return FAULTS.has(r.intent) && r.confidence >= FAULT_CONFIDENCE ? r.intent : null;
}

/** Notes the fault beside a request for a person and says so at once; true when there was one. */
export function acknowledgePersonWithFault(
  triage: Pick<TriageApi, 'triage' | 'wantsHuman'>,
  conv: ConversationState,
  turn: Turn,
  tri: TriageLike,
  text: string,
): boolean {
  if (!tri.wantsHuman) return false;
  const fault = faultBeside(triage, tri, text);
  if (!fault) return false;
  conv.facts = { ...conv.facts, faultBeside: fault };
  turn.say('person.check_first');
  return true;
}
