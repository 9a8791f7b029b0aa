// "i want to cancel. is there a notice period? do i have to send the router back?": the yes/no
// questions inside a cancellation are answered from what the help centre says (data/kb/change-plan),
// whoever asks and whether or not they can be verified; then the case goes on as it would. Each is
// answered once per conversation.
import type { Intent } from '../domain/index.js';
import { learnFacts } from '../runbooks/facts.js';
import { fold } from '../triage/normalize.js';
import { techQuestionOf } from '../triage/tech-questions.js';
import type { ConversationState } from './conversation-state.js';
import type { MessageKey } from './messages/index.js';
import type { Turn } from './turn.js';

/** What is asked (folded text, one sentence) → the answer's message key. */
const QUESTIONS: readonly (readonly [RegExp, MessageKey])[] = [
  [
    /\b(notice( period)?|uppsagningstid\w*|bindningstid\w*|how (long|much) notice|when (does|will|would) (it|the (subscription|contract|plan|cancell?ation)|my (subscription|contract|plan)) (end|stop|start|apply|take effect)|nar (upphor|slutar|tar) (det|abonnemanget|avtalet)|last day(?! (be|on|to be))|sista dag(?!en (vara|bli))\w*|(galla|galler|gaella|borja|trada i kraft|trader i kraft) (\w+ ){0,2}fran|from today|take effect|(betala\w*|pay\w*) (\w+ ){0,2}(for|in) (\w+ ){0,2}(manad\w*|months?)\b[^.?!]{0,30}\b(after|efter)|(betala\w*|pay\w*) (\w+ ){0,2}(for|in) (\w+ )?(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|march|may|june|july|august|october|next month|nasta manad))\b/,
    'cancel.answer.notice',
  ],
  [
    /\b((send|return|give|bring|post|ship|hand)\w* (\w+ ){0,3}(router|box|modem|equipment|device)\w*|(router|box|modem|equipment)\w* (\w+ ){0,3}(back|return\w*)|(skicka|lamna|ge|posta)\w* (\w+ ){0,3}tillbaka|returner\w*|(keep|behalla) (\w+ ){0,2}(router|box|modem)\w*)\b/,
    'cancel.answer.router',
  ],
  // "what prepaid package, do you send it?", "skickar ni paketet?": the return package.
  [
    /\b((prepaid|return|retur)\w* (package|parcel|box|bag|envelope|paket\w*)|returpaket\w*|(what|which|vilket|vad for)\b[^.?!]{0,15}\b(package|parcel|paket\w*)|(do|will|would) (you|u) (send|post|mail)\b|(skickar|postar) (ni|du)\b|(pick (it )?up|hamta\w*)\b[^.?!]{0,25}\b(package|parcel|paket\w*|somewhere|nagonstans))\b/,
    'cancel.answer.package',
  ],
  // "can the last day be 31 january?": a wish for sales to confirm.
  [
    /\b((can|could|may) (the |my )?last day be|last day (be|on|to be)|(kan|far) (den )?sista dag(en)? (vara|bli)|sista dag(en)? (kan|far) (vara|bli))\b/,
    'cancel.answer.last_day',
  ],
  [
    /\b((can|could|may) i (\w+ ){0,2}(cancel|terminate)\w* (\w+ ){0,2}(here|in (the )?chat|via chat|by chat|online|through you)|how (do|can|should) i (cancel|terminate)|(kan|far) jag (\w+ ){0,2}(saga|sag) upp (\w+ ){0,2}(har|i chatten|via chatt\w*|online)|hur (sager|gor) (jag|man) (for att saga )?upp)\b/,
    'cancel.answer.how',
  ],
  [
    /\b((can'?t|cant|can not|cannot|could|can) you (\w+ ){0,2}(cancel|terminate|end|stop)\w*|(kan|kunde) (ni|du) (inte )?(\w+ ){0,2}(saga|sag|saja) upp|(you|u|ya) (wont|won't|will not|cant|can't|cannot|can not|dont|don't|do not|arent|aren't|are not) (going to |gonna )?(\w+ ){0,2}(cancel|terminate|end)\w*|(ni|du) (kommer |ska |tanker )?(inte|ej) (att )?(\w+ ){0,2}(saga|sag|saja) upp|(ni|du) (sager|sag|sagger|saga|saja) (\w+ )?(inte|ej) upp|det ar ju mitt (konto|abonnemang)|it'?s (in )?my (name|account))\b/,
    'cancel.answer.verify',
  ],
];

/** "kan ni inte bara säga upp det ändå?", "can't you just cancel it anyway?": cancelling without verification asked for. */
export function asksUnverifiedCancel(text: string): boolean {
  const verify = QUESTIONS.find(([, key]) => key === 'cancel.answer.verify')?.[0];
  return !!verify && verify.test(fold(text));
}

/** A moving day named or talked about: "kanske 1 februari eller 15:e", "we don't know the date yet". */
const DATE_TALK =
  /\b(datum\w*|dates?|flyttdag\w*|moving day|dag(en)?|day|\d{1,2}(:e|:a|st|nd|rd|th)?|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|march|may|june|july|august|october)\b/;

/** The same questions when the customer moves house with the subscription: nothing goes back. */
const MOVE_QUESTIONS: readonly (readonly [RegExp, MessageKey])[] = [
  // "Can the subscription come with us, and what is the notice period if it cannot?", "om det inte går, hur
  // lång är uppsägningstiden?": the notice period asked in a move is answered as in a cancellation.
  [
    /\b(notice( period)?|uppsagningstid\w*|how (long|much) notice|hur lang (tid )?(i )?forvag (maste|ska|behover) (jag|vi|man) saga upp)\b/,
    'cancel.answer.notice',
  ],
  // "Måste jag veta det när säljarna ringer?" (after "we don't know the exact date yet"), "behöver jag ha ett
  // exakt datum klart, eller räcker ungefär?", "do we need an exact date?": a rough date is enough.
  [
    /\b((exakt\w*|exact\w*|precis\w*|specific|bestamt|fixed|ungefar\w*|approximate\w*|rough\w*)\b[^.?!]{0,15}\b(datum\w*|date|day|dag|dagen|flyttdag\w*)|(maste|behover|ska) (jag|vi) (\w+ ){0,2}(veta|ha|kunna|bestamma|ha bestamt|ge|lamna|uppge)\b[^.?!]{0,25}\b(det|den|datum\w*|dagen|flyttdag\w*)\b|(do|must|should) (i|we) (need to |have to |already )?(know|have|decide|give|tell)\b[^.?!]{0,25}\b(it|that|the (exact )?(date|day)|an exact (date|day)|when)\b|(racker|duger|funkar|gar) (det )?(bra )?(med )?(ett )?ungefar\w*|(is|would) (a |an )?(rough|approximate|ballpark) (date|day|idea)( be)? (ok|okay|enough|fine))/,
    'move.answer.date_rough',
  ],
  // "vill gärna ha kvar samma abonnemang på den nya adressen", "can we keep our plan at the new place?"
  [
    /\b((behalla|ha kvar|fa behalla|ta med|flytta med|flytta) (\w+ ){0,3}(abonnemang\w*|bredband\w*|internet\w*|fiber\w*|avtal\w*)|(keep|take|move|bring|transfer) (\w+ ){0,3}(subscription|plan|broadband|internet|contract|service)\b)/,
    'move.answer.keep',
  ],
  // "hur lång tid det tar innan det funkar i nya lägenheten", "how long until it works at the new place?"
  [
    /\b((hur lang tid|hur lange|how long|how soon|when)\b[^.?!]{0,60}\b(funka\w*|fungera\w*|igang|work\w*|up and running|active|aktiv\w*|connected|ansluten|inkoppla\w*)|(nar|when) (kan|can|will|does|is) [^.?!]{0,30}\b(ny\w* (lagenhet\w*|adress\w*|hus\w*|bostad\w*)|new (place|address|flat|apartment|house|home)))/,
    'move.answer.when',
  ],
  [
    /\b((send|return|give|bring|post|ship|hand|take)\w* (\w+ ){0,3}(router|box|modem|equipment|device)\w*|(router|box|modem|equipment)\w* (\w+ ){0,3}(back|return\w*|with)|(skicka|lamna|ge|posta)\w* (\w+ ){0,3}tillbaka|ta\w* (\w+ ){0,2}med|returner\w*|(keep|behalla) (\w+ ){0,2}(router|box|modem)\w*)\b/,
    'move.answer.router',
  ],
  [
    /\b((funkar|fungerar|finns|gar|kan (jag|vi) fa) (det )?(\w+ ){0,2}(fiber|bredband|internet)|fiber (dar|there)|finns (ni|du) (\w+ ){0,2}(i|pa|dar|there)|(do|are) you (\w+ ){0,2}(in|there|available in|deliver (to|in)|cover)\b|(available|availability|get fib\w*|is there fib\w*|have fib\w*)\b[^.?!]{0,30}\b(there|address|new place)|adress\w*|address)\b/,
    'move.answer.address',
  ],
];

/**
 * Answers about a subscription the caller has: never to someone moving in who is not a customer yet
 * ("can i keep my current router?" from them is whether an own router can be used: sales-questions.ts).
 */
const OWN_SUBSCRIPTION: ReadonlySet<MessageKey> = new Set<MessageKey>([
  'move.answer.keep',
  'move.answer.when',
  'move.answer.router',
]);

/** [answer, the broader answer it makes unneeded]. */
const NARROWER: readonly (readonly [MessageKey, MessageKey])[] = [
  ['move.answer.keep', 'move.answer.address'],
];

/**
 * "can't you just check my name plus the address?", "kan ni inte verifiera mig med namn och adress?": the
 * address offered as a way to verify the caller, not a question about the new address.
 */
const IDENTITY_BY_ADDRESS =
  /\b((check|confirm|use|go by|kolla|kontrollera|bekrafta|anvanda|ga pa)\b[^.?!]{0,40}\b(my|mitt|min|mina) (\w+ )?(name|namn|birth|fodelse\w*|personnummer|date of birth)|(verify|identify|verifiera|identifiera)\b[^.?!]{0,40}\b(address|adress))/;

/** What each turn answered of a cancellation's questions (nothing there is left for a colleague). */
const answeredIn = new WeakMap<Turn, Set<MessageKey>>();

export function cancelAnsweredIn(turn: Turn): boolean {
  return answeredIn.has(turn);
}

/** A sentence that asks (a question mark, or a question's first word). */
const ASKS =
  /\?|^((and|och|also|plus|but|men|so|sa|btw|oh|and also) )?(do|does|is|are|can|could|will|would|how|when|what|must|should|may|maste|behover|har|ar|kan|far|hur|nar|vad|ska|blir)\b|\b(jag|vi) (undrar|funderar pa|vill (ocksa |garna )?veta)\b|\bundrar (ocksa |aven )?(om|hur|nar|vad|vilken)\b|\b(i|we) (wonder|was wondering|were wondering|would like to know|'d like to know)\b|\b(om det gar|if (possible|that'?s possible|we can))\b/;

/**
 * The messages that answer the cancellation's questions in `text` not yet answered (and marks them);
 * `again`: answered even when answered before ("so will someone answer me about the notice period?").
 */
export function answerCancelQuestions(
  conv: Pick<ConversationState, 'cancelAnswered' | 'facts'> &
    Partial<Pick<ConversationState, 'verification'>>,
  turn: Turn,
  text: string,
  intent: Intent | null,
  again = false,
): boolean {
  if (intent !== 'account_change' && !conv.facts.cancellation) return false;
  // The opening's own words count too: its facts are learned after this ("vi ska flytta … ta med routern?").
  const told = { ...learnFacts({}, text), ...conv.facts };
  // "so it's not cancelled now?" after a move question: still the move, the word is no cancellation.
  if (conv.facts.cancelWondered) told.cancellation = conv.facts.cancellation;
  const table = told.houseMove && !told.cancellation ? MOVE_QUESTIONS : QUESTIONS;
  const asked = fold(text)
    .split(/(?<=[.!?\n,;])\s*/)
    .map((s) => s.trim())
    .filter((s) => ASKS.test(s));
  // "Måste jag veta det …?": only about the moving day when the message talks about one.
  const found = table
    .filter(([re]) => asked.some((s) => re.test(s)))
    .filter(([, key]) => !(key === 'move.answer.address' && IDENTITY_BY_ADDRESS.test(fold(text))))
    .map(([, key]) => key)
    .filter((k) => k !== 'move.answer.date_rough' || DATE_TALK.test(fold(text)));
  // "keep the plan at the new address?": that answer already says sales checks the address.
  const keys = found.filter(
    (k) =>
      !NARROWER.some(([narrow, broad]) => k === broad && found.includes(narrow)) &&
      !(told.notCustomer && OWN_SUBSCRIPTION.has(k)) &&
      // "så ni säger inte upp nåt än?" from a verified holder: no "not without verification" to them.
      !(k === 'cancel.answer.verify' && conv.verification === 'verified') &&
      // "kan ni säga upp Comhem åt oss?": the other provider's subscription is the customer's own to cancel
      // (tech.cancel_other_provider), never one of ours that needs verifying.
      !(k === 'cancel.answer.verify' && asked.some((x) => techQuestionOf(x) === 'cancel_other_provider')),
  );
  const said = answeredIn.get(turn) ?? new Set<MessageKey>();
  if (keys.length) answeredIn.set(turn, said);
  const fresh = keys.filter((k) => !said.has(k) && (again || !(conv.cancelAnswered ?? []).includes(k)));
  for (const k of fresh) said.add(k);
  // "… eller måste man säga upp? vet inte än": the other way is answered too, once.
  if (
    told.cancelWondered &&
    !told.cancellation &&
    !(conv.cancelAnswered ?? []).includes('move.answer.or_cancel')
  )
    fresh.push('move.answer.or_cancel');
  for (const key of fresh) turn.say(key);
  conv.cancelAnswered = [...(conv.cancelAnswered ?? []), ...fresh];
  return fresh.length > 0;
}
