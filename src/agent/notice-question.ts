// "och vad har jag för uppsägningstid?" during an outage, "how long is my contract?" after the close, "kan jag
// säga upp mig när jag vill?" beside a bill: the notice period asked outside a cancellation or a move. It is
// answered with the cancellation's own text (cancel-questions.ts) and taken out of the message, so that what
// is left goes on as it would — the word "uppsägningstid" is no wish to cancel, and never the plan's speed.
// Matched against folded text (lowercase, å/ä/ö → a/a/o), sentence by sentence.
import type { Facts } from '../runbooks/types.js';
import { learnFacts } from '../runbooks/facts.js';
import { fold } from '../triage/normalize.js';
import type { ConversationState } from './conversation-state.js';
import type { Turn } from './turn.js';

const CONTRACT = String.raw`(contract|agreement|subscription|plan|binding|commitment)`;
const AVTAL = String.raw`(avtal\w*|abonnemang\w*|kontrakt\w*|bindning\w*)`;

/** The ways of asking, one a line. */
const ASKS_NOTICE: readonly RegExp[] = [
  /\b(uppsa[gj]\w*stid\w*|bindnings?tid\w*|notice period\w*|period of notice|months?'? notice|how (long|much) notice|binding (period|time)|lock-?in( period)?|minimum (term|contract|period)|min term)\b/,
  // "how long is my contract", "when does our contract end", "how long am i tied in?", "am i locked in?"
  new RegExp(
    String.raw`\bhow long (is|'s|does|will) (my|our|the) ${CONTRACT}\b(?! (take|to (start|work|activate)))`,
  ),
  new RegExp(String.raw`\bwhen (does|will|do) (my|our|the) ${CONTRACT} (end|expire|run out|finish)`),
  /\b(am i|are we) (still )?(locked|tied|bound)( in(to)?| to)?\b/,
  /\bhow long (am i|are we) (locked|tied|bound)\b/,
  // "can i leave whenever i want", "can we cancel any time?", "can I leave?", "could i quit early?"
  new RegExp(
    String.raw`\b(can|could|may) (i|we) (just |simply )?(cancel|quit|terminate|end it|get out|leave)( (it|you|you guys|the ${CONTRACT}|my ${CONTRACT}|our ${CONTRACT}))? (whenever|any ?time|at any time|when(ever)? (i|we) (want|like|wish)|early|right away|straight away|immediately)\b`,
  ),
  /\b(can|could|may) (i|we) (just |simply )?(leave|quit)( you| you guys| the contract| the subscription)?( then| now)?\s*\?*$/,
  /\b(can|could|may) (i|we) (just |simply )?(leave|get out of|break|exit) (the |my |our )?(contract|agreement|subscription)\b/,
  // "if I want to cancel, how long does it take?", "how long does it take to cancel?"
  /\bif (i|we) (want|wanted|were|was|decide\w*|choose|chose)( to)? (cancel|leave|terminate|quit)\b[^.?!]{0,40}\b(how long|when|how soon|how much notice)\b/,
  /\bhow long (does|will|would) (it take to (cancel|leave|terminate)|(a |the )?cancell?(ing|ation) take)\b/,
  // "hur lång tid tar det att säga upp?", "om jag vill säga upp, hur lång tid tar det?"
  /\bom (jag|vi) (vill|skulle vilja|skulle|bestammer mig for att|valjer att)( att)? (\w+ )?(saga|sager|saja) upp\b[^.?!]{0,40}\b(hur lang|hur lange|nar|hur snart)\b/,
  /\bhur lang tid (tar|tager) det (att |innan (jag|vi|man) kan |for att )(saga|sager) upp\b/,
  // "kan jag säga upp mig när jag vill?", "kan vi säga upp abonnemanget när som helst?"
  /\b(kan|far) (jag|vi|man) (bara )?(saga|sag|saja) upp( (mig|oss|det|abonnemang\w*|avtal\w*))?( (bara|nu|da))? (nar (jag|vi|man) vill|nar som helst|nar (jag|vi|man) onskar|direkt|med en gang|i fortid|nar helst)\b/,
  // "hur länge är jag bunden?", "är vi bundna?", "när går mitt avtal ut?", "hur långt är mitt avtal?"
  /\b(ar|e) (jag|vi) (fortfarande )?(bunden|bundna|bundet)\b/,
  /\bhur lange (ar|e|galler|loper) (jag|vi|mitt|vart|avtalet|abonnemanget)\b[^.?!]{0,15}\b(bund\w*|avtal\w*|abonnemang\w*)\b/,
  new RegExp(String.raw`\bnar (gar|loper|tar) (mitt|vart|var|min|det) ${AVTAL}? ?(ut|slut)\b`),
  new RegExp(String.raw`\bhur (langt|lang|lange) (ar|e|galler|loper) (mitt|vart|min|var) ${AVTAL}`),
  new RegExp(
    String.raw`\b(har|sitter) (jag|vi) (nagon |nan |ngn |en |ett )?(bindning\w*|${AVTAL} med bindning)`,
  ),
];

/** Whether the folded sentence `s` asks the notice period, the binding time or whether one can leave. */
export function asksNoticePeriod(s: string): boolean {
  const t = s.replace(/[’`´]/g, "'").replace(/\s+/g, ' ');
  return ASKS_NOTICE.some((re) => re.test(t));
}

/** "jag vill säga upp, vad är uppsägningstiden?": a cancellation wished for, not only wondered about. */
const CANCEL_WISH =
  /\b(vill|ska|behover|maste|tanker|kommer att) (\w+ )?(saga|sag|saja) upp\b|\b(want|wanna|need|have|going|would like|'d like|wish|plan\w*)( to)? (cancel|terminate|end (my|our|the) (subscription|contract))\b/;
const IF_CLAUSE = /\b(om|ifall|if|in case) (jag|vi|i|we) (vill|skulle|want|wanted|would|were|decide\w*)\b/;

/** A cancellation, a move or a sales change already under way: the cancellation's own questions answer it. */
function inAccountChange(conv: Pick<ConversationState, 'intent' | 'facts'>, rest: Facts): boolean {
  const f = conv.facts;
  return (
    conv.intent === 'account_change' ||
    !!(f.cancellation || f.houseMove || f.notCustomer) ||
    !!(rest.cancellation || rest.houseMove || rest.notCustomer)
  );
}

/** The sentences of `text` as written ("2.4 GHz" is one: a point between digits ends none). */
function sentencesOf(text: string): string[] {
  const parts = String(text ?? '')
    .slice(0, 1000)
    .match(/(?:[^.!?\n]|(?<=\d)\.(?=\d))+[.!?\n]*/g);
  return (parts ?? []).map((p) => p.trim()).filter(Boolean);
}

/**
 * The notice period asked in `text` outside a cancellation or a move: the rest of the message (the sentences
 * that did not ask it, '' when none) and whether the question came first; null when it was not asked.
 */
export function noticeAsked(
  conv: Pick<ConversationState, 'intent' | 'facts'>,
  text: string,
): { rest: string; first: boolean } | null {
  const all = sentencesOf(text);
  const asked = all.filter((s) => asksNoticePeriod(fold(s)));
  if (!asked.length) return null;
  const rest = all.filter((s) => !asked.includes(s)).join(' ');
  const wished = asked.some((s) => CANCEL_WISH.test(fold(s)) && !IF_CLAUSE.test(fold(s)));
  if (wished || inAccountChange(conv, learnFacts({}, rest))) return null;
  return { rest: /[\p{L}\p{N}]/u.test(rest) ? rest : '', first: asked[0] === all[0] };
}

/**
 * Says the notice period's answer, noted as the cancellation's answered question; `beforeAsk`: after the
 * answers to what was asked before it, just before the question put again.
 */
export function sayNotice(conv: Pick<ConversationState, 'cancelAnswered'>, turn: Turn, beforeAsk = false) {
  if (beforeAsk) turn.sayBeforeAsk('cancel.answer.notice');
  else turn.say('cancel.answer.notice');
  if (!(conv.cancelAnswered ?? []).includes('cancel.answer.notice'))
    conv.cancelAnswered = [...(conv.cancelAnswered ?? []), 'cancel.answer.notice'];
}
