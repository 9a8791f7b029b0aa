// A new request after the outcome (after a close or beside a handoff): taken up as a new case, and a
// rename that names the network is taken up with that name.
import type { Ticket } from '../domain/index.js';
import type { TriageLike } from '../runbooks/ports.js';
import type { AfterOutcomeCtx } from './after-outcome-context.js';
import type { ConversationState } from './conversation-state.js';
import { isDeskRequest, namedRenameRequest } from './follow-up-case.js';
import { fold } from '../triage/normalize.js';
import { learnFacts } from '../runbooks/facts.js';
import type { Turn } from './turn.js';
import { nameAskedBack } from '../triage/wifi-name.js';

/** What a rename request may be read as by the classifier. */
const RENAME_READINGS: ReadonlySet<string> = new Set(['wifi_password', 'wifi_problem', 'other']);

/** A new request after the outcome; a rename that names the network is taken up with that name. */
export async function reopenAsked(
  c: AfterOutcomeCtx,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
  tri: TriageLike,
) {
  const { deps } = c;
  // "can whoever picks this up please rename it back to Karlsson?" where this case renamed nothing: no rename of
  // ours to undo — the customer is told the name was not changed, and no case is opened. ("you still didnt change
  // the wifi name back to Oskar_home" after a break-in: someone else may have renamed it — the name they want is
  // offered, with the permission asked as for any rename.)
  const back = nameAskedBack(text) && !(await renamedHere(c, ticket, conv));
  if (back) {
    await deps.tickets.append(ticket.id, [
      {
        type: 'note',
        actor: { kind: 'bot', id: null },
        text: 'customer asked for the Wi-Fi name back; it was not changed in this case',
        internal: true,
      },
    ]);
  }
  // Only when nothing else stands out: "…and it's slow too" keeps its own reading.
  const plain = tri.confidence < deps.clarifyThreshold || RENAME_READINGS.has(tri.intent);
  const rename = plain
    ? namedRenameRequest(conv.language, text, (x) => deps.triage.parseWifiName?.(x) ?? null)
    : null;
  // "en sak till, kan man byta namn på wifi:t?": a rename without the new name is still a rename (the
  // name is asked for next), never a Wi-Fi fault nobody reported.
  const facts = learnFacts({}, text);
  const unnamed = plain && !rename && facts.ssidRename ? RENAME[conv.language] : null;
  // "could you give the 5 GHz its own name?", "kan ni dela upp banden?": the desk's own request, read as such.
  const fiveGhz = !rename && !unnamed && facts.fiveGhzOwnName ? FIVE_GHZ[conv.language] : null;
  const read = rename ?? unnamed ?? fiveGhz;
  if (back && !rename) return turn.say('rename.not_changed');
  if (back) turn.say('rename.not_changed.offer');
  await deps.reopen(ticket, conv, turn, rename ?? text, read ? deps.triage.triage(read) : tri);
}

/** Whether this conversation's case (or the one a person works) renamed the Wi-Fi network. */
async function renamedHere(c: AfterOutcomeCtx, ticket: Ticket, conv: ConversationState): Promise<boolean> {
  const ids = [...new Set([ticket.id, conv.workTicketId].filter((x): x is string => !!x))];
  const events = (await Promise.all(ids.map((id) => c.deps.tickets.timeline(id)))).flat();
  return events.some((e) => e.type === 'action_done' && e.action === 'wifi_ssid_change');
}

/** A rename asked for in plain words, for the classifier. */
const RENAME = { en: 'rename my wifi network', sv: 'byt namn på mitt wifi' } as const;
/** The 5 GHz band's own name asked for in plain words, for the classifier. */
const FIVE_GHZ = {
  en: 'please give the 5 GHz band its own name',
  sv: 'ge gärna 5 GHz-bandet ett eget namn',
} as const;

/** Asking the desk to do something: "can you", "could you", "please", "kan ni", "kan du", "vill att ni", "byt …". */
const ASKS_TO_DO =
  /\b(can|could|would|will) (you|u|ya)\b|\b(please|pls|plz|snalla)\b|\bkan (ni|du|man)\b|\b(vill|onskar) (att (ni|du)|ha)\b|\b(go ahead|do it|gor det|kor)\b|^(?:(?:ok|and|och|also|ocksa|btw|oh|aja)[\s,]+)*(change|reset|restart|reboot|rename|set|byt|byta|andra|starta om|satt)\b/;

/**
 * "one more thing. you said the admin password, can you change it for me then?", "btw can you set a new
 * wifi password as well", "kan ni starta om den härifrån?": a router action the desk offers, asked of it.
 */
export function asksForDeskAction(
  conv: ConversationState,
  text: string,
  tri: TriageLike,
  clarifyThreshold: number,
): boolean {
  if (!ASKS_TO_DO.test(fold(text))) return false;
  if (isDeskRequest(conv, text, tri, { act: 'new_topic' }, clarifyThreshold)) return true;
  return tri.confidence >= clarifyThreshold && tri.intent === 'router_reset';
}

/**
 * "what is the wifi password? the sticker on the box is gone", "och wifi lösenordet då??": the Wi-Fi key
 * asked for by a verified customer after another case — the desk's own request (a new key with permission).
 */
export function keyAsked(
  conv: ConversationState,
  text: string,
  tri: TriageLike,
  clarifyThreshold: number,
): boolean {
  return (
    conv.verification === 'verified' &&
    tri.intent === 'wifi_password' &&
    KEY_WORDS.test(fold(text)) &&
    isDeskRequest(conv, text, tri, { act: 'new_topic' }, clarifyThreshold)
  );
}

/** The Wi-Fi key named ("the wifi password", "wifi-lösenordet"), not the name or the router's admin password (folded). */
const KEY_WORDS =
  /\b((wi-?fi|wlan|wireless|tradlos\w*|natverk\w*|network)[- ]?(\w+ )?(passwords?|passw\w*|pw|losen\w*|keys?|nyckel\w*|kod\w*|code)|wifi-?losen\w*|wifilosen\w*|natverksnyckel\w*|wpa\w*)\b/;
