// "can I get fiber in Hisingen?", "finns det fiber på Storgatan 5?", "fiber hisingen?": whether the service is
// sold at a place. A would-be customer's (or a mover's) question for sales, never a fault or an outage check.
// Folded text (å/ä/ö → a/a/o).
import { conceptsOf } from './lexicon.js';

const SERVICE = String.raw`(fib(er|re|r|bre|ber)\w*|bredband\w*|broad ?band|fiberanslutning|stadsnat\w*)`;
const ASKS = String.raw`(kan (jag|vi|man) (fa|skaffa|bestalla)|gar det att (fa|skaffa|bestalla)|finns det|har ni|levererar ni|erbjuder ni|saljer ni|bygger ni|can (i|we|you) (get|order)|could (i|we) (get|order)|is there|do (you|u) (have|offer|deliver|sell|provide)|is (your )?\w* ?available|available)`;
const PLACE = String.raw`(i|pa|till|in|at|on|to|for|vid|near)`;

/** "kan jag få fiber i Kista", "do you offer broadband at Storgatan 5": asked for a place. */
const ASKED_AT = new RegExp(String.raw`\b${ASKS}\b[^.?!]{0,20}\b${SERVICE}\b[^.?!]{0,12}\b${PLACE} \S`);
/** "is fibre available at our address?", "finns fiber tillgängligt på Storgatan 5?": the service first. */
const AVAILABLE_AT = new RegExp(
  String.raw`\b${SERVICE}\b[^.?!]{0,20}\b(available|availability|tillganglig\w*|finns)\b[^.?!]{0,12}\b${PLACE} \S`,
);
/**
 * "do you deliver to Vasagatan 12?", "levererar ni till Hisingen?", "finns ni i Kista?", "do you cover our
 * address?": whether we sell at a place, the service unnamed.
 */
const DELIVER_TO =
  /\b((do|can|could|will) (you|u|you guys) (deliver|cover|supply|operate)|are (you|u|you guys) (available|in|at|present|active)|levererar (ni|du)|kan (ni|du) leverera|finns (ni|du)|har (ni|du) (tackning|utbyggnad)|(is there|do you have) (coverage|service))\b[^.?!]{0,25}\b(i|pa|till|in|at|on|to|for|vid|near|hit|here|dit|there|our|my|var|min|mitt|vart)\b/;
/** A street address or "our address" said: a place to sell at, not a place the customer is in trouble. */
const ADDRESS =
  /\b(\p{L}+(gatan|vagen|gata|vag|torget|plan|stigen|backen|alle|allen|street|st|road|rd|avenue|ave|lane|way|drive)\s*\d+\w?|(var|min|mitt|vart|our|my|the|this|that|new|nya|den nya|den har) (address|adress\w*|home|house|hus\w*|lagenhet\w*|flat|apartment|building|fastighet\w*|omrade\w*|area|street|gata\w*))\b/u;

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
  return ASKED_AT.test(t) || AVAILABLE_AT.test(t) || BARE.test(t) || (DELIVER_TO.test(t) && ADDRESS.test(t));
}
