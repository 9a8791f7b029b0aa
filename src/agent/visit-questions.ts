// Questions about a technician visit that is booked: "how long until the technician comes?", "do i
// need to be home?", "hur länge tar besöket?". With a booked window they are answered from it — the
// booked time, who must be home, how long a visit takes — never with "the field team contacts you
// to agree on a time" (the time is agreed already). Matched against folded text (å/ä/ö → a/a/o).
import type { TimeWindow } from '../isp/ports.js';
import { fold } from '../triage/normalize.js';
import { fieldAnswerKey, fieldQuestions } from './field-questions.js';
import type { MessageKey } from './messages/index.js';
import { visitCostAsked } from './visit-cost.js';

export type VisitQuestion =
  | 'when'
  | 'comes'
  | 'earliest'
  | 'home'
  | 'duration'
  | 'call'
  | 'whole_window'
  | 'go_out'
  | 'inside'
  | 'prepare'
  | 'time_off';

const TAKES_BEFORE_COMING =
  /\b(take|takes|taking|ta|tar|droja|drojer)\b.{0,15}\b(before|until|till|til|innan|tills?|till dess)\b.{0,15}\b(someone|somebody|anyone|a technician|the technician|a tech|an engineer|they|he|she|you|nan|nagon|en tekniker|teknikern|de|dom|ni)\b.{0,10}\b(come\w*|arrive\w*|turn\w* up|show\w* up|get\w* here|kommer|komma|dyker upp|ar har|ar hos)/;

/** [question, pattern]: each a kind of question, in the order the answers are said. */
const PATTERNS: [VisitQuestion, RegExp][] = [
  // "how long does it usually take before someone comes?", "hur lång tid brukar det ta innan någon kommer?":
  // the wait for the visit, not the length of the visit.
  ['when', TAKES_BEFORE_COMING],
  [
    'when',
    /\b(how long (until|till|before|til)|how soon|when|what time|which day|nar|vilken (tid|dag)|hur dags|hur (lang tid|lange) (drojer|innan|tills?|till dess)|hur snart|drojer det)\b.{0,50}\b(technician\w*|tech|engineer\w*|visit\w*|someone|somebody|anyone|come|comes|coming|arrive\w*|here|tekniker\w*|besok\w*|nan|nagon|komma|kommer|hit)\b|\b(kommer|comes?|coming)\b.{0,30}\b(nan|nagon|teknikern|en tekniker|someone|somebody|the technician|a technician)\b.{0,30}\b(pa|on|den|the)\s+(mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d)/,
  ],
  [
    // "so that's the time then?", "is it still on?", "står tiden kvar?": the booking, confirmed.
    'when',
    /\b(is (that|this|it) (the time|booked|confirmed|final|fixed|set|still on)|(that'?s|thats|that is) (the time|when)|(it'?s|its|is it) (still )?(on|booked|confirmed)\b|ar (det|den|tiden|besoket) (bokad|bokat|bestamd|bestamt|klar|klart|kvar|bekraftad)|galler (tiden|det|besoket)|star (tiden|besoket|bokningen) kvar|ar det den tiden)/,
  ],
  [
    // "kommer det alltså någon hem till mig?", "so someone will actually come to my place?"
    'comes',
    /\b(kommer (det )?(alltsa |da |verkligen |faktiskt |sa )?(nan|nagon|en tekniker|teknikern|de|dom|ni) (att )?(komma )?(hem|hit)|kommer det (att )?komma (nan|nagon|en tekniker)|(will|does|is|so) (someone|somebody|anyone|a technician|the technician|an engineer|a tech)\b.{0,20}\b(come|coming|visit)\w*\b.{0,12}\b(to (me|my|our|the) (home|place|house|flat|apartment)|here|over|round|out))\b/,
  ],
  [
    // "hur snabbt kan ni komma?", "how soon can you come?", "what's the earliest?"
    'earliest',
    /\b(how (soon|quickly|fast) (can|could|will) (you|they|someone|somebody|a technician|the technician|an engineer)|earliest|soonest|as soon as possible|hur (snabbt|fort|snart) (kan|kommer) (ni|de|dom|nan|nagon|en tekniker|teknikern)|tidigast mojliga|forsta lediga|(nan|nagon) tidigare tid)\b/,
  ],
  [
    // "does the technician need to come inside the flat?", "måste de komma in i lägenheten?"
    'inside',
    /\b((come|get|go|be) (in|inside|into)\b.{0,12}\b(flat|apartment|house|home|place)|inside (the|my|our) (flat|apartment|house|home|place)|(access to|into) (the|my|our) (flat|apartment|house|home|place)|komma in( i| till)? (lagenhet\w*|huset|bostaden|hemmet|hem)|in i (lagenhet\w*|huset|bostaden)|slappa in (dem|dom|honom|henne|teknikern))\b/,
  ],
  [
    // "behöver jag förbereda något?", "do I need to prepare anything?", "what should I do before they come?"
    // "do i have to move the tv before they come?", "måste jag flytta tv:n?": getting to the socket.
    'prepare',
    /\b((do|must|should|shall) (i|we) (\w+ )?(have to |need to )?(move|clear)|(maste|behover|ska|bor) (jag|vi) (\w+ )?(flytta|rensa|ta bort)|prepare|preparation|get ready|(do|have) (anything|something) (ready|before)|what (should|do|must|can) i do before|forbered\w*|gora (nagot|nat|nanting) (innan|fore|forst)|ha (nagot|nat) (redo|framme)|(maste|behover|ska) jag gora (nagot|nat|nanting)( \w+)? innan)\b/,
  ],
  [
    // "måste jag ta ledigt från jobbet?", "do I have to take time off work?", "will i need to take the day off?"
    'time_off',
    /\b(ta (ut )?(ledigt|ledig|semester|en ledig dag)|vara ledig|stanna hemma fran (jobbet|skolan)|ga (hem )?fran jobbet|take (the |a |some )?(day|time|morning|afternoon|hours?) off|take off (work|from work)|time off( work| from work)?|(miss|skip|leave) work|off work)\b/,
  ],
  [
    'home',
    /\b((do|must|should|have to|need to) (i|we|someone|somebody|anyone) (be|stay) (at )?home|(be|stay) (at )?home\b.{0,20}\?|(need|have) to be (there|in|present|home)|someone (has to|needs to|must) be (home|there|in)|who (has to|needs to|must) be (home|there)|(maste|behover|ska) (jag|vi|nan|nagon) (vara )?(hemma|pa plats|dar)|(vara|stanna) hemma\b.{0,20}\?|nagon hemma\b.{0,20}\?|(maste|behover) (nan|nagon) (vara )?(hemma|dar))/,
  ],
  [
    // "will the technician call before coming?", "ringer teknikern innan?", "får jag ett sms innan?"
    'call',
    /\b((will|does|do|is|would) (the |a )?(technician|tech|engineer|he|she|they|someone|somebody|you|field team)\b.{0,25}\b(call|phone|ring|text|sms|contact|let me know)|(ringer|messar|smsar|hor (av sig|nagon av sig)|kontaktar) (teknikern|han|hon|de|dom|ni|nan|nagon|faltteamet)|(teknikern|han|hon|de|dom|ni|nan|nagon|faltteamet) (ringer|messar|smsar|hor av sig|kontaktar (mig|oss))\b.{0,20}\b(innan|forst|fore|i forvag)|(the )?(technician|tech|engineer) (calls|phones|texts|rings)\b.{0,20}\b(first|before|ahead)|(far|kommer) jag (ett )?(samtal|sms|meddelande)|(kommer|ska|brukar) (teknikern|han|hon|hen|de|dom|ni|nan|nagon) (att )?(ringa|smsa|messa|hora av sig)|((kan|hinner|skulle|orkar) (ni|de|dom|teknikern|han|hon|hen|nagon|nan|faltgruppen)|(ni|de|dom|teknikern|han|hon|hen|nagon|nan|faltgruppen) (kan|hinner|skulle)) (\w+ )?(ringa|smsa|messa|hora av sig)\b.{0,30}\b(innan|forst|fore|i forvag|kommer)|\bring (garna |mig |oss )*(innan|forst|i forvag)|(can|could) (you|they|the technician|the tech|someone|somebody|he|she) (\w+ )?(call|phone|ring|text)\b.{0,30}\b(before|first|ahead|comes?|coming|arrives?)|\b(please )?(call|ring|phone|text) (me |us )?(first|before(hand)?|ahead)\b|((hinner|kan|kunde|could|can|would|do) (ni|du|de|dom|teknikern|han|hon|hen|you|they|the technician|he|she)|(ni|du|de|dom|teknikern|you|they|the technician) (kan|kunde|hinner|can|could)) (\w+ ){0,2}(ringa|ring|call|phone|text|sms\w*|messa)\b.{0,30}\b(innan|forst|fore|i forvag|before|first|ahead))\b/,
  ],
  [
    // "do i need to be home the whole 4 hours", "måste jag vara hemma hela tiden?"
    'whole_window',
    /\b(whole|entire|all (the|4|four|of the)|full)\b.{0,12}\b(window|time|hours?|day|slot|period)\b|\bhela (tiden|fonstret|perioden|dagen|passet|4 timmar|fyra timmar)\b|\balla (4|fyra) timmar(na)?\b/,
  ],
  [
    // "can I go out for an hour in that window?", "kan jag gå ut en timme under tiden?": away for part of it.
    'go_out',
    /\b(go|pop|nip|step|head) out\b|\b(leave|be away|be out|be gone)\b.{0,20}\b(for )?(an|a|one|half an|a couple of|two|2) (hour|hours|while|bit|minutes)\b|\b(ga|sticka|aka|kila|springa|sma) (ut|ivag|bort|och handla)\b|\b(vara|va) (borta|ute|ivag)\b.{0,20}\b(en|ett par|nan|nagon|halv) (timme|timmar|stund)\b/,
  ],
  [
    'duration',
    /\b(how long (does|will|would) (the |a |this )?(visit|it|appointment|repair|job|technician|he|she|they)( \w+)? (take|last|be (there|here))|how long (is|are) (the |a )?(visit|appointment)|how (much time|many hours)\b.{0,20}\b(visit|take|need)|hur (lang tid|lange) (tar|varar|haller) (det|besoket|besok|han|hon|de|dom|teknikern|jobbet|reparationen)|hur lang tid behover (de|dom|teknikern|han|hon|ni))\b/,
  ],
];

/** The questions about a booked visit in `text` (none when it asks nothing about the visit). */
export function visitQuestions(text: string): VisitQuestion[] {
  const t = fold(text).replace(/[’`]/g, "'").replace(/\s+/g, ' ');
  const found = [...new Set(PATTERNS.filter(([, re]) => re.test(t)).map(([q]) => q))];
  // "how long does the visit take" is not also "how long until it comes".
  // "the whole 4 hours" is about being home for the window, not a question on its own.
  const whole =
    found.includes('whole_window') && !found.includes('home')
      ? found.filter((q) => q !== 'whole_window')
      : found;
  // "be home the whole window, or can I go out?" is answered once; "do I have to take time off?" says who must be home.
  const once = whole.includes('whole_window')
    ? whole.filter((q) => q !== 'go_out')
    : whole.includes('time_off')
      ? whole.filter((q) => q !== 'home')
      : whole;
  // "how long does it take before someone comes?" is the wait, not also the visit's length.
  if (TAKES_BEFORE_COMING.test(t)) return once.filter((q) => q !== 'duration');
  return once.includes('duration') && !/\b(until|till|before|innan|tills?)\b/.test(t)
    ? once.filter((q) => q !== 'when')
    : once;
}

/** The catalogue answers for `questions` beside the booked window (said as `visit.when`). */
export const VISIT_ANSWER: Record<Exclude<VisitQuestion, 'when'>, MessageKey> = {
  comes: 'visit.comes',
  earliest: 'visit.earliest',
  inside: 'visit.inside',
  prepare: 'visit.prepare',
  home: 'visit.home',
  duration: 'visit.duration',
  call: 'visit.call',
  whole_window: 'visit.whole_window',
  go_out: 'visit.whole_window',
  time_off: 'visit.time_off.work_hours',
};

/** Whether a booked window is outside working hours: a weekend, or a weekday from 17 (local time). */
export function afterWork(w: TimeWindow, timeZone: string): boolean {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(w.start));
  const day = parts.find((x) => x.type === 'weekday')?.value ?? '';
  const hour = Number(parts.find((x) => x.type === 'hour')?.value ?? '0');
  return day === 'Sat' || day === 'Sun' || hour >= 17;
}

/**
 * The answer to one question about the booked visit: "do I have to take time off?" is answered from the
 * booked window (no, it is after work; or someone over 18 must be home in working hours), the rest from
 * the catalogue.
 */
export function visitAnswer(
  q: Exclude<VisitQuestion, 'when'>,
  booked: TimeWindow | null,
  timeZone: string,
): MessageKey {
  if (q === 'time_off' && booked && afterWork(booked, timeZone)) return 'visit.time_off.after_work';
  return VISIT_ANSWER[q];
}

/**
 * Everything `text` asks about a booked visit but when it is (said with the window by the caller): who
 * comes, the earliest time, being home, how long, a call before, coming inside, preparing, the cost and a
 * new router for the case's cause — in that order.
 */
export function visitAnswerKeys(
  text: string,
  cause: string | null,
  booked: { window: TimeWindow; timeZone: string } | null = null,
): MessageKey[] {
  const answer = (q: Exclude<VisitQuestion, 'when'>) =>
    visitAnswer(q, booked?.window ?? null, booked?.timeZone ?? 'UTC');
  const keys: MessageKey[] = [
    ...new Set(visitQuestions(text).flatMap((q) => (q === 'when' ? [] : [answer(q)]))),
  ];
  const cost = visitCostAsked(text, cause);
  if (cost) keys.push(cost);
  const router = fieldQuestions(text).includes('new_router') ? fieldAnswerKey('new_router', cause) : null;
  if (router) keys.push(router);
  return keys;
}

/** "i might be on a work call", "ring efter 17", "sms funkar bäst": how and when the customer can be reached. */
const REACH =
  /\b((might|may|could|will|i'?ll|ill|i'?m|im|am) (be )?(on|in) (a )?(work |zoom |teams |video )?(call|meeting)|in meetings|(call|ring|text|sms)\w* (me )?(after|before|between|only)|(text|sms)\w* (is|works) (better|best)|(can'?t|cant|cannot) (always )?(answer|pick up)|kan (vara|sitta) i (ett )?(mote|samtal)|sitter i (ett )?(mote|moten|samtal)|(ring|sms|messa)\w* (mig )?(efter|fore|mellan|bara)|sms (funkar|gar) (bast|battre)|kan inte (alltid )?svara)\b/;

/** "will they ring me before", "ringer de mig innan?": asked about the technician's call, not how to reach the customer. */
const ASKS_THEIR_CALL =
  /\b(will|would|do|does|can|could|is|are) (the |a )?(technician|tech|engineer|he|she|they|someone|somebody)\b[^,.?!]*|\b(ringer|kommer|ska) (teknikern|han|hon|hen|de|dom|nan|nagon)\b[^,.?!]*/g;

/** The customer's words on how to reach them, beside a question about the technician's call (null: none). */
export function reachability(text: string): string | null {
  const parts = text.split(/(?<=[.!?])\s+/);
  const found = parts.filter((p) => REACH.test(fold(p).replace(/[’`]/g, "'").replace(ASKS_THEIR_CALL, ' ')));
  return found.length ? found.join(' ') : null;
}
