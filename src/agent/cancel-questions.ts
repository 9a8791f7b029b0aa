// "i want to cancel. is there a notice period? do i have to send the router back?": the yes/no
// questions inside a cancellation are answered from what the help centre says (data/kb/change-plan),
// whoever asks and whether or not they can be verified; then the case goes on as it would. Each is
// answered once per conversation.
import type { Intent } from '../domain/index.js';
import { fold } from '../triage/normalize.js';
import type { ConversationState } from './conversation-state.js';
import type { MessageKey } from './messages/index.js';
import type { Turn } from './turn.js';

/** What is asked (folded text, one sentence) → the answer's message key. */
const QUESTIONS: readonly (readonly [RegExp, MessageKey])[] = [
  [
    /\b(notice( period)?|uppsagningstid\w*|bindningstid\w*|how (long|much) notice|when (does|will|would) (it|the (subscription|contract|plan)|my (subscription|contract|plan)) (end|stop)|nar (upphor|slutar|tar) (det|abonnemanget|avtalet)|last day|sista dag\w*)\b/,
    'cancel.answer.notice',
  ],
  [
    /\b((send|return|give|bring|post|ship|hand)\w* (\w+ ){0,3}(router|box|modem|equipment|device)\w*|(router|box|modem|equipment)\w* (\w+ ){0,3}(back|return\w*)|(skicka|lamna|ge|posta)\w* (\w+ ){0,3}tillbaka|returner\w*|(keep|behalla) (\w+ ){0,2}(router|box|modem)\w*)\b/,
    'cancel.answer.router',
  ],
  [
    /\b((can|could|may) i (\w+ ){0,2}(cancel|terminate)\w* (\w+ ){0,2}(here|in (the )?chat|via chat|by chat|online|through you)|how (do|can|should) i (cancel|terminate)|(kan|far) jag (\w+ ){0,2}(saga|sag) upp (\w+ ){0,2}(har|i chatten|via chatt\w*|online)|hur (sager|gor) (jag|man) (for att saga )?upp)\b/,
    'cancel.answer.how',
  ],
];

/** A sentence that asks (a question mark, or a question's first word). */
const ASKS =
  /\?|^((and|och|also|plus|but|men|so|sa|btw|oh|and also) )?(do|does|is|are|can|could|will|would|how|when|what|must|should|may|maste|behover|har|ar|kan|far|hur|nar|vad|ska|blir)\b/;

/** The messages that answer the cancellation's questions in `text` not yet answered (and marks them). */
export function answerCancelQuestions(
  conv: Pick<ConversationState, 'cancelAnswered'>,
  turn: Turn,
  text: string,
  intent: Intent | null,
): boolean {
  if (intent !== 'account_change') return false;
  const asked = fold(text)
    .split(/(?<=[.!?\n,;])\s*/)
    .map((s) => s.trim())
    .filter((s) => ASKS.test(s));
  const keys = QUESTIONS.filter(([re]) => asked.some((s) => re.test(s))).map(([, key]) => key);
  const fresh = keys.filter((k) => !(conv.cancelAnswered ?? []).includes(k));
  for (const key of fresh) turn.say(key);
  conv.cancelAnswered = [...(conv.cancelAnswered ?? []), ...fresh];
  return fresh.length > 0;
}
