// Round 35 b#1: "jag vill bara att internet ska funka igen", "löste sig?? internet funkar fortfarande INTE" on a
// case paused for an unpaid invoice got "Is there anything else…" and "Good question — I have noted it": neither
// is a question, and both want to know when the connection comes back. Told so: it opens by itself once the
// payment is registered (usually within hours) — nothing to do if they have paid; write here if it stays closed.
import type { Ticket } from '../domain/index.js';
import { fold } from '../triage/normalize.js';
import type { AfterOutcomeCtx } from './after-outcome-context.js';
import type { ConversationState } from './conversation-state.js';
import { sentencesOf } from './general-questions.js';
import { PAUSED, paidNoted } from './paid-told.js';
import type { Turn } from './turn.js';

const NET = String.raw`(internet\w*|natet|naet|uppkoppling\w*|anslutning\w*|wifi\w*|it|det|connection|the internet|the connection|the net|broadband|bredband\w*)`;

/** "internet funkar fortfarande INTE", "still no internet", "it's still down", "funkar inte än" (folded). */
const STILL_CLOSED = new RegExp(
  String.raw`\b(fortfarande|fortf|forfarande|fortfarnde|still|stil|fast|an|annu|again)\b.{0,20}\b(inte|ej|not|no|down|dead|closed|stangd|stangt|nere|borta)\b|\b(funkar|fungerar|gar|works?|working)\b.{0,6}\b(fortfarande|still|an|annu)? ?(inte|ej|not)\b.{0,10}\b(fortfarande|an|annu|yet|still)\b|\bstill\b.{0,12}\b(doesn'?t|does not|dont|isn'?t|is not|isnt|not|no|down|off|closed|dead)\b`,
);

/** "jag vill bara att internet ska funka igen", "I just want my internet back", "I want it working" (folded). */
const WANTS_IT_BACK = new RegExp(
  String.raw`\b(vill|onskar)( \w+){0,2} (att )?${NET} (ska |skall )?(funka|fungera|funkar|fungerar|komma tillbaka|vara igang|oppnas|sla pa|ga)\b|\b(want|need|wanna|would like)( \w+){0,2} ${NET}( \w+)? (to work|working|to come back|back|on again|turned on|to be back)\b|\b(want|need|wanna) (my|the|our) (internet|connection|broadband) (back|working)\b`,
);

/** Echoes of a word the customer disputes, "löste sig??", "solved?!", "fixed??" — no question of their own. */
const ECHO =
  /^\W*(lost(e|es)? sig|solved|fixed|fixat|klart|ordnat|sorted|resolved|bra att det lost sig|glad it( was|'s| is) solved)\W*$/;

/** Fillers left once the rest is read ("nej nej", "men", "ok"). */
const FILLER = /^\W*((nej|no|nope|ok|okej|okay|men|but|och|and|ja|yes|sa|so|bara|just|hallo|halla)\b\W*)*$/;

function stillClosed(sentence: string): boolean {
  const t = fold(sentence).replace(/[’`´]/g, "'");
  // ("funkar det fortfarande inte efter betalningen?" is a question of its own: how_long's, left to it.)
  if (/^\W*(hur|nar|varfor|how|when|why)\b/.test(t)) return false;
  return STILL_CLOSED.test(t) || WANTS_IT_BACK.test(t);
}

/** The customer says the connection is still closed, or that all they want is it back. */
export function stillClosedTold(text: string): boolean {
  return sentencesOf(text).some(stillClosed);
}

/**
 * On a case paused for non-payment, answers "it still doesn't work" / "I just want it to work again" with when it
 * opens. Returns the rest of the message (maybe empty), or null when nothing of the kind is told.
 */
export async function pausedStillClosed(
  c: AfterOutcomeCtx,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
): Promise<string | null> {
  if (!stillClosedTold(text) || (await c.deps.cause(ticket)) !== PAUSED) return null;
  const paid = await paidNoted(c, ticket);
  turn.say(`case.still_closed.${PAUSED}.${paid ? 'paid' : 'unpaid'}`, c.params(ticket, conv));
  return sentencesOf(text)
    .filter((s) => !stillClosed(s) && !ECHO.test(fold(s)) && !FILLER.test(fold(s)))
    .join(' ');
}
