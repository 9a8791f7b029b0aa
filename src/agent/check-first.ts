// "Nej vänta, skicka ingen tekniker än. Kan det inte va fiberkabeln som glappar?", "could it be the
// cable? i can check it first" to "when can a technician come?": the customer wants to check something
// at home before anyone is sent. A good technician guides that check, waits for it and tests the line
// again; only if the fault is still there is the visit asked for again. And a reply to that check that
// already says when a technician can come ("still red. ok send someone, tuesday afternoon works") is
// taken as the times at once. Matched against folded text (å/ä/ö → a/a/o).
import type { StepKey } from '../domain/index.js';
import { fold } from '../triage/normalize.js';
import type { MessageKey } from './messages/index.js';
import { WANTS_VISIT } from './visit-later.js';
import { visitTimes } from './visit-times.js';

const CABLE = String.raw`\b(sladd\w*|kabel\w*|kablar\w*|fiberkabel\w*|fibersladd\w*|cables?|cords?|wires?|fibre|fiber|plug\w*|kontakt\w*|connector\w*|patch\w*)\b`;
/** "kan det inte va(ra) kabeln", "could it be the cable", "maybe the cord is loose". */
const SUSPECTS = new RegExp(
  String.raw`\b(kan det (inte )?(va|vara|bero pa)|skulle det kunna (va|vara)|could (it|that|this) (not )?be|couldn'?t it be|might (it|that) be|is it (maybe |perhaps |just )?|maybe (it'?s|its|the)|perhaps (it'?s|its|the)|what if (it'?s|its|the)|kanske (det ar|det e|det|att)|tank om)\b[^.!?]{0,25}${CABLE}`,
);
/** "den sitter lite konstigt", "it's a bit loose", "glappar". */
const LOOSE =
  /\b(glappar|glapp|sitter (lite |ganska )?(konstigt|lost|snett|daligt|lite lost)|loose|wobbl\w*|not (fully |properly |all the way )?(in|plugged in|seated)|half (in|out)|bent|bojd|knackt)\b/;
/** "jag kan kolla den först", "i can check it first", "let me check the cable". */
const CHECK_FIRST =
  /\b((jag )?(kan|ska|vill) (jag )?(kolla|testa|titta pa|prova|kika pa)|(lat|lamna) mig (kolla|testa)|(i|i'?ll|ill|let me|can i|i can|i could|i want to|i'?d like to) (check|try|look at|test)|(kolla|testa|check|try)\b[^.!?]{0,25}\b(forst|first|innan|before))\b/;
/** A check already made ("pushed it in, still red"): a report, not a wish to check. */
const ALREADY =
  /\b(fortfarande|still|redan|already|har kollat|kollade|tryckte|checked|pushed|plugged it|did that|gjorde det)\b/;

/** "is it my modem or your cables?": the provider's cables, asked about as whose side it is — nothing to check at home. */
const THEIRS = new RegExp(String.raw`\b(your|ur|era|ert|er|you guys'?)\s+(\w+\s+)?${CABLE}`);

/** The customer wants to check the cable before a technician is sent. */
export function wantsToCheckFirst(text: string): boolean {
  const t = fold(text).replace(/[’`]/g, "'");
  if (ALREADY.test(t) || (THEIRS.test(t) && !LOOSE.test(t) && !CHECK_FIRST.test(t))) return false;
  const cable = new RegExp(CABLE).test(t);
  return SUSPECTS.test(t) || (cable && LOOSE.test(t)) || (CHECK_FIRST.test(t) && (cable || LOOSE.test(t)));
}

/** Faults of the fibre itself: the check is the thin fibre cable between the wall socket and the fibre box. */
const FIBRE: ReadonlySet<string> = new Set(['fiber_los', 'optical_power_low']);

/** The step the check is, and its words for this fault. */
export function checkFirstStep(cause: string | null): { step: StepKey; message: MessageKey } {
  return {
    step: 'step.check_cables',
    message: cause && FIBRE.has(cause) ? 'check_first.cable.fibre' : 'check_first.cable',
  };
}

/** The times a message names for a visit ("weekdays after 5 i guess, or saturday"); null when it names none. */
export function visitTimesIn(text: string, now: Date, timeZone: string): string | null {
  const times = visitTimes(text, now, timeZone);
  return times.preferred.length || times.avoid.length ? text : null;
}

/** A visit, or being home for one, spoken of: "will someone have to come out?", "I am home most days". Folded text. */
const VISIT_CONTEXT =
  /\b(technician\w*|engineer\w*|techs?|come (out|over|round|by|here)|visit\w*|tekniker\w*|besok\w*|komma (hem|hit|ut)|(i am|i'?m|im|we are|we'?re) (only |just |usually |mostly |normally )?(at )?home|be home|available|(jag|vi) ar (bara |oftast |endast |normalt )?hemma|vara hemma|antraffbar|tillganglig)\b/;

/**
 * "The PIN is 2033. Also, will someone have to come out? I am home most days except Thursdays.": times for
 * a visit offered before one is asked about (quoted lines of an e-mail left out); null when there are none.
 */
export function visitTimesOffered(text: string, now: Date, timeZone: string): string | null {
  const own = text
    .split('\n')
    .filter((l) => !l.trim().startsWith('>'))
    .join('\n');
  if (!VISIT_CONTEXT.test(fold(own).replace(/[’`]/g, "'"))) return null;
  return visitTimesIn(own, now, timeZone);
}

/**
 * The sentences of `text` that give times ("I'm only home after 17."), for a team that may plan a visit
 * later; null when none does.
 */
export function timesSaid(text: string, now: Date, timeZone: string): string | null {
  const said = (text.match(/[^.!?\n]+[.!?]*/g) ?? [])
    .map((x) => x.trim())
    .filter((x) => visitTimesIn(x, now, timeZone) !== null);
  return said.length ? said.join(' ').slice(0, 300) : null;
}

/** The times in a message that also asks for the visit ("…send someone, tuesday works"); null when it gives none. */
export function visitTimesBeside(text: string, now: Date, timeZone: string): string | null {
  const t = fold(text).replace(/[’`]/g, "'");
  if (!WANTS_VISIT.test(t)) return null;
  const times = visitTimes(text, now, timeZone);
  return times.preferred.length || times.avoid.length ? text : null;
}
