// Every question topic a message touches, in catalogue order ("I already restarted it — will I lose
// my settings?" asks two things), where classifyReply names only the first.
import { cleanText, fold } from './normalize.js';
import { TOPIC_PATTERNS } from './reply-patterns.js';
import type { QuestionTopic } from './reply.js';

export function topicsOf(text: string): QuestionTopic[] {
  const t = fold(cleanText(String(text ?? '')).slice(0, 2000))
    .replace(/[’`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  return TOPIC_PATTERNS.filter(([, re]) => re.test(t)).map(([topic]) => topic);
}
