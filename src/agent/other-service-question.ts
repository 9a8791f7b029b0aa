// "Vad finns det för hastigheter? Och kan man lägga till TV också?", "kan man ha tv via er?", "och TV då??
// tredje gången jag frågar": a question about a service this desk does not run (TV, mobile, e-mail), asked
// beside another request or after the case went to a team. It is answered honestly — not something the desk
// handles here — and passed on with the case to the team that has it; it is never a new fault report and
// never starts an internet diagnosis, and the problem on the case stays what the customer asked.
import type { Ticket } from '../domain/index.js';
import type { Facts } from '../runbooks/types.js';
import type { TicketStore } from '../tickets/ports.js';
import type { ConversationState } from './conversation-state.js';
import type { MessageKey } from './messages/index.js';
import type { Turn } from './turn.js';
import { otherServiceOf } from '../runbooks/facts.js';
import { fold } from '../triage/normalize.js';
import { questionClauses } from './side-questions.js';

type Service = NonNullable<Facts['otherService']>;

const TV = String.raw`(tv(-?(paket|kanal|tjanst|abonnemang|box)\w*)?|teve|television|tv (package|channels|service|subscription))`;
const MOBILE = String.raw`(mobil(abonnemang\w*|telefoni)?|mobile( plans?| subscriptions?| service)?|sim-?kort\w*|sim cards?)`;
/** What is not a service question: the TV or phone as a device on our Wi-Fi or line. */
const OURS =
  /\b(wi-?fi\w*|wlan|internet\w*|natet|natverk\w*|router\w*|modem\w*|kabel\w*|sladd\w*|uppkoppl\w*|connection|bredband\w*)\b/;
const GET = String.raw`(lagga till|ha|skaffa|fa|kopa|bestalla|teckna|erbjuder|erbjuda|saljer|levererar|add|get|have|order|buy|offer|sell|bundle|include)`;
const FROM_US = String.raw`(via er|fran er|hos er|genom er|through you|from you|with you|ocksa|aven|too|also|as well)`;

/** The TV (service) named: "kabel-TV:n", "TV-kanalerna", "our TV", "the cable TV". Folded text. */
const TV_NAMED =
  /(^|[^\p{L}])(kabel-?tv\w*|tv-?kanal\w*|tv:n|tvn|tv|teven|teve|television|tv channels|cable tv)($|[^\p{L}])/u;
/** Asked whether it goes too: affected, gone, still working (folded). */
const TV_AFFECTED =
  /\b(paverka\w*|drabba\w*|borta|forsvinn\w*|fungera\w*|funka\w*|ligga nere|ligger nere|gar ner|ga ner|affected|gone|go down|goes down|be down|still work\w*|work\w* (during|despite)|working|out too|hit too)\b/;
/** The TV as a device on the Wi-Fi (its password, joining): no question about the TV service. */
const TV_ON_WIFI = /\b(wi-?fi\w*|wlan|losenord\w*|password\w*|natverksnamn\w*|ssid)\b/;

function serviceAsked(clause: string): Service | null {
  const t = fold(clause).replace(/\s+/g, ' ').trim();
  // "och TV då??", "what about TV?": the service alone, asked again.
  const bare = new RegExp(
    String.raw`^\W*((och|and|men|but|so|sa|ok|okej)\W+)*(what about |how about |hur blir det med |vad sager du om )?(${TV}|${MOBILE})( (da|then|nu|now|igen|again))?\W*$`,
  ).exec(t);
  if (bare)
    return new RegExp(`^\\W*.*\\b${MOBILE}\\b`).test(t) && !/\btv\b|teve|television/.test(t)
      ? 'mobile'
      : 'tv';
  // "Vår TV går också via kabeln, kommer den också att vara borta?", "is the cable TV affected as well?": whether
  // the TV service goes with the fault — the TV service's question, whatever cable it comes on (never the Wi-Fi's).
  if (TV_NAMED.test(t) && TV_AFFECTED.test(t) && !TV_ON_WIFI.test(t)) return 'tv';
  if (!OURS.test(t)) {
    for (const [service, words] of [
      ['tv', TV],
      ['mobile', MOBILE],
    ] as const)
      if (
        new RegExp(
          String.raw`\b${GET}\b[^.?!]{0,30}\b${words}\b|\b${words}\b[^.?!]{0,30}\b${FROM_US}\b`,
        ).test(t)
      )
        return service;
  }
  return otherServiceOf(clause, false) ?? null;
}

/** The first service asked about in `text`'s questions and those questions' own words, or null. */
export function otherServiceAsked(text: string): { service: Service; said: string } | null {
  const asked = questionClauses(text)
    .map((c) => [c, serviceAsked(c)] as const)
    .filter((x): x is readonly [string, Service] => x[1] !== null);
  if (!asked.length) return null;
  return { service: asked[0][1], said: asked.map(([c]) => c).join(' ') };
}

/** `text` without the clauses about the other service (what else it asks is answered as usual). */
export function withoutOtherService(text: string, said: string): string {
  let rest = String(text ?? '');
  for (const c of questionClauses(said)) rest = rest.replace(c, ' ');
  return rest.replace(/\s+/g, ' ').trim();
}

/**
 * Says that the other service is not handled here and that the question goes with case `ticket`, noting
 * it for the team that has it; asked again, it says so briefly and is sorry for the wait, never the same words.
 */
export async function passOtherService(
  tickets: Pick<TicketStore, 'append'>,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  asked: { service: Service; said: string },
) {
  await tickets.append(ticket.id, [
    {
      type: 'note',
      actor: { kind: 'bot', id: null },
      text: `question about ${asked.service === 'tv' ? 'TV' : asked.service} (not a service this desk handles), for the team to answer: "${asked.said.slice(0, 300)}"`,
      internal: true,
    },
  ]);
  const times = (conv.otherAsked ?? []).filter((x) => x === asked.service).length;
  const key: MessageKey =
    times === 0
      ? `other_service.passed_on.${asked.service}`
      : times === 1
        ? `other_service.passed_on.${asked.service}.again`
        : 'other_service.still';
  turn.say(key, { reference: ticket.reference });
  conv.otherAsked = [...(conv.otherAsked ?? []), asked.service];
}
