// "can I get fiber in Hisingen?", "finns det fiber på Storgatan 5?", "fiber hisingen?": whether the service is
// sold at a place. A would-be customer's (or a mover's) question for sales, never a fault or an outage check.
// Folded text (å/ä/ö → a/a/o).
import { conceptsOf } from './lexicon.js';

const SERVICE = String.raw`(fiber|fibern|fibre|bredband\w*|broadband|fiberanslutning|stadsnat\w*)`;
const ASKS = String.raw`(kan (jag|vi|man) (fa|skaffa|bestalla)|gar det att (fa|skaffa|bestalla)|finns det|har ni|levererar ni|erbjuder ni|saljer ni|bygger ni|can (i|we|you) (get|order)|could (i|we) (get|order)|is there|do (you|u) (have|offer|deliver|sell|provide)|is (your )?\w* ?available|available)`;
const PLACE = String.raw`(i|pa|till|in|at|on|to|for|vid|near)`;

/** "kan jag få fiber i Kista", "do you offer broadband at Storgatan 5": asked for a place. */
const ASKED_AT = new RegExp(String.raw`\b${ASKS}\b[^.?!]{0,20}\b${SERVICE}\b[^.?!]{0,12}\b${PLACE} \S`);
/** "fiber hisingen?", "bredband i kista?": the service and a place, nothing else. */
const BARE = new RegExp(
  String.raw`^${SERVICE}( ${PLACE})? ([\p{L}\d-]+ ?){1,3}(\?+|,? (vad kostar (det|de)|what does it cost|how much|pris|price)\?*)$`,
  'u',
);

/** Trouble or the router named: a question about the customer's own connection, not a sale. */
const NOT_A_SALE = ['slow', 'dead', 'drops', 'router', 'sites', 'wifi', 'restart', 'config'];
/** An outage asked about (the lexicon's outage concept also holds street words, which a place may have). */
const OUTAGE =
  /\b(avbrott\w*|driftstorning\w*|storning\w*|underhall\w*|outages?|disruptions?|maintenance|incidents?|fel)\b/;

export function availabilityAsked(folded: string): boolean {
  const t = folded.replace(/\s+/g, ' ').trim();
  if (OUTAGE.test(t) || conceptsOf(t).some((c) => NOT_A_SALE.includes(c))) return false;
  return ASKED_AT.test(t) || BARE.test(t);
}
