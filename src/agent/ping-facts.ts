// The ping the customer names ("is my ping supposed to be 40?", "40 ms", "40,5 millisekunder"), for the
// answer about what a normal ping is (reply.ping.said, reply.ping.said.high). Pure.
import type { Params } from './messages/index.js';
import { fold } from '../triage/normalize.js';

/** From about here a ping is noticed in games. */
const HIGH_MS = 100;

const WITH_UNIT = /\b(\d{1,4}(?:[.,]\d{1,2})?) ?(?:ms|millisek\w*|milliseconds?|millis)\b/;
const NEAR_PING =
  /\b(?:ping\w*|latency|latens\w*|fordrojning\w*|svarstid\w*)\b[^.?!\d]{0,30}?(\d{1,4}(?:[.,]\d{1,2})?)\b|\b(\d{1,4}(?:[.,]\d{1,2})?)\b[^.?!\d]{0,12}\b(?:ping\w*|latency|latens\w*)\b/;

/** The ping in `text` in milliseconds, as the customer wrote it (a decimal comma kept), or null. */
export function pingIn(text: string): string | null {
  const t = fold(String(text ?? '').slice(0, 2000));
  const m = WITH_UNIT.exec(t) ?? NEAR_PING.exec(t);
  const value = m ? (m[1] ?? m[2]) : null;
  if (!value) return null;
  const ms = Number(value.replace(',', '.'));
  return Number.isFinite(ms) && ms > 0 && ms < 5000 ? value : null;
}

/** The facts a text about ping fills in: `pingHigh` from about 100 ms, else `pingMs`. */
export function pingFacts(text: string): Params {
  const value = pingIn(text);
  if (!value) return {};
  return Number(value.replace(',', '.')) >= HIGH_MS ? { pingHigh: value } : { pingMs: value };
}
