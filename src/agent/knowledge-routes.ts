// General questions after the outcome (question-topics.ts GENERAL_TOPICS: the Wi-Fi bands as two networks,
// a device's address under a port forward, the PIN and bank codes, invoices by e-mail, the account pages'
// password, a discount): answered from the catalogue (`reply.<topic>`), never "I can't answer that from here",
// and never a fault flow. Those a team acts on are passed to it with the customer's words — onto the team's
// own case when it has this conversation already (or a case linked in it), else onto a new linked case.
import { saysNotAsked } from './said-not-asked.js';
import type { Intent, Queue, Ticket } from '../domain/index.js';
import { fold } from '../triage/normalize.js';
import { accountPasswordMeant, GENERAL_TOPICS, type ExtraTopic } from '../triage/question-topics.js';
import { topicsOf } from '../triage/topics-of.js';
import type { AfterOutcomeCtx } from './after-outcome-context.js';
import type { ConversationState } from './conversation-state.js';
import { openLinked } from './linked-case.js';
import { salesWishOf } from './secondary-topics.js';
import { hasMessage, type MessageKey } from './messages/index.js';
import { NARROWS } from './question-answers.js';
import type { Turn } from './turn.js';

const GENERAL = new Set<string>(GENERAL_TOPICS.map(([topic]) => topic));

/**
 * The team that acts on a general question, and whether only when the customer asks for it to be done
 * ("kan ni göra ett eget 5ghz nät?" is passed on; "what is a separate 5 GHz network?" is only answered).
 */
const ROUTES: Partial<Record<ExtraTopic, { queue: Queue; intent: Intent; onlyAsked: boolean }>> = {
  discount: { queue: 'sales', intent: 'account_change', onlyAsked: false },
  e_invoice: { queue: 'billing', intent: 'billing', onlyAsked: false },
  address_changes: { queue: 'tier2', intent: 'router_config', onlyAsked: true },
  guest_network: { queue: 'tier2', intent: 'router_config', onlyAsked: true },
};

/**
 * Offers the desk carries out itself (the 5 GHz band given its own name: reply.band_split, reply.one_name_bands):
 * taken, the request is opened as the desk's own case in these words — its permission asked there, never a team.
 */
const DESK_DOES: Partial<Record<ExtraTopic, { en: string; sv: string }>> = {
  band_split: { en: 'please give the 5 GHz band its own name', sv: 'ge gärna 5 GHz-bandet ett eget namn' },
  one_name_bands: {
    en: 'please give the 5 GHz band its own name',
    sv: 'ge gärna 5 GHz-bandet ett eget namn',
  },
};

/** A topic whose text names what the customer said (the ping: ping-facts.ts), falling back to the general one. */
const KEYS: Partial<Record<ExtraTopic, MessageKey>> = { ping: 'reply.ping.said.high' };

/** The desk asked to do it: "kan ni…", "can you…", "I want…", "please…" (folded text). */
const ASKED_TO_DO =
  /\b(kan|kunde|skulle) (ni|du) (inte )?(fixa|gora|gor|dela|lagga|satta|stalla|andra|byta|ordna|skicka|hjalpa)|\b(can|could|would|will) (you|u|ya|you guys) (please |pls )?(do|make|set|split|separate|fix|change|add|create|sort|reserve|give|switch|send|help)|\b(i|we) (want|would like|'d like|wanna|need)\b|\b(jag|vi) (vill|skulle vilja|behover)\b|\b(please|pls|snalla|tack pa forhand)\b|\b(fixa|gor|ordna|dela upp|skicka)\b[^.?!]{0,30}\b(at mig|at oss|for mig|for oss)\b/;

/**
 * The general topics of `text`. In a conversation about signing in to the account pages (its intent), a
 * bare "password" is the account pages' one — never the Wi-Fi key.
 */
export function generalTopics(text: string, intent?: string | null): ExtraTopic[] {
  // ("is my ip going to change?" is the public address, which narrows the device's address changing.)
  const all = topicsOf(text);
  const found = all.filter(
    (x): x is ExtraTopic => GENERAL.has(x) && !all.some((y) => [NARROWS[y]].flat().includes(x)),
  );
  if (!found.includes('account_password') && accountPasswordMeant(fold(text), intent))
    found.push('account_password');
  return found;
}

/**
 * The text that answers a general topic: for the case's cause when the catalogue has one ("can I see the
 * drop log myself?" with the fibre level measured: reply.see_signal.optical_power_low), else the general one.
 */
export function generalKey(topic: ExtraTopic, cause?: string | null): MessageKey {
  const own = cause ? `reply.${topic}.${cause}` : null;
  if (own && hasMessage(own)) return own;
  return KEYS[topic] ?? (`reply.${topic}` as MessageKey);
}

/**
 * "weekdays after 5 maybe. and you still havent told me about the ping": a general question beside the answer
 * to what the desk asked, while the case is worked on, is answered in the same reply (before the question put
 * next) — never dropped because the rest of the message answered the ask. (A text the turn already said is
 * not said twice: Turn.add.)
 */
export function answerGeneralBeside(
  conv: ConversationState,
  turn: Turn,
  text: string,
  phaseBefore: string,
  cause?: string | null,
) {
  if (phaseBefore !== 'runbook') return;
  // "…so that part works now. I asked if it is normal that the account locks after 3-4 wrong passwords": whether
  // it is normal, for the case's cause, is answered too (never only the general text beside it).
  const normal = cause ? `reply.is_normal.${cause}` : null;
  if (normal && hasMessage(normal) && topicsOf(text).includes('is_normal'))
    turn.sayBeforeAsk(normal as MessageKey);
  for (const topic of generalTopics(text, conv.intent)) {
    const key = generalKey(topic, cause);
    if (hasMessage(key)) turn.sayBeforeAsk(key);
  }
}

/**
 * Answers the general questions in `text` and passes on what a team acts on. Returns false when the text
 * asks none (the caller handles it as before).
 */
export async function answerGeneral(
  c: AfterOutcomeCtx,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
): Promise<boolean> {
  const topics = generalTopics(text, conv.intent);
  // "can you pass me to sales?" when sales has a case of this conversation already (sales-wish.ts): onto it.
  const toSales = !topics.length && !!salesWishOf(text) && !!(await teamCase(c, ticket, conv, 'sales'));
  if (!topics.length && !toSales) return false;
  const p = c.params(ticket, conv);
  const cause = await c.deps.cause(ticket);
  for (const topic of topics) {
    const key = generalKey(topic, cause);
    if (!hasMessage(key)) continue;
    turn.answering(`general:${topic}`);
    turn.say(key, p);
    turn.answering(null);
  }
  const asked = ASKED_TO_DO.test(fold(text));
  const routes = topics.flatMap((x) => {
    const r = ROUTES[x];
    return r && (!r.onlyAsked || asked) ? [r] : [];
  });
  if (toSales) routes.push({ queue: 'sales', intent: 'account_change', onlyAsked: false });
  const queues = new Set<Queue>();
  for (const route of routes) {
    if (queues.has(route.queue)) continue;
    queues.add(route.queue);
    await passOn(c, ticket, conv, turn, text, route.queue, route.intent);
  }
  return true;
}

/**
 * The desk's own offers: a general answer whose text offers that a team does it ("…or our second-line
 * technicians can set it up for you", "…or our billing team switches it for you") — every topic passed on
 * only when asked (ROUTES) or a team switches for the customer. Said in a reply, the offer is kept (with
 * the question's words) until the customer takes it, turns it down, or another offer replaces it.
 */
const OFFERED: ReadonlySet<ExtraTopic> = new Set([
  ...(Object.keys(ROUTES) as ExtraTopic[]).filter((x) => ROUTES[x]?.onlyAsked || x === 'e_invoice'),
  ...(Object.keys(DESK_DOES) as ExtraTopic[]),
]);

/** After a turn: the offer its reply made, kept with the words that led to it; an offer taken is let go. */
export function rememberTeamOffer(conv: ConversationState, said: readonly string[], text: string): void {
  const topic = [...OFFERED].find((x) => said.includes(generalKey(x)));
  if (topic && !said.includes('offer.taken')) conv.teamOffer = { topic, words: text.slice(0, 300) };
}

/** Team words: the offer taken by naming who does it ("skicka det till andralinjen", "let second line do it"). Folded. */
const TEAM_NAMED =
  /\b(andralinjen?|andra linjen|andralinjeteknik\w*|second[- ]?line|2nd line|tier ?2|(era|dina|your) (tekniker\w*|technicians?|colleagues?|kolleg\w*)|teknikerna|the technicians|fakturaavdelning\w*|billing( team)?)\b/;
/** A yes to the offer: "ja tack", "gärna", "yes please", "do it", "send it", "have them set it up" (folded). */
const TAKES_PHRASE =
  /\b(garna|ja tack|yes please|gor det|gora det|do that|do it|go ahead|skicka (det|den|vidare|iv)\w*|send (it|that)|pass it on|have them|let them|lat (dem|de)|fixa det|ordna det|set it up|stall in det|satt upp det)\b/;
const TAKES = new RegExp(
  /^\W*(ja|japp|jepp|jo|garna|yes|yeah|yep|yup|sure|please|pls|ok|okej|okay|absolut|definitely|perfekt|toppen|great|gor det|do it|go ahead)\b/
    .source +
    '|' +
    TAKES_PHRASE.source,
);
/** …but not one that turns it down ("nej tack, jag gör det själv", "no thanks, I'll do it myself"). */
const DECLINES =
  /\b(no thanks?|nej|nah|not now|inte nu|behovs inte|never mind|forget it|strunta|(jag|vi) (gor|fixar|ordnar) det (sjalv|sjalva)|(i|we)'?(ll| will)? do it (myself|ourselves))\b/;

/**
 * "gärna att andralinjen fixar gästnätet åt oss", "skicka det till andralinjen tack. gästnät med namnet Villa
 * Gäst", "yes please have them do it": the desk's offer taken — carried out as the team's case (linked after a
 * close, or onto the team's case the conversation has) with what was asked and the customer's words, said once
 * with its number. False when `text` takes no offer (the offer is kept unless turned down).
 */
export async function takeTeamOffer(
  c: AfterOutcomeCtx,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
  /** The message answers the question the desk asked ("Yes, it works …" to "does it work now?"): its yes is that answer's. */
  answering = false,
): Promise<boolean> {
  const offer = conv.teamOffer;
  if (!offer) return false;
  const t = fold(text);
  // "But I did not ask for anything to go to billing?": the offer turned down, never taken by naming the team.
  if (DECLINES.test(t) || saysNotAsked(text)) {
    conv.teamOffer = null;
    return false;
  }
  const topic = offer.topic as ExtraTopic;
  const route = ROUTES[topic] ?? (topic === 'e_invoice' ? ROUTES.e_invoice : undefined);
  const desk = DESK_DOES[topic];
  if (!route && !desk) return false;
  // A yes, the team named, or the thing offered asked for in so many words.
  // Taken already ("skicka det till andralinjen tack. gästnät med namnet Villa Gäst"): what is said of it now
  // (the team or the thing named) goes onto that case — never the offer again.
  const about = generalTopics(text, conv.intent).includes(topic);
  const takes = offer.taken
    ? TEAM_NAMED.test(t) || about
    : (answering ? TAKES_PHRASE : TAKES).test(t) || TEAM_NAMED.test(t) || (about && ASKED_TO_DO.test(t));
  if (!takes) return false;
  if (desk) {
    // The desk's own offer: its request opened as a case of the desk's, with its own permission question.
    conv.teamOffer = null;
    conv.pendingAsk = null;
    const words = desk[conv.language];
    await c.deps.tickets.append(ticket.id, [
      {
        type: 'note',
        actor: { kind: 'bot', id: null },
        text: `the customer takes up the offer (${topic})`,
        internal: true,
      },
    ]);
    await c.deps.reopen(ticket, conv, turn, words, c.deps.triage.triage(words));
    return true;
  }
  if (!route) return false;
  conv.teamOffer = { ...offer, taken: true };
  const words = offer.taken ? text.slice(0, 600) : `${offer.words} / ${text}`.slice(0, 600);
  await passOn(c, ticket, conv, turn, words, route.queue, route.intent, {
    note: `the customer takes up the offer (${topic}), for ${route.queue}`,
    told: 'offer.taken',
  });
  return true;
}

/** Onto the team's case in this conversation when there is one, else a new linked case for the team. */
async function passOn(
  c: AfterOutcomeCtx,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
  queue: Queue,
  intent: Intent,
  how: { note?: string; told?: MessageKey } = {},
) {
  const { deps } = c;
  const theirs = await teamCase(c, ticket, conv, queue);
  if (theirs) {
    await deps.tickets.append(theirs.id, [
      {
        type: 'note',
        actor: { kind: 'customer', id: null },
        text: `${how.note ?? `the customer asks, for ${queue}`}: "${text.slice(0, 600)}"`,
        internal: true,
      },
    ]);
    turn.say('knowledge.passed', c.params(theirs, conv, queue));
    return;
  }
  const told = how.told ?? 'handoff.linked';
  await openLinked(c, ticket, conv, turn, queue, intent, text, told, {
    when: c.params(ticket, conv, queue).when,
  });
}

/** This conversation's case with `queue` that is still open: the handed-over one, or one linked after it. */
async function teamCase(
  c: AfterOutcomeCtx,
  ticket: Ticket,
  conv: ConversationState,
  queue: Queue,
): Promise<Ticket | null> {
  if (conv.handoff?.queue === queue) return ticket;
  for (const reference of [...(conv.linkedTickets ?? [])].reverse()) {
    const linked = await c.deps.tickets.getByReference(reference);
    if (linked && linked.queue === queue && !['resolved', 'closed'].includes(linked.status)) return linked;
  }
  return null;
}
