// What the conversation state keeps of the answer paragraphs it has said (turn.ts, turn-entry.ts): a short
// digest each, not the text — the state is written on every turn, and a paragraph may carry the customer's data.
import { createHash } from 'node:crypto';

export function paragraphDigest(text: string): string {
  return createHash('sha1').update(text).digest('base64url').slice(0, 16);
}
