// The general questions in a message that a technician answers whatever the case (src/triage/tech-questions.ts:
// "btw is WPS on?", "vad betyder LOS-lampan?", "är wifi och internet samma sak?"), found sentence by sentence.
// A sentence whose own question topic (reply-patterns.ts) has an answer of its own keeps it: "what's SNR
// anyway" says what the margin is and that theirs is low, "will my voip phone go down?" is answered for the
// change asked about. The general answer takes only what no topic reads, or only a broader one.
import { stepsReported } from './steps-reported.js';
import { CASE_KNOWS, techMatchOf, type TechQuestion } from '../triage/tech-questions.js';
import { fold } from '../triage/normalize.js';
import { askTopicOf, topicsOf } from '../triage/topics-of.js';
import type { QuestionTopic } from '../triage/reply.js';
import { hasMessage, type MessageKey } from './messages/index.js';

/**
 * What the case knows that picks the technician's answer for it: `tech.<question>.handoff.<team>` once a team
 * has the case, then `.<cause>`, `.<pending ask>`, `.<access>`, `.<channel>`, then the general text. "Is
 * blinking good?" reads the same in every case; "was it my fault?" and "24 hours?? that is long" do not.
 */
export interface TechContext {
  cause?: string | null;
  access?: string | null;
  askKey?: string | null;
  /** The team that has the case (handed over already, or in this very reply). */
  queue?: string | null;
  channel?: string | null;
  /** Steps the customer reports done in the message ("cable_checked"): never told to do them again. */
  reported?: readonly string[];
}

/** The case's own texts that answer a general question once the diagnosis is known (`<prefix>.<cause>`). */
const CASE_TEXTS: Partial<Record<TechQuestion, readonly string[]>> = {
  // "was it my fault?": whose side the fault found is on (line or network: no; a cable or the power: nothing broken).
  my_fault: ['reply.my_side'],
  // "can I just unplug it?": on a case about the TV box or a mobile (other_service_request.tv) that device's
  // restart, never the router's; on a fault found, what a restart does for that fault.
  pull_plug: ['case.restart_meanwhile'],
  // "till saturday does restarting help at all?": what a restart does for the fault found.
  restart_helps: ['case.restart_meanwhile'],
};

/** The most specific text for `question` in this case, or null when there is none (a question only a case answers). */
export function techKeyFor(question: TechQuestion, ctx: TechContext = {}): MessageKey | null {
  const base = `tech.${question}`;
  const { cause, access, askKey, queue, channel } = ctx;
  // "other_service_request.tv": the text for that service first, then for such cases in general.
  const causes = cause ? [cause, ...(cause.includes('.') ? [cause.slice(0, cause.indexOf('.'))] : [])] : [];
  const candidates = [
    ...(ctx.reported ?? []).map((r) => `${base}.${r}`),
    queue ? `${base}.handoff.${queue}` : null,
    queue ? `${base}.handoff` : null,
    // "får jag sms eller mejl?" during an outage in an e-mail conversation: the cause's text for that channel first.
    ...causes.flatMap((c) => [channel ? `${base}.${c}.${channel}` : null, `${base}.${c}`]),
    ...(CASE_TEXTS[question] ?? []).flatMap((prefix) => causes.map((c) => `${prefix}.${c}`)),
    askKey ? `${base}.${askKey}` : null,
    access ? `${base}.${access}` : null,
    channel ? `${base}.${channel}` : null,
    base,
  ];
  return (candidates.find((k) => k !== null && hasMessage(k)) as MessageKey | undefined) ?? null;
}

/** Topics that say nothing of what is asked: a general answer goes before them. */
const WEAK = new Set<QuestionTopic>([
  'other',
  'how_know_fixed',
  'what_happens_next',
  'is_it_safe',
  'already_restarted',
]);

/** The sentences of `text` ("what does 2.4 GHz mean?" is one question: a decimal point ends no sentence). */
export function sentencesOf(text: string): string[] {
  const parts = String(text ?? '')
    .slice(0, 1000)
    .replace(/(\d)\.(\d)/g, '$1,$2')
    .match(/[^.!?\n]+[.!?\n]*/g);
  return (parts ?? []).map((p) => p.trim()).filter(Boolean);
}

/** A sentence that asks: a question mark, or a question word first (folded). */
const ASKS =
  /\?|^(\W*(and|but|och|men|so|ok|okay|okej|btw|also|forresten|in the meantime|meanwhile|under tiden|(till|until|tills|fram till) (then|dess|da|the visit|besoket|(mon|tues|wednes|thurs|fri|satur|sun)day|mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag|tomorrow|imorgon|i morgon))\b[\s,]*)*(why|how|what|whats|when|where|which|who|will|would|can|could|do|does|is|are|should|must|varfor|hur|vad|nar|var|vilken|vilket|vilka|vem|kan|kommer|blir|maste|ska|behover|ar|finns|gar|far)\b/;

/** The second half of an either/or question ("… eller måste jag vänta", "… or do I have to wait"), folded. */
export const EITHER_ASKS =
  /\b(eller|or) (maste|ska|behover|kan|far|blir|kommer|must|do|does|should|will|can|is|are|would|have) (jag|vi|man|i|we|it|det|you|ni|du)\b/;

/**
 * A question asked again as a statement ("I asked if I can use my phone as a hotspot", "jag frågade om jag
 * kan använda mobilen", "my question was whether …"), folded.
 */
export const ASKED_AGAIN =
  /\b(i (only |just |simply )?(asked|was asking|wanted to know|wondered|was wondering)|i (only|just|simply) (want|would like) to know|i'?d (just|only) like to know|my question was|jag (bara )?(fragade|undrade|ville veta)|jag vill bara veta|jag skulle bara vilja veta|min fraga var)\b[^.!?]{0,15}\b(if|whether|how|why|what|when|where|which|om|hur|varfor|vad|nar|var|vilken|vilket|vilka)\b/;
/** A question after a condition, without its mark: "but if i close the browser how do i know its fixed" (folded). */
export const IF_THEN_ASKS =
  /\b(if|when|once|om|nar)\b.{1,80}\b(how|hur) (do|will|would|can|shall|should|ska|vet|kan|far|marker) (i|we|jag|vi|man)\b/;

/** Whether `sentence` asks something. */
export function asksSomething(sentence: string): boolean {
  const t = fold(sentence);
  return ASKS.test(t) || EITHER_ASKS.test(t) || ASKED_AGAIN.test(t) || IF_THEN_ASKS.test(t);
}

/**
 * The general question of `sentence`, or null. A short question that only points back is read with the
 * sentence before it: "speedtest visar 380 på wifi. är det ok?". The topics read in the same words, and the
 * one the pending question makes clear, go first when they say something of their own.
 */
function generalOf(
  sentence: string,
  before: string | undefined,
  askKey?: string | null,
  anyTopic = false,
): TechQuestion | null {
  const own = techMatchOf(sentence);
  const pointsBack = !own && !!before && sentence.includes('?') && sentence.split(/\s+/).length <= 8;
  const read = own ? sentence : pointsBack ? `${before} ${sentence}` : null;
  const match = own ?? (read ? techMatchOf(read) : null);
  if (!match || !read) return null;
  const topics = [...topicsOf(read), askTopicOf(askKey, sentence)].filter(
    (x): x is QuestionTopic => !!x && !WEAK.has(x) && !match.narrows.includes(x),
  );
  return topics.length && !anyTopic ? null : match.question;
}

/**
 * The general questions among `asking` (sentences of `text`), each with its text. `anyTopic`: where nothing
 * else answered the message, a topic read in it does not hold the general answer back.
 */
export function techAnswered(
  text: string,
  asking: readonly string[],
  askKey?: string | null,
  anyTopic = false,
  ctx: TechContext = {},
): Map<string, MessageKey> {
  const sentences = sentencesOf(text);
  const found = new Map<string, MessageKey>();
  // "jag har kollat att fiberkabeln sitter i. Vad betyder LOS?": no "check the cable" in the answer (rp34a #4).
  const reported = stepsReported(text);
  if (reported.length) ctx = { ...ctx, reported: [...(ctx.reported ?? []), ...reported] };
  sentences.forEach((sentence, i) => {
    if (!asking.includes(sentence)) return;
    const question = generalOf(sentence, sentences[i - 1], askKey, anyTopic);
    const key = question ? techKeyFor(question, { ...ctx, askKey: askKey ?? ctx.askKey ?? null }) : null;
    if (key && ![...found.values()].includes(key)) found.set(sentence, key);
    // "could that be it? can i just fix it myself": the short follow-up is answered by the same text.
    const before = found.get(sentences[i - 1] ?? '');
    if (!key && before && followsUp(sentence)) found.set(sentence, before);
  });
  return found;
}

/** What the customer may do themself, asked right after a general question: "can i fix it myself", "ska jag röra den?" (folded). */
const OWN_FOLLOW_UP = /\b(it|that|this|them|det|den|dem|detta|myself|sjalv)\b/;
const TO_US = /\b(you|u|ya|ni|du|er|ert|era)\b/;
const BY_ME = /\b(i|we|jag|vi|me|mig|myself|sjalv)\b/;

/** A short question that only follows the one before it up, with no topic of its own. */
function followsUp(sentence: string): boolean {
  const t = fold(sentence);
  return (
    t.split(/\s+/).length <= 8 &&
    OWN_FOLLOW_UP.test(t) &&
    BY_ME.test(t) &&
    !TO_US.test(t) &&
    !techMatchOf(sentence) &&
    topicsOf(sentence).every((x) => WEAK.has(x))
  );
}

/**
 * `text` without its general questions, for the readings of questions about the case: "behöver jag starta
 * om datorn sen?" is no question about restarting the router. A general question the case itself may know
 * more of (whether WPS is on, after a security check) stays, and so does one `keep` holds for another answer.
 */
export function withoutGeneralQuestions(
  text: string,
  keep: (sentence: string) => boolean = () => false,
): string {
  const sentences = sentencesOf(text);
  const general = sentences.map((s, i) =>
    asksSomething(s) && !keep(s) ? generalOf(s, sentences[i - 1]) : null,
  );
  const kept = sentences.filter((s, i) => {
    const q = general[i] ?? null;
    // ("could that be it? can i just fix it myself": the follow-up goes with the question it follows.)
    const prior = general[i - 1];
    if (!q && prior && !CASE_KNOWS.has(prior) && asksSomething(s) && followsUp(s)) return false;
    return !q || CASE_KNOWS.has(q);
  });
  // Nothing general in it: the message as it was written ("?? jag frågade…" keeps its marks).
  return kept.length === sentences.length ? text : kept.join(' ');
}
