// Replies to "does it work now?" that leave the question open: the customer asks how to tell
// ("hur vet jag det? tvn funkar iaf"), says yes but something is still missing ("yes but i need it
// in the bedroom, so what's the fix?"), or asks what to do if it comes back ("om det är segt ikväll
// igen då?"). None of them is the "it works" that closes a case. Folded text, sv + en.
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
  | 'if_again';

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

export function readOpenConfirm(text: string): OpenConfirm | null {
  const raw = cleanText(String(text ?? '')).slice(0, 600);
  const t = fold(raw).replace(/[’`´]/g, "'").replace(/\s+/g, ' ').trim();
  // "ok but I don't remember the password" is a new need on the same case, read as such elsewhere.
  if (!t || readConfirmReply(raw)?.kind === 'new_need') return null;
  if (IF_AGAIN.test(t) || HAPPEN_AGAIN.test(t)) return 'if_again';
  // "yes its working. how do i know…" has said yes; "hur vet jag det? tvn funkar iaf" has not.
  // "how do i know if im on 5 ghz?" asks about the band, not about the fix: the usual reading answers it.
  const topics = topicsOf(raw);
  const narrower = topics.some((x) => !BROAD_TOPICS.has(x) && !ANSWERED_BESIDE.has(x));
  if (topics.includes('how_know_fixed') && !narrower && !SAYS_YES_FIRST.test(t)) return 'how_know';
  if (YES_BUT.test(t) && !WISH_TOO.test(t)) return 'but';
  return null;
}
