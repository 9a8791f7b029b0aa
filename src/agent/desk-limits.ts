// "kan ni inte öppna nätet tills dess? jobbar hemifrån imorgon", "4 timmar?? kan ni inte bara kolla nu",
// "can't you just fix it from there now?": while a team has the case, the customer asks this desk to do
// that team's work itself. The answer says plainly what the desk cannot do for that team's case and
// why (per team, or per cause where the cause says more: a paused subscription only billing reopens),
// that the request is on the case, and when the team answers — never only "added to your case".
// Matched against folded text (lowercase, å/ä/ö → a/a/o).
import type { Ticket } from '../domain/index.js';
import type { TicketStore } from '../tickets/ports.js';
import { fold } from '../triage/normalize.js';
import { hasMessage, type MessageKey, type Params } from './messages/index.js';
import type { Turn } from './turn.js';

/** What the desk is asked to do: open, check, fix, hurry, … (not "tell", "explain": those are questions). */
const DO_EN =
  /(open|unlock|turn|switch|reconnect|reactivate|restore|put|check|look|see|verify|fix|sort|repair|solve|speed|hurry|push|escalate|do|help|send|make|lift|remove|reset|get|give|handle|override)/;
const DO_SV =
  /(oppna|lasa upp|satta pa|sla pa|koppla|aktivera|kolla|titta|se|kontrollera|fixa|laga|losa|ordna|ratta|skynda|snabba|prioritera|gora|hjalpa|skicka|ge|ta bort|lyfta|hava|slappa|trycka)/;

/** "can't you (just) X", "why can't you X", "could you just X now", "kan ni inte (bara) X", "kan du bara X nu". */
const ASKS_DESK = new RegExp(
  [
    String.raw`\b(can'?t|cant|cannot|couldn'?t|couldnt|won'?t|wont) (you|u)( guys)?( (just|simply|at least|even))? ${DO_EN.source}\w*\b`,
    String.raw`\b(can|could) (you|u)( guys)?( not)? (just|simply|at least) ${DO_EN.source}\w*\b`,
    String.raw`\b(kan|kunde) (ni|du|inte ni|inte du)( inte)?( bara| i ?alla ?fall| atminstone)? ${DO_SV.source}\w*\b`,
    String.raw`\bgar det inte (bara )?att ${DO_SV.source}\w*\b`,
  ].join('|'),
);
/** A why-question about what could not be done. */
const WHY = /\b(why|how come|varfor|hur kommer det sig)\b/;
/** Plain "kan ni X?" / "can you X now?" asks the desk only with a "not", a "just" or a time. */
const INSISTS =
  /\b(inte|bara|can'?t|cant|cannot|couldn'?t|couldnt|won'?t|wont|just|simply|now|right now|until then|till then|meanwhile|in the meantime|today|tonight|nu|direkt|tills dess|till dess|under tiden|idag|i dag|ikvall|i kvall)\b/;

/** The customer asks the desk itself to act on the team's case now ("can't you just …?"). */
export function asksDeskToAct(text: string): boolean {
  const t = fold(text).replace(/[’`]/g, "'").replace(/\s+/g, ' ');
  const m = ASKS_DESK.exec(t);
  // "why couldn't you fix it remotely?", "varför kunde ni inte fixa det?": a why, answered for the cause.
  return !!m && INSISTS.test(t.slice(m.index)) && !WHY.test(t.slice(Math.max(0, m.index - 25), m.index + 3));
}

/**
 * "men det är alltså inte uppsagt nu?", "so is my subscription cancelled now?": whether handing the case on
 * changed the subscription. A team that only got the request has changed nothing yet.
 */
const ASKS_IF_CHANGED =
  /\b(it|my \w+|the \w+|that|everything|det|den|abonnemanget|avtalet|kontot|allt|mitt \w+)( \w+)? (is|isnt|is not|was|wasnt|has been|hasnt been|ar|e|blev|har blivit|var)( (now|already|not|then|actually|really|inte|nu|redan|alltsa|da|ju))* (cancel+ed|terminated|closed|changed|ended|uppsagt|uppsagd|avslutat|avslutad|stangt|stangd|andrat|flyttat)\b|\bit'?s( (now|already|not))* (cancel+ed|terminated|closed)\b|\b(ar|e|blev|har|var) (det|abonnemanget|mitt abonnemang|avtalet|mitt avtal|kontot|den|allt)( (alltsa|nu|redan|da|ju|inte|val))* (blivit )?(uppsagt|uppsagd|avslutat|avslutad|stangt|stangd|andrat|flyttat|avbrutet)\b|\bhar (ni|du) (redan |alltsa |nu |inte )*(sagt upp|avslutat|stangt|andrat|flyttat) (det|abonnemanget|mitt \w+|avtalet)\b|\b(is|has|was|isnt|hasnt) (it|my (subscription|account|contract|plan|internet)|the (subscription|account|contract|plan)|that|everything)( (now|already|then|actually|really|not))* (been )?(cancel+ed|terminated|closed|changed|moved|ended)\b|\b(did|have|has) (you|u)( (now|already|actually|just))? (cancel\w*|terminat\w*|clos\w*|chang\w*|end\w*) (it|my \w+|the \w+)\b/;

/**
 * "men då säger ni inte upp det nu va?", "ni stänger väl inte av det nu?", "so you won't cancel it yet,
 * right?", "are you cancelling it right now?": whether the subscription is about to end, asked ahead.
 */
const ASKS_IF_ENDING =
  /\b(ni|du|de|dom) (sager|stanger|avslutar|kopplar|bryter|klipper)( (val|alltsa|da|inte|redan|nu|ju|direkt))* (upp|av|ner|bort|det|den|abonnemanget|internet|natet)\b|\b(kommer|tanker|ska) (ni|du|de|dom) (att )?(inte )?(saga upp|stanga av|stanga ner|avsluta|koppla (ner|bort|av)|klippa)\b|\b(you|u|they)( (will|wont|won't|are|'re|re|aren't|arent|not|going to|gonna|just|already|now))+ (cancel\w*|terminat\w*|cut\w* (me|it|us|my \w+) off|cut\w* off|shut\w* (it |my \w+ )?(off|down)|disconnect\w*)\b|\b(are|will|would|is) (you|u|they|it|my \w+)( (not|going to|gonna|being|be|get|getting))* (cancel\w*|terminat\w*|cut\w*( off)?|shut\w* (off|down)|disconnect\w*)\b/;
/** "jag vill inte bli av med internet innan …", "i don't want to lose my internet before …" (folded). */
export const KEEP_SERVICE =
  /\b(vill (ju )?inte|don'?t want to|do not want to|dont wanna|don'?t wanna)\b[^.?!]{0,15}\b(bli av med|bli utan|sta utan|lose|be without|be cut off|get cut off)\b/;

/** Teams that only got a request: nothing on the subscription has changed until they act. */
const REQUEST_TEAMS = new Set(['sales', 'billing', 'agents']);

/**
 * The answer to "is it cancelled now?" while `queue` has the case, or null when that is not asked. With
 * sales (a cancellation or a change only asked for), "you won't cancel it now?" and "I don't want to lose
 * my internet before I hear their offer" get the same answer: nothing ends until it is agreed with them.
 */
export function nothingChangedKey(queue: string, text: string): MessageKey | null {
  const t = fold(text).replace(/[’`]/g, "'").replace(/\s+/g, ' ');
  if (!REQUEST_TEAMS.has(queue)) return null;
  if (ASKS_IF_CHANGED.test(t)) return 'handoff.nothing_changed';
  return queue === 'sales' && (ASKS_IF_ENDING.test(t) || KEEP_SERVICE.test(t))
    ? 'handoff.nothing_changed'
    : null;
}

/** The text saying what the desk cannot do for this case: for its cause, else for its team. */
export function deskLimitKey(queue: string, cause: string | null): MessageKey {
  const keys = [cause ? `desk_limit.${cause}` : null, `desk_limit.${queue}`];
  return keys.find((k): k is MessageKey => k !== null && hasMessage(k)) ?? 'desk_limit.agents';
}

/**
 * Answers "can't you just …?" for the case `queue` has: what the desk cannot do and why, the request
 * put on the case, and (unless the message was marked urgent, which said it) when the team answers.
 */
export async function answerDeskLimit(
  tickets: TicketStore,
  ticket: Ticket,
  turn: Turn,
  text: string,
  c: { queue: string; cause: string | null; urgent: boolean; params: Params },
): Promise<boolean> {
  if (c.queue === 'outage' || !asksDeskToAct(text)) return false;
  await tickets.append(ticket.id, [
    {
      type: 'note',
      actor: { kind: 'customer', id: null },
      text: `Customer asks for this to be done now${c.urgent ? ' (marked urgent)' : ''}: "${text.slice(0, 300)}"`,
      internal: true,
    },
  ]);
  turn.say(deskLimitKey(c.queue, c.cause), c.params);
  if (!c.urgent) turn.say('desk_limit.when', c.params);
  return true;
}
