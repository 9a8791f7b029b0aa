// "No wait, don't send a technician — can't you reset something?" to "when can a technician come?":
// the visit is not booked and the sentence is not taken as a time. What a restart from here would do
// for this fault is said honestly, and the case goes to the team without a visit: they contact the
// customer before anything is booked.
import { fold } from '../triage/normalize.js';
import { hasMessage, type MessageKey } from './messages/index.js';

const REMOTE_FIX =
  /\b(something else|anything else|nothing else|nagot annat|nat annat|inget annat|reset\w*|restart\w*|reboot\w*|from your (side|end)|remotely|on distance|starta om|omstart\w*|aterstall\w*|fran er (sida)?|pa distans|harifran|fixa det (sjalva|harifran))\b/;
const NOBODY =
  /\b(nobody|no one|noone|anyone|anybody|ingen|nan|nagon)\b[^.!?]{0,20}\b(come|coming|here|hit|hem|komma|kommer)\b|\bcan'?t take (time|a day) off\b|\bkan inte ta ledigt\b/;

/** The reply asks for something done from here instead ("can't you reset something?"). */
export function asksForRemoteFix(text: string): boolean {
  return REMOTE_FIX.test(fold(text));
}

/** "Nobody should come here", "I can't take time off": a visit is not wanted. */
export function wantsNoVisitWords(text: string): boolean {
  return NOBODY.test(fold(text));
}

/** What is said before the case goes to the team without a visit. */
export function visitDeclinedSays(text: string, cause: string | null): MessageKey[] {
  const keys: MessageKey[] = [];
  if (asksForRemoteFix(text)) {
    const own = cause ? `visit.remote.${cause}` : null;
    keys.push(own && hasMessage(own) ? own : 'visit.remote');
  }
  return keys;
}

/** The team's closing words for a case handed over without a visit, when the catalogue has them. */
export function noVisitKey(key: string, declined: boolean | undefined): string {
  return declined && hasMessage(`${key}.no_visit`) ? `${key}.no_visit` : key;
}
