// A physical step refused or put off in words. The step's own verb often stands in the refusal ("no im not
// restarting anything", "jag tänker inte starta om den") or beside a negation ("not done yet", "inte klart",
// "har inte startat om den"), so this is read before any done-word, on folded text (lower case, å/ä/ö as
// a/a/o). The tables are the rule: one row per way of saying it.
import { reportsStepDone } from './step-done.js';

/** What the steps ask for, as verbs in the forms customers use (en and sv, folded). */
const STEP_VERB_EN = String.raw`restart\w*|reboot\w*|unplug\w*|plug\w*|pull\w*|switch\w*|turn\w*|power\w*|do|doing|touch\w*|mov\w*|reset\w*|rejoin\w*|reconnect\w*|forget\w*|run\w*|try\w*|test\w*|that|it|this|anything`;
const STEP_VERB_SV = String.raw`starta\w*|dra\w*|koppla\w*|flytta\w*|rora\w*|gora|stanga\w*|trycka\w*|testa\w*|glomma|ansluta|byta`;
/** Swedish present tense, which takes its "inte" after the verb ("jag startar inte om den", "flyttar den inte"). */
const SV_PRESENT = String.raw`startar|drar|kopplar|flyttar|ror|gor|stanger|trycker|testar|kor|glommer|ansluter|tanker jag|orkar jag`;
const SV_FILLER = String.raw`den|det|dem|dom|nat|nagot|nagonting|routern|modemet|boxen|kabeln|sladden|jag|vi|om|ur|av|pa|in|ut|sa|nu|heller`;

/** Refused: a negation or refusal, then (within a few words) what the step asks for. */
const REFUSED: readonly RegExp[] = [
  new RegExp(
    String.raw`\b(i['’]?m not|im not|i am not|not going to|not gonna|won['’]?t|wont|will not|refuse to|rather not|prefer not to|(?:don['’]?t|dont|do not) (?:want|feel like|intend)(?: to)?|no way (?:i['’]?m|im|i will|ill)|ain['’]?t|aint)\b(?:\s+\w+){0,3}?\s+(${STEP_VERB_EN})\b`,
  ),
  /\bnot (restarting|rebooting|unplugging|resetting|touching|moving|switching|turning|plugging|running|doing (that|it|this|anything))\b/,
  /\bno (restart|reboot|rebooting|restarting|unplugging|power ?cycl\w*)\b(?! needed| necessary)/,
  /\b(i refuse|not happening|i (will not|won['’]?t|wont)[.!]*$|(i'?d|i would) (rather|prefer) not|skip (it|that|this|the step|that step))\b/,
  new RegExp(
    String.raw`\b(tanker inte|tanker ej|vill inte|vagrar|ska inte|orkar inte)\b(?:\s+\w+){0,2}?\s+(${STEP_VERB_SV})\b`,
  ),
  new RegExp(
    String.raw`\b(${SV_PRESENT})\b(?:\s+(?:${SV_FILLER})){0,3}\s+(inte|ej|aldrig)\b(?! (an|annu|riktigt)\b)`,
  ),
  /\b(gor (det )?inte (det|nat|nagot)|gor inte det|inte gora det|det gor jag inte)\b/,
  /\b(ingen omstart|hoppa(r)? over (det|den|steget)|skippa(r)? (det|den|steget)|lat (den|det|routern|modemet|boxen) vara|jag vagrar)\b/,
];

/** Not yet done, without refusing: asked again later. */
const NOT_YET: readonly RegExp[] = [
  /\b(not yet|inte an|inte annu|ej an|snart|give me a (minute|sec|second|moment)|hold on|vanta lite|in a (minute|moment|sec))\b/,
  // "not done", "inte klart", "ej gjort": the done-word itself negated.
  /\b(not|inte|ej|never|aldrig) (quite |really |riktigt |helt )?(done|finished|ready|complete|klart|klar|gjort|fardig\w*)\b/,
  // "almost done", "nästan klart".
  /\b(almost|nearly|about to be|nastan|snart) (done|finished|ready|there|klart|klar|fardig\w*)\b/,
  // "haven't done it", "har inte startat om den": the step's verb in the perfect, negated.
  /(?<!\b(it|that|this|router|modem|box|light|lights|lamp|lampan|den|det) )\b(haven['’]?t|havent|have not|hasn['’]?t|hasnt|didn['’]?t|didnt|did not|never)\b(?:\s+\w+){0,2}?\s+(done|did|finished|restart\w*|reboot\w*|unplug\w*|plug\w*|pull\w*|switch\w*|turn\w*|power\w*|mov\w*|reset\w*|rejoin\w*|reconnect\w*|forg[eo]t\w*|ran|run|test\w*|tried|push\w*|put)\b/,
  /\b(har|hade) (inte|ej|aldrig)\b(?:\s+\w+){0,2}?\s+(gjort|startat|dragit|kopplat|flyttat|satt|tryckt|testat|kollat|kort|glomt|anslutit|stangt|hunnit)\b/,
  // "it's not plugged in", "den är inte på": the state the step should bring about, not there (yet).
  /\b(it'?s|its|it is|they'?re|theyre|they are|is|are) (still )?not (on|plugged|connected|in)\b/,
  /\b(ar|e|sitter) (den |det |dom |de )?(fortfarande )?(inte|ej) (pa|i|inkopplad|inkopplat|ansluten)\b/,
  // "I'll do it later", "gör det sen", "will restart it tonight": put off.
  /\b(i'?ll|ill|i will|will|gonna|going to)\b(?:\s+\w+){0,3}?\s+(later|tomorrow|tonight|after|then|in a (bit|while|minute)|when i get home)\b/,
  /\b(i'?ll|ill|i will|i'?m going to|im going to|gonna|ska|tanker) (do|gora|fixa) (it|that|this|det)\b|\b(won'?t|wont|will not) be (home|back)\b/,
  /\b(gor|gora|fixar|startar|drar|kopplar|flyttar|testar|tar) (\w+ ){0,3}?(sen|senare|ikvall|imorgon|i morgon|efter jobbet|nar jag kommer hem)\b/,
];

/** The step said done in a clause of its own ("done, will check the speed later"): that clause wins. */
const DONE_PLAINLY =
  /\b(i|we|jag|vi)( have|'ve|ve| har)? (restarted|rebooted|unplugged|plugged|moved|ran|tested|rejoined|reconnected|startat|startade|dragit|drog|kopplat|kopplade|flyttat|flyttade|testat|testade)\b|\b(did|done|fixed|gjorde|fixade) (the|my|min|mitt) \w+/;

/** "I restarted it", "did the laptop": a clause that says the step is done, in so many words. */
export const donePlainly = (clause: string) => DONE_PLAINLY.test(clause);

const later = (clause: string) => NOT_YET.some((re) => re.test(clause));

/** 'refused', 'later', or null when the text neither refuses nor puts the step off. */
export function stepRefusal(folded: string): 'refused' | 'later' | null {
  if (REFUSED.some((re) => re.test(folded))) return 'refused';
  if (!later(folded)) return null;
  const clauses = folded.split(/[.,;:!?]+|\b(?:but|men|and then|sen)\b/).map((c) => c.trim());
  const doneApart = clauses.some((c) => c !== '' && !later(c) && (reportsStepDone(c) || donePlainly(c)));
  return doneApart ? null : 'later';
}

/**
 * "kan inte ni starta om den härifrån?", "can't you just reboot it from your end?", "could you restart it
 * remotely": the desk asked to restart the router itself instead of the customer's restart step.
 */
const REMOTE_RESTART =
  /\b(starta(?:r)? om|omstart|restart\w*|reboot\w*)\b[^.?!]{0,30}\b(harifran|darifran|pa distans|fran er sida|fran ert hall|fran ditt hall|remote\w*|from (there|here|your (end|side)|ur (end|side)|where you are))\b|\b(kan|kunde) (inte )?(ni|du)( inte)?( bara)? (starta om|gora en omstart)\b|\b(can|could|would)(n'?t| not)? (you|u|ya)( guys)?( just| not)? (restart|reboot|reset)\b/;

export function asksRemoteRestart(folded: string): boolean {
  return REMOTE_RESTART.test(folded);
}
