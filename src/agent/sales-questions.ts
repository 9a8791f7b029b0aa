// What a would-be customer asks sales about — the price ("vad kostar det?", "how much is 500/500",
// "du svarade inte om priset") and whether we deliver to them ("finns det fiber i kista?", "can i get
// fibre at that address?"), and whether they need a router of their own. The desk cannot know the price
// or delivery for an address (both depend on it), so it says so plainly, says that sales gives both,
// and puts the question on the case for them; the router comes with the subscription.
import type { Plan, Ticket } from '../domain/index.js';
import type { TicketStore } from '../tickets/ports.js';
import { fold } from '../triage/normalize.js';
import type { MessageKey } from './messages/index.js';
import { answerOfferQuestion } from './offer-question.js';
import { asksOwnPlan } from './plan-question.js';
import type { Turn } from './turn.js';

/** [what is asked, pattern on folded text]. */
const SALES_QUESTIONS: [string, RegExp][] = [
  [
    'price',
    /\b(vad kostar|kostar (det|de|dom|den|ett|en)|kostnad\w*|pris\w*|manadskostnad\w*|how much|what (does|do|would|will) (it|they|that|\d\S*|fib\w*|broadband|internet|a subscription)( \w+)? cost|costs?\b|price\w*|pricing|per month|a month)\b/,
  ],
  [
    'availability',
    /\b(finns (det )?(fiber|bredband|internet)\w*|(kan|gar det att|gar att) (man |vi |jag )?(fa|skaffa|bestalla|koppla in) (fiber|bredband|internet)\w*|levererar ni|har ni (fiber|bredband|tackning)\w*|tackning\w*|(is|are) (fib\w*|broadband|internet|it) available|available (at|in|there|to)|can (i|we) (get|order|have) (fib\w*|broadband|internet)|do you (have|offer|deliver|cover) (fib\w*|broadband|internet|\w+ in)|coverage)\b/,
  ],
  [
    // "hur länge tar det innan det kan vara inkopplat?", "how soon can it be connected?": a date sales gives.
    'install_time',
    /\b(hur (lang tid|lange|snart|fort)\b[^.?!]{0,40}\b(inkopp\w*|koppla\w* in|installer\w*|installation\w*|igang|aktiver\w*|leverer\w*)|(inkoppling\w*|installation\w*|leverans\w*)\b[^.?!]{0,20}\b(hur lang|tar)|nar kan (det|vi|jag|man)\b[^.?!]{0,25}\b(inkopp\w*|koppla\w* in|installer\w*|igang|aktiver\w*)|how (long|soon|quickly)\b[^.?!]{0,40}\b(install\w*|connect\w*|set ?up|activat\w*|up and running|hooked up)|when can (it|we|i|you)\b[^.?!]{0,25}\b(install\w*|connect\w*|activat\w*|set ?up)|(hur (lang tid|lange|snart|fort)|how (long|soon|quickly))\b[^.?!]{0,40}\b(innan|tills|until|before|efter|after)\b[^.?!]{0,30}\b(har|fa|far|get|have|is|ar|bestall\w*|order\w*|internet|fiber|bredband|broadband|fib(re|er)))/,
  ],
  [
    // "is a router included?", "ingår routern?", "does it come with a router?": a yes-question, answered "yes".
    'equipment_included',
    /\b(router\w*|modem\w*|wifi-?box\w*)\b[^.?!]{0,30}\b(included|include|come with|comes with|part of|ingar|ingaende|medfoljer|foljer med|med i)\b|\b(included|include|ingar|medfoljer|come with|comes with)\b[^.?!]{0,15}\b(a |an |en |ett |the )?(router\w*|modem\w*)\b/,
  ],
  [
    // "is a fixed ip address included in my plan or is that extra", "ingår fast ip i abonnemanget?": an
    // existing customer's add-on, which sales knows (a router asked so is equipment_included).
    'included',
    /\b(included|includes?|including|ingar|ingaende|part of (my|the|our) (plan|subscription)|del av (mitt|vart) abonnemang)\b|\b(is (that|it|this)|or is that|do (i|we) pay|pay|costs?|charged?|kostar (det|den)?|betala\w*|tillagg\w*) extra\b/,
  ],
  [
    // "can we use our own router or do we have to use yours?", "får vi använda vår egen router?": whether an
    // own router may replace ours — sales knows, per address (never "you do not need to buy one").
    'own_router',
    // "can I use my own (I have an ASUS mesh system)?", "is it fine to plug my own mesh system into your router?",
    // "I already own the ASUS mesh, … can I use it with your connection?": the same, with a mesh or a brand.
    /\b(use|keep|bring|plug|connect|hook|run)( in| up)? (our|my|an?|their) own\b(?! (\w+ )?(pas+w\w*|name|key|pin|code|account|email|e-mail|number|phone)\b)|\b(own|have|got|bought|use) (a |an |the |my |our )?(asus|netgear|tp-?link|linksys|ubiquiti|eero|fritz\w*|google|orbi|deco|mesh)\b[^.?!]{0,80}\b(use|connect|plug|keep|bring) (it|them|that)\b|\b(anvanda|koppla in|koppla|ansluta|ha kvar|behalla|ta med) (var|min|mitt|vart|en|ett) (egen|eget|egna) (\w+[- ])?(mesh\w*|wifi\w*|system\w*|router\w*|modem\w*)|\b(use|keep|bring|have|plug in|connect|run) (our|my|an?|their) own (router|modem|wi-?fi router|equipment)\b|\b(keep|use|bring|take|plug in|connect) (my|our|the) (current|existing|old|present|own|previous)( \w+){0,2} (router|modem|one|box|equipment)\b|\b(keep|use|bring) (my|our) (asus|netgear|tp-?link|linksys|ubiquiti|eero|fritz\w*|google|mesh|orbi|deco)\b|\b(router|modem|one|box) (that )?(i|we) (already )?(have|own|got|bought)\b|\b(have to|must|need to|got to|required to|forced to) use (yours|your (router|modem|box|equipment|one))\b|\b(behalla|ha kvar|anvanda|ta med|koppla in) (min|mitt|var|vart|den) (nuvarande|gamla|befintliga|egna|tidigare)( \w+){0,2} (router\w*|modem\w*)|\b(behalla|ha kvar|anvanda|ta med) (min|var) (asus|netgear|tp-?link|linksys|ubiquiti|eero|fritz\w*|google|mesh|orbi|deco)\b|\b(router\w*|modem\w*) (som )?(jag|vi) (redan )?(har|ager|kopt)\b|\b(maste|behover) (jag|vi|man) (anvanda|ha) (er|eran|ert|era|din|er router\w*|ert modem)\b|\bown (router|modem) (instead|rather)\b|\b(anvanda|ha kvar|behalla|ta med|koppla in|ha) (var|min|mitt|en|ett) (egen|eget|egna) (router\w*|modem\w*|utrustning)\b|\begen (router|routern)\b[^.?!]{0,20}\b(istallet|i stallet)\b|\b(does|do|will|would|can|could) (my|our) (own )?(\w+ )?(router|modem|mesh\w*|system)s? (work|be compatible|function)\b|\b(my|our) own (\w+ )?(router|modem|mesh\w*|system)s?\b[^.?!]{0,20}\b(work|works|compatible)\b|\b(funkar|fungerar|funka|fungera|gar) (min|mitt|var|vart) (egen |eget |egna )?(\w+[- ])?(router\w*|modem\w*)|\b(min|mitt|var) (egen|eget|egna) (\w+[- ])?(router\w*|modem\w*)\b[^.?!]{0,20}\b(funka\w*|fungera\w*|ga att anvanda)\b/,
  ],
  [
    // "do i need a router of my own?", "behöver jag köpa en egen router?", "ingår routern?": equipment.
    'equipment',
    /\b(router\w*|modem\w*|wifi-?box\w*)\b[^.?!]{0,40}\b(own|buy|purchase|included|include|come with|comes with|pay|rent|kopa|ingar|ingaende|eget|egen|betala|hyra)\b|\b(own|buy|purchase|need|have to get|kopa|egen|eget|behover|maste)\b[^.?!]{0,25}\b(router\w*|modem\w*)\b/,
  ],
  [
    // "do i need to be home when you install it?", "måste någon vara hemma vid installationen?": usually yes,
    // and sales books the time.
    'be_home',
    /\b(do|does|will|must|should|shall) (i|we|someone|somebody|anyone|anybody|one of us) (need to |needs to |have to |has to |got to )?be (at )?(home|there|in|present|around)\b|\b(maste|behover|ska|bor) (jag|vi|nagon|nan|man) (vara|va) (hemma|har|dar|pa plats|pa adressen)\b|\b(who|vem) (needs to|must|has to|should|maste|behover|ska) (be|vara) (home|there|present|hemma|dar|pa plats)\b|\b(let|open the door for|slappa in|oppna for)\b[^.?!]{0,20}\b(install\w*|tech\w*|engineer\w*|montor\w*|tekniker\w*|installator\w*)/,
  ],
  [
    // "does a technician need to come and install it, or can we do it ourselves?", "behöver någon komma hem och
    // installera?": usually not — answered here (tech.install_visit), a socket still missing is booked by sales.
    'install_visit',
    /\b(technician\w*|engineer\w*|someone|somebody|anyone|tekniker\w*|installator\w*|montor\w*|nagon|nan)\b[^.?!]{0,30}\b(come|visit|komma|kommer|besok\w*)\b[^.?!]{0,30}\b(install\w*|set ?up|connect\w*|installer\w*|koppla\w* in|inkopp\w*|satta upp)|\b(install|set (it )?up|installera|koppla in)\b[^.?!]{0,25}\b(ourselves|myself|our own|sjalv|sjalva|pa egen hand)\b|\b(need|needs|have to|has to|must|behover|maste)\b[^.?!]{0,20}\b(install\w*|installer\w*|installation)\b[^.?!]{0,20}\b(visit|technician|tekniker|besok|hem|home)\b/,
  ],
  [
    // "is there a number i can call instead?", "kan jag ringa er istället?", "what's your phone number?": the
    // desk has no number to give; sales contacts them (never "it depends on the address").
    'phone',
    /\b(number|nummer|telefonnummer|phone ?number)\b[^.?!]{0,30}\b(i|we|jag|vi|man) (can |could |kan |ska |may )?(call|phone|ring\w*)\b|\b(can|could|may|should) (i|we) (just )?(call|phone|ring) (you|u|sales|someone|somebody|the sales|your|them)\b|\b(kan|far|ska) (jag|vi|man) (inte )?(bara )?(ringa|ringer) (er|till er|saljavdelningen|saljarna|nagon|kundtjanst|dem|dom)\b|\b(what'?s|what is|whats|give me|do you have|is there) (your|the|a|their) (phone|telephone|sales)? ?(number|no)\b|\b(vad ar|vad har ni for|finns det (ett|nagot)) (ert |ett |deras )?(telefonnummer|nummer)\b|\b(ert|era|deras|saljavdelningens|kundtjanstens) (telefonnummer|nummer)\b/,
  ],
  [
    // "we don't have a Swedish personnummer yet, is that a problem?", "behöver ni mitt personnummer?": the ID a
    // contract needs is sales' to say — never read as the customer number.
    'personal_id',
    /\b(personnummer\w*|personnr|samordningsnummer\w*|personal (id|identity|identification) number|swedish (id|personal) number|social security number|national id( number)?)\b/,
  ],
];

/** Questions the desk answers itself: nothing for sales to answer on the case. */
const ANSWERED_HERE = new Set(['phone', 'install_visit']);

/** The text that answers each question: what it depends on, and that sales gives it. */
const SALES_ANSWERS: Record<string, MessageKey> = {
  price: 'sales.price',
  availability: 'sales.availability',
  install_time: 'sales.install_time',
  equipment: 'sales.equipment',
  equipment_included: 'sales.equipment.included',
  included: 'sales.included',
  own_router: 'sales.own_router',
  be_home: 'sales.be_home',
  phone: 'sales.phone',
  personal_id: 'sales.personal_id',
  install_visit: 'tech.install_visit',
};

/** Buying one's own set against it being included, in one question: "buy my own or is it included?" (folded). */
const EITHER_OR_BUY =
  /\b(buy|purchase|get|own|kopa|skaffa|egen|eget)\b[^.?!]{0,40}\b(or|eller)\b[^.?!]{0,25}\b(included|include|come with|comes with|ingar|medfoljer|foljer med)\b|\b(included|ingar|medfoljer)\b[^.?!]{0,25}\b(or|eller)\b[^.?!]{0,40}\b(buy|purchase|kopa|skaffa)\b/;

/** The sales questions in `text`, in the order above (none when it asks neither). */
export function salesQuestions(text: string): string[] {
  const t = fold(text).replace(/\s+/g, ' ');
  const found = SALES_QUESTIONS.filter(([, re]) => re.test(t)).map(([q]) => q);
  // "is a router included?" is answered "yes"; "do i need my own?" "no" — never both for one question.
  // "can we use our own router?" is not "do we need to buy one".
  // "Behöver jag köpa en egen router eller ingår det?": either/or, answered with what is true, never a bare
  // "ja" or "nej" (the equipment text says it without one).
  const eitherOr = found.includes('equipment') && EITHER_OR_BUY.test(t);
  const one = found.includes('equipment_included')
    ? found.filter((q) => (eitherOr ? q !== 'equipment_included' : q !== 'equipment') && q !== 'included')
    : found.includes('own_router')
      ? found.filter((q) => q !== 'equipment')
      : found;
  // "included or is that extra": whether it costs extra is that answer, not a price list for an address.
  return one.includes('included') ? one.filter((q) => q !== 'price') : one;
}

/**
 * Answers the sales questions in `text` and notes them for sales; false when none. Speeds and prices
 * beside each other keep the offer answer (`case.offer.sales`); what it leaves out is added.
 */
export async function answerSalesQuestions(
  tickets: Pick<TicketStore, 'append'>,
  ticket: Ticket,
  turn: Turn,
  text: string,
  plan: Plan | null = null,
): Promise<boolean> {
  // "what speed am I actually paying for?" from a verified customer: the service record says it.
  const own = plan !== null && asksOwnPlan(fold(text).replace(/\s+/g, ' '));
  if (own) turn.say('after.my_plan', { down: String(plan.downMbps), up: String(plan.upMbps) });
  const offered = !own && (await answerOfferQuestion(tickets, ticket, turn, text));
  if (own && !salesQuestions(text).length) return true;
  const asked = salesQuestions(text).filter((q) => !offered || q !== 'price');
  if (!asked.length) return offered;
  const forSales = asked.filter((q) => !ANSWERED_HERE.has(q));
  if (!offered && forSales.length)
    await tickets.append(ticket.id, [
      {
        type: 'note',
        actor: { kind: 'bot', id: null },
        text: `question for sales to answer (${forSales.join(', ')}): "${text.slice(0, 300)}"`,
        internal: true,
      },
    ]);
  for (const q of asked) turn.say(SALES_ANSWERS[q]);
  if (!offered && forSales.length) turn.say('sales.noted', { reference: ticket.reference });
  return true;
}
