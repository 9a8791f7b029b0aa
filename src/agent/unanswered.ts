// A question back the catalogue has no answer for ("will this affect my neighbours?"): never a bare
// "good question". Before that, two kinds are no question for anyone else:
// - a check of what the customer just gave or did ("2478. is that right?", "is that the one?", "is that
//   done then?", "behöver ni något mer?"), answered from the conversation's own state;
// - a question the case answers (its cause, its actions), answered by the topic texts.
// What is left gets one honest sentence. It is noted for a colleague, with the promise that one answers
// here, only when a person will read the case: handed over already, or about to be (a visit is being
// booked). Otherwise it is kept, and goes on the case as a note only if the case is handed over later.
import type { AskKey } from '../domain/index.js';
import { fold } from '../triage/normalize.js';
import type { QuestionTopic } from '../triage/reply.js';
import { askTopicOf, topicsOf } from '../triage/topics-of.js';
import type { ConversationState } from './conversation-state.js';
import type { MessageKey } from './messages/index.js';
import { promiseAnswer } from './promised-follow-up.js';
import { asksOutright, questionClauses, techAnswers } from './side-questions.js';
import type { TechContext } from './general-questions.js';

/** What the pending question is for, by the kind of question. */
export function whyAskedKey(askKey: AskKey, askMessage?: string | null): MessageKey {
  if (askKey === 'resolution.confirm')
    return askMessage === 'ask.resolution.confirm.request' ? 'why.confirm.request' : 'why.confirm';
  if (askKey.startsWith('identity.')) return 'why.identity';
  if (askKey.startsWith('consent.')) return 'why.consent';
  if (askKey.startsWith('step.')) return 'why.step';
  if (askKey.startsWith('config.')) return 'why.config';
  if (askKey === 'contact.availability') return 'why.availability';
  if (askKey === 'clarify.intent') return 'why.clarify';
  return 'why.check';
}

/** A check of what the customer just gave or did: whether it is right, whether the step is done, whether more is needed. */
export type StateCheck = 'given' | 'done' | 'more';

const THAT = "(that|this|it|thats|that's|this one|that one)";
const CHECKS: [StateCheck, RegExp][] = [
  [
    'more',
    /\b((do|did|will) (you|u|ya|you guys) (need|want|require) (anything|something|any ?thing|more|else)( else| more)?|(need|want) (anything|something) (else|more)( from me)?|anything else (you|u) (need|want)|is (that|this|it) (all|enough)( you need\w*| then)?|behover (ni|du|du ha|ni ha) (nagot|nat|ngt|nagonting|nanting|mer|annat)( mer| mera| annat| fran mig)?|vill (ni|du) ha (nagot|nat|ngt) (mer|mera|annat)|ar det (allt|nog|tillrackligt)( ni behover| du behover| da)?|racker det( sa| da)?)\b/,
  ],
  [
    'done',
    new RegExp(
      `\\b((is|was) ${THAT} (done|it|finished|all)( then| now| right)?|am i (done|finished)|did i do it( right)?|(ar|var) (det|jag) (klart|klar|fardig|fardigt|gjort)( da| nu)?|var det (allt|det|sa)|ar det gjort)\\b`,
    ),
  ],
  [
    'given',
    new RegExp(
      `\\b((is|was) ${THAT} (right|correct|ok|okay|okey|the (right |correct )?(one|number|pin|code)|what you (need|needed|want|wanted|asked for)|the (one|number|pin|code) you (need|want|wanted|asked for))|${THAT} (right|correct)(?! (now|away|there|here|after|before|behind|next|by|under|in|at|on|to|when|then)\\b)|is it the right (one|number|pin|code)|did i get (it|that) right|stammer (det|den|det har|den har)|(ar|e|var) (det|den|detta) (ratt|korrekt|riktigt|rätt)( nummer| kod| pin\\w*| en)?|(ar|e|var) (det|den) (den|det) (ni|du) (vill|ville|behover|menar|menade)( ha)?|var det (den|det) (ni|du) (ville|behovde|menade)( ha)?|blev det ratt|funkar (den|koden|numret)\\s*\\?)|^\\s*(\\S+ ){0,2}(right|correct|riktigt|ratt)\\s*\\?`,
    ),
  ],
];

/** A thing named beside "is that it?" ("a white box on the socket, is that it?"): the question is which thing. */
const NAMES_THING =
  /\b(there'?s|theres|there is|i (see|found|have)|det (sitter|finns)|jag (ser|hittade|har))\b[^.!?]{0,40}\b(box|thing|plug|socket|cable|light|button|dosa\w*|grej\w*|kontakt\w*|kabel\w*|sladd\w*|lampa\w*|knapp\w*)\b/;

/** The sentences of `text`: each check in it, and what is left once they are taken out. */
export function stateChecks(text: string): { kinds: StateCheck[]; rest: string } {
  const parts = String(text ?? '')
    .slice(0, 1000)
    .match(/[^.!?\n]+[.!?\n]*/g) ?? [String(text ?? '')];
  const kinds: StateCheck[] = [];
  const rest: string[] = [];
  for (const part of parts) {
    const t = fold(part).replace(/[’`´]/g, "'");
    // ("there's a little white box on the phone socket, is that it?": which thing is meant, never "am I done?".)
    const kind = CHECKS.find(([k, re]) => re.test(t) && !(k === 'done' && NAMES_THING.test(t)))?.[0];
    if (kind && !kinds.includes(kind)) kinds.push(kind);
    if (!kind) rest.push(part);
  }
  return { kinds, rest: rest.join('').trim() };
}

/** Whether a person will read the case: handed over, or about to be (a visit is being arranged). */
function personReads(conv: ConversationState, askKey: AskKey | null): boolean {
  return !!conv.handoff || askKey === 'contact.availability';
}

/**
 * A question nothing answers: the texts to say and whether to note it for a colleague now. A person
 * who will read the case gets it noted, and the customer is told a colleague answers it here; a case
 * that stays with the desk gets one honest sentence, and the question is kept for a later handoff.
 */
export function noAnswer(
  conv: ConversationState,
  askKey: AskKey | null,
  text: string,
  opts: { askMessage?: string | null; closing?: boolean; ctx?: TechContext } = {},
): { keys: MessageKey[]; note: boolean } {
  // "vad betyder LOS-lampan?": what a technician knows whatever the case is answered, never passed on —
  // in the words for this case where they differ ("24 timmar??" once a team has it, "was it my fault?").
  const general = techAnswers(text, true, {
    ...opts.ctx,
    askKey: askKey ?? null,
    queue: opts.ctx?.queue ?? conv.handoff?.queue ?? null,
    channel: conv.channel,
  });
  if (general.length) return { keys: general, note: false };
  if (!opts.closing && personReads(conv, askKey)) {
    promiseAnswer(conv, text, askKey);
    return {
      keys: ['reply.cannot_answer', ...(askKey ? [whyAskedKey(askKey, opts.askMessage)] : [])],
      note: true,
    };
  }
  conv.unanswered = [...(conv.unanswered ?? []), text.slice(0, 300)].slice(-5);
  return { keys: ['reply.cannot_answer.here'], note: false };
}

/**
 * Words that, alone or with a number, ask nothing of the case: the item asked for said back ("PIN?",
 * "kundnumret?"), a greeting, an "ok", a hedge. Folded text.
 */
const ECHO_WORDS = new Set(
  (
    'pin pinkod pinkoden pin-kod pin-koden pinkod kod koden code customer number no nr nummer numret kundnummer ' +
    'kundnumret kundnr my mitt min the a det den en ett ok okay okej oki hej hi hello hallo ja yes yeah yep sure ' +
    'jaha aha mm hmm um uh well va eh och and or eller is it ar vet inte dont know idk typ kanske maybe'
  ).split(' '),
);

/** Topics the identity questions answer themselves (where the number is, why a PIN, not the bank code). */
const IDENTITY_TOPICS: ReadonlySet<QuestionTopic> = new Set<QuestionTopic>([
  'why_pin',
  'pin_bank',
  'pin_bankid',
  'whose_pin',
  'where_customer_number',
]);

/** What the identity questions ask for, and where it is written (folded). */
const IDENTITY_WORDS =
  /\b(faktura\w*|invoices?|bills?|brev\w*|letter|valkomstbrev\w*|mina sidor|my pages|pin\w*|kod\w*|codes?|kundnum\w*|kundnr|customer (number|no)|nummer|numret|bank\w*)\b/;

/** A short where/which question and nothing else: "where do I find that?", "var hittar jag den?" (folded). */
const WHERE_ONLY =
  /^\W*((and|och|men|but|so|sa|ok|okay|hmm|um|eh|wait|vanta)[, ]+)*(where|which|what|var|vart|vilket|vilken|vad)\b( [\w']+){0,4}\W*$/;

/** A clause that is only the identity item said back, a number, a greeting or an "ok" ("PIN?", "200143?"). */
function echoOnly(clause: string): boolean {
  const words = fold(clause)
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return words.every((w) => /^\d[\d-]*$/.test(w) || ECHO_WORDS.has(w));
}

/**
 * Whether `text`, written beside the customer number or the PIN, still asks something once the identity
 * answer is acted on: "PIN? Är det samma som bankkoden? … 7488." and "vet inte, står på fakturan? … 200260"
 * asked about the identity question itself, which its own answer settled — never a question left for a
 * colleague or "I can't answer that".
 */
export function asksBeyondIdentity(text: string): boolean {
  return questionClauses(text).some((c) => {
    // ("dont have one here." opens with a question word but asks nothing.)
    if (echoOnly(c) || !(c.includes('?') || asksOutright(c))) return false;
    // Read as asked at the number or PIN only when it names what they ask for ("står på fakturan?"): "cant
    // you just tell me what it is now?" is about the case, whatever its "what".
    // "where do I find that? oh wait I have the bill here. 200 115", "var hittar jag det? …": a short where/which
    // question with nothing of its own beside the number is about the number itself, settled by giving it.
    const named = IDENTITY_WORDS.test(fold(c)) || WHERE_ONLY.test(fold(c).trim());
    const topics = [
      ...topicsOf(c),
      named ? askTopicOf('identity.customer_number', c) : null,
      named ? askTopicOf('identity.pin', c) : null,
    ].filter((x): x is QuestionTopic => x !== null && x !== 'other');
    return !topics.length || topics.some((x) => !IDENTITY_TOPICS.has(x));
  });
}
