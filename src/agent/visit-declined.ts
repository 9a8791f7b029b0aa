// "No wait, don't send a technician — can't you reset something?" to "when can a technician come?":
// the visit is not booked and the sentence is not taken as a time. What a restart from here would do
// for this fault is said honestly, and the case goes to the team without a visit: they contact the
// customer before anything is booked.
import { fold } from '../triage/normalize.js';
import { hasMessage, type MessageKey } from './messages/index.js';

const REMOTE_FIX =
  /\b(something else|anything else|nothing else|nagot annat|nat annat|inget annat|reset\w*|restart\w*|reboot\w*|from your (side|end)|remotely|on distance|starta om|omstart\w*|aterstall\w*|fran er (sida)?|pa distans|harifran|fixa det (sjalva|harifran))\b/;
// "anyone", "nån" are a no only after a not ("i don't want anyone coming", "jag vill inte att nån kommer"):
// "hur länge tar det innan nån kommer?", "when will someone come?" ask about the visit, they do not decline it.
const NOBODY =
  /\b(nobody|no one|noone|ingen)\b[^.!?]{0,20}\b(come|coming|here|hit|hem|komma|kommer)\b|\b(not|don'?t|dont|won'?t|wont|inte|ej)\b[^.!?]{0,25}\b(anyone|anybody|someone|somebody|nan|nagon)\b[^.!?]{0,20}\b(come|coming|here|hit|hem|komma|kommer)\b|\bcan'?t take (time|a day) off\b|\bkan inte ta ledigt\b/;

/** The reply asks for something done from here instead ("can't you reset something?"). */
export function asksForRemoteFix(text: string): boolean {
  return REMOTE_FIX.test(fold(text));
}

/** "Nobody should come here", "I can't take time off": a visit is not wanted. */
export function wantsNoVisitWords(text: string): boolean {
  return NOBODY.test(fold(text));
}

/** "do you really need to send someone?", "behöver ni verkligen skicka nån?", "måste nån komma?". */
const IS_VISIT_NEEDED =
  /\b(do|does|must|will) (you|u|someone|somebody|anyone|a technician|the technician) (really |actually |even )?(need to |have to |got to )?(send|come|visit)\b|\b(is|would) (a|the) (visit|technician) (really |actually )?(needed|necessary|required)\b|\b(behover|maste|ska) (ni|du|nan|nagon|en tekniker|teknikern) (verkligen |faktiskt |ens )?(skicka|komma|aka ut)\b|\b(behovs|kravs) (det )?(verkligen |faktiskt )?(ett besok|en tekniker|besok)\b/;

/** Why a restart from here would not do it, for this fault. */
function remoteKey(cause: string | null): MessageKey {
  const own = cause ? `visit.remote.${cause}` : null;
  return own && hasMessage(own) ? own : 'visit.remote';
}

/** What is said before the case goes to the team without a visit. */
export function visitDeclinedSays(text: string, cause: string | null): MessageKey[] {
  return asksForRemoteFix(text) ? [remoteKey(cause)] : [];
}

/**
 * A question at "when can a technician come?" about whether the visit is needed or a restart from here
 * would do: answered for this fault, and the time asked for again — never read as "no visit".
 */
export function visitQuestionAnswer(text: string, cause: string | null): MessageKey | null {
  return asksForRemoteFix(text) || IS_VISIT_NEEDED.test(fold(text)) ? remoteKey(cause) : null;
}

/** The team's closing words for a case handed over without a visit, when the catalogue has them. */
export function noVisitKey(key: string, declined: boolean | undefined): string {
  return declined && hasMessage(`${key}.no_visit`) ? `${key}.no_visit` : key;
}
