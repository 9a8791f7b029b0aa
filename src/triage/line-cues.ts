// Words the model reads as another request where a person means the line: "the phone" in "the line
// drops when someone picks up the landline phone" is a device on a DSL line (the classic missing
// filter), not a wish to talk to someone; "betalar för 250 men får typ 20" names the plan's speed, not
// an invoice. Folded text; data only.
import type { Intent } from '../domain/index.js';
import { HOUSE_MOVE } from './house-move.js';
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

/**
 * The line is slow in practice (not just a plan's speed named): "slow", "only get 40", a speed test, "the
 * speed has been really low", "15-20 Mbit/s instead of the 250 I pay for", "20 mbit istället för 250".
 */
const SLOW_COMPLAINT =
  /\b((jatte|super|sjukt|skit|as|asa|mega)?(slow|seg|langsam)\w*|(jatte|super|sjukt)lag|lagg\w*|lag|buffr\w*|buffer\w*|speed ?test\w*|hastighetstest\w*|bredbandskollen|fast\.com|(only|bara|endast|just) (get\w*|far|fa|receiv\w*|measur\w*|mat\w*)|get\w* (only|bara|typ|around|about|like)|far (bara|typ|runt|ca|endast))\b|\b(speeds?|hastighet\w*|bandwidth|bandbredd\w*|download\w*|nedladdning\w*)\b[^.!?]{0,30}\b(low|lower|poor|terrible|awful|bad|lag|lagre|usel|dalig|kass|risig)\b|\b(low|poor|lag|dalig|usel) (speeds?|hastighet\w*|bandwidth|bandbredd)\b|\d+ ?(mbit\w*|mbps|mb|meg\w*)(\/s)? (instead of|rather than|istallet for|i stallet for)\b/;
/**
 * Whether a faster plan is needed, asked ("behöver jag uppgradera?", "do I need a faster plan?", "is it time
 * to upgrade or is something broken?"), not ordered.
 */
const UPGRADE_WONDERED =
  /\b((behover|maste|ska|skall|borde|bor) (jag|vi|man) (\w+ ){0,2}(uppgradera\w*|byta till (ett )?(snabbare|storre)|ha (ett )?(snabbare|storre)|skaffa (ett )?(snabbare|storre))|(behover|maste) (jag|vi|man) (ett |en )?(snabbare|storre|battre) (abonnemang|hastighet)|(do|should|must|would|will|shall) (i|we) (\w+ ){0,2}(upgrade|get a (faster|bigger)|need (a |an )?(faster|bigger|better) (plan|subscription|package|speed)|buy a (faster|bigger))|(time|dags) (to|att) (upgrade|uppgradera)|(is it|ar det) (because|for att|pga) (my|our|mitt|vart) (plan|subscription|abonnemang)|(need|behover) (a |an |ett |en )?(faster|bigger|snabbare|storre) (plan|abonnemang|subscription|package))/;
/** An upgrade wanted outright ("I want to upgrade", "jag vill uppgradera"): the order stands. */
const UPGRADE_DECIDED =
  /\b(want|wanna|would like|'?d like|please|vill|skulle vilja|onskar|snalla)\b[^.?!,]{0,15}\b(upgrad\w*|uppgrader\w*|faster plan|snabbare abonnemang)/;
/** An upgrade or a sales call refused ("jag ville aldrig uppgradera", "I don't want to upgrade"). */
const UPGRADE_DENIED = new RegExp(
  String.raw`\b(never|not|don'?t|do not|didn'?t|did not|no need to|aldrig|inte|ej)\b( \w+){0,3} (upgrad\w*|uppgrader\w*|a faster plan|ett snabbare abonnemang|byta abonnemang|change (my|the) plan)\b|\b(sales|saljavdelning\w*|saljare\w*)\b[^.?!]{0,40}\b(kontakta|contact|call|ringa)\b[^.?!]{0,10}\b(mig|me|us|oss)\b[^.?!]{0,5}[.,]? ?(det|that)? ?(vill jag inte|i don'?t want|not needed|behovs inte)`,
);
const UPGRADE_DENIED_ALL = new RegExp(UPGRADE_DENIED.source, 'g');
/** A cheaper or slower plan asked for ("can we get a cheaper and slower one?", "finns det ett billigare abonnemang?"). */
const CHEAPER_PLAN =
  /\b(downgrad\w*|nedgrader\w*|(get|have|switch to|change to|move to|go to|go down to|want|need|is there|do you have)\b[^.?!]{0,20}\b(cheaper|slower|smaller|lower|less expensive)\b|(fa|ha|byta till|ga ner till|andra till|finns det|har ni|vill ha)\b[^.?!]{0,20}\b(billigare|langsammare|mindre|lagre)\b|(cheaper|slower|smaller) (one|plan|subscription|package|speed)|(billigare|langsammare|mindre) (abonnemang|paket|hastighet))\b/;
const CHEAPER_PLAN_ALL = new RegExp(CHEAPER_PLAN.source, 'g');
/** The price found too high, with no invoice named ("our internet is too expensive"). */
const TOO_EXPENSIVE = /\b((too|so) expensive|for dyrt|kostar for mycket|costs too much)\b/;
/** No service at all, told ("no internet", "inget internet"): a fault, whatever plan is named. */
const NO_SERVICE =
  /\b(no (internet|connection|signal)|inget (internet|natt?)|ingen (uppkoppling|anslutning)|(is|are|ar|ligger) (down|nere|offline)|not working|doesn'?t work|funkar inte|fungerar inte)\b/;
/** A plan's speed named ("1000/1000", "1 gig", "500 mbit", "a faster plan"). */
const PLAN_SPEED = String.raw`(\d{2,5} ?\/ ?\d{2,5}|\d{2,5} ?(mbit\w*|mbps|mb|meg\w*|gbit\w*|gig\w*)|(1|one|en) ?(gig|gigabit|gbit)\b|gigabit|(a |an |ett |en )?(faster|bigger|snabbare|storre) (plan|speed|subscription|package|abonnemang|hastighet|paket))`;
/**
 * "how much is 1000/1000? and can i get it today?", "vad kostar 1000/1000?", "kan jag få 1 gig?": the price of a
 * faster plan, or the plan itself, asked for — an upgrade (sales), whatever the customer thinks of the current one.
 */
const FASTER_PLAN_ASKED = new RegExp(
  [
    String.raw`\b(how much|what does|what do(es)? (it|you) (cost|charge)|what('?s| is) the (price|cost)|vad kostar|hur mycket (kostar|ar|blir)|vad (ar|blir) (priset|kostnaden))\b[^.?!]{0,25}\b${PLAN_SPEED}`,
    String.raw`\b((can|could|may) (i|we) (get|have|order|switch to|upgrade to|go (up )?to)|(kan|kunde|far) (jag|vi) (fa|ha|bestalla|byta (upp )?till|uppgradera till|ga upp till))\b[^.?!]{0,15}\b${PLAN_SPEED}`,
  ].join('|'),
);
/** "1000/1000, what is the price?", "priset för 1 gig?": the price named beside the speed, in a question. */
const FASTER_PLAN_PRICED = new RegExp(
  String.raw`(\b(price|cost) (of|for)\b[^.?!]{0,25}\b${PLAN_SPEED}|\b${PLAN_SPEED}[^.?!]{0,25}\b(cost\w*|price\w*|kostar|kosta|pris\w*)\b)[^.!?]*\?`,
);
/** A speed asked of the Wi-Fi ("can i get 500 mbit over wifi?"): how the Wi-Fi performs, not a plan. */
const OVER_WIFI =
  /\b(over|on|via|through|pa|med|i) (the |my |var |mitt )?(wi-?fi\w*|wlan\w*|tradlos\w*|wireless)\b/;

/** What a wondered upgrade leaves as the case: the fault the model read next. */
const FAULT_READINGS = new Set<Intent>([
  'slow_speed',
  'wifi_problem',
  'intermittent',
  'no_connection',
  'sites_unreachable',
  'outage_check',
]);
/** Money back asked for (for days or a speed not delivered). */
const REFUND =
  /\b(refund\w*|money back|pengar\w* tillbaka|tillbaka pengar\w*|aterbetal\w*|compensat\w*|kompens\w*|ersattning|reimburs\w*|avdrag|prisavdrag|credit(ed)?|kreditera\w*)\b/;
/** An invoice disputed in its own right ("charged twice", "wrong amount"): billing's matter whatever else is said. */
const INVOICE_DISPUTE =
  /\b(charged (me )?(twice|double|too much)|double ?charg\w*|overcharg\w*|wrong (amount|invoice|bill)|dubbel\w*|debiterad\w* (tva ganger|dubbelt|for mycket)|fel (belopp|faktura)|for hog faktura)\b/;
/**
 * The same charge taken twice ("we were charged twice", "double-billed", "vi har blivit debiterade två gånger",
 * "dragit pengar två gånger", "betalat två gånger för oktober"): a question about the charge. Money is named:
 * "jag har dragit ur och satt i strömmen två gånger" is a plug pulled twice.
 */
const CHARGED_TWICE =
  /\b((charg|bill|debit|invoic)\w*|paid|pay\w*|(taken|drawn|withdrawn) (the )?(money|payment|amount)|debiter\w*|faktur\w*|(dra|dras|drag\w*|drog\w*) (\w+ )?(pengar\w*|betalning\w*|beloppet|avgift\w*)|betal\w*)\b[^.?!]{0,30}\b(twice|two times|2 times|double|tva ganger|2 ganger|dubbelt)\b|\b(double[- ]?(charg|bill|debit|payment|invoic)\w*|dubbel(debiter|betal|faktur|dragn)\w*)/;
/**
 * The service said to work ("our internet works fine", "nätet funkar som det ska", "inget fel på
 * uppkopplingen", "this is only about the money"): no fault asked about.
 */
const SERVICE_WORKS =
  /\b((internet|connection|line|service|broadband|wi-?fi|natet|uppkopplingen|anslutningen|bredbandet|linjen)\b[^.?!,]{0,12}\b(works|is working|is fine|is ok|is okay|runs fine|fungerar|funkar|gar bra|ar bra)\b(?! (inte|ej|not))|(no|not a|nothing) (fault|problem|wrong|issue)s? (with|on|in) (the |our |my )?(internet|connection|line|service)|inget fel (pa|med|i) (internet|natet|uppkopplingen|anslutningen|linjen|bredbandet)|(only|just) about the (money|bill|invoice|charge|payment)|(bara|endast) (om|for|galler) (pengarna|fakturan|betalningen|debiteringen))/;
/** Words of a service that does not work as it should (a fault told beside the charge). */
const FAULT_TOLD =
  /\b(doesn'?t work|does not work|not working|(hasn'?t|has not|haven'?t|have not) (been )?work\w*|stopped working|funkar inte|fungerar inte|(har|hade) (inte|ej|slutat) (fungera\w*|funka\w*)|is down|ligger nere|no internet|inget internet)\b/;
/** A charge taken twice, with no fault told beside it: money back asked for is for the charge. */
export function chargedTwice(text: string): boolean {
  const t = norm(text);
  return CHARGED_TWICE.test(t) && !FAULT_TOLD.test(t);
}
/** The Wi-Fi named in so many words. */
const WIFI_NAMED = /\b(wi-?fi\w*|wlan\w*|tradlos\w*|wireless)\b/;
/** What a slow Wi-Fi named outright is not worth a question against: the line's own symptoms. */
const LINE_SYMPTOMS = new Set<Intent>(['intermittent', 'slow_speed']);
/** A change asked for ("upgrade to 1000, what will my bill be?", "can you chnage my billing address"). */
const CHANGE_REQUEST =
  /\b(\w*adress\w*|address\w*|c\w{0,2}h?an?\w?ge (my|the|to)|upgrad\w*|downgrad\w*|uppgrader\w*|nedgrader\w*|change (my |the )?(plan|subscription|speed)|switch (to|plan)|byt\w* (till|abonnemang|hastighet)|andra (mitt |till )?(abonnemang|hastighet)|cancel\w*|terminat\w*|sag\w* upp|uppsag\w*|order\w*|bestall\w*)\b/;
/**
 * A change said NOT to have been made or asked for ("we have not ordered anything new", "I never upgraded",
 * "vi har inte beställt något", "jag har aldrig bytt abonnemang"): the reason an invoice is disputed, no change
 * request (round 34, a#9). Taken out before CHANGE_REQUEST is read.
 */
const CHANGE_DENIED_ALL =
  /\b(not|never|didn'?t|did not|haven'?t|have not|hasn'?t|has not|nobody|no one|inte|aldrig|ej|ingen)\b( \w+){0,2} (order\w*|bestall\w*|upgrad\w*|uppgrader\w*|chang\w*|andra\w*|andrat|byt\w*|bytt|switch\w*)\b/g;
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

/**
 * A sentence that asks about or disputes the invoice ("varför är fakturan så hög?", "do I get a final invoice?"),
 * not one that only names it ("the invoice is at the other apartment").
 */
function invoiceAsked(t: string): boolean {
  return (t.match(/[^.!?]+[.!?]*/g) ?? []).some(
    (s) =>
      INVOICE.test(s) &&
      (s.includes('?') || /\b(why|varfor|how much|hur mycket)\b/.test(s) || INVOICE_DISPUTE.test(s)),
  );
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
  // "we're moving to Solna … the invoice is at the other apartment": a house move is a change of the account too.
  if (
    INVOICE.test(t) &&
    !SLOW_COMPLAINT.test(t) &&
    !CHANGE_REQUEST.test(t.replace(CHANGE_DENIED_ALL, ' ')) &&
    !(HOUSE_MOVE.test(t) && !invoiceAsked(t))
  ) {
    out = { ...out, secondary: out.secondary.filter((i) => !NOT_THE_INVOICE.has(i)) };
    if (NOT_THE_INVOICE.has(out.intent)) out = become(out, 'billing');
    if (out.runnerUp && NOT_THE_INVOICE.has(out.runnerUp))
      out = { ...out, runnerUp: null, runnerUpConfidence: 0 };
  }
  // "Vi har blivit debiterade två gånger … Internet fungerar bra": a charge taken twice with the service said to
  // work (or no trouble told at all) is billing's question — never a fault, never a question which problem it is.
  if (
    out.intent !== 'billing' &&
    CHARGED_TWICE.test(t) &&
    !FAULT_TOLD.test(t) &&
    (SERVICE_WORKS.test(t) || !(SLOW_COMPLAINT.test(t) || DROPS.test(t) || NO_SERVICE.test(t)))
  )
    out = become(out, 'billing');
  // "the speed has been really low … And will I be refunded for this?": money back for a slow line is a
  // second request linked to the fault; the fault is the case (tested first, the refund answered with it).
  if (out.intent === 'billing' && SLOW_COMPLAINT.test(t) && REFUND.test(t) && !INVOICE_DISPUTE.test(t))
    out = {
      ...become(out, 'slow_speed'),
      secondary: ['billing', ...out.secondary.filter((i) => i !== 'slow_speed' && i !== 'billing')],
    };
  // "netflix laddar hela tiden. e det nåt fel hos er elr behöver jag uppgradera till snabbare abonnemang??":
  // whether an upgrade is needed is a question about the fault, answered from the diagnosis — no order.
  if (UPGRADE_WONDERED.test(t) && !UPGRADE_DECIDED.test(t) && (SLOW_COMPLAINT.test(t) || DROPS.test(t))) {
    if (out.intent === 'account_change') {
      const fault =
        out.runnerUp && FAULT_READINGS.has(out.runnerUp)
          ? out.runnerUp
          : WIFI_NAMED.test(t)
            ? 'wifi_problem'
            : 'slow_speed';
      out = become(out, fault);
    }
    out = {
      ...out,
      runnerUp: out.runnerUp === 'account_change' ? null : out.runnerUp,
      runnerUpConfidence: out.runnerUp === 'account_change' ? 0 : out.runnerUpConfidence,
      secondary: out.secondary.filter((i) => i !== 'account_change'),
    };
  }
  // "our internet is too expensive … Can we get a cheaper and slower one?": a cheaper or slower plan asked
  // for, with no fault told, is an account change (sales), never a connection case.
  if (
    out.intent !== 'account_change' &&
    (CHEAPER_PLAN.test(t) || (TOO_EXPENSIVE.test(t) && !INVOICE.test(t))) &&
    !SLOW_COMPLAINT.test(t.replace(CHEAPER_PLAN_ALL, ' ')) &&
    !DROPS.test(t) &&
    !NO_SERVICE.test(t)
  )
    out = { ...become(out, 'account_change'), secondary: out.secondary.filter((i) => i !== 'billing') };
  // "how much is 1000/1000? and can i get it today? gaming on 500 is kinda meh": a faster plan's price or
  // the plan asked for, with no fault or invoice told, is an upgrade (sales), never a speed case.
  if (
    (FASTER_PLAN_ASKED.test(t) || FASTER_PLAN_PRICED.test(t)) &&
    !OVER_WIFI.test(t) &&
    !INVOICE.test(t) &&
    !SLOW_COMPLAINT.test(t) &&
    !DROPS.test(t) &&
    !NO_SERVICE.test(t) &&
    !UPGRADE_DENIED.test(t)
  )
    out = become(out, 'account_change');
  // "säljavdelningen ska kontakta mig. det vill jag inte, jag ville aldrig uppgradera": no change is asked for.
  if (
    out.intent === 'account_change' &&
    UPGRADE_DENIED.test(t) &&
    !CHANGE_REQUEST.test(t.replace(UPGRADE_DENIED_ALL, ' '))
  )
    out = { ...out, intent: 'other', confidence: CUE_CONFIDENCE, runnerUp: null, runnerUpConfidence: 0 };
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
