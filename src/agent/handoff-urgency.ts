// "inom 24 timmar?? det är lördag och jag vill se matchen ikväll", "i need it for work tomorrow, can't
// wait that long": after a handoff, a customer who says it is urgent is heard. The case is marked
// urgent for the team that has it (a higher priority and a note with the customer's words, once), and
// the customer is told so — never only "I have added your message to the case".
import type { Priority, Ticket } from '../domain/index.js';
import type { TicketStore } from '../tickets/ports.js';
import { fold } from '../triage/normalize.js';
import type { ConversationState } from './conversation-state.js';

/** Each a kind of "it is urgent" (every pattern of a row must match): a plain "urgent", a wait that is
 * too long, something the customer needs the connection for soon. */
const NEED = /\b(need|needs|want|have to|must|gotta|got to|going to|vill|behover|maste|ska|skulle)\b/;
/** A need, never the wait asked about ("do I have to wait 4 hours?", "måste jag vänta 4 timmar?"). */
const NEED_NOT_WAIT =
  /\b(need|needs|want|have to|must|gotta|got to|going to|vill|behover|maste|ska|skulle)\b(?! (i |we |jag |vi |man )?(just |bara )?(wait|vanta))/;
const URGENT: RegExp[][] = [
  [
    /\b(urgent\w*|asap|as soon as possible|emergency|akut|bradska\w*|snarast|omgaende|sa fort som mojligt|sa snart som mojligt|nodfall)\b/,
  ],
  // "24 hours??" alone may be a sigh ("24 hours?? ok whatever"); with a need it is urgent.
  [/\b(24|48|4) ?(h|hours?|timmar|tim)\s*\?/, NEED_NOT_WAIT],
  [
    /\b(too long|far too long|way too long|for lange|alldeles for lange|can'?t wait|cannot wait|kan inte vanta|orkar inte vanta|hinner inte vanta)\b/,
  ],
  [
    /\b(tonight|this evening|today|this afternoon|tomorrow morning|ikvall|i kvall|idag|i dag|i eftermiddag|imorgon bitti|i morgon bitti)\b/,
    NEED,
  ],
  // "the match is tonight at 8": something on at a time soon.
  [
    /\b(tonight|this evening|today|this afternoon|ikvall|i kvall|idag|i dag|i eftermiddag)\b/,
    /\b(match\w*|game|meeting|mote\w*|exam|tenta\w*|at \d{1,2}|kl\.? ?\d{1,2}|klockan \d{1,2})\b/,
  ],
  // "jobbar hemifrån imorgon", "i have a meeting tomorrow": a reason with a day soon.
  [
    /\b(tonight|this evening|today|tomorrow|ikvall|i kvall|idag|i dag|imorgon|i morgon)\b/,
    /\b(jobb\w* (hemifran|hemma)|work\w* (from|at) home|wfh|meeting\w*|mote\w*|exam\w*|tenta\w*|interview\w*|intervju\w*|deadline\w*)\b/,
  ],
  [
    /\b(for (work|school|my exam|the exam|a meeting)|till jobbet|for jobbet|jobba hemifran|work from home|tenta\w*|exam|match\w*|game)\b/,
    NEED,
  ],
];

/** The ticket state key: the customer's urgency was marked on the case once already. */
const URGENT_STATE_KEY = 'customer_urgent';

const HIGHER: Record<Priority, Priority> = { P1: 'P1', P2: 'P1', P3: 'P2', P4: 'P3' };

/**
 * "please don't mark it as urgent", "I did not say it was urgent", "det är inte bråttom", "no rush": the customer
 * takes urgency back (round 33, a#5) — never a reason to mark the case urgent.
 */
const NOT_URGENT =
  /\b((do not|don'?t|dont|no need to|not) (\w+ ){0,3}(mark|flag|make|set|treat)\w* (\w+ ){0,3}(as )?(urgent|a priority|priority)|(did not|didn'?t|didnt|never) (say|said|ask|asked|write|wrote|claim\w*) (\w+ ){0,4}(urgent|it was urgent)|(it'?s|it is|its) not (that |really |so )?urgent|not urgent|no (rush|hurry)|no need to (rush|hurry)|(markera|flagga|satt) (\w+ ){0,3}inte (\w+ ){0,2}(som )?(bradskande|akut|prioriterat)|inte (\w+ ){0,2}(markera|flagga) (\w+ ){0,3}(som )?(bradskande|akut)|(ar|e) inte (sa |sarskilt )?(bradskande|akut|brattom)|inte bradskande|ingen brad\w*|ingen brattom|(jag )?(sa|skrev|sade) (aldrig|inte) (att )?(det|den) (var|ar) (bradskande|akut|brattom)|(bad|fragade|sa|skrev|sade) (jag |vi )?(inte|aldrig|ju inte) (om )?(att )?(\w+ ){0,4}(bradskande|akut|brattom|prioriter\w*))\b/;
/**
 * "I am in meetings most of tomorrow", "jag sitter i möten i morgon", "I'm busy tomorrow": when the customer can
 * be reached — a busy schedule is no urgency.
 */
const BUSY =
  /\b((i'?m|i am|i will be|i'?ll be|we are|we'?re|jag (ar|sitter|kommer att vara)|vi (ar|sitter)) (\w+ ){0,2}(in|i) (meetings?|moten|mote)|(i'?m|i am|i will be|i'?ll be|jag ar|vi ar) (\w+ ){0,2}(busy|upptagen|upptagna|unavailable|away|borta)|in meetings)\b/;

/**
 * "I work from home on Tuesdays and Thursdays, so those days are best": days the customer is at home every week —
 * when to reach them, never that the case cannot wait (rp34c #5).
 */
const SCHEDULE =
  /\b(work\w* (from|at) home|wfh|jobb\w* (hemifran|hemma)|(i'?m|i am|we are|jag ar|vi ar) (at )?(home|hemma))\b[^.!?]{0,30}\b(mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekdays|weekends|every|most days|some days|mandagar|tisdagar|onsdagar|torsdagar|fredagar|lordagar|sondagar|vardagar|helger|varje|vissa dagar)\b/;
/** The message without its questions: "Will a technician need to come?" says no need of the customer's. */
function statementsOf(t: string): string {
  return (t.match(/[^.!?]+[.!?]*/g) ?? []).filter((x) => !x.trim().endsWith('?')).join(' ');
}

/** The customer takes back (or denies) that the case is urgent. */
export function takesUrgencyBack(text: string): boolean {
  return NOT_URGENT.test(fold(text).replace(/[’`]/g, "'").replace(/\s+/g, ' '));
}

/** The customer says the case cannot wait. */
export function saysUrgent(text: string): boolean {
  const t = fold(text).replace(/[’`]/g, "'").replace(/\s+/g, ' ');
  if (NOT_URGENT.test(t)) return false;
  // (A need is said, never asked: "Will a technician need to come to the flat?" is no need for the connection.)
  const said = statementsOf(t);
  const rows = URGENT.filter((row) =>
    row.every((re) => (re === NEED || re === NEED_NOT_WAIT ? re.test(said) : re.test(t))),
  );
  // ("I am in meetings most of tomorrow": a day and a meeting say when to reach her, not that it cannot wait.)
  if (BUSY.test(t)) return rows.some((row) => row !== URGENT[5] && row !== URGENT[4]);
  // ("I work from home on Tuesdays and Thursdays": when she is home, not that it cannot wait.)
  if (SCHEDULE.test(t)) return rows.some((row) => row !== URGENT[5] && row !== URGENT[6]);
  return rows.length > 0;
}

/**
 * The urgency taken back: the case marked urgent by the desk goes back to the priority it had (and the note
 * says so); 'lowered' when it did, 'none' when nothing was marked, null when the message takes nothing back.
 */
export async function unmarkUrgent(
  tickets: TicketStore,
  ticket: Ticket,
  conv: ConversationState,
  text: string,
): Promise<'lowered' | 'none' | null> {
  if (!conv.handoff || !takesUrgencyBack(text)) return null;
  const was = await tickets.getState<Priority | boolean>(ticket.id, URGENT_STATE_KEY);
  if (!was) return 'none';
  const current = (await tickets.get(ticket.id))?.priority ?? conv.priority;
  const priority: Priority = typeof was === 'string' ? was : LOWER[current];
  await tickets.setState(ticket.id, URGENT_STATE_KEY, false);
  await tickets.append(
    ticket.id,
    [
      {
        type: 'note',
        actor: { kind: 'customer', id: null },
        text: `Not urgent after all, at the customer's word (priority ${current} → ${priority}): "${text.slice(0, 300)}"`,
        internal: true,
      },
    ],
    priority !== current ? { priority } : undefined,
  );
  conv.priority = priority;
  return 'lowered';
}

const LOWER: Record<Priority, Priority> = { P1: 'P2', P2: 'P3', P3: 'P4', P4: 'P4' };

/** Marks the case urgent for its team (once) when the message says so; true when it did or had. */
export async function markUrgent(
  tickets: TicketStore,
  ticket: Ticket,
  conv: ConversationState,
  text: string,
): Promise<boolean> {
  if (!conv.handoff || conv.handoff.queue === 'outage' || !saysUrgent(text)) return false;
  if (await tickets.getState<Priority | boolean>(ticket.id, URGENT_STATE_KEY)) return true;
  const current = (await tickets.get(ticket.id))?.priority ?? conv.priority;
  const priority = HIGHER[current];
  // (The priority it had is kept, so that urgency taken back restores it.)
  await tickets.setState(ticket.id, URGENT_STATE_KEY, current);
  await tickets.append(
    ticket.id,
    [
      {
        type: 'note',
        actor: { kind: 'customer', id: null },
        text: `Urgent for the customer (priority ${current} → ${priority}): "${text.slice(0, 300)}"`,
        internal: true,
      },
    ],
    priority !== current ? { priority } : undefined,
  );
  conv.priority = priority;
  return true;
}
