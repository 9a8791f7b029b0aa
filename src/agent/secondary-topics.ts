// A second topic offered at the end of a case ("You also mentioned an outage…") must be one the
// customer raised. Triage reads a second intent from a clause on its own, so "someone is in my network
// and you just close it" can read as an outage and "i dont want to change my subscription" as a
// subscription change. A topic handed to another team is offered only when the customer's words name
// it in a clause that does not deny it.
import type { Intent } from '../domain/index.js';
import { fold } from '../triage/normalize.js';
import { paysForIt } from '../triage/purchase-wish.js';
import { asksOwnPlan } from './plan-question.js';
import { saysNotAsked } from './said-not-asked.js';
import { topicsOf } from '../triage/topics-of.js';
import { withoutWhereFound } from '../triage/where-found.js';
import { complainsUnanswered } from './after-questions.js';
import type { ConversationState } from './conversation-state.js';
import type { Turn } from './turn.js';

/** A router setting asked for besides a guest network (folded): a port, bridge mode, the admin login… */
const ROUTER_CHANGE = /\b(port\w*|bridge\w*|brygg\w*|dmz|admin\w*|static ip|fast ip|upnp|ipv6|mesh\w*)\b/;

/** The words that name each topic offered to another team (folded: å/ä/ö → a/a/o). */
const NAMED: Partial<Record<Intent, RegExp>> = {
  outage_check:
    /\b(outage\w*|driftstor\w*|storning\w*|avbrott\w*|(is|are) (it|the network|internet) down (for|in)|neighbou?rs?|grann\w*|(hela|whole|the) (omradet|area|street|gatan)|(area|omrade)\w*|planned (work|maintenance)|underhall\w*)\b/,
  billing:
    /\b(faktur\w*|rakning\w*|invoice\w*|bill\w*|betal\w*|pay\w*|paid|charge\w*|debiter\w*|avgift\w*|refund\w*|kostnad\w*|kvitto\w*|receipt\w*|money back|my money|pengar\w* tillbaka|pengarna|ersattning(?!s-?(router|modem))\w*|avdrag\w*|aterbetal\w*|compensat\w*|kompens\w*|reduction|discount)\b/,
  // A plan, a speed or a price on its own ("i have the 349 plan", "vad kostar 500 mbit?") states no
  // change: the words must ask for one.
  account_change:
    /\b(upgrad\w*|downgrad\w*|uppgrader\w*|nedgrader\w*|cancel\w*|terminat\w*|saga upp|sager upp|uppsagning\w*|avsluta\w*|(byta|andra|change|switch)( \w+){0,2} (abonnemang\w*|hastighet\w*|subscription|plan|speed|package|paket\w*)|flytt\w*|moving|move house|(want|wanna|vill|would like|order|bestalla|bestaller|skaffa)( \w+){0,3} (snabbare|faster|higher|hogre|more|mer|\d+ ?(mbit|mb|gbit)\w*)|(go|step|move|switch|change|ga|byta?|andra)( \w+){0,3} (down|up|ner|upp|to|till)( \w+){0,2} (cheaper|slower|faster|lower|higher|smaller|billigare|langsammare|snabbare|lagre|hogre|mindre|\d+ ?(mbit|mb|gbit)\w*)|(cheaper|slower|lower|smaller|billigare|langsammare|lagre|mindre) (speed|plan|package|subscription|hastighet\w*|abonnemang\w*|paket\w*)|(faster|higher|bigger|better|quicker|snabbare|hogre|storre|battre) (plan|package|subscription|abonnemang\w*|paket\w*))\b/,
  // "Has my router been hacked??" (an e-mail's subject) reads like an update to the classifier: a software update is
  // raised only where one is named.
  firmware_update:
    /\b(firmware\w*|software|mjukvar\w*|programvar\w*|update\w*|updat\w*|uppdater\w*|upgrad\w*|uppgrader\w*|version\w*|patch\w*)\b/,
  // A speed as a number is a plan, not a problem: slowness is named by words that complain.
  sites_unreachable:
    /\b(sites?|websites?|web ?pages?|webb?sid\w*|pages?|sidor\w*|sidan|sajt\w*|hemsid\w*|(some|vissa|en del) (apps?|appar|tjanster|services))\b/,
  slow_speed:
    /\b(slow\w*|langsam\w*|seg(t|a)?|lagg(ar|ig|y|ing|s)?|lags|buffer\w*|hack(ar|ig)\w*|(low|lag|poor|bad|dalig) (speed|hastighet|bandwidth)|(only|bara|endast|just) (get|gets|getting|far|fa|ger)\b[^.]*\b(mbit|mb|speed|hastighet)\w*|crawl\w*)\b/,
};

/** A verb denied ("i dont want…", "i never said…", "vill inte"); "no internet" negates a noun, not the topic. */
const DENIAL = /^(not|dont|don'?t|never|didn'?t|didnt|doesn'?t|inte|aldrig|ej|varken|neither)$/;
/** How many words before the topic's word a denial reaches. */
const DENIAL_REACH = 6;

/** "web pages work fine thats not the problem", "sidorna laddar fint": the topic named as working, after it. */
const SAID_FINE =
  /^[^.!?]{0,30}?\b(work(s|ing)?|load(s|ing)?|(is|are|seem) (fine|ok)|funkar|fungerar|laddar|(ar|e) (bra|ok)|(is|are|ar) not the (problem|issue)|(ar|e) inte problemet)\b/;
const NEGATED_FINE = /\b(not|dont|doesnt|don'?t|doesn'?t|won'?t|wont|inte|ej|aldrig|no longer)\b/;

function saidFine(clause: string, end: number): boolean {
  const after = clause.slice(end);
  const fine = SAID_FINE.exec(after);
  if (!fine) return false;
  // "sites don't load": a denial before the verb makes it the problem after all; "not the problem" denies it.
  const before = after.slice(0, fine.index + fine[0].length - fine[1].length);
  // Swedish puts it after the verb: "sidorna laddar inte".
  const next = after
    .slice(fine.index + fine[0].length)
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .join(' ');
  return /not the|inte problemet/.test(fine[1]) || !(NEGATED_FINE.test(before) || NEGATED_FINE.test(next));
}

/** "jag behöver ingen hjälp med fakturan", "I need nothing from billing": no need of the topic named next. Folded. */
const NO_NEED =
  /\b(need|want|behover|vill ha)( \w+)? (no|nothing|ingen|inget|inga|ingenting)\b[^.?!,]{0,25}$/;

function deniedBefore(clause: string, at: number): boolean {
  if (NO_NEED.test(clause.slice(0, at))) return true;
  return clause
    .slice(0, at)
    .split(/\s+/)
    .filter(Boolean)
    .slice(-DENIAL_REACH)
    .some((w) => DENIAL.test(w));
}

/** "i didnt mention any change?", "jag har inte sagt nåt om låg hastighet": the customer denies raising a topic. */
const NEVER_SAID =
  /\b(i (didn'?t|didnt|did not|never|haven'?t|havent|have not) (mention|say|said|ask|write|talk|bring)\w*|never (said|mentioned|asked|wrote)|not what i (said|asked|wrote)|who said (anything )?about|((jag|vi) (har )?|har )(inte|aldrig|int) (sagt|sa|namnt|namnde|skrivit|skrev|fragat|fragade|pratat|pratade)|(jag|vi) (sa|namnde|fragade|skrev) (inte|aldrig|inget|ingenting)|sa (inget|ingenting|inte (nat|nagot)) om)\b/;

/** The sentences of `text` that are not a denial, or null when no sentence denies a topic. */
export function afterDenial(text: string): string[] | null {
  const sentences = text.split(/(?<=[.!?\n])\s+/).filter((s) => s.trim());
  const kept = sentences.filter((s) => !NEVER_SAID.test(fold(s)));
  return kept.length === sentences.length ? null : kept;
}

/**
 * A denial of the topic offered in the last reply is acknowledged and the topic dropped; true when the
 * message held nothing else (so nothing more is done with it).
 */
export function withdrawOffer(
  conv: Pick<ConversationState, 'offeredTopic' | 'secondaryIntents'>,
  turn: Turn,
  text: string,
): boolean {
  const offered = conv.offeredTopic;
  const rest = offered ? afterDenial(text) : null;
  if (!offered || !rest) return false;
  conv.offeredTopic = null;
  conv.secondaryIntents = conv.secondaryIntents.filter((i) => i !== offered);
  turn.say('secondary.denied');
  return rest.join(' ').split(/\s+/).filter(Boolean).length < 3;
}

/**
 * "I don't need billing, I just need to get in", "jag behöver ingen hjälp med fakturan": the team's topic is
 * named only to say it is not wanted — no request for that team.
 */
export function teamDenied(text: string, intent: Intent): boolean {
  const named = NAMED[intent];
  const clauses = fold(text).split(/[.!?;,\n]+/);
  return !!named && clauses.some((c) => named.test(c)) && raisedSecondaries(text, [intent]).length === 0;
}

/**
 * "Jag har ingen fråga om fakturan, jag undrade bara var PIN stod", "I did not ask for anything to go to billing",
 * "men jag har inte frågat något om fakturan": the team's topic named only in a sentence that says it was never
 * asked about — whatever else the message asks, nothing of it is for that team.
 */
export function teamDisowned(text: string, intent: Intent): boolean {
  const named = NAMED[intent];
  if (!named) return false;
  const sentences = sentencesOf(text);
  const denying = sentences.filter((s) => named.test(fold(s)) && saysNotAsked(s));
  return denying.length > 0 && sentences.every((s) => denying.includes(s) || !named.test(fold(s)));
}

/** Topics another team takes, and the team. */
export const TEAM_OF: Partial<Record<Intent, 'billing' | 'sales'>> = {
  billing: 'billing',
  account_change: 'sales',
};

/** A sentence that asks, or asks for something ("why did the bill go up?", "I want to know what you will do"). */
const ASKS_OR_WANTS =
  /\?|^\W*(\w+\W+){0,3}(varfor|vrf|why|how come|hur|what|vad|when|nar|can|could|kan|will|kommer|gar (det|de) att)\b|\b(undrar|wonder\w*|want|wanna|vill|would like|need|behover|please|pls|snalla|what (will|are) you (do|going))\b/;

/** The sentences of a message (its first 1,500 characters). */
function sentencesOf(text: string): string[] {
  return String(text ?? '')
    .slice(0, 1500)
    .split(/(?<=[.!?\n])\s+/)
    .filter((s) => s.trim());
}

/**
 * The customer's own words that ask another team's topic (`intent`) in `text`, or null when the topic is
 * only mentioned ("my invoice looks wrong" is offered at the close, "why did it go up 50 kr?" is taken up).
 */
export function askedOfTeam(text: string, intent: Intent): string | null {
  const named = NAMED[intent];
  if (!named || !TEAM_OF[intent]) return null;
  const asked = sentencesOf(text).filter((s) => {
    const f = fold(s);
    const m = named.exec(f);
    return m !== null && !deniedBefore(f, m.index) && ASKS_OR_WANTS.test(f);
  });
  return asked.length ? asked.join(' ').trim().slice(0, 300) : null;
}

/** Every sentence of `asked` asks for money back for the fault (compensation), none about the invoice itself. */
export function onlyRefund(asked: string): boolean {
  const sentences = asked.split(/(?<=[.!?\n])\s+/).filter((s) => s.trim());
  return (
    sentences.length > 0 &&
    sentences.every((s) => {
      const topics = topicsOf(s);
      return topics.includes('compensation') && !topics.some((x) => x === 'invoice_fee' || x === 'e_invoice');
    })
  );
}

/**
 * "och btw min räkning gick upp förra månaden, varför?" beside an answer while a fault case goes on: the
 * customer's words asking billing about the invoice (money back for the fault alone is answered from the
 * check, compensation), or null.
 */
export function invoiceQuestionOf(text: string): string | null {
  const asked = askedOfTeam(text, 'billing');
  // "Menar ni koden på fakturan? Det står ingen PIN där.": where the PIN or number is, not the invoice.
  if (asked && IDENTITY_DETAIL.test(fold(asked))) return null;
  // "Vad är det för PIN? Står det på fakturan med?", "is it on the invoice too?": whether a thing is written on
  // the invoice (the PIN, the number asked for) is where to find it — no question for billing, unless money is named.
  if (asked && WRITTEN_ON.test(fold(asked)) && !MONEY_NAMED.test(fold(text))) return null;
  // "vad är det egentligen vi betalar för, 250 eller 500?": which plan they have, answered from the service record.
  if (asked && asksOwnPlan(fold(asked))) return null;
  return asked && !onlyRefund(asked) ? asked : null;
}

/** "står det på fakturan?", "finns den på räkningen med?", "is it on the invoice too?": where a thing is written (folded). */
const WRITTEN_ON =
  /\b(star|stod|finns|fanns|syns|is|was|are|it'?s|will it be|would it be)( (det|den|han|hon|dom|de|it|that|this|they|them|den koden|koden|it also|it too))+( \w+)?( \w+)? (pa|on|in|i) (the |my |our |min |var |era? )?(faktura\w*|rakning\w*|invoice\w*|bill)\b/;
/** An amount, fee or charge named: an invoice question after all (folded). */
const MONEY_NAMED =
  /\b(\d+ ?(kr|kronor|sek|:-)|belopp\w*|avgift\w*|kostnad\w*|dyr\w*|fee|fees|charge\w*|amount|price|pris\w*|betal\w*|pay\w*)\b/;

/** The PIN, a code or the customer number: what is asked for at identification. */
const IDENTITY_DETAIL = /\b(pin\w*|kod|koden|koder|code|kundnummer\w*|customer number|account number)\b/;

/**
 * "men fakturan då?", "och du svarade inte om räkningen": the topic of `intent`'s team named again, in a sentence
 * that does not deny it (a "not" that says it went unanswered denies nothing).
 */
export function namesTeamTopic(text: string, intent: Intent): boolean {
  const named = NAMED[intent];
  return (
    !!named &&
    sentencesOf(text).some((s) => {
      const f = fold(s);
      const m = named.exec(f);
      return m !== null && (complainsUnanswered(s) || !deniedBefore(f, m.index));
    })
  );
}

/** `text` without the sentences kept for a team (`kept`, their words joined), or `text` when none is. */
export function withoutKept(text: string, kept: string | undefined): string {
  if (!kept) return text;
  const rest = sentencesOf(text).filter((s) => !kept.includes(s.trim()));
  return rest.length ? rest.join(' ') : text;
}

/** A plan or its speed named (folded). */
const PLAN_WORD =
  /\b(upgrad\w*|downgrad\w*|uppgrader\w*|nedgrader\w*|abonnemang\w*|subscription\w*|plan|plans|package\w*|paket\w*|hastighet\w*|speed|\d+ ?(mbit|mb|gbit)\w*)\b/;

/** "do i need a faster plan?", "ska jag uppgradera?": whether a change is needed, which the diagnosis answers. */
const NEED_ASKED =
  /\b((do|does|should|must|would|will) (i|we|you|u) (really )?(need|have to|want to|upgrade|get|go)|need (to|a|an)|(behover|maste|ska|borde|bor) (jag|vi|man|ja))\b/;

/** Sales named as the team wanted ("can you pass me to sales?", "vad har säljavdelningen för nummer?"). */
const SALES_NAMED =
  /\b(sales|salesteam|saljavdelning\w*|saljare\w*|saljteam\w*|forsaljning\w*|kundsalj\w*)\b/;

/**
 * The customer's own words asking something of sales beside a fault — a discount, a faster or cheaper plan,
 * or sales itself ("what about the discount?", "also can i get a faster plan", "can you pass me to sales?"),
 * or null when no sentence does. A reduction for days without service is billing's (compensation), never this.
 */
export function salesWishOf(text: string): string | null {
  const asked = sentencesOf(text).filter((s) => {
    const f = fold(s);
    if (topicsOf(s).includes('discount')) return true;
    // A change of plan asked for ("can i get a faster plan?", "vill ha 1000 mbit"); moving house or
    // cancelling has its own flow, and "ska jag flytta den till ett annat uttag?" moves a plug.
    if (PLAN_WORD.test(f) && !NEED_ASKED.test(f) && askedOfTeam(s, 'account_change')) return true;
    const m = SALES_NAMED.exec(f);
    return m !== null && !deniedBefore(f, m.index);
  });
  return asked.length ? asked.join(' ').trim().slice(0, 300) : null;
}

/** The secondary intents the customer really raised in `text` (Tier-1 ones pass as they are). */
export function raisedSecondaries(text: string, intents: readonly Intent[]): Intent[] {
  // "is it possible to have a guest network on the router?": a question the desk answers (a router setting,
  // how to switch it on), never a second request that sends the fixed case on to second line.
  const guestOnly = topicsOf(text).includes('guest_network') && !ROUTER_CHANGE.test(fold(text));
  if (guestOnly) intents = intents.filter((i) => i !== 'router_config');
  const clauses = withoutWhereFound(fold(text))
    .replace(/\bdo not\b/g, 'dont')
    .split(/[.!?;,\n]+/)
    .map((c) => c.trim())
    .filter(Boolean);
  return intents.filter((intent) => {
    const named = NAMED[intent];
    if (!named) return true;
    return clauses.some((c) => {
      const m = named.exec(c);
      // "jag betalar gärna", "even if I pay": a price offered for something wanted, no invoice.
      // "och kan jag se mina fakturor där sen?": where to find the invoices is answered (portal_invoices).
      if (intent === 'billing' && (paysForIt(c) || topicsOf(c).includes('portal_invoices'))) return false;
      return m !== null && !deniedBefore(c, m.index) && !saidFine(c, m.index + m[0].length);
    });
  });
}
