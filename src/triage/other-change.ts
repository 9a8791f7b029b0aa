// "ok no. skip the wifi one … can you just do the other thing", "nej inte wifit, men admin-lösenordet får du
// byta": at a permission for one of several announced changes, a no to this one that asks for another one. The
// reading says only that the rest is wanted; which change comes next is the case's to know.
import { cleanText, fold } from './normalize.js';

/** Another of the announced changes asked for: "the other (thing|one)", "the rest", "det andra", "resten". */
const OTHER =
  /\b(the other (one|thing|part|change|password|bit)s?|the other\b(?! (day|week|time|night))|the rest|other one|(det|den) andra( (grejen|saken|biten|losenordet|andringen))?|andra (grejen|saken|biten)|resten)\b/;

/** The other change named: the router's admin password ("the admin one", "admin-lösenordet"). */
const NAMED = /\badmin\w*/;

/** Asking for it: "do", "just", "only", "but", "gör", "kör", "bara", "men", "byt", "ok to", "fine". */
const WANT =
  /\b(do|just|only|but|go ahead|change|fine|ok|okay|yes|sure|gor|kor|bara|men|byt|byta|andra|ga|gar bra|funkar|far du|ja)\b/;

/** Declining this one: "no", "skip", "leave … alone", "not the wifi", "hoppa över", "låt … vara". */
const DECLINE =
  /\b(no|nah|nope|not|dont|don'?t|skip\w*|leave|nej|na|nae|inte|hoppa\w*|skippa\w*|lat|strunta\w*|utan)\b/;

/** Whether `text`, said at a permission, declines it and asks for another change the desk announced. */
export function wantsOtherChange(text: string): boolean {
  const f = fold(cleanText(text)).replace(/-/g, ' ');
  if (!DECLINE.test(f)) return false;
  const other = f.match(OTHER) ?? f.match(NAMED);
  if (!other || other.index === undefined) return false;
  // The ask for it stands before the thing asked for, in the same sentence ("just do the other thing",
  // "men admin-lösenordet får du byta" — or just after it).
  const start = Math.max(f.lastIndexOf('.', other.index), f.lastIndexOf(',', other.index), 0);
  const end = f.slice(other.index).search(/[.!?,]/);
  const around = f.slice(start, end < 0 ? undefined : other.index + end);
  return WANT.test(around);
}
