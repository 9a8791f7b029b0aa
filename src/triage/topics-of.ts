// Every question topic a message touches, in catalogue order ("I already restarted it — will I lose
// my settings?" asks two things), where classifyReply names only the first.
import { cleanText, fold, spokenSwedish } from './normalize.js';
import { ASK_TOPICS, TOPIC_PATTERNS } from './reply-patterns.js';
import type { QuestionTopic } from './reply.js';
import { BANK_CODE, BANKID } from './question-topics.js';

/** The message as the topic patterns read it: folded, one kind of apostrophe, spoken forms written out. */
function topicText(text: string): string {
  return spokenSwedish(
    fold(cleanText(String(text ?? '')).slice(0, 2000))
      .replace(/[’`´]/g, "'")
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/**
 * The topics of texts read lately, by the text as given: a turn asks for the topics of its message and of
 * the message's clauses many times over (the answer paths each look), and every look ran all the topic
 * patterns again. The patterns are constants and the text is all they read, so a text's topics never
 * change. Bounded, forgotten when full.
 */
const lately = new Map<string, readonly QuestionTopic[]>();
const LATELY_KEPT = 1_000;
const LATELY_MAX_LENGTH = 2_000;

export function topicsOf(text: string): QuestionTopic[] {
  const key = String(text ?? '');
  const known = lately.get(key);
  if (known) return [...known];
  const t = topicText(key);
  const topics = TOPIC_PATTERNS.filter(([, re]) => re.test(t)).map(([topic]) => topic);
  if (key.length <= LATELY_MAX_LENGTH) {
    if (lately.size >= LATELY_KEPT) lately.clear();
    lately.set(key, topics);
  }
  return [...topics];
}

/**
 * The topic that only the pending ask makes clear ("why do you need that?" at the customer-number
 * question, "how do I get the new one?" at a password change), or null.
 */
export function askTopicOf(askKey: string | null | undefined, text: string): QuestionTopic | null {
  if (!askKey) return null;
  const t = topicText(text);
  // "is there another way, like bankid?" at the PIN: BankID as a way to identify, not a bank code.
  if (askKey.startsWith('identity.') && BANKID.test(t) && !BANK_CODE.test(t.replace(BANKID, ' ')))
    return 'pin_bankid';
  return ASK_TOPICS.find(([prefix, re]) => askKey.startsWith(prefix) && re.test(t))?.[2] ?? null;
}

/**
 * "måste jag logga in på routern nu?": whether the router's own login is needed, never a sign-in problem with the
 * account — the classifier may read "logga in" as one. ("how do i log in to the router and change it myself?" at
 * an offer is the wish to do it on the settings page: taken up as that request.)
 */
export function asksRouterLogin(text: string): boolean {
  return topicsOf(text).includes('login_needed');
}
