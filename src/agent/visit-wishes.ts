// What the customer has said about when a technician may come, taken together: the times given at the
// handoff and every wish since ("måndag går inte ändå, kan det bli tisdag istället?", "men efter 16 sa
// jag ju"). A new wish narrows the earlier ones where it can — a day named now keeps the hours said
// before ("tisdag" after "vardagar efter 16" is Tuesday after 16) — and replaces them where nothing is
// left of both; a time the customer ruled out stays ruled out. A day named only as a deadline ("vad gör
// jag fram till måndag", "until monday") is not a wish.
import type { TimeWindow } from '../isp/ports.js';
import type { TicketStore } from '../tickets/ports.js';
import { visitTimes, type VisitTimes } from './visit-times.js';

/** The ticket state key of the customer's wishes about the visit's time after the handoff (oldest first). */
export const WISHES_STATE_KEY = 'field_visit_wishes';

const DAY =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|m[aå]ndag|tisdag|onsdag|torsdag|fredag|l[oö]rdag|s[oö]ndag)(?:en)?';
/** "fram till måndag", "until monday", "sedan tisdag": a day that bounds something else. */
const NOT_A_WISH = new RegExp(
  `\\b(?:until|till|since|fram till|tills|sedan|sen i|sedan i)\\s+(?:on\\s+|i\\s+)?${DAY}\\b`,
  'gi',
);
/** "…går inte, kan det bli tisdag istället?": the no and the new wish are two sentences. */
const NEW_WISH_AFTER_COMMA =
  /,\s*(?=(?:kan det|kan ni|kan han|kan hon|går det|gar det|funkar|ta|hellre|kanske|could|can (?:it|you|we|they)|how about|what about|maybe|rather|take|make it)\b)/gi;

/** "lördag? jag sa vardagar efter 16", "28 december?? det är ju tre veckor": the time booked, echoed in disbelief. */
const ECHO = new RegExp(
  `^\\W*(?:${DAY}|(?:den |the )?\\d{1,2}(?::?e|st|nd|rd|th)?\\.?\\s*(?:of\\s+)?[a-zåäö]{3,9})\\s*\\?+\\s*(?=\\S)`,
  'i',
);

/** The customer's words with only what speaks of the visit's time in them. */
export function wishWords(text: string): string {
  return text.replace(ECHO, '').replace(NOT_A_WISH, ' ').replace(NEW_WISH_AFTER_COMMA, '. ');
}

const ms = (x: string) => Date.parse(x);

function intersect(a: TimeWindow[], b: TimeWindow[]): TimeWindow[] {
  const out: TimeWindow[] = [];
  for (const x of a)
    for (const y of b) {
      const start = Math.max(ms(x.start), ms(y.start));
      const end = Math.min(ms(x.end), ms(y.end));
      if (start < end) out.push({ start: new Date(start).toISOString(), end: new Date(end).toISOString() });
    }
  return out;
}

/** Every statement (oldest first) read and taken together, as times to book inside and times to avoid. */
export function combinedTimes(statements: (string | null)[], now: Date, timeZone: string): VisitTimes {
  let preferred: TimeWindow[] = [];
  let avoid: TimeWindow[] = [];
  for (const s of statements) {
    if (!s) continue;
    const v = visitTimes(wishWords(s), now, timeZone);
    // "jag kan ta ledigt en förmiddag, typ tisdag" after "jobbar dagtid": what is offered now lifts the earlier no.
    // "can it be saturday instead?" after "not mornings": a whole day named does not lift the no inside it.
    avoid = avoid.filter((a) => !v.preferred.some((p) => within(p, a)));
    avoid.push(...v.avoid);
    if (!v.preferred.length) continue;
    const both = preferred.length ? intersect(preferred, v.preferred) : [];
    preferred = both.length ? both : v.preferred;
  }
  const open = preferred.filter(
    (p) => !avoid.some((a) => ms(a.start) <= ms(p.start) && ms(p.end) <= ms(a.end)),
  );
  return { preferred: open, avoid };
}

/** The wishes said after the handoff, and a new one added. */
export async function addWish(tickets: TicketStore, ticketId: string, text: string): Promise<string[]> {
  const wishes = [
    ...((await tickets.getState<string[]>(ticketId, WISHES_STATE_KEY)) ?? []),
    text.slice(0, 300),
  ];
  await tickets.setState(ticketId, WISHES_STATE_KEY, wishes);
  return wishes;
}

/** What a move books inside: the new wish taken with everything said before, never the refused `booked`. */
export async function movedTimes(
  tickets: TicketStore,
  ticketId: string,
  availability: string | null,
  text: string,
  booked: TimeWindow,
  at: { now: Date; timeZone: string; refused: boolean },
): Promise<{ prefer: TimeWindow[]; avoid: TimeWindow[]; refused: TimeWindow[]; words: string }> {
  const wishes = await addWish(tickets, ticketId, text);
  const times = combinedTimes([availability, ...wishes], at.now, at.timeZone);
  // "tiden passar INTE": a time turned down stays turned down, whatever is asked for later.
  const refused = (await tickets.getState<TimeWindow[]>(ticketId, REFUSED_STATE_KEY)) ?? [];
  if (at.refused) await tickets.setState(ticketId, REFUSED_STATE_KEY, [...refused, booked]);
  return {
    prefer: times.preferred,
    avoid: [booked, ...refused, ...times.avoid],
    refused: [booked, ...refused],
    words: wishWords(text),
  };
}

/** The ticket state key of the booked windows the customer turned down (oldest first). */
export const REFUSED_STATE_KEY = 'field_visit_refused';

/** Whether `inner` lies inside `outer`. */
function within(inner: TimeWindow, outer: TimeWindow): boolean {
  return ms(outer.start) <= ms(inner.start) && ms(inner.end) <= ms(outer.end);
}
