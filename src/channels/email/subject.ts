// A subject the mail's own words disown ("strunta i ämnesraden, jag återanvände ett gammalt mejl",
// "wrong subject, sorry"): the body alone says what the mail is about, so the subject is left out.
import { fold } from '../../triage/normalize.js';

const SUBJECT = String.raw`(?:amne(?:t|n|srad(?:en)?)?|rubrik(?:en)?|subject(?: line)?|title)`;
const DISOWNED = [
  new RegExp(String.raw`\b(?:strunta|bortse|glom|skit) (?:i |fran |bort fran )?${SUBJECT}\b`),
  new RegExp(String.raw`\b${SUBJECT} (?:blev|ar|var|stammer) (?:fel|inte|gammal)`),
  new RegExp(String.raw`\b(?:fel|wrong|old) ${SUBJECT}\b`),
  new RegExp(String.raw`\b(?:ignore|disregard|never ?mind|forget) (?:the |my )?${SUBJECT}\b`),
  new RegExp(String.raw`\b${SUBJECT} (?:is|was) (?:wrong|old|not right|outdated|from)\b`),
  /\b(ateranvande|anvande|svarade pa) (ett |en )?(gammalt|gamla|tidigare) (mejl|mail|e-?post|trad)/,
  /\b(reused|reusing|replied to|replying to) (an |a |my )?(old|earlier|previous) (e-?mail|mail|thread|message)\b/,
];

/** True when the body says its subject line is not what the mail is about. */
export function disownsSubject(body: string): boolean {
  const t = fold(String(body ?? '').slice(0, 2000));
  return DISOWNED.some((re) => re.test(t));
}
