// "When the internet is back, how will I know, do you send an e-mail?", "när fiberkabeln är lagad, får jag ett
// sms?": how or when the customer hears that the connection is back — the outage case's question, whichever
// team's case the conversation is on now (after-handoff.ts).
import { fold } from '../triage/normalize.js';
import { afterQuestions } from './after-questions.js';
import { caseQuestions } from './case-questions.js';
import { questionClauses } from './side-questions.js';

/** The connection (or the fault) named as coming back or repaired (folded). */
const BACK =
  /\b(internet|the net|net|natet|connection|uppkoppling\w*|anslutning\w*|line|linjen|service|fault|felet|cut|fib(er|re)\w*|outage|avbrott\w*|storning\w*|it|det|den)\b[^.?!]{0,30}\b(back|up again|repaired|fixed|restored|working again|online again|tillbaka|lagad?t?|fixad?t?|atgardad?t?|uppe igen|igang igen|funkar igen|fungerar igen)\b/;

/** How (or when) the customer is told about it: the ways a team's answer is asked about. */
const TOLD = new Set(['notify_how', 'notify_sms', 'notify_email', 'fixed_when', 'chat_closed']);

/** Whether `text` asks how or when the customer hears that the connection is back. */
export function serviceBackAsked(text: string): boolean {
  const asked = questionClauses(text);
  if (!asked.length) return false;
  if (afterQuestions(text).includes('service_back')) return true;
  return asked.some((q) => BACK.test(fold(q))) && caseQuestions(text).some((q) => TOLD.has(q));
}
