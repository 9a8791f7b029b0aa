// "Not now / later / I'm in a meeting" to a permission question is a deferral: the question stays
// open and is answered later. Once deferred, "now it's fine, go" is the consent it was waiting for.
import { cleanText, fold } from './normalize.js';
import { yesThenAsks } from './consent-question.js';
import { letsGo } from './closing-answer.js';
import { innerGoAhead } from './inner-go-ahead.js';
import { REPLY_PATTERNS } from './reply-patterns.js';

/** Later, tonight, after the meeting: the customer wants it, but not at this moment. */
const LATER =
  /\b(later|senare|sen(are)? idag|ikvall|i kvall|tonight|this evening|imorgon|i morgon|tomorrow|efter (mitt |motet|jobbet|lunch\w*)|after (my |the )?(meeting|call|work|lunch)|when i'?m (done|finished|home|free)|nar jag (ar klar|kommer hem|ar hemma)|in (an|a few|half an) hours?|om (en|ett par|nan) timm\w*|another time|en annan gang|inte (just )?nu|not (right )?now|not at the moment|inte for tillfallet|(can|could|kan) (we|vi) (ta|do|take|vanta med) (det|it|that)? ?(ikvall|i kvall|tonight|later|senare|imorgon|tomorrow|sen))\b/;
/** "vänta matchen e slut om typ 5 min", "give me 10 minutes": a short wait, said as a statement (never asked). */
const WAIT =
  /\b(om|in|after|efter) (typ |like |about |ca |cirka |ungefar |nan |some |a few |ett par |en )?(\d+|fem|tio|kvart|halvtimme|five|ten|fifteen|twenty) ?(min\w*|minut\w*|mins?|sek\w*|secs?|seconds?)\b|\b(give me|ge mig|wait|vanta|hang on|hold on) (typ |like |just |bara |a |an |en |ett |\d+ )*(sec|second|moment|min|minute|minut|minuter|minutes|mins|stund|liten stund|sekund)\b|\b(ska|maste) (bara )?(spela|titta|kolla|se|gora) (klart|fardigt|fardig)\b|\b(just|bara) (finish\w*|finishing) (a |the |my )?(game|match|round|movie|episode)\b|\b(matchen|spelet|filmen|avsnittet|rundan|the game|the match|the movie|the round) (e|ar|is|will be|blir) (slut|klar|over|done|finished) (om|in)\b/;
/** Busy right now: a meeting, a call, working from home. */
const BUSY =
  /\b((sitter|ar) (i|pa) (ett |en )?(\w+[ -])?(mote|samtal|telefon\w*|call)|in (a |an )?(\w+[ -])?(meeting|call)|on (a |the )?(\w+ )?(call|phone)|mitt i (ett |en )?(\w+[ -])?(mote|samtal)|working right now|jobbar (just )?nu|mitt i jobbet|busy right now|upptagen)\b/;
/** A real refusal, not a deferral: "no, don't do it", "never", "I don't want that". */
const REFUSE =
  /\b(vill (jag |vi )?inte|don'?t want|do not want|never|aldrig|absolut inte|absolutely not|no way|gor (det )?inte|don'?t do (it|that|anything)|do not do|rather not|helst inte)\b/;

/** Busy no longer: "im not on a call now", "inte i något möte", "mötet är slut" — said beside a go-ahead. */
const NOT_BUSY =
  /\b(?:(?:not|no longer|never|isn'?t|aren'?t|am not|i'?m not|im not) (?:(?:in|on) )?(?:a |an |the |any )?(?:\w+ )?(?:meeting|call|phone)(?: any ?more| any longer| now)?|(?:off|done with|finished with|out of) (?:the|my) (?:call|phone|meeting)|not busy|no longer busy|(?:sitter|ar|e) inte (?:i|pa) (?:nagot|nagon|nat|nan|ett|en)? ?(?:\w+ )?(?:mote|samtal|telefon\w*)(?: langre| langre nu| nu)?|inte (?:i|pa) (?:nagot|nagon|nat|nan|ett|en)? ?(?:\w+ )?(?:mote|samtal|telefon\w*)|(?:inget|inga) (?:\w+ )?(?:mote|moten|samtal)(?: nu| langre)?|inte (?:langre )?upptagen|(?:motet|samtalet) (?:ar )?(?:slut|klart|over))\b/g;
/** An explicit go-ahead in so many words ("go ahead", "do it", "kör"): with no "later", the answer is yes. */
const EXPLICIT_GO =
  /\b(go ahead|do it|just do it|run it|start it|go for it|kor|kor pa|kor bara|kor nu|gor det|fixa det)\b/;

/** Some day, no hurry: a wish for an unspecified later time ("nån gång", "some day", "no rush", "längre fram"). */
const SOME_DAY =
  /\b(some ?day|sometime|some time|one day|in the future|later on|no rush|no hurry|not today|not urgent|nan gang|nagon gang|nagon dag|nan dag|framover|langre fram|ingen brads\w*|inte (idag|i dag|brattom)|inget brattom)\b/;

/**
 * "kan jag byta namn på wifit nån gång? inte nu dock", "can I rename the wifi some day, not now": asked for a
 * later time — information on how, never the change started now.
 */
export function wantedLater(text: string): boolean {
  const t = norm(text);
  if (!t || EXPLICIT_GO.test(t)) return false;
  return SOME_DAY.test(t) || LATER.test(t);
}

/**
 * "I have a meeting in an hour", "jag har ett möte om en timme": when something else of the customer's is due,
 * said as a reason to ask how long the change takes — a time of theirs, never "do it in an hour" (folded).
 */
const APPOINTMENT =
  /\b(i have|i'?ve got|i got|we have|we'?ve got|there'?s|jag har|vi har|har (jag|vi)) (a |an |ett |en |my |mitt |min )?(\w+ )?(meeting|call|appointment|class|lecture|interview|mote|samtal|tid|lektion|intervju)( \w+){0,2} (in|om) (an|a|a few|half an|one|two|en|ett|ett par|nan|\d+) (hours?|timm\w*|min\w*|minut\w*)\b/g;
/** "Before I say yes: will I lose my settings?", "innan jag säger ja, …": questions first, no putting off (folded). */
const BEFORE_YES =
  /\b(before (i|we) (say yes|agree|accept|decide|go ahead|let you)|innan (jag|vi) (sager ja|godkanner|bestammer|tackar ja|sager okej))\b/;

/** The customer defers the question ("kan vi ta det ikväll? sitter i ett möte", "not now, later"). */
export function isDeferral(text: string): boolean {
  const raw = norm(text);
  if (!raw || REFUSE.test(raw)) return false;
  // Questions asked before the yes are questions: answered, and the permission asked again.
  if (BEFORE_YES.test(raw) && asksSomething(text)) return false;
  const t = raw.replace(APPOINTMENT, ' ');
  if (LATER.test(t) || WAIT.test(statementClauses(t))) return true;
  // "ok go ahead. im not on a call now": the busy words are denied, and the go-ahead is explicit.
  if (EXPLICIT_GO.test(t)) return false;
  // "do i have to do something on my phone after?": busy words inside a question are no deferral.
  return BUSY.test(statementClauses(t).replace(NOT_BUSY, ' '));
}

/** The moment has come: "kör", "go ahead now", "mötet är slut, kör uppdateringen". */
const GO =
  /\b(kor|kor pa|kor den|kor det|kora|go|go ahead|do it|run it|start it|fire away|ga (pa|vidare)|gor det|fixa det|nu (gar|kan) (det|vi|du|ni)|(now|nu) (is|it'?s|its|ar det) (fine|ok|good|bra)|(i'?m|im|jag ar) (free|ready|done|klar|ledig)|(meeting|motet|samtalet|the call) (is |ar )?(over|done|finished|slut|klart)|(motet|samtalet) (slutade|tog slut)|ready( now)?|redo( nu)?|ja|yes|ok|okej|okay|sure|visst)\b/;

/** After a deferral: the go-ahead (a plain yes counts, and so does "the meeting is over, run it"). */
export function isGoAhead(text: string): boolean {
  const t = norm(text);
  if (!t || REFUSE.test(t) || LATER.test(t)) return false;
  // "ok thanks, then I think we skip it. Bye": an "ok" or "thanks" before letting the offer go is no go-ahead.
  if (letsGo(t)) return false;
  // "ok but you didnt answer, will the settings stay the same?": the question is answered first; only a
  // go-ahead after it ("…the same? ok go") is one.
  // "actually whatever. go ahead now. where will i see the new password?": a go-ahead sentence stands, and the
  // question after it (where, how) is answered beside the yes.
  return GO.test(afterLastQuestion(t)) || innerGoAhead(t);
}

/** The clauses that ask nothing: a sentence's last clause before its question mark asks ("im on a call, is it quick?"). */
function statementClauses(t: string): string {
  return sentencesOf(t)
    .map((s) => (s.includes('?') ? s.split(/[,;]/).slice(0, -1).join(',') : s))
    .join(' ');
}

/** "can you do it now?", "kan du köra nu": asked as a question, meant as the go-ahead. */
const POLITE_GO =
  /\b(?:can|could|would) you (?:please )?(?:do it|do that|run it|start it|go ahead|update it|restart it)\b|\bkan (?:du|ni) (?:inte )?(?:kora|gora det|starta|uppdatera|ta det)\b/;

/** A sentence that asks: a question mark, or a question word first with no go-ahead in it. */
function asks(sentence: string): boolean {
  if (POLITE_GO.test(sentence)) return false;
  if (sentence.includes('?') || yesThenAsks(sentence)) return true;
  return REPLY_PATTERNS.questionStart.test(sentence) && !EXPLICIT_GO.test(sentence);
}

/** What the reply says after its last question (all of it when it asks nothing). */
function afterLastQuestion(t: string): string {
  const sentences = sentencesOf(t);
  const last = sentences.findLastIndex(asks);
  return sentences.slice(last + 1).join(' ');
}

/** Whether the reply asks something ("will we lose our settings? my wife is on a call"). */
export function asksSomething(text: string): boolean {
  return sentencesOf(norm(text)).some(asks);
}

function sentencesOf(t: string): string[] {
  return (t.match(/[^.!?]+[.!?]*/g) ?? [t]).map((x) => x.trim());
}

function norm(text: string): string {
  return fold(cleanText(String(text ?? '')).slice(0, 600))
    .replace(/[’`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** A pause that closes the message ("… lose wifi right? hold on", "… då? vänta lite"): the customer is still deciding. */
const PAUSE_AT_END =
  /(?:^|[.!?…,]\s*)(?:(?:ok|okay|okej|hmm+|um+)[.,\s]+)?(?:wait|hold on|hang on|one (?:sec|second|moment|min|minute)|just a (?:sec|second|moment|minute)|give me a (?:sec|second|minute|moment)|let me think(?: about it)?|vanta(?: lite| lite grann| ett tag| en sekund| en minut)?|ett ogonblick|en sekund|ge mig en (?:minut|sekund)|ska (?:bara )?tanka(?: lite)?|lat mig tanka)(?: (?:a )?(?:sec|bit|moment|minute|please|pls|lite))?[.!…\s]*$/;

/** Whether `text` ends in a pause after what it asks, so the question it answers should wait, not be put again. */
export function endsWithPause(text: string): boolean {
  const t = norm(text);
  return !EXPLICIT_GO.test(t) && PAUSE_AT_END.test(t);
}
