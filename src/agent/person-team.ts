// A person asked for beside a question that one team owns ("my last invoice is 200 kr higher than normal
// … can i talk to a real person please", "can I talk to a person? we need to cancel our internet"): the
// people who can answer it are that team, so the case goes to them once with the question, and nothing
// of the line or router is tested for it.
import type { Intent } from '../domain/index.js';
import type { TriageApi } from '../runbooks/ports.js';
import { fold } from '../triage/normalize.js';
import { hasMessage, type MessageKey } from './messages/index.js';

/** Questions whose persons are one team: the intent whose runbook routes there. */
const TEAM_INTENTS: ReadonlySet<Intent> = new Set(['billing', 'account_change']);

/** How sure the message, the request for a person taken out, must be of that question. */
const TEAM_CONFIDENCE = 0.6;

/** The team's intent when the rest of the message asks it a question; null for a plain person request. */
export function teamBesidePerson(
  triage: Pick<TriageApi, 'triage' | 'wantsHuman'>,
  text: string,
): Intent | null {
  const rest = text
    .split(/[.!?;\n]+|,\s|\s(?:and|but|so|och|men|sa|så)\s/i)
    .filter((part) => part.trim() && !triage.wantsHuman(part))
    .join('. ');
  if (!rest.trim()) return null;
  const r = triage.triage(rest);
  if (!TEAM_INTENTS.has(r.intent) || r.confidence < TEAM_CONFIDENCE) return null;
  // ("A PERSON. it's about my contract": a contract named, no change asked for, is a plain person request.)
  if (r.intent === 'account_change' && !NAMED_CHANGE.test(fold(rest))) return null;
  return r.intent;
}

/** A change to the subscription named: cancel, upgrade, downgrade, move, order, a faster or cheaper plan. Folded. */
const NAMED_CHANGE =
  /\b(cancel\w*|terminat\w*|upgrad\w*|downgrad\w*|uppgrader\w*|nedgrader\w*|sag\w* upp|avsluta\w*|move|moving|flytt\w*|order\w*|bestall\w*|faster|slower|cheaper|snabbare|billigare|byt\w* (abonnemang|hastighet|paket)\w*|change (my |the |our )?(plan|speed|subscription|package)|new (plan|subscription)|nytt abonnemang|quit|leave|leaving|lamna\w*)\b/;

/** "Of course — I will pass you to a colleague", or to the team whose people answer the question. */
export function personHeardKey(intent: Intent | null): MessageKey {
  const key = `person.heard.${intent}`;
  return hasMessage(key) ? key : 'person.heard';
}
