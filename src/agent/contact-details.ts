// Someone who is not a customer yet has no record we could reach them through: when their request
// goes to sales, they are asked for a name and a phone number or e-mail address, and what they give
// (then or later in the conversation) is put on the case for the sales team and confirmed to them.
import type { Ticket } from '../domain/index.js';
import { extractEntities } from '../triage/entities.js';
import type { TicketStore } from '../tickets/ports.js';
import type { ConversationState } from './conversation-state.js';
import { phoneForCustomer } from './phone-display.js';
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
}

const NAME =
  /\b(?:my name is|my name's|name is|name's|this is|i am|i'm|im|jag heter|mitt namn (?:är|ar)|namnet (?:är|ar)|det (?:är|ar))\s+(\p{Lu}?[\p{L}-]{1,30}(?:\s+\p{Lu}?[\p{L}-]{2,30})?)/iu;
/** "Tom Becker, tom@becker.se", "ok. sofia berglund 070-123 45 67": a first and last name before the details. */
const LEADING_NAME =
  /^\s*(?:(?:ok|okej|okay|ja|jo|visst|sure|yes|yeah|fine|alright|hej|hi|hello|tack|thanks|absolut)\b[\s.,!]*)*(\p{L}[\p{L}-]+\s+\p{L}[\p{L}-]+)\s*(?:[,\n:]|(?=[+(]?\d)|(?=[^\s@]+@))/u;
const NOT_A_NAME =
  /^(?:a|an|the|not|no|new|moving|looking|interested|calling|writing|ute|inte|ny|kund|hi|hey|hello|hej|hejsan|tja|hallå|halla|ok|okay|okej|yes|yeah|ja|jo|sure|visst|absolut|thanks|thank|tack|my|min|mitt|mina|call|ring|here|här|har|email|e-mail|mail|mejl|phone|telefon|number|nummer|it|det|that|you|du|ni)\b/i;

/** Words that are never part of a name ("det är fel nummer", "this is my new number"). */
const NEVER_IN_NAME =
  /^(?:fel|wrong|rätt|ratt|right|correct|nummer|numret|number|nya|nytt|new|old|gamla|telefon\w*|phone|mobil\w*|mobile|cell|mail\w*|mejl\w*|e-?post\w*|adress\w*|address|kontakt\w*|contact|och|and|men|but|också|ocksa|also|istället|istallet|instead|actually|egentligen|kund|customer|inte|not)$/i;
/** The message corrects details given before ("det är fel nummer, det är …", "wrong number, use …"). */
const CORRECTS =
  /\b(fel|wrong|r[aä]tt(?:a|ar)?|correct(?:ion|ed)?|ist[aä]llet|instead|actually|egentligen|[aä]ndra|change|update|uppdatera|skrev fel|typo|menade|meant)\b/i;

/** Contact details in `text` (a phone number, an e-mail or a street address, and a name when stated), or null. */
export function readContact(text: string): ContactDetails | null {
  const { phones, emails } = extractEntities(text);
  const address = readStreetAddress(text);
  if (phones.length === 0 && emails.length === 0)
    return address ? { name: null, phones, emails, address } : null;
  const m = NAME.exec(text) ?? LEADING_NAME.exec(text);
  const name =
    m && !NOT_A_NAME.test(m[1]) && !m[1].split(/\s+/).some((w) => NEVER_IN_NAME.test(w))
      ? titleCase(m[1].trim())
      : null;
  return address ? { name, phones, emails, address } : { name, phones, emails };
}

/** Details given again: a correction replaces the kind it gives (phone, e-mail); otherwise they are added. */
function merged(before: ContactDetails, given: ContactDetails, corrects: boolean): ContactDetails {
  const pick = (old: string[], now: string[]) =>
    now.length === 0 ? old : corrects ? now : [...new Set([...old, ...now])];
  const address = given.address ?? before.address;
  return {
    name: given.name ?? before.name,
    phones: pick(before.phones, given.phones),
    emails: pick(before.emails, given.emails),
    ...(address ? { address } : {}),
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
    if (!conv.contactWanted && !force && !before) return false;
    // An address alone, before any way to reach them: kept for when the number comes.
    if (!before && !reachable(given) && !conv.contactWanted) return false;
    const details = before ? merged(before, given, CORRECTS.test(text)) : given;
    conv.contactWanted = !reachable(details);
    await put(ticket, turn, details, before);
    return true;
  }

  /** The details on the case (state and a note for the team), confirmed to the caller. */
  async function put(ticket: Ticket, turn: Turn, details: ContactDetails, before: ContactDetails | null) {
    await deps.tickets.setState(ticket.id, CONTACT_STATE_KEY, details);
    const contact = [...details.phones, ...details.emails].join(', ');
    const parts = [details.name, contact || null, details.address ? `address ${details.address}` : null];
    await deps.tickets.append(ticket.id, [
      {
        type: 'note',
        actor: { kind: 'customer', id: null },
        text: `${before ? 'Contact details changed by the caller' : 'Contact details for the team'}: ${parts.filter(Boolean).join(', ')}`,
        internal: true,
      },
    ]);
    const shown = [...details.phones.map(phoneForCustomer), ...details.emails].join(', ');
    const p = { reference: ticket.reference, contact: shown };
    if (contact)
      turn.say(
        before && reachable(before) ? 'not_customer.contact_updated' : 'not_customer.contact_noted',
        p,
      );
    if (details.address && details.address !== before?.address)
      turn.say('not_customer.address_noted', { address: details.address });
  }

  return { ask, take };
}
