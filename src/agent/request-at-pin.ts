// "actually forget that, I also want to cancel", "och jag vill byta wifi-namnet också" where the desk asks for the
// PIN: a new request, not an answer and not "no PIN". Taken as "no PIN" it let the case go on unverified (and the
// new request was lost or refused), so it is remembered for after verification and the PIN asked again; nothing is
// changed on the account or the router before that.
import type { Intent, Ticket } from '../domain/index.js';
import type { TriageLike } from '../runbooks/ports.js';
import { fold } from '../triage/normalize.js';
import {
  asksPinOtherWay,
  fetchingPin,
  lacksPin,
  noPinComing,
  pinNotAtHand,
  saysNotHolder,
} from '../triage/pin-replies.js';
import type { ConversationState } from './conversation-state.js';
import type { AgentKernel } from './kernel.js';
import { learnRequest } from './opening.js';
import { TEAM_OF } from './secondary-topics.js';
import type { Turn } from './turn.js';

/** Requests that change the subscription, the router or the account: each needs the PIN first. */
const CHANGE_REQUESTS: ReadonlySet<Intent> = new Set<Intent>([
  'account_change',
  'wifi_password',
  'router_config',
  'router_reset',
  'firmware_update',
  'password_reset',
  'login_problem',
]);

/** Words that ask for something to be done (folded text): "I also want", "can you", "byt", "vill", "också". */
const ASKS_FOR =
  /\b(want|wanna|would like|i'?d like|need|please|pls|also|too|as well|instead|can you|could you|will you|change|rename|cancel|terminate|move|moving|upgrade|downgrade|open|forward|reset|unlock|vill|ville|behover|onskar|kan (ni|du)|skulle (ni|du)|snalla|ocksa|aven|istallet|byt|byta|andra|ga ner|saga upp|sag upp|avsluta|flytta|flyttar|uppgradera|nedgradera|oppna|las upp|aterstall)\b/;

/**
 * A question for information ("what does an upgrade cost?", "can I cancel here in the chat?", "hur byter man namn?"):
 * answered as a question, elsewhere. Only "can you …?" asks for the change itself.
 */
const ASKS_ABOUT =
  /^(\W*(and|also|but|so|och|men|sa|forresten)\b)*\W*(how|why|what|whats|when|which|does|do|is|are|can i|could i|may i|hur|varfor|vad|nar|vilk\w*|kostar|ar det|gar det|kan jag|far jag|sa ni)\b/;

/** "I'm not changing anything right now, I just want to know the price": a wish to know, not a change asked for. */
const ONLY_TO_KNOW =
  /\b((just|only) (want|wanna|need|like) to (know|ask|check|hear)|want to know|wondering|curious|not changing anything|(won'?t|will not|am not|i'?m not) (change|changing|cancel\w*|upgrad\w*)|vill (bara )?(veta|fraga|hora|kolla)|undrar|nyfiken|(andrar|byter|sager upp) (inget|ingenting|inte nagot)|inte (andra|byta) (nagot|nat|ngt))\b/;

/** "I don't have the letter here": the PIN is not at hand, said of the letter it is in. */
const NO_LETTER =
  /\b((don'?t|do not|dont) have (the|my|that) (welcome )?letter|letter is (gone|lost|at home)|har inte (brevet|valkomstbrevet)|brevet har jag inte)\b/;

/** The customer says the PIN is not coming (or asks for another way): the PIN step's own answers take it. */
function aboutThePin(text: string): boolean {
  return (
    lacksPin(text) ||
    pinNotAtHand(text) ||
    noPinComing(text) ||
    asksPinOtherWay(text) ||
    fetchingPin(text) ||
    saysNotHolder(text) ||
    NO_LETTER.test(fold(text).replace(/[’`´]/g, "'"))
  );
}

/** The change `text` asks for at the PIN question, or null when it is no new request (a PIN, a question, no PIN). */
export function requestAtPin(
  k: AgentKernel,
  conv: ConversationState,
  text: string,
  tri: TriageLike,
): Intent | null {
  if (conv.phase !== 'identify_pin' || !conv.customerId || conv.verification === 'verified') return null;
  if (!CHANGE_REQUESTS.has(tri.intent) || tri.wantsHuman) return null;
  if (k.triage.parseAnswer('identity.pin', text, conv.language).kind === 'pin') return null;
  if (aboutThePin(text)) return null;
  const t = fold(text).replace(/[’`´]/g, "'");
  if (!ASKS_FOR.test(t) || ONLY_TO_KNOW.test(t)) return null;
  const asked = t.includes('?') || ASKS_ABOUT.test(t);
  if (asked && !/\b(can you|could you|will you|would you|kan (ni|du)|skulle (ni|du))\b/.test(t)) return null;
  // The request already being handled, asked again ("I want the faster plan"), is no new one; another of its kind
  // ("actually I want to cancel instead" of an upgrade) brings something new to know.
  if (tri.intent === conv.intent && !bringsNewFact(k, conv, text)) return null;
  return tri.intent;
}

function bringsNewFact(k: AgentKernel, conv: ConversationState, text: string): boolean {
  const before = conv.facts as Record<string, unknown>;
  const after = learnRequest(k, conv.facts, text, conv.language) as Record<string, unknown>;
  return Object.keys(after).some((key) => after[key] && !before[key]);
}

/** Remembers the request for after verification (facts, and the words for a team) and asks for the PIN again. */
export async function rememberRequestAtPin(
  k: AgentKernel,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
  intent: Intent,
) {
  conv.facts = learnRequest(k, conv.facts, text, conv.language);
  if (intent !== conv.intent && !conv.secondaryIntents.includes(intent))
    conv.secondaryIntents = [...conv.secondaryIntents, intent];
  if (intent !== conv.intent && TEAM_OF[intent] && !conv.secondaryAsked?.[intent])
    conv.secondaryAsked = { ...conv.secondaryAsked, [intent]: text.slice(0, 300) };
  await k.note(
    ticket.id,
    `new request at the PIN question, kept for after verification: "${text.slice(0, 300)}"`,
  );
  turn.say('identity.pin.request_noted');
  turn.ask('identity.pin', 'ask.identity.pin.request');
}
