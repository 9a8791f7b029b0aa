// "How does Netflix decide the picture quality?", "hur funkar det med fiber egentligen?" at the customer number or
// the PIN: a question of its own, not one about the number or PIN (which the ask's own reading takes any how-,
// what- or where-question for, or triage may read as another request). At an identity question it is answered as
// a question — the desk's answer if it has one, else the honest "I can't answer that from here" — and the same
// question put again; never where the number is, and it never skips the identity or starts another case.
import type { AskKey } from '../domain/index.js';
import { fold } from '../triage/normalize.js';
import type { ReplyAct } from '../triage/reply.js';
import { topicsOf } from '../triage/topics-of.js';
import { parseAnswer } from '../triage/answers.js';
import { techQuestionOf } from '../triage/tech-questions.js';
import { questionClauses } from './side-questions.js';
import { sentencesOf } from './general-questions.js';

/** A clause that asks for information (how, why, what, which, when), not for something to be done. */
const INFO_QUESTION =
  /^(?:\W*(?:and|also|but|so|btw|by the way|och|men|sa|sen|forresten)\b\W*)*(how|why|what|which|when|is it true|hur|varfor|vafor|vad|vilk\w*|nar|stammer det)\b/;

/**
 * A question about the number or PIN itself: "var står det?", "where do I find it?", "what is that number?", "vad är
 * det?", "hur?", or one naming where it is written (the invoice, the welcome letter, the customer portal).
 */
const ABOUT_IDENTITY =
  /\b(var|vart|where|whre|wher)\b|^\W*(hur|how|vad|what|vilken|vilket|which)( da| then| now| nu| one)?\W*$|\b(what|vad)( (is|are|ar|e|was))? (it|that|this|det|den|detta)\b|\b(hur|how|vad|what|vilken|vilket|which)\b.{0,30}\b(hittar|hitta|hittas|finns|find|found|see|se|ser|locate|look|get|fa|far|star|stand\w*|written|skrivet|printed|tryckt|kundnum\w*|nummer|numret|numbers?|pin\w*|kod\w*|codes?|digits|siffror\w*)\b|\b(faktura\w*|invoice|bill|avtal\w*|contract|brev\w*|letter|valkomstbrev|mina sidor|my pages|portal\w*)\b/;

function givesIdentity(askKey: AskKey, text: string): boolean {
  const kind = parseAnswer(askKey, text).kind;
  return kind === 'customer_number' || kind === 'pin';
}

export function infoQuestionAtIdentity(askKey: AskKey, text: string, act: ReplyAct): ReplyAct {
  if (!askKey.startsWith('identity.')) return act;
  const t = fold(String(text ?? '')).replace(/[’`´]/g, "'");
  // "How does Netflix decide the picture quality?" read as "where do I find it?" by the ask's own reading.
  if (act.act === 'question' && act.topic === 'where_customer_number' && !ABOUT_IDENTITY.test(t))
    return { act: 'question', topic: topicsOf(text)[0] ?? 'other' };
  if (act.act !== 'new_topic' && act.act !== 'answer') return act;
  // "would 1000 even help over wifi, or is it wasted money?": a technician's question whose number is no number or
  // PIN (other-numbers.ts) — read as a reply without one it was "no customer number in that", or "no PIN".
  const asks =
    (act.act === 'new_topic' && questionClauses(text).some((q) => INFO_QUESTION.test(fold(q).trim()))) ||
    (/\d/.test(text) && !givesIdentity(askKey, text) && sentencesOf(text).some((s) => techQuestionOf(s)));
  return asks ? { act: 'question', topic: topicsOf(text)[0] ?? 'other' } : act;
}
