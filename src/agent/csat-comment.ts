// The comment kept with a satisfaction score: only what the customer says about the service. A question or
// a request beside the score ("5, quick and clear. one more thing - does the router update itself?", "4. men
// du svarade inte, var det mitt fel?") is answered, never stored as the comment; nor is a bare lead-in
// ("one more thing", "en sak till") left behind by it.
import { fold } from '../triage/normalize.js';
import { asksSomething, sentencesOf } from './general-questions.js';
import { remarkOnService } from './feedback-remark.js';
import { asksWithoutMark } from './side-questions.js';

/** Words that only lead on to what follows them (folded), never a comment on their own. */
const LEAD_ONLY =
  /^(?:(?:and|but|och|men|so|sa|also|aven|plus|ok|okay|okej|btw|by the way|one more thing|another thing|a question|quick question|en sak till|en grej till|en fraga|forresten|fast|dock|though|however|oh|aha|jaha|hmm+|for ovrigt|anyway|anyways|overall|totalt|sammantaget|from me|fran mig|i alla fall|blir det|then|da|tbh|typ|i guess|kanske|maybe|ish|assa|alltsa|liksom)\b[\s,:;–—-]*)*$/;
/** A conjunction that opens the comment once what stood before it is left out ("men du svarade inte"). */
const LEADING_JOIN = /^(?:and|but|och|men|also|plus)\b[\s,]*/i;
/** A clause that wants something done (folded): a request, answered as one, never a comment. */
const WANTS = /\b(please|pls|snalla|can you|could you|kan (du|ni)|i want|i'd like|jag vill|vill ha)\b/;

/** Whether a sentence or clause asks or wants something. */
function asksOrWants(clause: string): boolean {
  return clause.includes('?') || asksSomething(clause) || WANTS.test(fold(clause)) || asksWithoutMark(clause);
}

/** Whether a clause asks or wants something, read on its own (a complaint put with a question mark asks nothing). */
function clauseAsks(clause: string): boolean {
  return !complaintShaped(clause) && asksOrWants(clause);
}

/** Words that turn a remark into a complaint about the help (folded): what went wrong, or was not done. */
const COMPLAINT =
  /\b(never|didn'?t|didnt|did not|couldn'?t|couldnt|could not|wasn'?t|wasnt|not what|no one|nobody|wrong|twice|two times|again and again|too (long|slow)|took (ages|forever|too long|long)|slow|confusing|annoying|useless|unclear|instead|aldrig|inte|ej|ingen|inget|fel|felaktig\w*|tva ganger|flera ganger|for lang|tog (lang tid|en evighet)|seg|segt|krangligt|rorigt|onodigt|oklart|istallet)\b(?!\s+(?:[\w']+\s+){0,2}(?:bad|daligt|illa|better|battre|easier|enklare|smidigare|klaga\w*|anmarka\w*|complain\w*|problems?|problem\w*|issues?)\b)/;
/** A claim about what was said or recorded ("the summary says I wanted …", "du skrev att …"), folded. */
const CLAIM =
  /\b(says|said|wrote|claims|stated|recorded|star|stod|sa|sade|sager|skrev|skriver|pastar|pastod)\b/;
/** A statement's opening: a subject, never a question word or a verb first (folded, after a leading "but/men"). */
const DECLARATIVE =
  /^(?:(?:and|but|so|och|men|sa|fast|though|also)\s+)*(?:i|you|u|we|they|he|she|it|that|this|the|my|your|our|jag|du|ni|vi|de|dom|han|hon|den|det|man|min|mitt|mina|er|ert|era|din|ditt|sammanfattningen|ni|boten)\b/;

/**
 * "But I never said anything about the invoice?", "but the summary says I wanted to rename my wifi network??":
 * a statement that complains, put with a question mark — part of the comment, never a question that ends it.
 */
export function complaintShaped(clause: string): boolean {
  const t = fold(clause).trim();
  return DECLARATIVE.test(t) && (COMPLAINT.test(t) || CLAIM.test(t)) && !WANTS.test(t);
}

/** Where the complaint starts in a comment: after the "but" that turns to it, else the whole comment. */
const TURN_TO_COMPLAINT =
  /(?:^|[\s,;:–—-])(?:but|men|fast|although|though|however|dock|tyvarr|unfortunately)\s+/gi;

/**
 * The complaint in a score's comment, in the customer's words ("update was quick, but the summary says I wanted …?? I
 * never asked for that" → "the summary says I wanted …?? I never asked for that"), or null when it only praises.
 */
export function complaintOf(comment: string): string | null {
  if (!comment || !COMPLAINT.test(fold(comment))) return null;
  for (const m of comment.matchAll(TURN_TO_COMPLAINT)) {
    const after = comment.slice((m.index ?? 0) + m[0].length).trim();
    if (COMPLAINT.test(fold(after)) || CLAIM.test(fold(after))) return shortened(after);
  }
  return shortened(comment);
}

/** At most the first two sentences, and 200 characters. */
function shortened(text: string): string {
  const sentences = text.match(/[^.!?]+[.!?]*/g) ?? [text];
  const kept = sentences.slice(0, 2).join('').trim();
  return (kept.length > 200 ? `${kept.slice(0, 197).trimEnd()}…` : kept).replace(/[.!]+$/, '');
}

/**
 * Words that turn to something else (folded): what follows them ("One more thing: my brother-in-law says …") is
 * the next matter, never part of the remark on the service.
 */
const TURNS_TO =
  /^(?:(?:and|och|oh|also|plus|so|ok|okay|okej|men|but|assa|alltsa|aja|jo|typ)[\s,]+)*(?:one more thing|another thing|one (?:more|last|other) question|another question|a question|quick question|btw|by the way|en sak till|en grej till|en (?:till |sista |annan )?fraga(?: till)?|en annan sak|en annan grej|forresten|dessutom)\b/;

/**
 * "4. Quick and clear, thank you.\n\nYou wrote that someone would need the router's admin password. I have never
 * changed that. Should I?\n\nJohan": a later paragraph of the message that asks or wants something is the next
 * matter — what leads up to the question is its background, never part of the comment (rp34a #2). `said` (the
 * words with the score, whitespace run together) is cut where that paragraph starts in the raw message.
 */
export function beforeAskingParagraph(raw: string, said: string): string {
  const paragraphs = String(raw ?? '').split(/\n[ \t]*\n/);
  if (paragraphs.length < 2) return said;
  const next = paragraphs.findIndex((p, i) => i > 0 && sentencesOf(p).some((x) => clauseAsks(x)));
  if (next < 0) return said;
  const opening = paragraphs[next]!.replace(/\s+/g, ' ').trim().slice(0, 40);
  const at = opening ? said.indexOf(opening) : -1;
  return at > 0 ? said.slice(0, at).trim() : said;
}

/**
 * Words that judge the help or its result (folded): praise, thanks, a complaint, the fault fixed or not. What stands
 * before a question without them is its background ("oh and we have a second phone upstairs, does that one need a
 * box too?", "the TV box also has a grey cable … Does that one matter?"), part of the question, never feedback.
 */
const JUDGES =
  /\b(good|great|excellent|perfect|brilliant|nice|awesome|amazing|super|fine|well done|thanks?|thank you|thx|ty|help\w*|service|support|answers?|works?|working|worked|fixed|solved|sorted|clear|happy|pleased|satisfied|disappointed|bad|poor|terrible|awful|meh|bra|jattebra|toppen|perfekt|utmarkt|grymt|kanon|klockren\w*|fint|tack\w*|hjalp\w*|svar\w*|funkar|fungerar|funkade|fungerade|lost|fixat|fixade|nojd|missnojd|besviken|dalig\w*|kass|quick\w*|fast|slow\w*|easy|smooth|painless|long|took|snabb\w*|smidig\w*|enkel\w*|enkelt|seg\w*|lang|tog)\b/;

/** "nä startade om laptopen så hittade den", "restarted it and it found it": how it went, no word on the help. */
const WORKS_NOW =
  /\b(startade om|startat om|restarted|rebooted|hittade (den|det|natet)|found (it|the network)|kom (in|pa)|got (in|on|connected)|connected|ansluten|inne)\b/;
/** Words on the help itself (folded): a sentence with one is a remark, whatever else it tells. */
const ON_THE_HELP =
  /\b(you|u|ni|du|er|dig|help\w*|hjalp\w*|service|support|svar\w*|answer\w*|quick\w*|fast|snabb\w*|slow\w*|seg\w*|easy|enkel\w*|enkelt|smidig\w*|bra|good|great|tack\w*|thanks?|but|men|fast)\b/;

function onlyReportsWorking(sentence: string): boolean {
  const t = fold(sentence);
  return WORKS_NOW.test(t) && !ON_THE_HELP.test(t) && !COMPLAINT.test(t) && !remarkOnService(sentence);
}

/** Whether a kept sentence or clause judges the help (a remark on the service, a complaint, praise). */
function judgesHelp(text: string): boolean {
  const t = fold(text);
  return JUDGES.test(t) || COMPLAINT.test(t) || CLAIM.test(t) || remarkOnService(text);
}

/**
 * The remark about the service in `rest` (what stands beside the score), questions and requests left out.
 * The remark is what stands before the first question or turn to another matter: "4. how do I get on 5ghz tho?
 * I only see one wifi name" has none (the sentence after the question is part of it), and "4 - quick and
 * painless, but you asked me twice. One more thing: my brother-in-law says …" keeps only its first sentence.
 */
export function scoreComment(rest: string): string {
  const kept: string[] = [];
  // Whether a question or another matter follows: then what stands before it is kept only as far as it judges the help.
  let asked = false;
  for (const sentence of sentencesOf(rest)) {
    if (TURNS_TO.test(fold(sentence).trim())) {
      asked = true;
      break;
    }
    if (!asksOrWants(sentence)) {
      kept.push(sentence);
      continue;
    }
    // "men du svarade inte, var det mitt fel?": the clauses before the question that ask nothing.
    const clauses = sentence.split(/(?<=[,;:–—])\s+|\s+[–—-]\s+/);
    const first = clauses.findIndex((c) => clauseAsks(c) || TURNS_TO.test(fold(c).trim()));
    // ("update was quick, but the summary says I wanted …?? I never asked for that": no clause asks — a
    // complaint with a question mark — so the comment goes on.)
    if (first < 0) {
      kept.push(sentence);
      continue;
    }
    const remark = clauses.slice(0, first).filter((c) => !LEAD_ONLY.test(fold(c).trim()));
    if (remark.length) kept.push(remark.join(' ').replace(/[\s,;:–—-]+$/, ''));
    asked = true;
    break;
  }
  return kept
    .filter((s) => !asked || judgesHelp(s))
    .filter((s) => !onlyReportsWorking(s))
    .filter(
      (s) =>
        !LEAD_ONLY.test(
          fold(s)
            .replace(/[.!]+$/, '')
            .trim(),
        ),
    )
    .join(' ')
    .replace(LEADING_JOIN, '')
    .trim()
    .slice(0, 500);
}
