// A question inside an answer ("sure. will my tv need the password again?", "maybe thursday. why
// can't you fix it from there?"): the answer part is taken as usual, and the question part is answered
// as well — from the topic texts for the action, the pending question, the case's root cause or the
// access type — or, when none fits, honestly passed to a colleague.
import type { AccessKind } from '../domain/index.js';
import { fold } from '../triage/normalize.js';
import type { QuestionTopic } from '../triage/reply.js';
import { askTopicOf, topicsOf } from '../triage/topics-of.js';
import { techMatchOf } from '../triage/tech-questions.js';
import { answerFor, NARROWS, WHOLE_MESSAGE_TOPICS, type QuestionContext } from './question-answers.js';
import { saysNoFault } from './refund-linked.js';
import { hasMessage, type MessageKey } from './messages/index.js';
import {
  ASKED_AGAIN,
  EITHER_ASKS,
  IF_THEN_ASKS,
  sentencesOf,
  techAnswered,
  techKeyFor,
  type TechContext,
} from './general-questions.js';

/** A clause that asks: it ends in "?" or opens with a question word (folded, sv/en). */
const ASKS =
  /^(why|how|what|when|where|which|who|will|would|can|cant|could|couldnt|do|does|dont|did|didnt|is|isnt|are|arent|was|wasnt|were|has|have|had|should|must|shall|y|varfor|vrf|vafor|hur|vad|nar|var|vilken|vilket|vilka|vem|kan|kommer|blir|maste|ska|behover|ar|finns|gar|far|lonar|hjalper|racker)\b/;
/** Question words that open a question whatever ends it (folded, sv/en). */
const WH = /^(why|how come|varfor|vrf|vafor|hur kommer det sig)\b/;
/** Question words that ask for a thing, a place or a way ("vad är det för schema", "where do I turn it off"). */
const CONTENT_WH = /^(what|whats|where|how|which|vad|var|vart|hur|vilken|vilket|vilka)\b/;
/** A question tag that ends a question without its mark ("och blir det en ny router då eller"). */
const TAG = /\b(eller|eller hur|eller vad|eller inte|or not|or what|right)\s*[.!]*$/;
/** Words before the question itself: "ok men kan jag …", "and so can you …", "btw could anyone …". */
const LEAD_IN =
  /^((and|but|och|men|so|sa|ok|okay|okej|hmm+|btw|by the way|also|oh|one more thing|forresten|fast|aha|jaha|in the meantime|meanwhile|under tiden|(till|until|untill|tills|fram till) (then|dess|da|the visit|besoket|(mon|tues|wednes|thurs|fri|satur|sun)day|mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag|tomorrow|imorgon|i morgon))\b[\s,:]*)+/;
/**
 * A demand that wants an answer as much as a question does: "Vill ha pengarna tillbaka för de månader det
 * varit så här", "I want a refund for this". Folded text.
 */
const DEMANDS =
  /\b(i want|i'd like|i would like|i demand|i expect|give me|vill ha|jag vill ha|jag kraver|kraver|ge mig)\b[^.!?]{0,30}\b(my money|money back|the money|refund\w*|compensat\w*|reduction|discount|pengar\w*|ersattning\w*|avdrag\w*|aterbetalning\w*|kompensation\w*|rabatt\w*)\b/;
/**
 * "hmm, kan det heta Karlssons Hemma?", "can it be called Villa12?", "maybe tuesday?": the answer to the pending ask
 * put as a question. Taking it up (the go-ahead asked for that name, the time booked) answers it (folded, lead-in off).
 */
const PROPOSES =
  /^(kan|kunde|skulle|could|can|may|might) (det|den|natet|it|the network|we|vi) (heta|hetta|kallas|vara|bli|be|be called|call it|name it|go with|kalla (det|den)|dopa (det|den))\b|^(how about|vad sags om|hur later|kanske|maybe|perhaps)\b/;
/** Asks whose answer is a value the customer may offer as a question. */
const VALUE_ASKS = /^(config\.|contact\.availability$)/;
const MAX_PROPOSAL_WORDS = 8;

/** Whether `clause` offers the answer to `askKey` as a question, rather than asking something. */
export function proposesAnswer(askKey: string | null | undefined, clause: string): boolean {
  if (!askKey || !VALUE_ASKS.test(askKey)) return false;
  const bare = fold(clause).trim().replace(LEAD_IN, '');
  return PROPOSES.test(bare) && bare.split(/\s+/).length <= MAX_PROPOSAL_WORDS;
}

/** Topics that colour an answer rather than ask something of their own. */
const REMARKS = new Set(['already_restarted', 'other', 'how_know_fixed', 'what_happens_next']);
const MAX_SIDE_ANSWERS = 2;
/** The PIN named in so many words ("the PIN code", "pinkoden", "koden"). */
const NAMES_PIN = /\b(pin\w*|kod\w*|code)\b/;
/** Topics answered for the PIN when the PIN is named ("is it safe to give you the PIN?"). */
export const PIN_TOPICS: ReadonlySet<QuestionTopic> = new Set<QuestionTopic>(['why_pin', 'is_it_safe']);

/** Whether `text` names the PIN in so many words. */
export function namesPin(text: string): boolean {
  return NAMES_PIN.test(fold(text));
}
/** Topics the pending ask makes clear that ask even without a question mark ("y do u need that. 200115"). */
const WITHOUT_MARK = new Set<QuestionTopic>(['why_pin', 'how_get_password']);
/** Topics the pending question's own answer tells (for that kind of device): never a general text beside it. */
const TOLD_BY_ASK: Partial<Record<string, ReadonlySet<QuestionTopic>>> = {
  'config.port_forward': new Set<QuestionTopic>(['find_device_ip']),
};

/**
 * A clause that is a question beyond doubt: a question word and a mark or a tag ("… då eller"), or one
 * opening with "why" ("why didnt you push the update automatically").
 */
export function asksOutright(clause: string): boolean {
  const bare = fold(clause).trim().replace(LEAD_IN, '');
  return (
    ((clause.includes('?') || TAG.test(bare)) && ASKS.test(bare)) || WH.test(bare) || TOLD_WHETHER.test(bare)
  );
}

/** "you haven't told me whether…", "ni har inte svarat på om…": a question asked as the answer missing (folded). */
const TOLD_WHETHER =
  /\b(told|tell|answered|answer|said|say|let me know|svarat|svarade|svara|sagt|sade|saga|berattat|berattade)\b[^.?!]{0,25}\b(whether|if|om)\b|\b(didn'?t|didnt|did not|haven'?t|havent|have not|never|inte|aldrig)\b[^.?!]{0,15}\b(told|tell|answered|answer|said|say|explain\w*|svarat|svarade|svara|sagt|sade|saga|berattat|berattade|forklarat|forklarade)\b[^.?!]{0,25}\b(why|how come|varfor|hur kommer det sig)\b/;

/** A yes/no question inside a sentence, after what leads up to it ("… does that one need a box too"), folded. */
const INNER_ASK =
  /\b(does|do|is|are|will|would|should|must|can|behover|spelar|paverkar|maste|ska|kan|ar) (that|this|it|that one|this one|the \w+|den|det|dom|de|den dar|den har|jag|vi|i|we)\b/;

/** A general question run on without its mark: "we have a second phone upstairs does that one need a box too". */
export function asksWithoutMark(sentence: string): boolean {
  return INNER_ASK.test(fold(sentence)) && techMatchOf(sentence) !== null;
}

/** The clauses of `text` that ask something. */
export function questionClauses(text: string): string[] {
  return sentencesOf(text).filter(
    (p) =>
      p.includes('?') ||
      ASKS.test(fold(p).replace(LEAD_IN, '')) ||
      DEMANDS.test(fold(p)) ||
      // "om jag betalar nu öppnas det direkt då eller måste jag vänta": an either/or asks without its mark.
      EITHER_ASKS.test(fold(p)) ||
      // "but if i close the browser how do i know its fixed": a question after a condition, without its mark.
      IF_THEN_ASKS.test(fold(p)) ||
      // "You still haven't told me whether you supply filters": a question put as what was not answered.
      TOLD_WHETHER.test(fold(p)) ||
      // "I asked if I can use my phone as a hotspot": the question asked again as a statement.
      ASKED_AGAIN.test(fold(p)) ||
      // "we have a second phone upstairs does that one need a box too": a general question run on without its mark.
      asksWithoutMark(p) ||
      // "den startar ju om sig själv redan, varför ska jag dra ur den.": a why after the comma asks too.
      p
        .split(/,\s*/)
        .slice(1)
        .some((part) => {
          const bare = fold(part).trim().replace(LEAD_IN, '');
          // ("jag frågade om SCHEMAT, var stänger man av det": a general where / how after the comma asks too.)
          return WH.test(bare) || (CONTENT_WH.test(bare) && techMatchOf(p) !== null);
        }),
  );
}

/**
 * The technician's answers when `text` is nothing but general questions ("btw what does the LOS light
 * mean?" after the close), each answered; otherwise none — a message that also tells of a problem is that problem.
 */
export function onlyGeneralQuestions(text: string, ctx: TechContext = {}): MessageKey[] {
  const sentences = sentencesOf(text);
  const asking = questionClauses(text);
  const found = techAnswered(text, asking, null, false, ctx);
  // ("tack! kan jag stänga av routern på nätterna?": a thanks or an ok beside them tells of no problem.)
  // ("mamma säger att wifi stängdes av förra veckan också": what happened before, told as the question's
  // background, is no problem now either.)
  const aside = (s: string) =>
    !asking.includes(s) &&
    (s.split(/\s+/).length <= 5 || (BEFORE_NOW.test(fold(s)) && !NOW.test(fold(s)))) &&
    !TROUBLE.test(fold(s));
  return found.size && sentences.every((s) => found.has(s) || aside(s)) ? [...new Set(found.values())] : [];
}

/** A time before now (folded): "förra veckan", "last week", "igår", "a few days ago". */
const BEFORE_NOW =
  /\b(forra (veckan|manaden|helgen|gangen)|i forrgar|igar|i gar|for (en|ett|nagra|tva|tre) (dag|dagar|vecka|veckor|manad|manader) sedan|last (week|month|weekend|time|night)|yesterday|the day before|(a|one|two|three|a few|some) (days?|weeks?|months?) ago|tidigare|earlier|before|forut)\b/;
/** Now (folded): a sentence about now is no background. */
const NOW = /\b(now|right now|today|nu|just nu|idag|i dag)\b/;

/** Words that tell of trouble (folded): a sentence with one is no aside. */
const TROUBLE =
  /\b(not|no|dont|doesnt|isnt|wont|cant|never|inte|ej|aldrig|ingen|inget|broken|trasig\w*|slow|seg\w*|langsam\w*|drop\w*|tappar|down|nere|dead|dod|problem\w*|fel|error|again|igen|still|fortfarande)\b/;

/** Of the question clauses `asked` (of `text`), the technician's answers and the clauses left unanswered. */
export function generalAnswersIn(
  text: string,
  asked: readonly string[],
  ctx: TechContext = {},
): { keys: MessageKey[]; rest: string[] } {
  const found = techAnswered(text, asked, null, false, ctx);
  return { keys: [...new Set(found.values())], rest: asked.filter((q) => !found.has(q)) };
}

/**
 * The texts for the general technician questions `text` asks (at most two), or none. `lastResort`: where
 * nothing else answered the message, a topic read in it holds no general answer back.
 */
export function techAnswers(text: string, lastResort = false, ctx: TechContext = {}): MessageKey[] {
  return [...new Set(techAnswered(text, questionClauses(text), null, lastResort, ctx).values())].slice(
    0,
    MAX_SIDE_ANSWERS,
  );
}

/**
 * The texts that answer the question part of an answer. `unanswered` is true when a clause ends in "?" and no text answers it.
 */
export function sideAnswers(text: string, ctx: QuestionContext): { keys: MessageKey[]; unanswered: boolean } {
  const clauses = questionClauses(text).filter((c) => !proposesAnswer(ctx.askKey, c));
  if (!clauses.length) return { keys: [], unanswered: false };
  // "we were charged twice … can we get it back?": the money is for the charge, also where the caller did not say.
  if (ctx.charge === undefined && saysNoFault(text)) ctx = { ...ctx, charge: true };
  const keys: MessageKey[] = [];
  let told = false;
  // A clause with no topic of its own may have one that the pending ask makes clear ("why do you need that?").
  // ("I still don't know the password. Can you send me a new one?": the one is what the whole message names.)
  const whole = topicsOf(text);
  const own = topicsOf(clauses.join(' ')).filter((x) => !WHOLE_MESSAGE_TOPICS.has(x) || whole.includes(x));
  // Without a question mark only the unmistakable ones: "när som helst" at the availability asks nothing.
  const byAsk = clauses
    .filter((c) => !topicsOf(c).some((x) => !REMARKS.has(x)))
    .map((c) => [c, askTopicOf(ctx.askKey, c)] as const)
    .filter(([c, x]) => x !== null && (c.includes('?') || WITHOUT_MARK.has(x)))
    // "could the neighbour still have our old password?" at a new Wi-Fi key: the technician's question it asks
    // (the old key), never the topic the pending ask would make of it (the current password shown).
    .filter(([c, x]) => !techMatchOf(c)?.narrows.includes(x as QuestionTopic))
    .map(([, x]) => x as QuestionTopic);
  const all = [...own, ...byAsk];
  /** The topic of each key said: a question whose own topics got none is still unanswered. */
  const answered = new Set<QuestionTopic>();
  // "what were the DNS servers set to before?", "should I unplug it afterwards?": a topic a general question in
  // the same clause narrows is answered by the technician's answer to that question, never by the broader text.
  // (Only where the case gives that question a text of its own: "kan jag inte bara starta om själv?" on a line
  // fault keeps the case's "a restart does not help" over the general "yes, pull the plug".)
  const byTech = new Set(
    clauses.flatMap((c) => {
      const match = techMatchOf(c);
      const key = match ? techKeyFor(match.question, techContextOf(ctx)) : null;
      return match && key && key !== `tech.${match.question}` ? match.narrows : [];
    }),
  );
  // "How will I know it is fixed?" after a fix with a text of its own (a software update for drops that came and
  // went: a day of normal use tells) is a question, not a remark.
  const acted = ctx.actions?.at(-1);
  const ownText = (topic: QuestionTopic) =>
    topic === 'how_know_fixed' && !!acted && answerFor(topic, ctx) === `reply.${topic}.${acted}`;
  for (const topic of all) {
    if ((REMARKS.has(topic) && !ownText(topic)) || byTech.has(topic)) continue;
    // "ändras lösenordet till min mejl?": the narrower topic answers it ("settings stay" would not).
    if (all.some((y) => [NARROWS[y]].flat().includes(topic))) continue;
    if (ctx.askKey && TOLD_BY_ASK[ctx.askKey]?.has(topic)) {
      told = true;
      continue;
    }
    // "200150. why do you need the PIN code?": the PIN named is the PIN, not the number asked for now.
    const key = answerFor(
      topic,
      PIN_TOPICS.has(topic) && namesPin(text) ? { ...ctx, askKey: 'identity.pin' } : ctx,
    );
    if (key) answered.add(topic);
    if (key && !keys.includes(key) && keys.length < MAX_SIDE_ANSWERS) keys.push(key);
  }
  // "yes thx. btw could anyone else have used the old one?": every question in the message, not only
  // the first, is answered or honestly said to be unanswerable — a part with no text is never dropped.
  // "why didnt you push the update automatically" asks without a question mark: a question word opens it.
  const asking = clauses.filter(asksOutright);
  const settled = (c: string) => {
    const mine = [...topicsOf(c), askTopicOf(ctx.askKey, c)].filter(
      (x): x is QuestionTopic => x !== null && (!REMARKS.has(x) || ownText(x)),
    );
    return mine.some((x) => answered.has(x) || all.some((y) => [NARROWS[y]].flat().includes(x)));
  };
  const open = asking.filter((c) => !settled(c));
  // "btw is WPS on? should I turn that off too?": a general question no topic took has a technician's answer —
  // also one that asks only by its mark ("so it's just the distance then?", "och den som blinkar, ska den lysa fast?").
  // "Kan det vara så att grannen har vårt gamla lösenord, vi gav det till dem i somras": a clause that opens as a
  // question and reads as a technician's question asks it, also without its mark.
  const marked = clauses.filter(
    (c) => (c.includes('?') || !!techMatchOf(c)) && !asking.includes(c) && !settled(c),
  );
  const general = techAnswered(text, [...open, ...marked], ctx.askKey, false, techContextOf(ctx));
  for (const key of general.values()) if (!keys.includes(key)) keys.push(key);
  const left = open.filter((c) => !general.has(c));
  return { keys, unanswered: left.length > 0 && !told };
}

/** A side answer as it reads once the case is fixed in this very reply (`.after.resolved`), when it has one. */
export function fixedCaseKey(key: MessageKey): MessageKey {
  const fixed = `${key}.after.resolved`;
  return hasMessage(fixed) ? (fixed as MessageKey) : key;
}

/** What a question context tells the technician's answers (general-questions.ts techKeyFor). */
export function techContextOf(ctx: QuestionContext): TechContext {
  return {
    cause: ctx.cause ?? null,
    access: ctx.access ?? null,
    askKey: ctx.askKey,
    queue: ctx.outcome ?? null,
  };
}

/**
 * The answers to `text`'s questions that the diagnosed cause itself gives ("vad ska en omstart till hjälpa?",
 * "varför händer det här hela tiden?" with a fibre cut found): only the cause's own texts
 * (`reply.<topic>.<cause>`), for a reply whose flow is elsewhere — a handoff to a person, a booked visit.
 */
export function causeAnswers(
  text: string,
  cause: string | null,
  access: AccessKind | null = null,
): MessageKey[] {
  if (!cause || !text) return [];
  // "…och fick jag inget svar på varför den inte bara kan startas om": a why inside a sentence asks too.
  const asking = String(text)
    .slice(0, 1000)
    .split(/(?<=[.!?\n])\s*/)
    .filter((x) => x.includes('?') || asksOutright(x) || EMBEDDED_WHY.test(fold(x)));
  const keys = asking
    .flatMap((x) => topicsOf(x))
    .map((topic) => answerFor(topic, { askKey: null, cause, access }))
    .filter((key): key is MessageKey => !!key && key.endsWith(`.${cause}`));
  return [...new Set(keys)];
}

/** A why asked inside a sentence: "…svar på varför…", "…told me why…". Folded text. */
const EMBEDDED_WHY = /\b(varfor|vrf|why|how come)\b/;
