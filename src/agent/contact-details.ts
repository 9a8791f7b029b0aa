// Someone who is not a customer yet has no record we could reach them through: when their request
// goes to sales, they are asked for a name and a phone number or e-mail address, and what they give
// (then or later in the conversation) is put on the case for the sales team and confirmed to them.
import type { Ticket } from '../domain/index.js';
import { extractEntities } from '../triage/entities.js';
import type { TicketStore } from '../tickets/ports.js';
import type { ConversationState } from './conversation-state.js';
import type { MessageKey } from './messages/index.js';
import { phoneForCustomer } from './phone-display.js';
import { preferredWay, withSpelledEmails, type ContactWay } from './contact-words.js';
import { readStreetAddress } from './street-address.js';
import type { Turn } from './turn.js';

/** The ticket state key of the contact details a caller gave. */
export const CONTACT_STATE_KEY = 'contact';

export interface ContactDetails {
  name: string | null;
  phones: string[];
  emails: string[];
  /** Where they are moving, when they said it ("adressen blir Kistagången 12"). */
  address?: string;
  /** When they want to be called, in their words ("efter kl 17", "after 5pm", "på förmiddagen"). */
  when?: string;
  /** How they would rather be reached ("helst sms", "mejla hellre"). */
  prefers?: ContactWay;
}

/** A time of day to call at ("efter kl 17", "mellan 9 och 12", "after 5pm", "in the evening"), not a date. */
const CALL_TIME =
  /(?<![\p{L}\d])((?:efter|innan|före|fore|mellan|after|before|between)\s+(?:kl\.?\s*|klockan\s+)?\d{1,2}(?:[.:]\d{2})?(?:\s*(?:och|-|–|and|to)\s*\d{1,2}(?:[.:]\d{2})?)?(?:\s*(?:am|pm))?(?![\d/]|[.-]\d|\s*(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec|e\b|th\b))|(?:på|pa|in the)\s+(?:förmiddag|formiddag|eftermiddag|kväll|kvall|morgon|morning|afternoon|evening)(?:en|arna|ar|s)?|(?:mornings|afternoons|evenings))(?![\p{L}\d])/iu;
/** The message speaks of being called or reached ("ring efter 17", "nås på … efter kl 17 helst", "efter 9 går bra"). */
const CALL_WORDS =
  /\b(ring\w*|call\w*|nås|nas|når|nar mig|reach\w*|kontakta\w*|contact|helst|prefer\w*|available|anträffbar|antraffbar|svarar|best|bäst|bast|passar|suits|går bra|gar bra|funkar|works|is fine|is ok)\b/iu;
/** "inte före 9", "not before 9", "helst inte efter 20": the time is ruled out, not asked for. */
const RULED_OUT =
  /(?:^|[^\p{L}])(?:inte|ej|not|never|aldrig|don'?t call(?: me)?|ring inte|ring aldrig)\s+(?:\p{L}+\s+){0,1}$/iu;
/** The bound turned round: not before 9 is after 9, not after 20 is before 20 (in the words used). */
const TURNED: Record<string, string> = {
  före: 'efter',
  fore: 'efter',
  innan: 'efter',
  efter: 'före',
  before: 'after',
  after: 'before',
};

/** When the caller wants to be called, in their words, or null. */
function callTime(text: string): string | null {
  if (!CALL_WORDS.test(text)) return null;
  const m = CALL_TIME.exec(text);
  if (!m?.[1]) return null;
  // "efter kl 17" and "efter 17" are the same time.
  let when = m[1].replace(/\b(?:kl\.?|klockan)\s*/giu, '').replace(/\s+/g, ' ');
  if (RULED_OUT.test(text.slice(Math.max(0, m.index - 30), m.index))) {
    const first = when.split(' ')[0].toLowerCase();
    // "ring helst inte före 9": after 9. A ruled-out window with no turn ("inte mellan 9 och 12") is said as such.
    when = TURNED[first]
      ? `${TURNED[first]}${when.slice(first.length)}`
      : `${/[åäö]|mellan/i.test(when) ? 'inte' : 'not'} ${when}`;
  }
  return when;
}

const NAME =
  /\b(?:my name is|my name's|name is|name's|this is|i am|i'm|im|jag heter|mitt namn (?:är|ar)|namnet (?:är|ar)|det (?:är|ar))\s+(\p{Lu}?[\p{L}'’-]{1,30}(?:\s+\p{Lu}?[\p{L}'’-]{2,30})?)/iu;
/** The name stated outright ("my name is Liam", "jag heter Liam"): never "I'm at work" (folded-free, en + sv). */
const NAME_STATED =
  /\b(?:my name is|my name's|name is|name's|call me|jag heter|mitt namn (?:är|ar)|namnet (?:är|ar))\s+(\p{Lu}?[\p{L}'’-]{1,30}(?:\s+\p{Lu}?[\p{L}'’-]{2,30})?)/iu;
/**
 * What follows "I'm", "I am", "this is", "det är" when it is where or how the caller is, not who ("I'm at work
 * most of the day", "I'm busy", "I'm home after 5", "jag är på jobbet", "det är bättre"): never a name.
 */
const STATE_WORD =
  /^(?:at|in|on|out|off|away|home|busy|working|available|free|usually|mostly|often|never|always|here|there|back|from|still|just|only|also|not|sorry|afraid|happy|glad|fine|ok|okay|good|better|best|easier|easiest|interested|looking|moving|calling|writing|new|a|an|the|my|so|very|really|quite|rarely|hardly|unavailable|reachable|hemma|borta|upptagen|ledig|på|pa|i|ute|inne|tillgänglig|tillganglig|nåbar|nabar|bara|alltid|oftast|mest|sällan|sallan|tyvärr|tyvarr|bättre|battre|bäst|bast|lättare|lattare|enklare|ny|inte|också|ocksa|här|har|där|dar|det|en|ett|mitt|min|jobbet|work|job)$/i;
/** "Tom Becker, tom@becker.se", "ok. sofia berglund 070-123 45 67", "Liam O'Connor, …": a first and last name before the details. */
const LEADING_NAME =
  /^\s*(?:(?:ok|okej|okay|ja|jo|visst|sure|yes|yeah|fine|alright|hej|hi|hello|tack|thanks|absolut)\b[\s.,!]*)*(\p{L}[\p{L}'’-]+\s+\p{L}[\p{L}'’-]+)\s*(?:[,\n:]|(?=[+(]?\d)|(?=[^\s@]+@))/u;
const NOT_A_NAME =
  /^(?:its|it's|i|jag|this|a|an|the|not|no|new|moving|looking|interested|calling|writing|ute|inte|ny|kund|hi|hey|hello|hej|hejsan|tja|hallå|halla|ok|okay|okej|yes|yeah|ja|jo|sure|visst|absolut|thanks|thank|tack|my|min|mitt|mina|call|ring|here|här|har|email|e-mail|mail|mejl|phone|telefon|number|nummer|it|det|that|you|du|ni)\b/i;

/** Words that are never part of a name ("det är fel nummer", "this is my new number"). */
const NEVER_IN_NAME =
  /^(?:fel|wrong|rätt|ratt|right|correct|nummer|numret|number|nya|nytt|new|old|gamla|telefon\w*|phone|mobil\w*|mobile|cell|mail\w*|mejl\w*|e-?post\w*|adress\w*|address|kontakt\w*|contact|och|and|men|but|också|ocksa|also|istället|istallet|instead|actually|egentligen|kund|customer|inte|not)$/i;
/** The message corrects details given before ("det är fel nummer, det är …", "wrong number, use …"). */
const CORRECTS =
  /\b(fel|wrong|r[aä]tt(?:a|ar)?|correct(?:ion|ed)?|ist[aä]llet|instead|actually|egentligen|[aä]ndra|change|update|uppdatera|skrev fel|typo|menade|meant)\b/i;

/** Contact details in `text` (a phone number, an e-mail or a street address, and a name when stated), or null. */
export function readContact(written: string): ContactDetails | null {
  // "sofia.m (at) gmail punkt com" is an e-mail address too.
  const text = withSpelledEmails(written);
  const { phones, emails } = extractEntities(text);
  const address = readStreetAddress(text);
  const when = callTime(text);
  const prefers = preferredWay(text);
  const extra = {
    ...(address ? { address } : {}),
    ...(when ? { when } : {}),
    ...(prefers ? { prefers } : {}),
  };
  if (phones.length === 0 && emails.length === 0) {
    // "haha my name is Liam, not At Work": the name stated on its own corrects the one on the case.
    const stated = nameOf(NAME_STATED.exec(text));
    return address || when || prefers || stated ? { name: stated, phones, emails, ...extra } : null;
  }
  // "sure its mikael. mikael strand, 070 123 45 67": a full name leading a sentence before a shorter one named.
  const sentences = text.split(/(?<=[.!?])\s+/);
  const m =
    sentences.map((s) => LEADING_NAME.exec(s)).find((x) => x && !NOT_A_NAME.test(x[1])) ??
    NAME_STATED.exec(text) ??
    [...text.matchAll(new RegExp(NAME.source, 'giu'))].find((x) => nameOf(x)) ??
    LEADING_NAME.exec(text);
  return { name: nameOf(m), phones, emails, ...extra };
}

/** The name a match holds, or null when it is no name ("at work", "busy", "det är fel nummer"). */
function nameOf(m: RegExpExecArray | RegExpMatchArray | null | undefined): string | null {
  const words = m?.[1]?.trim().split(/\s+/) ?? [];
  if (!words.length || NOT_A_NAME.test(words[0]) || STATE_WORD.test(words[0])) return null;
  // "liam not at work": the words up to the first that is never part of a name.
  const cut = words.findIndex((w) => NEVER_IN_NAME.test(w) || STATE_WORD.test(w));
  const kept = cut < 0 ? words : words.slice(0, cut);
  return kept.length ? titleCase(kept.join(' ')) : null;
}

/** Details given again: a correction replaces the kind it gives (phone, e-mail); otherwise they are added. */
function merged(before: ContactDetails, given: ContactDetails, corrects: boolean): ContactDetails {
  const pick = (old: string[], now: string[]) =>
    now.length === 0 ? old : corrects ? now : [...new Set([...old, ...now])];
  const address = given.address ?? before.address;
  const when = given.when ?? before.when;
  const prefers = given.prefers ?? before.prefers;
  return {
    name: given.name ?? before.name,
    phones: pick(before.phones, given.phones),
    emails: pick(before.emails, given.emails),
    ...(address ? { address } : {}),
    ...(when ? { when } : {}),
    ...(prefers ? { prefers } : {}),
  };
}

/** What several messages gave, read one by one (a name stands at the start of its own message). */
function readAll(texts: string[]): ContactDetails | null {
  return texts.reduce<ContactDetails | null>((acc, text) => {
    const given = readContact(text);
    if (!given) return acc;
    return acc ? merged(acc, given, CORRECTS.test(text)) : given;
  }, null);
}

const reachable = (d: ContactDetails) => d.phones.length > 0 || d.emails.length > 0;

function titleCase(s: string): string {
  return s.replace(/(^|\s|-)(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

export function createContactDetails(deps: { tickets: TicketStore }) {
  /** After a non-customer's request went to sales: their details now, or the question for them. */
  async function ask(ticket: Ticket, conv: ConversationState, turn: Turn, said: string[]) {
    if (conv.channel === 'email') return;
    const given = readAll(said);
    if (given && reachable(given)) {
      await put(ticket, turn, given, null);
      return;
    }
    conv.contactWanted = true;
    turn.say('not_customer.contact');
  }

  /**
   * Contact details given while they are wanted, or given again once the case has them (a correction
   * replaces what it corrects, anything else is added): put on the case and confirmed. False otherwise.
   */
  async function take(
    ticket: Ticket,
    conv: ConversationState,
    turn: Turn,
    text: string,
    force = false,
  ): Promise<boolean> {
    const given = readContact(text);
    if (!given) return false;
    const before =
      conv.contactWanted || force
        ? null
        : await deps.tickets.getState<ContactDetails>(ticket.id, CONTACT_STATE_KEY);
    // "Could your sales team call me instead? My number is +46 70 555 12 34, best after 16:00": a would-be
    // customer's number or address given unasked (an e-mail never asks for it) is put on the case all the same.
    const offered = !!conv.facts.notCustomer && reachable(given);
    if (!conv.contactWanted && !force && !before && !offered) return false;
    // An address alone, before any way to reach them: kept for when the number comes.
    if (!before && !reachable(given) && !conv.contactWanted) return false;
    // A name alone corrects the name on the case; with nothing on the case yet it is no contact.
    if (!before && !reachable(given) && !given.address && !given.when && !given.prefers) return false;
    const details = before ? merged(before, given, CORRECTS.test(text)) : given;
    conv.contactWanted = !reachable(details);
    await put(ticket, turn, details, before, given);
    return true;
  }

  /**
   * The details on the case (state and a note for the team), confirmed to the caller: only what is new
   * is confirmed, and "changed" only when the way to reach them did change.
   */
  async function put(
    ticket: Ticket,
    turn: Turn,
    details: ContactDetails,
    before: ContactDetails | null,
    given: ContactDetails | null = null,
  ) {
    await deps.tickets.setState(ticket.id, CONTACT_STATE_KEY, details);
    const contact = [...details.phones, ...details.emails].join(', ');
    const parts = [
      details.name,
      contact || null,
      details.address ? `address ${details.address}` : null,
      details.when ? `call ${details.when}` : null,
      details.prefers ? `prefers ${details.prefers}` : null,
    ];
    await deps.tickets.append(ticket.id, [
      {
        type: 'note',
        actor: { kind: 'customer', id: null },
        text: `${before ? 'Contact details changed by the caller' : 'Contact details for the team'}: ${parts.filter(Boolean).join(', ')}`,
        internal: true,
      },
    ]);
    const shown = [...details.phones.map(phoneForCustomer), ...details.emails].join(', ');
    const p = { reference: ticket.reference, contact: shown, name: details.name ?? '' };
    const reachedBefore = before ? [...before.phones, ...before.emails].join(', ') : '';
    const said: MessageKey[] = [];
    // "mikael strand, 070 123 45 67 (or mikael.s at gmail)": the name and every way given, said back.
    const noted = details.name ? 'not_customer.contact_noted.named' : 'not_customer.contact_noted';
    if (contact && contact !== reachedBefore)
      said.push(before && reachable(before) ? 'not_customer.contact_updated' : noted);
    // "my name is Liam, not At Work": the corrected name on the case, said back.
    if (before && details.name && details.name !== before.name) said.push('not_customer.name_noted');
    for (const key of said) turn.say(key, p);
    if (details.address && details.address !== before?.address) {
      turn.say('not_customer.address_noted', { address: details.address });
      said.push('not_customer.address_noted');
    }
    if (details.when && details.when !== before?.when) {
      turn.say('not_customer.when_noted', { when: details.when });
      said.push('not_customer.when_noted');
    }
    if (details.prefers && details.prefers !== before?.prefers) {
      turn.say(`not_customer.prefers_noted.${details.prefers}`);
      said.push(`not_customer.prefers_noted.${details.prefers}`);
    }
    // "…och messa hellre än att ringa" said again: confirmed as on the case, beside whatever else is new.
    const prefersAgain = !!given?.prefers && details.prefers === before?.prefers;
    if (prefersAgain && details.prefers) turn.say(`not_customer.prefers_kept.${details.prefers}`);
    // The same details once more ("ring efter 17 som sagt"): what they said again is confirmed as noted.
    if (prefersAgain || said.length) return;
    if (given?.when && details.when) turn.say('not_customer.when_kept', { when: details.when });
    else if (contact) turn.say('not_customer.contact_noted', p);
  }

  return { ask, take };
}
