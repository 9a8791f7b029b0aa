// "does it cost anything?", "and the technician visit, is that free?" about a case only a technician
// fixes: what the visit costs, from the help centre's page on technician visits (the catalogue's
// `reply.cost.<cause>` texts). Null for a case whose cause has no such text: billing's "do I have to
// pay?" is not a question about a visit.
import { fold } from '../triage/normalize.js';
import { topicsOf } from '../triage/topics-of.js';
import { hasMessage, type MessageKey } from './messages/index.js';

export function visitCostKey(text: string, cause: string | null): MessageKey | null {
  if (!cause || !topicsOf(text).includes('cost')) return null;
  const key = `reply.cost.${cause}`;
  return hasMessage(key) ? key : null;
}

/** The invoice named: a cost question about it is billing's ("why does my invoice cost more?"). */
const INVOICE =
  /\b(faktur\w*|invoice\w*|bill|billed|billing|rakning\w*|abonnemang\w*|subscription|monthly|manadsavgift\w*)\b/;
/** The visit named: "för besöket alltså", "the technician", "utryckningen". */
const VISIT =
  /\b(besok\w*|tekniker\w*|visit\w*|technician\w*|engineer|utryckning\w*|come out|comes out|coming out)\b/;
/** The invoice set aside: "inget med fakturan", "not about the bill". */
const NOT_INVOICE =
  /\b(inget|inte|nothing|not)\b.{0,12}\b(med|om|about|to do with)\b.{0,12}\b(faktur\w*|invoice\w*|bill|rakning\w*)\b/;

/**
 * After a handoff to the technicians, "kostar det nåt? för besöket alltså" is what the visit costs — never
 * an invoice case for billing. A cost question that names the invoice (and does not set it aside) is billing's.
 */
export function visitCostAsked(text: string, cause: string | null): MessageKey | null {
  const key = visitCostKey(text, cause);
  if (!key) return null;
  const t = fold(text);
  return VISIT.test(t) || NOT_INVOICE.test(t) || !INVOICE.test(t) ? key : null;
}
