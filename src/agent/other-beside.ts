// "ja internet funkar! men nu har tvn ingen bild istället.. hur får jag båda att funka": beside the yes to
// "does it work now?", a problem or a question about a service this desk does not run (TV, mobile,
// e-mail). The case closes on the yes, and that question goes to a colleague at once, as its own case.
import { otherServiceOf } from '../runbooks/facts.js';
import { fold } from '../triage/normalize.js';

/** A problem or a question in the clause ("ingen bild", "doesn't work", "how do I…"), not a mere mention. */
const TROUBLE =
  /\?|\b(ingen bild|no (picture|signal|image|channels?)|svart|black|funkar inte|fungerar inte|doesn'?t work|does not work|not working|broken|trasig|hackar|frys\w*|freez\w*|hur|how|varfor|why|kan (ni|du)|can you|help|hjalp)\b/;

/** The TV named in Swedish word order ("nu har tvn ingen bild", "tv:n är svart"), with a TV's own trouble. */
const TV = /\b(tv|tvn|tv-?n|tv:n|teven|tv-?box\w*|tvbox\w*|television)\b/;
const TV_TROUBLE =
  /\b(ingen bild|no (picture|image|signal|channels?)|svart|black( screen)?|inga kanaler|hackar|fryser|frozen|freez\w*|flimrar|flicker\w*)\b/;

const aboutOtherService = (clause: string, rest: string) =>
  otherServiceOf(clause) ? TROUBLE.test(fold(rest)) : TV.test(fold(clause)) && TV_TROUBLE.test(fold(clause));

/** The customer's words from the clause about another service on, or null when there is none. */
export function otherServiceBeside(text: string): string | null {
  const raw = String(text ?? '').slice(0, 1000);
  const clauses = raw.split(/(?<=[.!?\n])\s+|\s+(?=\b(?:men|but|fast|although|though)\b)/i);
  for (let i = 1; i < clauses.length; i++) {
    const rest = clauses.slice(i).join(' ').trim();
    if (aboutOtherService(clauses[i], rest)) return rest;
  }
  return null;
}

/** The whole message is about another service ("oh one more thing, the tv box has no picture either"). */
export function aboutOtherServiceOnly(text: string): boolean {
  const raw = String(text ?? '').slice(0, 1000);
  return aboutOtherService(raw, raw);
}
