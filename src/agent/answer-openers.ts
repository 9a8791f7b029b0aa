// "Is it the modem or the line?" answered "No — the speed reaching your router…", "will it kick my devices off?"
// answered "Nothing: I change the setting…": an answer's opener fits one kind of question only. A yes or a no
// opens an answer only when the customer asked a yes/no question; "Nothing:" only when they asked what. Otherwise
// the paragraph starts with what it says. Patterns are data; the text is folded before it is read.
import { fold } from '../triage/normalize.js';
import { questionClauses } from './side-questions.js';

/** Words that open a clause without being the question ("and", "men", "ok"). */
const LEAD_IN =
  /^((and|but|och|men|so|sa|ok|okay|okej|hmm+|btw|by the way|also|oh|wait|vanta|fast|aha|jaha|forresten)\b[\s,:]*)+/;

/** A question word first: what, how, why … (not a yes/no question; "var det …?" is "was it", not "where"). */
const WH_FIRST =
  /^(what|whats|what's|which|how|why|when|where|who|whose|vad|vilken|vilket|vilka|hur|varfor|nar|var(?! (det|den|du|ni|jag|vi|han|hon|hen|de|dom|allt|felet|routern)\b)|vart|vem|vems)\b/;

/**
 * "X or Y?", "X eller Y?": an either/or, unless the other side is "not", a tag ("eller?", "or something") or the
 * thing left as it is ("ska jag starta om den eller är det bra som det är?" asks whether to).
 */
const EITHER_OR =
  /\b(or|eller)\b(?!\s*(not|no|inte|ej|nat|nagot|something|anything|what|vad|sa|hur|\?|$|((is|are) (it|that|everything)|it'?s|ar (det|allt)|det ar) (fine|ok|okay|good|alright|all right|bra|okej|lugnt|som (det|den) ar)|leave it|lata (den|det) vara))/;

/**
 * "is it the modem or the line?", "är det routern eller linjen?": which of two things it is — an either/or only
 * then ("will it mess up my wifi or port settings?" is a yes/no question about both).
 */
const WHICH_ONE =
  /^(is it|is that|was it|are they|is the (problem|fault|issue)|ar det|var det|ar felet|ligger felet|ar problemet)\b/;

/** The clause asks what, or whether anything ("do I need to do anything?"): its answer may open with "nothing". */
const WHAT_FIRST =
  /^(what|whats|what's|vad|vilka|vilket)\b|\b(anything|something|nagot|nat|ngt|nagonting|nanting)\b/;

/** Openers (in the answer's own text) and the kind of question each fits. */
const YES_NO_OPENER = /^(yes|no|ja|nej)\s*([—–:-]|,)\s*/i;
const WHAT_OPENER = /^(nothing|ingenting|inget)\s*[—–:-]\s*/i;

/** "why do you need the PIN, is this secure?": the parts of a clause, each of which may ask (folded). */
function partsOf(clause: string): string[] {
  return clause
    .split(/[,;:]\s*|\s+(?:and|och|but|men)\s+/)
    .map((p) => p.trim().replace(LEAD_IN, ''))
    .filter((p) => p.split(/\s+/).length >= 2);
}

/** The kinds of question `text` asks: yes/no clauses, what-clauses; null when it asks nothing. */
function kindsAsked(text: string): { yesNo: boolean; what: boolean } | null {
  const clauses = questionClauses(text).map((c) => fold(c).trim().replace(LEAD_IN, ''));
  if (!clauses.length) return null;
  return {
    // "va? du sa ju att …": a clause too short to read may be a yes/no check — its opener stays.
    yesNo: clauses.some((c) => {
      const parts = partsOf(c);
      return (
        !(WHICH_ONE.test(c) && EITHER_OR.test(c)) && (!parts.length || parts.some((p) => !WH_FIRST.test(p)))
      );
    }),
    what: clauses.some((c) => WHAT_FIRST.test(c)),
  };
}

/**
 * `paragraph` (an answer to `text`) without an opener that answers a kind of question `text` did not ask;
 * unchanged when `text` asks nothing (the opener may answer the desk's own words).
 */
export function fitOpener(paragraph: string, text: string): string {
  const kinds = kindsAsked(text);
  if (!kinds) return paragraph;
  const opener =
    (!kinds.yesNo && YES_NO_OPENER.exec(paragraph)) || (!kinds.what && WHAT_OPENER.exec(paragraph));
  if (!opener) return paragraph;
  const rest = paragraph.slice(opener[0].length);
  return rest ? rest.charAt(0).toUpperCase() + rest.slice(1) : paragraph;
}

/** "I want to know if…", "jag undrar om…": a question asked as a statement. Folded text. */
const WANTS_TO_KNOW =
  /\b(want to know|wanna know|would like to know|i'?d like to know|wonder\w*|curious|tell me|explain|vill (veta|fraga)|undrar|nyfiken|beratta|forklara)\b/;

/** Whether `text` asks anything at all: a question mark, a question clause, or a wish to know. */
export function asksSomething(text: string): boolean {
  return /[?？]/.test(text) || questionClauses(text).length > 0 || WANTS_TO_KNOW.test(fold(text));
}
