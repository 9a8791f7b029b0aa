// "Sorry? I did not ask about wifi. I asked: …", "I don't have a wifi problem, it's the same outage", "jag
// frågade inte om wifi": a complaint about the desk's answer names a topic only to say it was never asked
// about — never a new request or a new fault (follow-up-case.ts, after-close.ts).
import { fold } from '../triage/normalize.js';

/** The customer denies asking about, or having, what the desk answered (folded text). */
const DENIED = new RegExp(
  [
    // "I did not ask about wifi", "I never mentioned the router", "I wasn't asking about that"
    /\b(i|we) (did not|didn'?t|didnt|never|have not|haven'?t|havent) (ask|asked|say|said|mention|mentioned|write|wrote|talk|talked)( anything)? (about|for|of|regarding)\b/,
    /\b(i|we) (was not|wasn'?t|wasnt|am not|'?m not|are not|aren'?t) (asking|talking) (about|for)\b/,
    // "I did not ask for anything to go to billing", "I have no question about the invoice"
    /\b(i|we) (did not|didn'?t|didnt|never) (ask|want|need)( for)? (anything|something|it|that|this|a case|any case)( \w+){0,3} (to go |sent |passed )?(to|for|about|with)\b/,
    /\b(i|we) (have|had) no (question|questions|issue|issues|problem|problems) (about|with|for|regarding)\b/,
    /\b(jag|vi) har (ju )?(ingen|inga|inte nagon|inte nan|inte nagra) (fraga|fragor|fundering\w*) (om|kring|till|for)\b/,
    // "I don't have a wifi problem", "there is no problem with my wifi"
    /\b(i|we) (do not|don'?t|dont) have (a|an|any) ([\w-]+ ){1,2}(problem|issue|trouble|fault)s?\b/,
    /\b(there is|there'?s|it'?s|it is) (no|not a) ([\w-]+ ){0,2}(problem|issue|trouble|fault)s? with (my|our|the)\b/,
    // "jag frågade inte om wifi", "jag har aldrig sagt något om routern", "jag har inga wifi-problem"
    /\b(jag|vi) (har )?(fragade|fragat|sa|sagt|namnde|namnt|skrev|skrivit|pratade|pratat|bad|bett) (ju )?(inte|aldrig)( nagot| nat)? (om|efter)\b/,
    /\b(jag|vi) (har )?(ju )?(inte|aldrig) (fragat|sagt|namnt|skrivit|pratat|bett) (nagot |nat )?(om|efter)\b/,
    /\b(jag|vi) har (ju )?(inga|inget|ingen|inte nagra|inte nagot) ([\w-]+ ){0,2}(problem|fel|strul)\b/,
    /\b(jag|vi) har (ju )?(inga|inget|ingen|inte) ([\w-]+-?)(problem|fel|strul)\b/,
  ]
    .map((r) => r.source)
    .join('|'),
);

/** Whether the message says the customer never asked about (or has no problem with) what the desk answered. */
export function saysNotAsked(text: string): boolean {
  return DENIED.test(fold(String(text ?? '').slice(0, 1000)).replace(/[’`´]/g, "'"));
}
