// What stands beside a satisfaction score may be a remark on the service itself: "4 - quick, but WPS is
// literally a router setting, you could have checked it", "3 - the closet tip was good but you asked me twice",
// "2. ni kunde ha ändrat det själva". That is feedback, recorded with the score for the team, never a new
// request (round 27, c3: the WPS remark opened and escalated a tier2 case nobody asked for). A question or a
// request beside the remark ("… can you turn it off now?") is still taken up as what it is.
import { fold } from '../triage/normalize.js';
import { asksOutright } from './side-questions.js';

/**
 * The desk's conduct judged (folded, sv + en): what it could or should have done, what it did or failed to do,
 * how long it took, or the help rated in a word ("quick", "snabbt", "bra hjälp").
 */
const REMARK = new RegExp(
  [
    // "you could have checked it", "you should've asked", "could of told me", "ni kunde ha kollat", "du borde ha"
    String.raw`\b(you|u|ya|ni|du|man|the bot|the desk|boten)( really| just| easily| ju| nog| val| bara)? (could|should|might|would|kunde|borde|skulle|hade kunnat|hade bort)( ju| nog| ha| have|'ve|'d| of| just| easily| really)*\b`,
    String.raw`\b(could|should|might)('ve| have| of) (been|checked|asked|told|said|done|looked|seen|changed|fixed|known|answered|read|listened|explained)\b`,
    String.raw`\bdet (kunde|borde|skulle) (ni|du|man)\b`,
    // "you asked me twice", "you didnt change anything", "du frågade samma sak två gånger", "ni lyssnade inte"
    String.raw`\b(you|u|ni|du)( also| just| still| even| bara| ju| aven| anda)? (asked|said|told|kept|repeated|missed|ignored|forgot|misread|misunderstood|did not|didn'?t|didnt|never|changed nothing|fragade|sa|sade|tjatade|upprepade|missade|glomde|ignorerade|missforstod|andrade inget|gjorde inget|lyssnade inte|laste inte|svarade inte)\b`,
    // "it took ages", "det tog lång tid", "the wait was long"
    String.raw`\b(it )?(took (ages|forever|too long|a while|long|so long)|det tog (lang tid|en evighet|for lang tid|sin tid)|the wait was|vantetiden)\b`,
    // the help rated in a word
    String.raw`\b(quick|fast|easy|smooth|helpful|friendly|slow|annoying|confusing|useless|snabbt?|smidigt?|enkelt|hjalpsam\w*|trevlig\w*|krangligt|rorigt|segt|onodigt|bra hjalp|good help|great help|good service|bra service|tipset var bra|the \w+ tip was (good|great|useful))\b`,
  ].join('|'),
);

/** A request made now beside the remark ("can you turn it off now", "please", "kan ni …"). Folded. */
const REQUEST_NOW =
  /\b(please|pls|plz|can you|could you|would you|will you|i want|i need|i'd like|snalla|kan (ni|du)|skulle (ni|du) kunna|vill (jag|ha)|jag vill|jag behover|do it|gor det)\b/;

/** The rest beside a score is a remark on the service and nothing is asked or requested in it. */
export function remarkOnService(rest: string): boolean {
  const t = fold(rest).replace(/[’`´]/g, "'");
  if (!REMARK.test(t) || REQUEST_NOW.test(t)) return false;
  const clauses = String(rest).match(/[^.!?\n]+[.!?\n]*/g) ?? [rest];
  return !clauses.some((c) => c.includes('?') || asksOutright(c));
}
