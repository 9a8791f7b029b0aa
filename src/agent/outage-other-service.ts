// During an area outage the TV (or mobile) is another service: "why does cable TV still work?", "varför funkar
// tv:n?" is a question about the outage, answered in one line — the TV comes over another network or signal,
// the fault is the internet service's — never a TV case of its own (role-play round 33 b8). And "close that TV
// case", "det där tv-ärendet kan ni stänga": the linked case the desk opened for the other service is withdrawn,
// the outage case stays as it is.
import type { Ticket } from '../domain/index.js';
import type { TicketStore } from '../tickets/ports.js';
import { fold } from '../triage/normalize.js';
import type { ConversationState } from './conversation-state.js';
import type { MessageKey } from './messages/index.js';
import type { Turn } from './turn.js';
import { withdrawCase } from './withdrawn-case.js';

type Service = 'tv' | 'mobile' | 'email';

/** The service still works (folded): "fungerar ju", "funkar", "still works", "is working" — never after a not. */
const WORKS =
  /\b(?<!\b(not|inte|ej|aldrig|never|n'?t|nt) )(fungerar|fungera|funkar|funka|funkade|fungerade|gar|works?|working|worked|is fine|ar bra|ar ok|still (on|going|fine))\b(?! (inte|ej|not|heller|either)\b)/;
/** The service named as down too ("svart", "no signal"): that is a TV fault, not a TV that works. */
const DOWN_TOO =
  /\b(inte|ej|not|doesn'?t|doesnt|isn'?t|isnt|won'?t|dont|don'?t|svart\w*|borta|nere|down|dead|no signal|ingen signal|heller|either|too|ocksa)\b/;

/** A clause about the internet being down beside the TV ("when the internet isn't", "när internet ligger nere"). */
const INTERNET_DOWN =
  /\b(when|while|if|though|although|nar|medan|fast|om|trots att)\b[^,.?!]*\b(internet|natet|the net|connection|uppkoppling\w*|bredband\w*|fiber\w*|fibre\w*)\b[^,.?!]*/g;

/**
 * Why it works, or that it does ("varför", "how come", "fungerar ju", "konstigt att …"): never whether it works
 * ("Fungerar TV-kanalerna trots avbrottet?" is the TV's own question, passed on — the desk cannot see it).
 */
const WHY =
  /\b(varfor|vafor|hur kommer det sig|hur kan|hur gar det|hur funkar det att|how come|why|how is|how does|how can|konstigt|markligt|strange|weird|odd|ju)\b/;

/** "varför funkar tv:n?", "but the cable TV works, how come?": the other service asked about as still working. */
export function stillWorksAsked(said: string): boolean {
  const t = fold(said).replace(/[’`´]/g, "'");
  // ("…when the internet isn't?", "…när internet ligger nere": the internet down, not the TV.)
  const tvPart = t.replace(INTERNET_DOWN, ' ');
  return WHY.test(t) && WORKS.test(tvPart) && !DOWN_TOO.test(tvPart.replace(WORKS, ' '));
}

/** Says in one line why the other service still works during the outage. */
export function sayStillWorks(turn: Turn, service: Service) {
  turn.say(`outage.other_service_works.${service}` as MessageKey);
}

const CASE_WORD = String.raw`(arende\w*|case|ticket|fragan|question|request|one)`;
const SERVICE_WORD: Record<Service, string> = {
  tv: String.raw`(tv|teve|kabel-?tv|cable tv)`,
  mobile: String.raw`(mobil\w*|mobile)`,
  email: String.raw`(e-?post\w*|e-?mail|mejl\w*)`,
};
/** Closing words (folded): the case called off. */
const CLOSE =
  /\b(stang\w*|avsluta\w*|ta bort|stryk\w*|dra tillbaka|makulera\w*|behovs inte|inte behov\w*|close|cancel\w*|withdraw\w*|drop|remove|delete|scrap|(don'?t|dont|do not|no longer) need|not needed|no need)\b/;

/** The other service's case named and called off ("stäng tv-ärendet", "close that TV case"), or null. */
export function otherCaseCalledOff(text: string): Service | null {
  const t = fold(text).replace(/[’`´]/g, "'");
  if (!CLOSE.test(t)) return null;
  for (const service of ['tv', 'mobile', 'email'] as const) {
    const words = SERVICE_WORD[service];
    const named = new RegExp(
      String.raw`(^|[^\p{L}])${words}[- ]?${CASE_WORD}\b|\b${CASE_WORD} (om|about|for|on) (the |my )?${words}($|[^\p{L}])`,
      'u',
    );
    if (named.test(t)) return service;
  }
  return null;
}

/**
 * Withdraws the open linked case opened for the other service the customer calls off, and says so; true when
 * the message was taken up so (nothing withdrawn when there is no such open case).
 */
export async function withdrawOtherServiceCase(
  tickets: TicketStore,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
): Promise<boolean> {
  const service = otherCaseCalledOff(text);
  if (!service) return false;
  for (const reference of [...(conv.linkedTickets ?? [])].reverse()) {
    const linked = await tickets.getByReference(reference);
    if (!linked || linked.id === ticket.id || linked.intent !== 'other') continue;
    if (linked.status === 'resolved' || linked.status === 'closed') continue;
    await withdrawCase(
      { deps: { tickets } },
      linked,
      'never_asked',
      `Withdrawn: the customer calls off the ${service} case opened beside the outage: "${text.slice(0, 300)}". Nothing to do for the team.`,
    );
    await tickets.append(ticket.id, [
      {
        type: 'note',
        actor: { kind: 'bot', id: null },
        text: `linked case ${linked.reference} (${service}) withdrawn at the customer's word`,
        internal: true,
      },
    ]);
    turn.say(`withdrawn.other_service.${service}` as MessageKey, {
      linked: linked.reference,
      reference: ticket.reference,
    });
    return true;
  }
  // Nothing of the kind open (never opened, or answered as a question): said so, the outage case as it is.
  turn.say(`withdrawn.other_service.none.${service}` as MessageKey, { reference: ticket.reference });
  return true;
}

/** `text` without its sentences that call the other service's case off (what else it says goes on as usual). */
export function withoutCallOff(text: string): string {
  return (String(text ?? '').match(/[^.!?]+[.!?]*/g) ?? [])
    .filter((s) => !otherCaseCalledOff(s))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
