// When the agent answers from the help centre instead of running a runbook, and which article
// explains the cause of a finished case. Pure functions; the agent does the I/O.
import { FAULT_KINDS, type Intent } from '../domain/index.js';
import type { EngineState } from '../runbooks/engine.js';
import type { TriageLike } from '../runbooks/ports.js';

/**
 * Intents whose questions the help centre may answer. Everything else (no connection, speed, drops,
 * Wi-Fi trouble, outages, sign-in, resets, invoices, subscription changes, a person) always goes to
 * its runbook: those need the customer's line checked or a team, not an article.
 */
const SELF_SERVICE_INTENTS: ReadonlySet<Intent> = new Set<Intent>([
  'other',
  'router_config',
  'wifi_password',
  'firmware_update',
]);

/** "How do I…", "what does … mean", "what is the difference…" in English and Swedish. */
const HOW_TO: readonly RegExp[] = [
  /\bhow (?:do|can|should|would|could) (?:i|we|one)\b/,
  /\bhow to\b/,
  /\bwhat (?:is|are) (?:a|an|the difference|the meaning)\b/,
  /\bwhat does\b.*\bmean\b/,
  /\bwhat do\b.*\bmean\b/,
  /\bdifference between\b/,
  /\bwhere (?:can|do) (?:i|we) find\b/,
  /\bwhich\b.*\bshould (?:i|we)\b/,
  /\b(?:can|could) (?:i|we)\b.*\b(?:myself|ourselves)\b/,
  /\bhur (?:gör|kan|ska|bör|byter|ändrar|ställer|hittar|kopplar|uppdaterar|väljer|placerar|startar) (?:jag|vi|man)\b/,
  /\bvad (?:betyder|innebär|står)\b/,
  /\bvad är (?:en|ett|skillnaden)\b/,
  /\bskillnaden mellan\b/,
  /\bvar hittar (?:jag|vi|man)\b/,
  /\bvilke?[nt]\b.*\bska (?:jag|vi)\b/,
  /\bkan (?:jag|vi)\b.*\bsjälva?\b/,
];

const QUESTION_START =
  /^(?:what|how|why|where|when|which|who|is|are|does|do|can|could|should|vad|hur|varför|var|när|vilken|vilket|vilka|finns|går|kan|ska|bör)(?=[\s?.!,]|$)/;

/** Questions about the bot itself or requests to the desk ("what is your name", "can you…"). */
const ADDRESSED_TO_US = /\b(?:you|your|yours|du|dig|din|ditt|dina|ni|er|ert|era)\b/;

export type QuestionKind = 'howto' | 'question';

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/\bwhat's\b/g, 'what is')
    .replace(/\s+/g, ' ')
    .trim();
}

/** 'howto' for an explicit self-service or definition question, 'question' for any other question, else null. */
export function questionKind(text: string): QuestionKind | null {
  const s = normalise(text);
  if (HOW_TO.some((re) => re.test(s))) return 'howto';
  if (s.split(' ').length < 3 || ADDRESSED_TO_US.test(s)) return null;
  if (s.endsWith('?') || QUESTION_START.test(s)) return 'question';
  return null;
}

/**
 * Whether the opening message is an information question that no runbook needs to handle:
 * - never for a troubleshooting intent (nor when one is the runner-up of an unsure triage, or is
 *   also mentioned), and never when the customer wants a person;
 * - intent `other` (small talk or out of the runbooks' scope): any real question;
 * - a self-service intent (Wi-Fi password, router settings, firmware): only an explicit "how do I…" /
 *   "what does … mean" question — "can you change my Wi-Fi password" stays a request for the runbook.
 */
export function answerableFromHelpCentre(tri: TriageLike, text: string, clarifyThreshold: number): boolean {
  if (tri.wantsHuman) return false;
  if (!SELF_SERVICE_INTENTS.has(tri.intent)) return false;
  if (tri.secondaryIntents.some((i) => !SELF_SERVICE_INTENTS.has(i))) return false;
  if (tri.confidence < clarifyThreshold && tri.runnerUp && !SELF_SERVICE_INTENTS.has(tri.runnerUp))
    return false;
  const kind = questionKind(text);
  if (!kind) return false;
  return tri.intent === 'other' || kind === 'howto';
}

/** Whether the help centre may answer questions for this intent at all. */
export function isSelfServiceIntent(intent: Intent): boolean {
  return SELF_SERVICE_INTENTS.has(intent);
}

/** The question without words that only say who does it ("myself", "själv"), which no article contains. */
export function questionTopic(text: string): string {
  return text
    .replace(/\b(?:by )?(?:myself|ourselves|on (?:my|our) own)\b/gi, ' ')
    .replace(/\b(?:på egen hand|själva|själv)(?=$|[\s?.!,])/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A quote short enough for a chat bubble: whole words, at most `max` characters. */
export function shortQuote(excerpt: string, max = 320): string {
  const s = excerpt.replace(/\s+/g, ' ').trim();
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const sentence = cut.lastIndexOf('. ');
  if (sentence > max * 0.5) return cut.slice(0, sentence + 1);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > 0 ? space : max).replace(/[,;:–—-]+$/, '')}…`;
}

/** The cause the case was about: the one being worked on, else the last primary cause handled. */
export function rootCauseOf(state: EngineState | null): string | null {
  if (!state) return null;
  if (state.current) return state.current.cause;
  const primary = new Set(state.causes.map((c) => c.cause));
  for (let i = state.handled.length - 1; i >= 0; i--)
    if (primary.has(state.handled[i])) return state.handled[i];
  return state.causes[0]?.cause ?? null;
}

/**
 * The cause for answers after the outcome: the case's root cause, or — when the case was a request
 * ("a person, now") handed over with a fault among its findings — that fault (a paused subscription
 * answers "will it open once I've paid?").
 */
export function foundCauseOf(state: EngineState | null): string | null {
  const root = rootCauseOf(state);
  const fault = (c: string | null | undefined) => !!c && (FAULT_KINDS as readonly string[]).includes(c);
  if (!state || fault(root)) return root;
  return state.causes.find((c) => fault(c.cause))?.cause ?? root;
}
