// A caller without a customer number who names an area ("can't you just check if there is an outage
// in limhamn?"): an outage is public, so the open incidents covering that area are told at once (with
// the expected fix time) and the number is asked for once more, only to link the case. Without it the
// case is still informed and linked to the incident, never handed to a person for want of a number.
import type { CustomerWords, Finding, Incident, Language, Ticket } from '../domain/index.js';
import { formatLocalTime } from '../domain/index.js';
import { explain, INCIDENT_AREA_OUTAGE } from '../diagnostics/index.js';
import type { Finish } from '../runbooks/types.js';
import type { IncidentStore, TicketStore } from '../tickets/ports.js';
import { fold } from '../triage/normalize.js';
import type { ConversationState } from './conversation-state.js';
import { incidentWords } from './incident-words.js';
import type { MessageKey } from './messages/index.js';
import type { Turn } from './turn.js';

export interface PublicOutageDeps {
  incidents: Pick<IncidentStore, 'list'>;
  tickets: Pick<TicketStore, 'append'>;
  /** Everything the customer has written in this conversation so far (the area may be in the opening). */
  customerTexts(ticketId: string): Promise<string[]>;
  finalize(ticket: Ticket, conv: ConversationState, turn: Turn, finish: Finish): Promise<void>;
  /** The operator's words: the time zone of the outage's expected end. */
  words: CustomerWords;
  /** Today, for "today 17:41" rather than a weekday. */
  now?: () => Date;
}

/**
 * A question whether there is an outage (folded); "i read something about a fibre cut there, is that gonna
 * be a problem?", "var det inte ett kabelbrott i limhamn?" name the incident's kind.
 */
const ASKS_OUTAGE =
  /\b((fib(er|re)|cable|kabel|optical)[- ]?(cut|cuts|break|breaks|brott|skada\w*)|fiberbrott\w*|kabelbrott\w*|avgravd\w*|(gravt|gravde|gravit) av|(dug|cut) (through|up) (a|the) (cable|fib(er|re))|outage\w*|avbrott\w*|driftstor\w*|storning\w*|(is|are) (it|the network|the internet|internet|everyone|everything) down|(ar|e) (det|natet|internet) nere|(fel|faults?|problems?|issues?) (i|pa|in|at) (?!(min|mitt|mina|routern|modemet|boxen|datorn|my|the|your)\b)\w+)\b/;
/** "is limhamn down?", "ligger nätet nere i limhamn?": a place or the network said to be down (folded). */
const SAYS_DOWN = /\b((is|are|ar|e|ligger) (\w+ ){1,2}(down|nere)|(down|nere) (in|i) \w+)\b/;

/**
 * "måste jag ha den?", "do i need it?", "cant you just check limhamn?": whether the PIN or number is
 * needed, or a check asked for without it (folded).
 */
const WITHOUT_ID =
  /\b((maste|behover|ska) (jag|man) (ha|ge|uppge|lamna|skriva) (den|det|dom|pin\w*|koden|numret|kundnumret)|(do|must) (i|you) (really )?(need|have to (have|give)) (it|that|this|the pin|my pin|a pin|the number|my number)|(is|are) (it|that|the pin|a pin) (really )?(needed|necessary|required)|(cant|can'?t|cannot|could|can) (you|u) (not )?(just )?(check|look|see|tell)|kan (du|ni) (inte )?(bara )?(kolla|titta|se|saga)|utan (pin\w*|kod\w*|kundnummer\w*|numret))\b/;

/** "is something wrong on your side?", "är det nåt fel hos er?": a fault of ours asked about (folded). */
const OUR_SIDE =
  /\b((wrong|problem\w*|issue\w*|fault\w*|down) (on|at|with) (your|ur) (side|end|network)|(fel|problem|strul) (hos|pa|i) (er|eran|ert) ?(sida|nat)?|fel hos er)\b/;

/** A question about an outage, or a place said to be down. */
export function asksOutage(text: string): boolean {
  const t = fold(text);
  return ASKS_OUTAGE.test(t) || SAYS_DOWN.test(t) || DOWN_THERE.test(t);
}

/** "nätet ligger nere där", "the network is down there": news of a fault somewhere (folded). */
const DOWN_THERE =
  /\b(natet|internet|fibern|bredbandet|network|fib(er|re)) (ligger|ar|e|gick|is|was|went) (nere|down)\b/;

/** Area names too common to stand for one place ("centrum" is in many towns). */
const GENERIC_AREAS = new Set(['centrum', 'center', 'city', 'stad']);

/** The place name of an area code ("SE-MMO-LIMHAMN" → "limhamn"), or null when it names no one place. */
export function placeOf(areaCode: string): string | null {
  const last = areaCode.split('-').at(-1);
  if (!last) return null;
  const place = fold(last.replace(/_/g, ' ')).toLowerCase();
  return place.length >= 4 && !GENERIC_AREAS.has(place) ? place : null;
}

/** Endings of a street named after its place ("limhamnsvägen", "Limhamnsgatan", "limhamn road"), folded. */
const STREET_ENDINGS =
  'vagen|vag|gatan|gata|grand|allen|alle|stigen|torget|torg|backen|plan|road|street|st|avenue|lane|way';

/** "bor på limhamnsvägen": a street named after the place stands for that place. */
function namesPlace(words: string, place: string): boolean {
  if (words.includes(` ${place} `)) return true;
  const escaped = place.replace(/[^a-z0-9 ]/g, '');
  return new RegExp(String.raw` ${escaped}s?(?: ?(?:${STREET_ENDINGS})) `).test(words);
}

/** The open incident whose area the text names (the place, or a street named after it), if any. */
export function incidentNamedIn(texts: string[], open: Incident[]): Incident | null {
  const words = ` ${texts
    .map((x) => fold(x).toLowerCase())
    .join(' ')
    .replace(/[^a-z0-9 ]+/g, ' ')} `;
  for (const inc of open) {
    for (const area of inc.areas) {
      const place = placeOf(area);
      if (place && namesPlace(words, place)) return inc;
    }
  }
  return null;
}

/**
 * "kan ni inte kolla på adressen? bor på limhamnsvägen", "can't you look me up by my address?": the
 * subscription asked to be found by an address instead of the number (folded).
 */
const ADDRESS_LOOKUP =
  /\b(adress\w*|address\w*|gatuadress\w*|street)\b[^.?!]{0,40}\b(kolla|titta|se|soka|sok|leta|hitta|check|look|find|search|use)\w*\b|\b(kolla|titta|soka|sok|leta|hitta|check|look|find|search)\w*\b[^.?!]{0,30}\b(adress\w*|address\w*|street)\b|\b(bor|jag bor|vi bor|live|i live|we live|living)\b (pa|i|on|at|in) \w+/;

/** Whether `text` asks for the subscription to be found by address (no number in it). */
export function asksAddressLookup(text: string): boolean {
  return ADDRESS_LOOKUP.test(fold(text).toLowerCase());
}

/** The incident as a finding on the ticket (the area is the one the caller named, not a verified service's). */
function outageFinding(inc: Incident, words: CustomerWords): Finding {
  const values = {
    incidentId: inc.id,
    reference: inc.reference,
    etaAt: inc.etaAt,
    kind: inc.kind,
    title: inc.title,
    area: inc.areas.join(', '),
  };
  return {
    code: INCIDENT_AREA_OUTAGE,
    severity: 'fault',
    evidence: { values, source: 'desk:incidents' },
    explanation: explain(INCIDENT_AREA_OUTAGE, values, words),
  };
}

export function createPublicOutage(deps: PublicOutageDeps) {
  function eta(inc: Incident, lang: Language) {
    return inc.etaAt ? formatLocalTime(inc.etaAt, lang, deps.words.timeZone, deps.now?.()) : null;
  }

  /**
   * A reply to the customer-number question without a number. True when it was handled here: the
   * outage told (and the number asked once more), or, told already, the case informed without it.
   */
  async function onNoNumber(ticket: Ticket, conv: ConversationState, turn: Turn, text: string) {
    const open = await deps.incidents.list({ status: 'open' });
    if (!open.length) return false;
    if (conv.publicOutage) return informWithout(ticket, conv, turn, open, 'a customer number');
    const inc = incidentNamedIn([...(await deps.customerTexts(ticket.id)), text], open);
    if (!inc) return false;
    await tell(ticket, conv, turn, inc);
    turn.ask('identity.customer_number', 'ask.identity.customer_number.link');
    return true;
  }

  /**
   * The outage told already and the identity still not given: the case is informed and linked to the
   * incident without it — the outage is news enough, the customer is never asked round in a circle.
   */
  async function informWithout(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    open: Incident[],
    without: string,
  ): Promise<boolean> {
    const inc = open.find((i) => i.id === conv.publicOutage?.incidentId);
    if (!inc) return false;
    conv.phase = 'runbook';
    await deps.finalize(ticket, conv, turn, {
      outcome: 'outage_informed',
      queue: null,
      disposition: 'outage.informed',
      reason: `caller without ${without} in the area of incident ${inc.reference}`,
      incidentId: inc.id,
    });
    return true;
  }

  /** The open incident told as public news, and noted on the case. */
  async function tell(ticket: Ticket, conv: ConversationState, turn: Turn, inc: Incident) {
    conv.publicOutage = { incidentId: inc.id };
    await deps.tickets.append(ticket.id, [
      {
        type: 'finding',
        actor: { kind: 'bot', id: null },
        probe: 'incident',
        finding: outageFinding(inc, deps.words),
      },
    ]);
    const when = eta(inc, conv.language);
    turn.say(when ? 'outage.public' : 'outage.public_no_eta', {
      title: incidentWords(inc, conv.language),
      eta: when ?? '',
    });
  }

  /**
   * "I don't have it here. can't you just tell me if there is an outage?" at the PIN question: the
   * question is answered — the outage in the area the customer names, or a request to name it (an
   * unverified number must not reveal where the subscriber lives) — and the PIN asked for again, only
   * to link the case. False when the reply asks nothing about an outage, or the area was asked already.
   */
  async function onNoPin(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    text: string,
    first: MessageKey[] = [],
  ) {
    // "vet inte, har den inte här. måste jag ha den?" after "är det nåt fel hos er?": no PIN is needed for that.
    if (!ASKS_OUTAGE.test(fold(text))) {
      if (!(await askedWithoutId(ticket, text))) return false;
      first = ['outage.no_pin_needed', ...first];
    }
    const open = await deps.incidents.list({ status: 'open' });
    // "do you really need that just to tell me if there's an outage?" again, after the outage was told.
    if (conv.publicOutage && (await informWithout(ticket, conv, turn, open, 'a PIN'))) return true;
    const inc = open.length ? incidentNamedIn([...(await deps.customerTexts(ticket.id)), text], open) : null;
    // "vet inte, var hittar jag den? kan ni inte bara kolla…": where the PIN is, then the outage.
    const sayFirst = () => first.forEach((key) => turn.say(key));
    if (inc) {
      sayFirst();
      await tell(ticket, conv, turn, inc);
      turn.ask('identity.pin', 'ask.identity.pin.link');
      return true;
    }
    if (conv.outageAreaAsked) return false;
    conv.outageAreaAsked = true;
    sayFirst();
    turn.say('outage.which_area');
    turn.ask('identity.pin', 'ask.identity.pin.again');
    return true;
  }

  /** The reply asks whether identity is needed, or for a check without it, and the customer asked about an outage before. */
  async function askedWithoutId(ticket: Ticket, text: string): Promise<boolean> {
    if (!WITHOUT_ID.test(fold(text))) return false;
    return (await deps.customerTexts(ticket.id)).some((x) => asksOutage(x) || OUR_SIDE.test(fold(x)));
  }

  /**
   * "i dont have the invoice here. cant you just check limhamn?" at the customer-number question after
   * an outage question: the outage of the place named is told at once (the number only links the case).
   */
  async function atNumber(ticket: Ticket, conv: ConversationState, turn: Turn, text: string) {
    if (!ASKS_OUTAGE.test(fold(text)) && !(await askedWithoutId(ticket, text))) return false;
    const open = await deps.incidents.list({ status: 'open' });
    // "cant you just check if there is an outage in limhamn?" again, after the outage was told: the case is
    // informed without the number (as onNoNumber and onNoPin do), never the question answered as one about
    // the case's own tests and the number asked a third time.
    if (conv.publicOutage) return informWithout(ticket, conv, turn, open, 'a customer number');
    const inc = open.length ? incidentNamedIn([...(await deps.customerTexts(ticket.id)), text], open) : null;
    if (!inc) return false;
    turn.say('outage.no_number_needed');
    await tell(ticket, conv, turn, inc);
    turn.ask('identity.customer_number', 'ask.identity.customer_number.link');
    return true;
  }

  /**
   * "can't you just tell me if there is an outage in limhamn? fine 200430": an outage question beside
   * an identity answer. The outage of the place named is public and told; without one, the customer
   * hears that it is checked for their address once verified — unless the PIN is in the same message
   * (`pinGiven`): then the question waits beside it and the check answers it (identity-question.ts).
   * False when nothing about an outage is asked, or when it waits.
   */
  async function aside(ticket: Ticket, conv: ConversationState, turn: Turn, text: string, pinGiven = false) {
    if (conv.verification === 'verified' || !conv.phase.startsWith('identify')) return false;
    if (!ASKS_OUTAGE.test(fold(text)) && !SAYS_DOWN.test(fold(text))) return false;
    const open = await deps.incidents.list({ status: 'open' });
    const inc = open.length ? incidentNamedIn([text], open) : null;
    if (inc) await tell(ticket, conv, turn, inc);
    else if (pinGiven) return false;
    else turn.say('outage.check_after_identity');
    return true;
  }

  /**
   * Someone who is not a customer asks about an outage ("ni har avbrott där nu?? funkar det ändå?",
   * "avbrottet i limhamn, är det fixat innan januari?"): public news needs no number. The open incident
   * of the place they named is told with its expected fix and that it does not stand in the way of a
   * new subscription; none open is said plainly; an unnamed place is asked for. False when nothing about
   * an outage is asked.
   */
  async function toNonCustomer(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    text: string,
    opts: { passes?: boolean } = {},
  ) {
    if (!asksOutage(text)) return false;
    const open = await deps.incidents.list({ status: 'open' });
    if (!open.length) {
      turn.say('not_customer.no_outage');
      return true;
    }
    const inc = incidentNamedIn([...(await deps.customerTexts(ticket.id)), text], open);
    if (!inc) {
      turn.say('not_customer.outage_where');
      return true;
    }
    await tell(ticket, conv, turn, inc);
    // (Said to someone about to subscribe; a landlord asking for a tenant's line needs no such word.)
    if (opts.passes !== false) turn.say('not_customer.outage_passes');
    return true;
  }

  return { onNoNumber, onNoPin, atNumber, aside, toNonCustomer };
}
