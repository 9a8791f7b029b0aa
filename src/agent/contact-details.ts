// Someone who is not a customer yet has no record we could reach them through: when their request
// goes to sales, they are asked for a name and a phone number or e-mail address, and what they give
// (then or later in the conversation) is put on the case for the sales team and confirmed to them.
import type { Ticket } from '../domain/index.js';
import { extractEntities } from '../triage/entities.js';
import type { TicketStore } from '../tickets/ports.js';
import type { ConversationState } from './conversation-state.js';
import type { Turn } from './turn.js';

/** The ticket state key of the contact details a caller gave. */
export const CONTACT_STATE_KEY = 'contact';

export interface ContactDetails {
  name: string | null;
  phones: string[];
  emails: string[];
}

const NAME =
  /\b(?:my name is|my name's|name is|name's|this is|i am|i'm|im|jag heter|mitt namn (?:är|ar)|namnet (?:är|ar)|det (?:är|ar))\s+(\p{Lu}?[\p{L}-]{1,30}(?:\s+\p{Lu}?[\p{L}-]{2,30})?)/iu;
/** "Tom Becker, tom@becker.se", "sofia berglund 070-123 45 67": a first and last name before the details. */
const LEADING_NAME = /^\s*(\p{L}[\p{L}-]+\s+\p{L}[\p{L}-]+)\s*(?:[,\n:]|(?=[+(]?\d)|(?=[^\s@]+@))/u;
const NOT_A_NAME =
  /^(?:a|an|the|not|no|new|moving|looking|interested|calling|writing|ute|inte|ny|kund|hi|hey|hello|hej|hejsan|tja|hallå|halla|ok|okay|okej|yes|yeah|ja|jo|sure|visst|absolut|thanks|thank|tack|my|min|mitt|mina|call|ring|here|här|har|email|e-mail|mail|mejl|phone|telefon|number|nummer|it|det|that|you|du|ni)\b/i;

/** Words that are never part of a name ("det är fel nummer", "this is my new number"). */
const NEVER_IN_NAME =
  /^(?:fel|wrong|rätt|ratt|right|correct|nummer|numret|number|nya|nytt|new|old|gamla|telefon\w*|phone|mobil\w*|mobile|cell|mail\w*|mejl\w*|e-?post\w*|adress\w*|address|kontakt\w*|contact|och|and|men|but|också|ocksa|also|istället|istallet|instead|actually|egentligen|kund|customer|inte|not)$/i;
/** The message corrects details given before ("det är fel nummer, det är …", "wrong number, use …"). */
const CORRECTS =
  /\b(fel|wrong|r[aä]tt(?:a|ar)?|correct(?:ion|ed)?|ist[aä]llet|instead|actually|egentligen|[aä]ndra|change|update|uppdatera|skrev fel|typo|menade|meant)\b/i;

/** Contact details in `text` (a phone number or an e-mail address, and a name when stated), or null. */
export function readContact(text: string): ContactDetails | null {
  const { phones, emails } = extractEntities(text);
  if (phones.length === 0 && emails.length === 0) return null;
  const m = NAME.exec(text) ?? LEADING_NAME.exec(text);
  const name =
    m && !NOT_A_NAME.test(m[1]) && !m[1].split(/\s+/).some((w) => NEVER_IN_NAME.test(w))
      ? titleCase(m[1].trim())
      : null;
  return { name, phones, emails };
}

/** Details given again: a correction replaces the kind it gives (phone, e-mail); otherwise they are added. */
function merged(before: ContactDetails, given: ContactDetails, corrects: boolean): ContactDetails {
  const pick = (old: string[], now: string[]) =>
    now.length === 0 ? old : corrects ? now : [...new Set([...old, ...now])];
  return {
    name: given.name ?? before.name,
    phones: pick(before.phones, given.phones),
    emails: pick(before.emails, given.emails),
  };
}

function titleCase(s: string): string {
  return s.replace(/(^|\s|-)(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

export function createContactDetails(deps: { tickets: TicketStore }) {
  /** After a non-customer's request went to sales: their details now, or the question for them. */
  async function ask(ticket: Ticket, conv: ConversationState, turn: Turn, opening: string) {
    if (conv.channel === 'email') return;
    if (await take(ticket, conv, turn, opening, true)) return;
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
    conv.contactWanted = false;
    const details = before ? merged(before, given, CORRECTS.test(text)) : given;
    await deps.tickets.setState(ticket.id, CONTACT_STATE_KEY, details);
    const contact = [...details.phones, ...details.emails].join(', ');
    await deps.tickets.append(ticket.id, [
      {
        type: 'note',
        actor: { kind: 'customer', id: null },
        text: `${before ? 'Contact details changed by the caller' : 'Contact details for the team'}: ${details.name ? `${details.name}, ` : ''}${contact}`,
        internal: true,
      },
    ]);
    turn.say(before ? 'not_customer.contact_updated' : 'not_customer.contact_noted', {
      reference: ticket.reference,
      contact,
    });
    return true;
  }

  return { ask, take };
}
