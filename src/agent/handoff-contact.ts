// What the customer tells the people who take over about reaching them, after a handoff: when they can let a
// technician in or be reached ("I can only do mornings", "hemma efter kl 16 och på fredagar"), and how
// ("please call me", "ring mig hellre", "text me instead", "mejla mig"). Both are noted on the case the team
// has and acknowledged — the times in the customer's own words — beside whatever else the message asks.
import type { Ticket } from '../domain/index.js';
import type { TicketStore } from '../tickets/ports.js';
import { fold } from '../triage/normalize.js';
import { visitTimesIn } from './check-first.js';
import { questionClauses } from './side-questions.js';
import type { MessageKey } from './messages/index.js';

export type ContactWay = 'call' | 'text' | 'email';

/** How the customer would rather be reached (folded text); a question whether they can call us is not one. */
const WAYS: [ContactWay, RegExp][] = [
  [
    'call',
    /\b(please |pls |can (you|someone|somebody|they) |could (you|someone|somebody|they) |(have|get) (someone|somebody) (to )?|rather |just |better )?(call|phone|ring) me\b|\b(ring|ringa|ringer) (upp )?mig\b|\b(hellre|helst) (bli )?(uppringd|ringd)\b|\bprefer (a )?(call|phone ?call|to be called)\b|\b(by|per|via) (phone|telefon)\b/,
  ],
  [
    'text',
    /\b(text|sms) me\b|\bsms(a|:a)? mig\b|\bskicka (ett |en )?sms\b|\b(by|via|per) (text|sms)\b|\bprefer (a )?(text|sms)\b/,
  ],
  [
    'email',
    /\b(e-?mail|mail) me\b|\b(mejla|maila|mejlar|mailar) mig\b|\b(by|via|per) (e-?mail|e-?post|mejl|mail)\b|\bprefer (an )?(e-?mail|mejl)\b|\b(just |only |bara |hellre |helst )?(an? )?(e-?mail|mail|mejl|e-?post)( is| works| would be| ar| gar| funkar)? (fine|ok|okay|good|enough|bra|finfint|racker)\b|\b(just|only|bara|hellre|helst) (by |per |via )?(e-?mail|mail|mejl|e-?post)\b/,
  ],
];

/**
 * "before they call me", "när de ringer mig", "if someone calls me": the team's contact told as a moment in a
 * sentence about something else — a description, never a wish how to be reached (folded).
 */
const DESCRIBED_CONTACT =
  /\b(before|when|after|until|till|if|once|whether|innan|nar|efter|tills|om|ifall|forran)( (they|he|she|someone|somebody|you|u|the \w+|de|dom|han|hon|ni|du|nagon|nan|(\w+)?avdelningen|teamet))?( (will|would|ska|kommer att|har|have|do|does))? (call\w*|phone\w*|ring\w*|e-?mail\w*|mail\w*|mejl\w*|text\w*|sms\w*|contact\w*|kontakt\w*|reach\w*|nar) (me|mig|us|oss)\b/g;

/**
 * "i didnt say i want to be called??", "I never asked for a call", "jag sa inte att jag ville bli uppringd",
 * "don't call me": the customer says a way of contact is not what they want — the way they refuse, or null.
 */
export function contactCorrection(text: string): ContactWay | null {
  return refusal(fold(text).replace(/[’`]/g, "'").replace(/\s+/g, ' '))?.way ?? null;
}

/** The way refused in folded `t` and the words that refuse it. */
function refusal(t: string): { way: ContactWay; words: string } | null {
  const refused: [ContactWay, string][] = [
    ['call', 'call\\w*|phone\\w*|ring\\w*|uppringd|ringd'],
    ['text', 'text\\w*|sms\\w*'],
    ['email', 'e-?mail\\w*|mail\\w*|mejl\\w*'],
  ];
  for (const [way, words] of refused) {
    const re = new RegExp(
      `\\b((i|we) (did not|didn'?t|didnt|never|have not|haven'?t|havent) (say|said|ask|asked|want|wanted|mention|mentioned|request|requested)|(jag|vi) (sa|sade|har|hade|bad|ville) (ju )?(inte|aldrig|inget|ingenting))\\b[^.?!]{0,40}\\b(${words})\\b|\\b((please )?(do not|don'?t|dont) (${words}) (me|us)|no (phone )?(calls?|texts?|e-?mails?)( please| thanks| tack)?|(ring|sms:?a|mejla|maila) (inte|ej) (mig|oss)|(ni|de|dom|du) (behover|ska|maste) inte (ringa|sms:?a|mejla|maila)( mig| oss)?)\\b`,
    );
    const m = re.exec(t);
    if (m && new RegExp(`\\b(${words})\\b`).test(m[0])) return { way, words: m[0] };
  }
  return null;
}
/** The way in the words of a note for the team. */
export function wayWords(way: ContactWay): string {
  return way === 'call' ? 'phone call' : way === 'text' ? 'text message' : 'e-mail';
}

/** "can I call you?", "what number do I call?": the customer calling us, answered elsewhere. */
const CALLS_US =
  /\b(can|could|may|should|kan|far|ska) (i|we|jag|vi) (call|phone|ring|ringa)\b|\bnumber (do|can|should) i call\b/;

/** An invoice or a document sent some way (folded). */
const SENT_THING =
  /\b(\w*faktur\w*|e-?invoice\w*|invoices?|bills?|pdf|paper|papper\w*|receipt\w*|kvitto\w*)\b/;

/** Two ways set against each other ("call me or email?", "ringer de eller mejlar de?"): a choice asked about. */
const EITHER_WAY =
  /\b(call\w*|phone\w*|ring\w*|e-?mail\w*|mail\w*|mejl\w*|text\w*|sms\w*)\b[^.?!]{0,25}\b(or|eller)\b[^.?!]{0,15}\b(call\w*|phone\w*|ring\w*|e-?mail\w*|mail\w*|mejl\w*|text\w*|sms\w*|write|skriv\w*)\b/;
/** A question that asks for something ("can you call me?", "kan ni ringa mig?", "will you call me please?"). */
const ASKS_FOR =
  /^((ok\w*|och|and|but|men|so|sa|btw|by the way|also|aven|ocksa|next time|nasta gang|hey|hej|oh|one more thing|en sak till)[, ]+)*(can|could|would|kan|kunde|skulle) (you|u|someone|somebody|they|ni|du|nagon|nan|de|dom)\b|\b(please|pls|plz|snalla)\b/;

/**
 * "will the technician call me or email?", "ringer dom mig?": how the team will get in touch, asked —
 * answered (notify_how), never a wish to be called put on the case.
 */
function asksHowReached(clause: string): boolean {
  const c = clause.trim();
  return (c.endsWith('?') || EITHER_WAY.test(c)) && !(ASKS_FOR.test(c) && !EITHER_WAY.test(c));
}

/** The way the customer would rather be reached, or null. */
export function contactWay(text: string): ContactWay | null {
  const folded = fold(text).replace(/[’`]/g, "'").replace(/\s+/g, ' ');
  // "e-invoice or pdf by email instead of the paper one": how the invoice is sent, not how to reach them.
  if (CALLS_US.test(folded) || SENT_THING.test(folded)) return null;
  // ("no dont call me, email me instead": the way refused is taken out, the way wished for stays.)
  const t = (folded.match(/[^.!?]+[.!?]*/g) ?? [folded])
    .filter((c) => !asksHowReached(c))
    .map((c) => c.replace(refusal(c)?.words ?? /$^/, ' '))
    .join(' ')
    .replace(DESCRIBED_CONTACT, ' ');
  return WAYS.find(([, re]) => re.test(t))?.[0] ?? null;
}

/** Work at home and its calls or meetings ("I work from home, video calls all day", "jobbar hemifrån, möten hela dagen"). */
const WORK_SAID =
  /\b(work\w* from home|wfh|home ?office|hemmakontor|jobbar hemifran|arbetar hemifran|jobbar hemma|video ?calls?|calls|meetings?|teams|zoom|moten|mote|samtal)\b/;
/** Being there for someone, or a time offered: then the words are availability after all. */
const REACH_SAID =
  /\b((i am|i'?m|im|we are|we'?re|jag ar|vi ar) (\w+ )?(at )?(home|hemma)|be home|vara hemma|visit\w*|technician\w*|engineer\w*|come|call me|reach|available|free|any ?time|works? for|suits?|ok for|besok\w*|tekniker\w*|komma|ring\w*|nas|tillganglig|antraffbar|ledig|passar|gar bra|(kl|at) ?\d|\d{1,2}([.:]\d{2})?\s*(-|–|to|till)\s*\d|after \d|before \d|efter \d|fore \d|mornings?|afternoons?|evenings?|morgon\w*|formiddag\w*|eftermiddag\w*|kvall\w*|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|days|weekdays?|weekends?|man|tis|ons|tors|fre|lor|son|mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag|dagar|vardag\w*|helg\w*)\b/;

/**
 * "- I work from home, video calls all day": what the customer needs the connection for, not when they can be
 * reached — never noted as times for the team (round 29, a5). "I work from home, so any time suits" still is.
 */
function aboutWorkOnly(sentence: string): boolean {
  const t = fold(sentence);
  return WORK_SAID.test(t) && !REACH_SAID.test(t);
}

/**
 * The sentences of `text` that say when the customer can (a quoted e-mail line left out), or null: "I can
 * only do mornings, I work from home" beside "is a technician coming?".
 */
export function timesSaid(text: string, now: Date, timeZone: string): string | null {
  const own = text
    .split('\n')
    .filter((l) => !l.trim().startsWith('>'))
    .join(' ');
  // "blir det en tekniker som kommer hem, i så fall kan jag bara efter kl 16.": the times after "if so" are
  // said, not asked, though the sentence opens as a question.
  const sentences = own
    .split(
      /(?<=[.!?])\s+|,\s*(?=(?:i så fall|isåfall|i sånt fall|i sådana fall|if so|in that case|if that'?s the case)\b)/i,
    )
    .map((s) => s.trim())
    .filter(Boolean);
  const said = sentences.filter(
    (s) =>
      !/\?\s*$/.test(s) && !questionClauses(s).length && !aboutWorkOnly(s) && visitTimesIn(s, now, timeZone),
  );
  return said.length
    ? said
        .join(' ')
        .replace(/[.!]+$/, '')
        .slice(0, 200)
    : null;
}

/**
 * Notes on `ticket` the times and the way of contact the customer gave, and returns what to say (in order);
 * nothing when the message gives neither.
 */
export async function noteReach(
  tickets: Pick<TicketStore, 'append' | 'timeline'>,
  ticket: Ticket,
  text: string,
  o: { now: Date; timeZone: string; times?: boolean },
): Promise<{ key: MessageKey; times?: string }[]> {
  const times = o.times === false ? null : timesSaid(text, o.now, o.timeZone);
  const way = contactWay(text);
  // "i didnt say i want to be called?? just email is fine": the record corrected, and said so.
  const refused = contactCorrection(text);
  // Sorry only for what the desk itself had noted; a way refused that nobody noted is simply noted.
  const noted = refused && `would rather be contacted by ${wayWords(refused)}`;
  const had =
    !!noted && (await tickets.timeline(ticket.id)).some((e) => e.type === 'note' && e.text.includes(noted));
  const notes: string[] = [];
  if (refused)
    notes.push(
      `correction: the customer does not want to be contacted by ${wayWords(refused)}; any earlier note on this case that they would rather be contacted that way is wrong: "${text.slice(0, 200)}"`,
    );
  if (times) notes.push(`when the customer can be reached or let a technician in (their words): "${times}"`);
  if (way) notes.push(`the customer would rather be contacted by ${wayWords(way)}: "${text.slice(0, 200)}"`);
  if (!notes.length) return [];
  await tickets.append(
    ticket.id,
    notes.map((n) => ({
      type: 'note' as const,
      actor: { kind: 'customer' as const, id: null },
      text: n,
      internal: true,
    })),
  );
  const say: { key: MessageKey; times?: string }[] = [];
  if (refused) say.push({ key: `handoff.contact_${had ? 'corrected' : 'refused'}.${refused}` });
  if (times) say.push({ key: 'handoff.times_quoted', times });
  if (way) say.push({ key: `handoff.contact_noted.${way}` });
  return say;
}
