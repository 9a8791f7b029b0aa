// "portkod 4512. tack", "the door code is 1234#": a code to get in, given for a booked technician visit — noted
// on the case for the technician and said back with the code, never only "you are welcome". Every other way-in
// detail in the same message ("3rd floor, name on door Larsson", "uppgång B, 4 tr", "we have a dog") goes on the
// same note, as the customer wrote it: a technician who has only the code still cannot find the door.
import type { Ticket } from '../domain/index.js';
import type { TicketStore } from '../tickets/ports.js';
import { fold } from '../triage/normalize.js';

/** A word naming a way in, then the code (digits, maybe a letter or # / *). */
const CODE =
  /\b(?:portkod(?:en)?|dorrkod(?:en)?|entrekod(?:en)?|trapphuskod(?:en)?|(?:koden|kod) till (?:porten|dorren|entren|trapphuset|huset)|(?:door|gate|entry|entrance|building|front door|street door|main door) ?code|code (?:to|for) the (?:door|gate|building|entrance|front door))(?:\s+(?:ar|is|e|was|blir))?\s*[:=-]?\s*([a-z]?\d{3,8}[#*]?)(?![\d])/;

/**
 * The kinds of way-in detail a technician needs besides a code (folded text): the floor, the name on the door
 * or the bell, the entrance or stairwell, a lift, the flat number, a key, a pet, where to park. Data only.
 */
const ACCESS_DETAILS: RegExp[] = [
  // floor: "3rd floor", "floor 3", "3 tr", "tredje våningen", "vån 4", "ground floor", "bottenvåningen"
  /\b(\d{1,2}(?:st|nd|rd|th)? floor|floor \d{1,2}|(?:ground|top|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|basement) floor|(?:\d{1,2}(?::?[ae])?|forsta|andra|tredje|fjarde|femte|sjatte|sjunde|attonde|nionde|tionde|oversta|nedersta) (?:vaning\w*|van|tr|trappor|trappa|trappan)|(?:vaning|van) \d{1,2}|bottenvaning\w*|entreplan|kallare\w*|basement|attic|vind\w*)\b/,
  // the name on the door or the bell, the intercom
  /\b(names? on (?:the )?(?:door|bell|buzzer|intercom|letterbox|mailbox)|(?:door|bell)(?: says| name)|namn(?:et)? pa (?:dorren|brevladan|ringklockan|porttelefonen)|star \w+ pa (?:dorren|brevladan)|dorrskylt\w*|namnskylt\w*|name ?plate|ring (?:on|at|the bell)|ringklock\w*|porttelefon\w*|intercom|buzzer|buzz\w*)\b/,
  // the entrance, the stairwell, the building, the courtyard
  /\b(entrance(?! code)|ingang\w*|uppgang\w*|stair(?:well|case|s)|trapphus\w*|(?:back|side|rear) (?:door|entrance)|baksida\w*|gardshus\w*|courtyard|innergard\w*|(?:building|house|hus|port) [a-z]\b|through the (?:garage|yard|back))/,
  // a lift
  /\b(lift|elevator|hiss\w*)\b/,
  // the flat number
  /\b(lgh\.? ?\d+|lagenhet(?:snummer)? \d+|apartment \d+|apt\.? ?\d+|flat (?:no\.? ?)?\d+|door \d+)\b/,
  // a key, a pet, parking
  /\b(key ?(?:box|safe)|spare key|(?:the )?keys? (?:is|are|with|under|at)|nyckelbox\w*|nyckelskap\w*|reservnyckel\w*|nyckel(?:n)? (?:finns|ligger|hos|under)|dog|dogs|hund\w*|cat|cats|katt\w*|pets?|husdjur|park\w*|parkering\w*)\b/,
];

/** The code given in `text`, as written; null when none is named. */
export function doorCode(text: string): string | null {
  return CODE.exec(fold(text))?.[1]?.toUpperCase() ?? null;
}

/** Each way-in detail of `text` besides the code, in the customer's words ("3rd floor", "name on door Larsson"). */
export function accessDetails(text: string): string[] {
  const parts = String(text ?? '')
    .slice(0, 600)
    .split(/[,;\n]|[.!?](?:\s|$)|\s(?:and|och|plus|samt)\s/i)
    .map((p) => p.trim().replace(/[.!?]+$/, ''))
    .filter(Boolean);
  return parts
    .filter((p) => !CODE.test(fold(p)) && ACCESS_DETAILS.some((re) => re.test(fold(p))))
    .map((p) => p.slice(0, 80))
    .slice(0, 6);
}

/** What the message gives for getting in: the code (or null) and the other details. */
export interface AccessGiven {
  code: string | null;
  details: string[];
}

/**
 * Notes the code and every other way-in detail on the case for the technician; what was noted, or null when the
 * message gives neither. Details alone are noted only with `detailsAlone` (a visit is booked, and the message is
 * about getting in).
 */
export async function noteDoorCode(
  tickets: TicketStore,
  ticket: Ticket,
  text: string,
  opts: { detailsAlone?: boolean } = {},
): Promise<AccessGiven | null> {
  const code = doorCode(text);
  const details = accessDetails(text);
  if (!code && !(opts.detailsAlone && details.length)) return null;
  await tickets.append(ticket.id, [
    {
      type: 'note',
      actor: { kind: 'customer', id: null },
      text: `For the technician — ${accessNote({ code, details })}`,
      internal: true,
    },
  ]);
  return { code, details };
}

/** The note for the technician: "door code: 1234; access: 3rd floor; we have a dog". */
export function accessNote(given: AccessGiven): string {
  return [
    ...(given.code ? [`door code: ${given.code}`] : []),
    ...(given.details.length ? [`access: ${given.details.join('; ')}`] : []),
  ].join('; ');
}
