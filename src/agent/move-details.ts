// "vi ska flytta … till Götgatan 48 … Vi flyttar in 28 januari", "we're moving to 12 Baker Street on
// March 3rd": where and when a customer moves with the subscription, as they wrote it, so that the case
// (and sales) names the move rather than "a change to your subscription".
import type { Facts } from '../runbooks/types.js';
import { readStreetAddress } from './street-address.js';

const MONTHS =
  '(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|march|may|june|july|august|october)';

/** [pattern, how the date reads]: a day first, then the part of a month; tried in this order, folded-case text. */
const DATE_FORMS: RegExp[] = [
  // "28 januari", "den 1:a mars", "3rd of March"
  new RegExp(`\\b(\\d{1,2})(?::a|:e|st|nd|rd|th)?(?: of)? ${MONTHS}\\b`, 'i'),
  // "March 3rd", "january 28"
  new RegExp(`\\b${MONTHS} (\\d{1,2})(?:st|nd|rd|th)?\\b`, 'i'),
  // "i slutet av januari", "at the end of january", "början av mars", "mid-february"
  new RegExp(
    `\\b((?:i )?(?:slutet|början|borjan|mitten) av|(?:at the )?(?:end|beginning|start|middle) of|mid-?)\\s?${MONTHS}\\b`,
    'i',
  ),
];

/** The moving date as written ("28 januari", "end of January"), or null. */
export function readMoveDate(text: string): string | null {
  const t = text.replace(/\s+/g, ' ');
  for (const re of DATE_FORMS) {
    const m = re.exec(t);
    if (m) return m[0].replace(/^(i |at the )/i, '').trim();
  }
  return null;
}

/** The new address and the date of a house move the words name (only for a move). */
export function withMoveDetails(facts: Facts, text: string): Facts {
  if (!facts.houseMove) return facts;
  const moveTo = facts.moveTo ?? readStreetAddress(text) ?? undefined;
  const moveDate = facts.moveDate ?? readMoveDate(text) ?? undefined;
  return { ...facts, ...(moveTo ? { moveTo } : {}), ...(moveDate ? { moveDate } : {}) };
}
