// What the scorer cannot see: the desk's own fallback "I can't answer that from here" and an ask put again and
// again. Role-play testers mark these as wrong turns; counting them over the whole set makes them visible.
import { CATALOGUES, type MessageKey } from '../src/agent/messages/index.js';
import type { Language } from '../src/domain/index.js';

/** Catalogue texts that say the desk cannot answer a question (the part before any value is filled in). */
const CANNOT_ANSWER_KEYS: MessageKey[] = ['reply.cannot_answer.here', 'case.noted'];

/** The fixed opening of each text: enough to recognise it inside a longer reply. */
function openings(): string[] {
  const out: string[] = [];
  for (const lang of Object.keys(CATALOGUES) as Language[]) {
    for (const key of CANNOT_ANSWER_KEYS) {
      const text = CATALOGUES[lang][key];
      out.push(text.split(/[{–—,]/)[0]!.trim());
    }
  }
  return out.filter((s) => s.length >= 12);
}

const CANNOT_ANSWER = openings();

/** An ask the customer answers this many times in a row (the desk put it again each time) is a loop. */
export const ASK_LOOP_LENGTH = 3;

export interface ConversationQuality {
  /** Desk messages that say it cannot answer (the fallback). */
  cannotAnswer: number;
  /** Runs of the same ask put ASK_LOOP_LENGTH or more times in a row. */
  askLoops: number;
}

type Line = { role: 'customer' | 'agent'; text: string; askKey: string | null };

export function conversationQuality(transcript: Line[]): ConversationQuality {
  const cannotAnswer = transcript.filter(
    (l) => l.role === 'agent' && CANNOT_ANSWER.some((o) => l.text.includes(o)),
  ).length;
  let askLoops = 0;
  let run = 0;
  let last: string | null = null;
  for (const l of transcript) {
    if (l.role !== 'customer' || !l.askKey) continue;
    run = l.askKey === last ? run + 1 : 1;
    last = l.askKey;
    if (run === ASK_LOOP_LENGTH) askLoops++;
  }
  return { cannotAnswer, askLoops };
}
