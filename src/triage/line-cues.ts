// Words the model reads as another request where a person means the line: "the phone" in "the line
// drops when someone picks up the landline phone" is a device on a DSL line (the classic missing
// filter), not a wish to talk to someone; "betalar för 250 men får typ 20" names the plan's speed, not
// an invoice. Folded text; data only.
import type { Intent } from '../domain/index.js';
import { fold } from './normalize.js';

/** The landline as a device: it rings, is picked up, is plugged in. */
const PHONE_DEVICE =
  /\b(landline|land line|fixed line phone|home phone|house phone|(pick\w*|picks|lift\w*|hang\w*) up (the )?(landline |home |house )?(phone|receiver|handset)|(phone|telephone|landline) (rings|ringing|is ringing|rang|is used|is in use)|when (the )?(phone|landline) (rings|is)|fast telefon\w*|hemtelefon\w*|luren|lyfter (pa )?(luren|telefonen)|telefonen (ringer|anvands|lyfts)|nar (det )?ringer|nar (nagon|jag|man) ringer)\b/;
/** The line drops or dies. */
const DROPS =
  /\b(drops?|dropping|dropped|disconnect\w*|cuts? out|goes (down|dead|offline)|dies|dead|lose\w* (the )?connection|bryts|brys|tappar|forsvinner|dor|slutar (funka|fungera)|kopplas ner|ligger nere|gar ner)\b/;
/** "pay for 250", "betalar för 500 men får 40": the plan's speed as paid for. */
const PAYS_FOR_SPEED =
  /\b(pay\w*|paid|betal\w*)( (for|fo|for en|for ett))? \d{2,5}( ?(mbit\w*|mbps|mb|meg\w*|gbit|\/\d{2,5}))?\b[^.!?]{0,40}\b(get\w*|gets|only|receive\w*|far|fa|bara|typ|endast|ca|runt|max)\b/;
/** Words that do name an invoice. */
const INVOICE =
  /\b(faktur\w*|invoice\w*|bill\b|bills|billing|rakning\w*|debiter\w*|charged|overcharg\w*|refund\w*|aterbetal\w*)\b/;

/** The line is slow in practice (not just a plan's speed named): "slow", "only get 40", a speed test. */
const SLOW_COMPLAINT =
  /\b(slow\w*|seg\w*|langsam\w*|lagg\w*|lag|buffr\w*|buffer\w*|speed ?test\w*|hastighetstest\w*|bredbandskollen|fast\.com|(only|bara|endast|just) (get\w*|far|fa|receiv\w*|measur\w*|mat\w*)|get\w* (only|bara|typ|around|about|like)|far (bara|typ|runt|ca|endast))\b/;
/** The Wi-Fi named in so many words. */
const WIFI_NAMED = /\b(wi-?fi\w*|wlan\w*|tradlos\w*|wireless)\b/;
/** What a slow Wi-Fi named outright is not worth a question against: the line's own symptoms. */
const LINE_SYMPTOMS = new Set<Intent>(['intermittent', 'slow_speed']);
/** A change asked for ("upgrade to 1000, what will my bill be?", "can you chnage my billing address"). */
const CHANGE_REQUEST =
  /\b(\w*adress\w*|address\w*|c\w{0,2}h?an?\w?ge (my|the|to)|upgrad\w*|downgrad\w*|uppgrader\w*|nedgrader\w*|change (my |the )?(plan|subscription|speed)|switch (to|plan)|byt\w* (till|abonnemang|hastighet)|andra (mitt |till )?(abonnemang|hastighet)|cancel\w*|terminat\w*|sag\w* upp|uppsag\w*|order\w*|bestall\w*)\b/;
/** What an invoice with a plan's speed in it ("my bill is 649, my plan is 100/100") is taken for otherwise. */
const NOT_THE_INVOICE = new Set<Intent>(['slow_speed', 'account_change']);

/** How sure the line's own words make the intent. */
const CUE_CONFIDENCE = 0.9;

export interface IntentReading {
  intent: Intent;
  confidence: number;
  runnerUp: Intent | null;
  runnerUpConfidence: number;
  secondary: Intent[];
}

function norm(text: string) {
  return fold(text).replace(/[’`´]/g, "'").replace(/\s+/g, ' ');
}

/** The reading with the line's own words put right (unchanged when they are not there). */
export function readLineCues(cleaned: string, r: IntentReading): IntentReading {
  const t = norm(cleaned);
  let out = r;
  if (PHONE_DEVICE.test(t)) {
    // A phone that rings is not a person asked for.
    if (out.runnerUp === 'human_agent') out = { ...out, runnerUp: null, runnerUpConfidence: 0 };
    if (DROPS.test(t) && LINE_OR_UNSURE.has(out.intent)) out = become(out, 'intermittent');
  }
  if (PAYS_FOR_SPEED.test(t) && !INVOICE.test(t)) {
    out = { ...out, secondary: out.secondary.filter((i) => i !== 'billing') };
    if (out.intent === 'billing') out = become(out, 'slow_speed');
    if (out.runnerUp === 'billing') out = { ...out, runnerUp: null, runnerUpConfidence: 0 };
  }
  // "my invoice says 1 gbit 599 kr but i only have 250 mbit??": the speed names the plan billed, the invoice is the matter.
  if (INVOICE.test(t) && !SLOW_COMPLAINT.test(t) && !CHANGE_REQUEST.test(t)) {
    out = { ...out, secondary: out.secondary.filter((i) => !NOT_THE_INVOICE.has(i)) };
    if (NOT_THE_INVOICE.has(out.intent)) out = become(out, 'billing');
    if (out.runnerUp && NOT_THE_INVOICE.has(out.runnerUp))
      out = { ...out, runnerUp: null, runnerUpConfidence: 0 };
  }
  // "vårt wifi har blivit väldigt segt … netflix laggar": a slow Wi-Fi said outright, not drops on the line.
  if (
    out.intent === 'wifi_problem' &&
    out.runnerUp &&
    LINE_SYMPTOMS.has(out.runnerUp) &&
    WIFI_NAMED.test(t) &&
    SLOW_COMPLAINT.test(t) &&
    !DROPS.test(t)
  )
    out = become(out, 'wifi_problem');
  return out;
}

/** Intents a phone-triggered drop overrides: the line's own, or a reading the model was unsure of. */
const LINE_OR_UNSURE = new Set<Intent>(['intermittent', 'no_connection', 'human_agent', 'other']);

/** The reading with `intent` as the cue's intent; what the model said becomes the runner-up. */
function become(r: IntentReading, intent: Intent): IntentReading {
  if (r.intent === intent) return { ...r, confidence: Math.max(r.confidence, CUE_CONFIDENCE) };
  return {
    ...r,
    intent,
    confidence: Math.max(r.confidence, CUE_CONFIDENCE),
    runnerUp: r.intent,
    runnerUpConfidence: r.confidence,
    secondary: r.secondary.filter((i) => i !== intent),
  };
}
