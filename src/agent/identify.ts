// Identification: customer number, then PIN. A PIN volunteered early is used and never asked for
// again; a verified caller's customer and service go onto the ticket at once; the first name is
// used only after verification; someone who is not a customer is not asked for a number twice.
import type { Customer, Ticket } from '../domain/index.js';
import { learnFacts } from '../runbooks/facts.js';
import {
  asksMailConfirmation,
  asksPinOtherWay,
  asksWherePin,
  fetchingPin,
  lacksPin,
  noPinComing,
  pinNotAtHand,
  saysNoCustomerNumber,
} from '../triage/pin-replies.js';
import { askTopicOf, topicsOf } from '../triage/topics-of.js';
import type { ActionsApi, TriageApi, VerificationAttemptsLike } from '../runbooks/ports.js';
import type { AuditLog, CustomerDirectory, TicketStore } from '../tickets/ports.js';
import { readContact } from './contact-details.js';
import { howLongAtOpening } from './how-long.js';
import type { ConversationState } from './conversation-state.js';
import type { MessageKey } from './messages/index.js';
import { customerNumbers } from '../triage/entities.js';
import { correctedCustomer, switchPinFailures, withoutNumbers } from './number-correction.js';
import { onlyOtherService } from './other-service.js';
import { asksAddressLookup } from './public-outage.js';
import type { Turn } from './turn.js';
import { addressName } from './writer.js';
import { afterQuestions } from './after-questions.js';
import { questionClauses } from './side-questions.js';
import { whyPinBeside } from './pin-why.js';

export interface IdentifyDeps {
  triage: TriageApi;
  directory: CustomerDirectory;
  tickets: TicketStore;
  audit: AuditLog;
  attempts: VerificationAttemptsLike;
  verifyIdentity: ActionsApi['verifyIdentity'];
  maxPinAttempts: number;
  attachCustomer(conv: ConversationState, customer: Customer): Promise<void>;
  startRunbook(ticket: Ticket, conv: ConversationState, turn: Turn): Promise<void>;
  routeNonCustomer(ticket: Ticket, conv: ConversationState, turn: Turn): Promise<void>;
  /** A reply without a number that is handled otherwise (an area outage told without identity); true when handled. */
  noNumber?(ticket: Ticket, conv: ConversationState, turn: Turn, text: string): Promise<boolean>;
  /** "cant you just check limhamn?" at the number question after an outage question; true when handled. */
  outageAtNumber?(ticket: Ticket, conv: ConversationState, turn: Turn, text: string): Promise<boolean>;
  /** A reply without a PIN that asks something answered without identity (an area outage); true when handled. */
  noPin?(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    text: string,
    first?: MessageKey[],
  ): Promise<boolean>;
}

/** Questions beside "no PIN" that the PIN step answers itself (BankID, a bank code, what to do now, whose PIN). */
const OWN_ANSWER: ReadonlySet<string> = new Set(['pin_bankid', 'pin_bank', 'what_happens_next', 'whose_pin']);

/** A customer number read at the PIN question: the one given, or another. */
type NumberAtPin = 'identity.pin_is_number.same' | 'identity.pin_is_number';
/** The same, said without where the PIN is, when the answer beside it says that. */
const BRIEF: Record<NumberAtPin, MessageKey> = {
  'identity.pin_is_number.same': 'identity.pin_is_number.same.brief',
  'identity.pin_is_number': 'identity.pin_is_number.brief',
};

/** The PIN's length: the desk asks for a four-digit PIN (ask.identity.pin). */
const PIN_DIGITS = 4;

export function firstName(name: string | undefined | null): string {
  return (name ?? '').split(/\s+/)[0] ?? '';
}

export function createIdentify(deps: IdentifyDeps) {
  // A PIN given before it was asked for, until it is used. Kept in memory only: it is never stored
  // (after a restart the agent simply asks for it).
  const volunteered = new Map<string, string>();

  const unsettled = (conv: ConversationState) =>
    conv.verification === 'none' || conv.verification === 'failed';

  /**
   * A customer number given before it was asked for (beside the problem in the opening): the caller
   * is looked up at once, so the number is never asked for again. True when it named a customer.
   */
  async function noteNumber(conv: ConversationState, text: string): Promise<boolean> {
    if (!unsettled(conv) || conv.customerId) return false;
    const parsed = deps.triage.parseAnswer('identity.customer_number', text, conv.language);
    const customer = parsed.kind === 'customer_number' ? await deps.directory.byNumber(parsed.value) : null;
    if (!customer) return false;
    await deps.attachCustomer(conv, customer);
    return true;
  }

  /** Remembers a PIN in a message that was not an answer to the PIN question. */
  function notePin(ticketId: string, conv: ConversationState, text: string) {
    if (!unsettled(conv) || conv.phase === 'identify_pin') return;
    const pin = deps.triage.findVolunteeredPin?.(text);
    if (pin) volunteered.set(ticketId, pin);
  }

  async function askPinOrVerify(ticket: Ticket, conv: ConversationState, turn: Turn) {
    const pin = volunteered.get(ticket.id);
    if (pin) {
      volunteered.delete(ticket.id);
      return verify(ticket, conv, turn, pin);
    }
    // A question about TV or mobile changes nothing on the account or the router: no PIN is demanded
    // (one given anyway is used above, so the ticket is linked).
    if (conv.facts.otherService) return deps.startRunbook(ticket, conv, turn);
    conv.phase = 'identify_pin';
    turn.ask('identity.pin');
  }

  async function identifyOrStart(ticket: Ticket, conv: ConversationState, turn: Turn, text: string | null) {
    // "my internet is down. is this going to take long?": what comes next (identify, test) and how long it takes.
    const howLong = text && conv.intent ? howLongAtOpening(conv.intent, text) : null;
    if (howLong) turn.say(howLong);
    if (!unsettled(conv)) return deps.startRunbook(ticket, conv, turn);
    // "Can I talk to a real person please?" after a case that went on without the PIN she said she lacks: a person
    // needs no PIN, and the PIN is never asked for again.
    if (conv.noPinBefore && conv.customerId && text && deps.triage.wantsHuman(text)) {
      // (The person takes the request itself: never offered afterwards as something "also mentioned".)
      if (conv.intent && conv.intent !== 'human_agent' && conv.intent !== 'other')
        conv.problemIntent ??= conv.intent;
      conv.secondaryIntents = conv.secondaryIntents.filter((i) => i !== conv.problemIntent);
      conv.intent = 'human_agent';
      conv.verification = 'skipped';
      return deps.startRunbook(ticket, conv, turn);
    }
    // "kundnummer 200231" that matches nobody: said so, and the number asked for again (never as if none was given).
    let notFound: string | null = null;
    if (!conv.customerId && text) {
      const parsed = deps.triage.parseAnswer('identity.customer_number', text, conv.language);
      if (parsed.kind === 'customer_number') {
        const c = await deps.directory.byNumber(parsed.value);
        if (c) await deps.attachCustomer(conv, c);
        else notFound = parsed.value;
      }
    }
    if (!conv.customerId) {
      if (conv.facts.notCustomer) return deps.routeNonCustomer(ticket, conv, turn);
      // A person asked for about TV or mobile: passed on now, with no number to find (nothing of ours is checked).
      if (conv.intent === 'human_agent' && onlyOtherService(conv))
        return deps.startRunbook(ticket, conv, turn);
      conv.phase = 'identify_number';
      if (notFound) {
        conv.numberTries += 1;
        turn.ask('identity.customer_number', 'ask.identity.customer_number.not_found', { number: notFound });
        return;
      }
      // TV or mobile goes to a colleague: the number is asked so that they find the subscription, and why is said.
      if (onlyOtherService(conv))
        turn.ask('identity.customer_number', 'ask.identity.customer_number.other_service');
      else turn.ask('identity.customer_number');
      return;
    }
    return askPinOrVerify(ticket, conv, turn);
  }

  async function onCustomerNumber(ticket: Ticket, conv: ConversationState, turn: Turn, text: string) {
    const parsed = deps.triage.parseAnswer('identity.customer_number', text, conv.language);
    const customer = parsed.kind === 'customer_number' ? await deps.directory.byNumber(parsed.value) : null;
    if (customer) {
      await deps.attachCustomer(conv, customer);
      // "200143. is that the one?", "behöver ni något mer?": answered by what the number found.
      const check = conv.identityCheck;
      conv.identityCheck = null;
      if (check && !volunteered.has(ticket.id))
        turn.say(check === 'more' ? 'identity.number.more' : 'identity.number.given');
      else if (check) conv.identityCheck = check;
      return askPinOrVerify(ticket, conv, turn);
    }
    const notCustomer =
      conv.facts.notCustomer || learnFacts({}, text).notCustomer || deps.triage.saysNotCustomer?.(text);
    if (parsed.kind !== 'customer_number' && (notCustomer || noNumberForSales(conv, text))) {
      return deps.routeNonCustomer(ticket, conv, turn);
    }
    // "kan ni inte kolla på adressen? bor på limhamnsvägen": the outage told for the place named answers the
    // question held beside this answer — no note for a colleague about it later.
    if (parsed.kind !== 'customer_number' && (await deps.noNumber?.(ticket, conv, turn, text))) {
      forgetHeld(conv, text);
      return;
    }
    conv.numberTries += 1;
    if (conv.numberTries >= 3 || (parsed.kind === 'unknown' && conv.numberTries >= 2)) {
      return deps.startRunbook(ticket, conv, turn);
    }
    if (parsed.kind === 'customer_number') {
      turn.ask('identity.customer_number', 'ask.identity.customer_number.not_found', {
        number: parsed.value,
      });
      return;
    }
    // "kan ni inte kolla på adressen? bor på limhamnsvägen" (no known fault there): what an address can and
    // cannot do here, never only "no customer number in that".
    const byAddress = asksAddressLookup(text);
    if (byAddress) forgetHeld(conv, text);
    turn.say(byAddress ? 'identity.address_lookup' : 'identity.not_understood');
    turn.ask('identity.customer_number', 'ask.identity.customer_number');
  }

  /** The question held beside this very answer (identity-question.ts) was answered by what was said to it. */
  function forgetHeld(conv: ConversationState, text: string) {
    if (conv.heldQuestion === text.slice(0, 300)) conv.heldQuestion = null;
  }

  /**
   * At the number question, someone who wants a subscription says they are not a customer, or gives a
   * phone number or e-mail for sales instead ("sofia berg, 070-123 45 67. adressen blir kistagången 12").
   */
  function wouldBeCustomer(conv: ConversationState, text: string): boolean {
    if (deps.triage.parseAnswer('identity.customer_number', text, conv.language).kind === 'customer_number')
      return false;
    if (conv.facts.notCustomer || learnFacts({}, text).notCustomer || deps.triage.saysNotCustomer?.(text))
      return true;
    if (conv.intent !== 'account_change' || conv.facts.ownSubscription || conv.facts.cancellation)
      return false;
    const given = readContact(text);
    return !!given && (given.phones.length > 0 || given.emails.length > 0);
  }

  /** Someone asking about a subscription who has no customer number to give: sales helps, no second ask. */
  function noNumberForSales(conv: ConversationState, text: string): boolean {
    // "upgrade my plan … I don't know the number": a customer who cannot be verified, not a would-be one.
    if (conv.intent !== 'account_change' || conv.facts.ownSubscription) return false;
    if (saysNoCustomerNumber(text)) return true;
    const act = deps.triage.classifyReply?.('identity.customer_number', text, conv.language)?.act;
    return act === 'refusal' || act === 'hedge';
  }

  /** A question about an outage instead of the PIN ("cant you just tell me if there is an outage"): answered without identity. */
  async function outageAtPin(ticket: Ticket, conv: ConversationState, turn: Turn, text: string) {
    if (conv.phase === 'identify_number') {
      if (deps.triage.parseAnswer('identity.customer_number', text, conv.language).kind === 'customer_number')
        return false;
      return (await deps.outageAtNumber?.(ticket, conv, turn, text)) ?? false;
    }
    if (!conv.customerId || !deps.noPin) return false;
    if (deps.triage.parseAnswer('identity.pin', text, conv.language).kind === 'pin') return false;
    // "var hittar jag den?" beside the outage question: where the PIN is, too.
    const where = askTopicOf('identity.pin', text) === 'where_customer_number';
    return deps.noPin(ticket, conv, turn, text, where ? ['reply.where_customer_number.identity.pin'] : []);
  }

  /**
   * "kan ni skicka den till min mejl?", "jag kan ge mitt personnummer", "går det utan den?": answered the first time
   * (no PIN by e-mail, no ID number here, nothing changed on the account without it, and what to do instead), and
   * the PIN asked once more; "no PIN" after that ends the wait — an account change is refused, not verified.
   */
  async function pinOtherWay(ticket: Ticket, conv: ConversationState, turn: Turn, text: string) {
    if (!conv.customerId || conv.verification === 'verified') return false;
    if (deps.triage.parseAnswer('identity.pin', text, conv.language).kind === 'pin') return false;
    // "the letter is gone … can i just talk to a real person": the person asked for is the answer, not the PIN's ways.
    if (deps.triage.wantsHuman(text)) return false;
    if (conv.pinOtherWay && (noPinComing(text) || asksPinOtherWay(text))) {
      conv.verification = 'skipped';
      return deps.startRunbook(ticket, conv, turn).then(() => true);
    }
    if (!asksPinOtherWay(text)) return false;
    conv.pinOtherWay = true;
    conv.pinHelped = true;
    // "kan ni skicka en bekräftelse till min mejl istället?": a confirmation by e-mail is no PIN either, said so.
    turn.say(asksMailConfirmation(text) ? 'identity.pin_other_way.mail_confirm' : 'identity.pin_other_way');
    turn.ask('identity.pin', 'ask.identity.pin.again');
    return true;
  }

  /**
   * "Vilket nummer ringer jag?", "which number do I call then?" at the PIN: where the phone number is (on the
   * phone they help without the PIN), never only where the PIN is. With no PIN coming ("då får jag väl ringa")
   * the wait ends there — an account change is refused, with the number already told; else the PIN is asked once more.
   */
  async function callNumberAtPin(ticket: Ticket, conv: ConversationState, turn: Turn, text: string) {
    if (!conv.customerId || conv.verification === 'verified') return false;
    if (!afterQuestions(text).includes('call_number')) return false;
    if (deps.triage.parseAnswer('identity.pin', text, conv.language).kind === 'pin') return false;
    turn.say('after.call_number');
    if (conv.pinHelped || conv.pinOtherWay || noPinComing(text)) {
      conv.verification = 'skipped';
      return deps.startRunbook(ticket, conv, turn).then(() => true);
    }
    conv.pinHelped = true;
    turn.ask('identity.pin', 'ask.identity.pin.again');
    return true;
  }

  /**
   * "I don't have the PIN", "den har jag inte här. kan ni inte bara säga vad det kostar?", "pappa har den": no PIN
   * is coming, so it is not asked for again — the case goes on with what needs no verification (a fault is looked
   * at, an account change refused), and a question beside it is answered for the case after (identity-question.ts).
   */
  async function pinNotGiven(ticket: Ticket, conv: ConversationState, turn: Turn, text: string) {
    if (!conv.customerId || conv.verification === 'verified') return false;
    if (!pinNotAtHand(text) || fetchingPin(text)) return false;
    // "har ingen pinkod här, funkar bank-id?", "I don't have a PIN. What do I do then?", "can you e-mail it?": the
    // way on without the PIN is answered first by its own turn (pinOtherWay, onPin), which then ends the wait.
    if (asksPinOtherWay(text) || afterQuestions(text).includes('call_number')) return false;
    if (OWN_ANSWER.has(askTopicOf('identity.pin', text) ?? '')) return false;
    if (deps.triage.parseAnswer('identity.pin', text, conv.language).kind === 'pin') return false;
    if (deps.triage.wantsHuman(text)) return false;
    // A change to the subscription is refused next, and the refusal says what can be done without the PIN ("can't
    // you do it anyway?", "can I call you instead?"): only a question on another topic is held to be answered.
    const change = !!conv.facts.cancellation || conv.intent === 'account_change';
    // "har inte PIN-koden här, den står på avtalet" by e-mail: for a change, going on means a refusal, while a mail
    // is answered whenever the PIN is at hand — so the case waits for it, once, saying why it is needed; "I have no
    // PIN" is refused at once, and a chat is refused with "write again when you have it".
    if (change && conv.channel === 'email' && !conv.pinHelped && !noPinComing(text)) {
      conv.pinHelped = true;
      turn.ask('identity.pin', 'identity.pin_later_for_change');
      return true;
    }
    if (questionClauses(text).length && (!change || topicsOf(text).length))
      conv.heldQuestion = text.slice(0, 300);
    conv.verification = 'skipped';
    if (!change) turn.say('identity.no_pin');
    await deps.startRunbook(ticket, conv, turn);
    return true;
  }

  async function onPin(ticket: Ticket, conv: ConversationState, turn: Turn, text: string) {
    if (!conv.customerId) return deps.startRunbook(ticket, conv, turn);
    const parsed = deps.triage.parseAnswer('identity.pin', text, conv.language);
    // "I'll have to ask him, hold on": the PIN is being fetched — the question stays open, nothing counted.
    // ("hang on, where do I find that?": where it is, asked — answered below, never only "take your time".)
    if (parsed.kind !== 'pin' && fetchingPin(text) && !asksWherePin(text)) {
      turn.say('identity.pin_fetching');
      turn.ask('identity.pin', 'ask.identity.pin.again');
      return;
    }
    if (parsed.kind !== 'pin' && !conv.pinHelped && (lacksPin(text) || asksWherePin(text))) {
      // "I don't remember it": told where the PIN is (never the customer portal, which may be what is locked) and asked again.
      conv.pinHelped = true;
      // "i dont know it, why do you even need that?": why it is needed (with where it is) answers both.
      // "har ingen pinkod här, funkar bank-id?": whether BankID does (with where the PIN is).
      const bankId = askTopicOf('identity.pin', text) === 'pin_bankid';
      turn.say(whyPinBeside(text, conv) ?? (bankId ? 'reply.pin_bankid' : 'identity.pin_where'));
      turn.ask('identity.pin', 'ask.identity.pin.again');
      return;
    }
    if (parsed.kind !== 'pin') {
      conv.verification = 'skipped';
      // "Without the PIN I can still check your connection" is beside the point of a cancellation.
      // (Nor of an upgrade or any other change of the subscription.)
      if (!conv.facts.cancellation && conv.intent !== 'account_change') turn.say('identity.no_pin');
      return deps.startRunbook(ticket, conv, turn);
    }
    // "200157", "200 157" at the PIN: a customer number (the one given or another), never a PIN attempt —
    // said so kindly and the PIN asked again, nothing counted.
    const asNumber = await numberAtPin(conv, parsed.value);
    if (asNumber) {
      // "200 262 ⏎ PIN?? … do I need it just to move?": the question answered too (it tells where the PIN is).
      const why = whyPinBeside(text, conv);
      turn.say(why ? BRIEF[asNumber] : asNumber);
      if (why) turn.say(why);
      turn.ask('identity.pin', 'ask.identity.pin.again');
      return;
    }
    // "varför behöver ni pin om det är ett avbrott? 1237": the PIN, and the question beside it answered.
    // "PIN-koden är 1438. behöver ni verkligen min PIN för att kolla hastigheten?": once it is checked, what it
    // let the desk do; a wrong one is told why it is needed.
    const why = whyPinBeside(text, conv);
    if (why === 'reply.why_pin.outage') turn.say(why);
    return verify(ticket, conv, turn, parsed.value, why === 'reply.why_pin.outage' ? null : why);
  }

  /**
   * A value read at the PIN question that is a customer number: the one already given, or any number of a customer
   * number's length (5–8 digits) — the PIN asked for has four (ask.identity.pin). Its message, or null for a PIN.
   */
  async function numberAtPin(conv: ConversationState, value: string): Promise<NumberAtPin | null> {
    const customer = conv.customerId ? await deps.directory.byId(conv.customerId) : null;
    if (customer && value === customer.customerNumber) return 'identity.pin_is_number.same';
    return value.length > PIN_DIGITS && customerNumbers(value).includes(value)
      ? 'identity.pin_is_number'
      : null;
  }

  /** "fel nummer, det är 200129. pin 1384": the new number replaces the first, and the PIN beside it is checked against it. */
  async function onCorrectedNumber(ticket: Ticket, conv: ConversationState, turn: Turn, text: string) {
    // No number in the message: nothing to read from the directory.
    if (!customerNumbers(text).length) return false;
    const current = conv.customerId ? await deps.directory.byId(conv.customerId) : null;
    if (!current) return false;
    const customer = await correctedCustomer(deps.directory, text, current.customerNumber);
    if (!customer) return false;
    switchPinFailures(conv, current.customerNumber, customer.customerNumber);
    await deps.attachCustomer(conv, customer);
    const parsed = deps.triage.parseAnswer('identity.pin', withoutNumbers(text), conv.language);
    // "… 200 262 / PIN?? do I need it just to move?": the PIN's question answered, then asked for the new number.
    const why = whyPinBeside(text, conv);
    if (parsed.kind === 'pin') await verify(ticket, conv, turn, parsed.value, why);
    else {
      if (why) turn.say(why);
      await askPinOrVerify(ticket, conv, turn);
    }
    return true;
  }

  /** `why`: the answer to "why do you need my PIN?" asked beside it, said when the PIN was wrong. */
  async function verify(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    pin: string,
    why: MessageKey | null = null,
  ) {
    const customer = conv.customerId ? await deps.directory.byId(conv.customerId) : null;
    if (!customer) return deps.startRunbook(ticket, conv, turn);
    const result = await deps.verifyIdentity(
      { customerNumber: customer.customerNumber, pin },
      { directory: deps.directory, audit: deps.audit, attempts: deps.attempts },
    );
    if (result.ok) {
      conv.verification = 'verified';
      await linkToTicket(ticket, conv);
      // "2478. is that right?": yes, said with the verification itself.
      const check = conv.identityCheck;
      conv.identityCheck = null;
      // Someone writing for the holder is called by their own name (or none), never the holder's (writer.ts).
      const holder = firstName(customer.name);
      const name = addressName(conv, holder);
      const base = check
        ? check === 'more'
          ? 'identity.verified.more'
          : 'identity.verified.given'
        : 'identity.verified';
      if (!conv.writer) conv.calledHolder = !!name;
      turn.say(!conv.writer ? base : name ? (`${base}.writer` as const) : (`${base}.anon` as const), {
        name: name ?? '',
        holder,
      });
      if (why) turn.say('reply.why_pin.verified');
      return deps.startRunbook(ticket, conv, turn);
    }
    conv.identityCheck = null;
    conv.pinFailures += 1;
    const left = deps.maxPinAttempts - conv.pinFailures;
    if (result.reason === 'locked' || left <= 0) {
      conv.verification = 'locked';
      turn.say('identity.locked');
      return deps.startRunbook(ticket, conv, turn);
    }
    conv.phase = 'identify_pin';
    if (why) turn.say(why);
    turn.say('identity.wrong_pin', { left });
    turn.ask('identity.pin', 'ask.identity.pin');
  }

  /** The verified caller's customer and service, on the ticket (Customer 360, staff actions, repeat contacts). */
  async function linkToTicket(ticket: Ticket, conv: ConversationState) {
    await deps.tickets.append(
      ticket.id,
      [
        {
          type: 'note',
          actor: { kind: 'bot', id: null },
          text: 'caller verified with customer number and PIN; customer and service linked',
          internal: true,
        },
      ],
      { customerId: conv.customerId, serviceId: conv.serviceId },
    );
  }

  return {
    notePin,
    noteNumber,
    identifyOrStart,
    onCustomerNumber,
    onPin,
    pinOtherWay,
    pinNotGiven,
    callNumberAtPin,
    outageAtPin,
    wouldBeCustomer,
    onCorrectedNumber,
  };
}
