// "english please", "kan vi ta det på svenska?": the customer names the language they want.
import type { Language } from '../domain/index.js';

const ASKS: [Language, RegExp][] = [
  ['en', /^\W*(?:english|engelska)\W*$|\b(?:in english|english (?:please|pls|plz)|(?:speak|talk|write|reply|answer)(?: to me)? (?:in )?english|på engelska|pa engelska|engelska tack|prata engelska)\b/i],
  ['sv', /^\W*(?:swedish|svenska)\W*$|\b(?:på svenska|pa svenska|in swedish|swedish please|svenska tack|(?:speak|talk|write|reply|answer)(?: to me)? (?:in )?swedish|prata svenska)\b/i],
];

/** The language the message asks for, when it asks for one (and only one). */
export function requestedLanguage(text: string): Language | null {
  const hits = ASKS.filter(([, re]) => re.test(text));
  return hits.length === 1 ? hits[0][0] : null;
}
