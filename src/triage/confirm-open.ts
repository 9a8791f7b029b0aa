// Replies to "does it work now?" that leave the question open: the customer asks how to tell
// ("hur vet jag det? tvn funkar iaf"), says yes but something is still missing ("yes but i need it
// in the bedroom, so what's the fix?"), or asks what to do if it comes back ("om det är segt ikväll
// igen då?"). None of them is the "it works" that closes a case. Folded text, sv + en.
import { STILL_BROKEN, WORKS_NOW } from './answers.js';
import { readConfirmReply } from './confirm-reply.js';
import { cleanText, fold } from './normalize.js';
import type { QuestionTopic } from './reply.js';
import { topicsOf } from './topics-of.js';

/** Topics that a more specific question also matches ("how do i know if im on 5 ghz"). */
const BROAD_TOPICS = new Set<QuestionTopic>(['how_know_fixed', 'what_happens_next', 'is_it_safe', 'other']);
/** Asked beside "how do I know?" and answered with it ("did you update it? … how do i know its fixed"). */
const ANSWERED_BESIDE = new Set<QuestionTopic>(['did_you_act']);

export type OpenConfirm =
  /** How would I know? Not a yes: told how to check, then asked again. */
  | 'how_know'
  /** Yes, but something is still not as it should be: not closed. */
  | 'but'
  /** What if it happens again? Answered; a yes beside it still closes. */
  | 'if_again'
  /**
   * It works as far as the customer can see, but they cannot tell more yet ("seems ok right now i guess",
   * "the internet works now yes but I cannot test with the phone"): a yes for what it says — told how to
   * check over time and to write back, and the case closes; the question is never put again.
   */
  | 'for_now'
  /**
   * It can be told only later, when it is usually bad ("det märks väl först ikväll", "can't tell until tonight,
   * it's only slow in the evenings"): told how to check then and to write back, and the case closes — "does it
   * work now?" is never put again for it.
   */
  | 'later';

/** "yes but", "funkar men", "bättre men": a but after a yes-ish word, unless it is "but ok/thanks". */
const YES_BUT =
  /\b(yes|yeah|yep|ya|sure|ok|okay|works?|working|better|faster|loads?|loading|ja|jo|japp|funkar|fungerar|battre|snabbare|bra|laddar)\b[^.!?]{0,60}\b(but|men)\b(?!\s+(?:ok|okay|okej|fine|thanks?|thank you|tack|anyway|anyways|anyhow|iaf|i alla fall|it works|det funkar|det fungerar)\b)\s*\S/;
/**
 * "bättre men jag vill fortfarande ha tcp också", "but i still want tcp too": after the but, something more is
 * wished for — a further request beside the yes, not something still wrong with what was fixed.
 */
const WISH_TOO =
  /\b(but|men)\s+(?:(?:i|jag|we|vi|i'?d|we'?d)\s+)?(?:(?:still|fortfarande|also|ocksa|anda|really|would|skulle)\s+)*(?:want|wanna|vill|would like|'d like|like|onskar|skulle vilja)\b[^.!?]{0,40}\b(too|also|as well|ocksa|med|aven)\b/;
/** "and if it drops again?", "what if it's slow tonight again", "om det är segt ikväll igen då?". */
const IF_AGAIN =
  /\b(what if|and if|if it|what (do|should) i do if|if (the|my) (\w+ )?(drops?|dies|goes|stops|gets|is)|om (det|den|natet|wifit?)|tank om|vad (gor jag|hander) om)\b[^.!?]{0,60}\b(again|igen|tomorrow|tonight|imorgon|i morgon|ikvall|i kvall)\b/;

/** "how do i know it won't happen again?", "så det inte händer igen". */
const HAPPEN_AGAIN =
  /\b(won'?t|wont|will not|doesn'?t|does not|not) (happen|come back|break|drop|turn off|go off|stop)( \w+)? again\b|\b(inte|aldrig) (hander|kommer|blir|gar) (\w+ )?igen\b/;
/** A reply that opens with a yes that it works ("yes its working. …"). */
const SAYS_YES_FIRST =
  /^(yes|yeah|yep|yup|ja|jajamen|japp|jo)\b[^.!?]{0,30}\b(works?|working|funkar|fungerar|fixed|back|up)\b/;

/** It works or looks fine as far as the customer can see ("seems ok right now", "ser ok ut", "verkar funka"). */
const LOOKS_FINE =
  /\b(seems|seem|looks|look|appears|verkar|ser|seemingly)\b[^.!?]{0,20}\b(ok|okay|okej|fine|good|alright|all right|normal|stable|bra|fint|stabil\w*|funka|fungera|work|working)\b|\b(ok|okay|okej|fine|good|bra|stable|stabilt|working|works|funkar|fungerar)\b[^.!?]{0,12}\b(right now|for now|at the moment|atm|so far|just nu|for tillfallet|an sa lange|hittills|i nulaget|nu)\b/;
/**
 * What the customer cannot do yet to tell: test, check, try the thing that made it drop ("I cannot test with the
 * phone", "nobody can use the phone now", "kan inte testa telefonen", "har inte kunnat kolla").
 */
const CANNOT_TELL =
  /\b(can'?t|cannot|can not|cant|couldn'?t|could not|unable to|not able to|no way to|no one can|nobody can|haven'?t (been able to|had a chance to)|kan inte|kan ej|kunde inte|gar inte att|har inte kunnat|hann inte|ingen kan)\b[^.!?]{0,25}\b(test\w*|try (it|that|this|with)|verify|know|tell|testa\w*|prova (det|den|med)|veta|avgora|check (it|that|this|now|yet|with|until|if|whether)|kolla (det|den|nu|an|om|med))\b/;
/**
 * "we'll see if it holds until tomorrow", "time will tell", "får se om det håller", "vi får se hur det går": the
 * customer will watch it — a remark beside a yes, never a question what to do if it fails.
 */
const WAIT_AND_SEE =
  /\b((we'?ll|we will|i'?ll|i will|let'?s|lets|let us|we shall|gonna|going to) see|time will tell|remains to be seen|fingers crossed|(vi |jag )?(far|ska) (vi |jag )?se|det far tiden utvisa|tiden (far )?utvisa\w*|hall tummarna)\b/;

/** "how would i know", "hur ska jag veta det", "vet inte": the customer cannot tell. */
const HOW_WOULD_I_KNOW =
  /\b(how (would|could|should|do|can) i (know|tell)|hard to (say|tell)|can'?t (really )?(say|tell) yet|too early to (say|tell)|don'?t know yet|hur (ska|skulle|kan) jag (veta|kunna veta|se)|vet inte( an| annu)?|svart att (saga|veta))\b/;

/**
 * It shows only later: "det märks väl först ikväll", "vet inte förrän ikväll", "can't tell until tonight", "won't
 * know before the evening", "it's only ever slow in the evenings" (folded text).
 */
const SHOWS_ONLY_LATER =
  /\b(?:marks|syns|marker|ser|vet|veta|kan (?:jag |vi )?(?:se|veta|saga|avgora))\b[^.!?]{0,25}\b(?:forst|inte forran|forran|inte innan)\b[^.!?]{0,15}\b(?:ikvall|i kvall|kvall\w*|inatt|i natt|imorgon|i morgon|senare|sen|i eftermiddag|nar (?:alla|barnen|vi|jag)\b)|\b(?:inte forran|forst) (?:ikvall|i kvall|pa kvallen|ikvall|inatt|imorgon|i morgon|senare)\b|\b(?:can'?t|cannot|can not|won'?t|will not|don'?t|do not|wouldn'?t)\b[^.!?]{0,20}\b(?:tell|know|say|see|check|test)\b[^.!?]{0,20}\b(?:until|till|til|before|unless)\b[^.!?]{0,15}\b(?:tonight|this evening|the evening|evening|tomorrow|later|everyone|the kids|we)\b|\b(?:not until|only (?:tonight|this evening|later|in the evening))\b|\b(?:only|just|bara|aldrig|never)\b[^.!?]{0,20}\b(?:slow|seg\w*|bad|dalig\w*|problem\w*)\b[^.!?]{0,15}\b(?:in the evenings?|on evenings|at night|pa kvall\w*|om kvall\w*)\b|\b(?:aldrig|never)\b[^.!?]{0,10}\b(?:seg\w*|slow)\b[^.!?]{0,25}\b(?:formiddag\w*|morgon\w*|dag\w*|morning\w*|daytime|during the day)\b|\b(?:formiddag\w*|morning|daytime|dagtid)\b[^.!?]{0,25}\b(?:aldrig|never|inte)\b[^.!?]{0,10}\b(?:seg\w*|slow|problem\w*)\b/;

/** The question how to tell, up to the end of its clause ("how do i know its fixed", "hur vet jag om det funkar"). */
const HOW_KNOW_CLAUSE =
  /\b(how (would|could|should|do|can|will) i (know|tell|see)|hur (vet|ska|skulle|kan|ser) jag)\b[^.!?,]*/g;

/** "seems ok right now i guess" after "how would i know": it works as far as can be seen; more shows later. */
function worksForNow(t: string): boolean {
  // "how do i know its fixed": the works-word inside the question says nothing works.
  const said = t.replace(HOW_KNOW_CLAUSE, ' ');
  if (!(LOOKS_FINE.test(said) || WORKS_NOW.test(said))) return false;
  return CANNOT_TELL.test(t) || HOW_WOULD_I_KNOW.test(t);
}

/** It works as far as can be seen, and the customer will see whether it holds — with no question beside it. */
function worksWaitAndSee(t: string): boolean {
  if (!WAIT_AND_SEE.test(t) || t.includes('?') || STILL_BROKEN.test(t)) return false;
  return LOOKS_FINE.test(t) || WORKS_NOW.test(t);
}

export function readOpenConfirm(text: string): OpenConfirm | null {
  const raw = cleanText(String(text ?? '')).slice(0, 600);
  const t = fold(raw).replace(/[’`´]/g, "'").replace(/\s+/g, ' ').trim();
  // "ok but I don't remember the password" is a new need on the same case, read as such elsewhere.
  if (!t || readConfirmReply(raw)?.kind === 'new_need') return null;
  // "Seems fine for now yes. We'll see if it holds until tomorrow.": a yes, watched over time — nothing asked.
  if (worksWaitAndSee(t)) return 'for_now';
  if (IF_AGAIN.test(t) || HAPPEN_AGAIN.test(t)) return 'if_again';
  if (worksForNow(t) && !STILL_BROKEN.test(t.replace(CANNOT_TELL, ' '))) return 'for_now';
  if (SHOWS_ONLY_LATER.test(t) && !STILL_BROKEN.test(t) && !SAYS_YES_FIRST.test(t)) return 'later';
  // "yes its working. how do i know…" has said yes; "hur vet jag det? tvn funkar iaf" has not.
  // "how do i know if im on 5 ghz?" asks about the band, not about the fix: the usual reading answers it.
  const topics = topicsOf(raw);
  const narrower = topics.some((x) => !BROAD_TOPICS.has(x) && !ANSWERED_BESIDE.has(x));
  if (topics.includes('how_know_fixed') && !narrower && !SAYS_YES_FIRST.test(t)) return 'how_know';
  if (YES_BUT.test(t) && !WISH_TOO.test(t)) return 'but';
  return null;
}
