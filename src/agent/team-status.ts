// "did billing say anything yet?", "any news from billing?", "har fakturaavdelningen hört av sig?", "ok and
// billing?": after a case went to a team, the customer asks where it stands. The answer is the case's real
// status — not yet, with the case and when the team answers; or that the team has written — never the question
// filed on the case again ("I cannot see that from here, so I have put your question on case …").
import type { Ticket } from '../domain/index.js';
import type { TicketStore } from '../tickets/ports.js';
import { fold } from '../triage/normalize.js';
import type { ConversationState } from './conversation-state.js';
import { teamCaseInConversation } from './team-case.js';

/** The words that name each team (folded). Data only. */
const TEAMS: [string, RegExp][] = [
  [
    'billing',
    /\b(billing|fakturaavdelning\w*|fakturering\w*|faktura(folk\w*|teamet)?|fakturan|ekonomi\w*|invoice (team|people|department)|the refund|the compensation|aterbetalning\w*|ersattning\w*)\b/,
  ],
  ['sales', /\b(sales|salj\w*|the upgrade|uppgradering\w*)\b/],
  ['security', /\b(security|sakerhet\w*)\b/],
  ['tier2', /\b(second line|second-line|andra ?linjen|andralinje\w*|tier ?2)\b/],
];

/** A question whether the team has answered yet (folded), in English and Swedish. Data only. */
const NEWS: RegExp[] = [
  /\b(did|has|have|hasn'?t|haven'?t)\b[^.?!]{0,40}\b(say|said|answer\w*|repl\w*|respond\w*|got(ten)? back|get back|been in touch|contact\w*|written|write|wrote|heard|hear|come back|decid\w*)\b/,
  /\b(any|some|no) (news|word|update\w*|answer|reply|response)\b|\bheard (anything|something|back|from)\b|\bwhat did (they|\w+) say\b|\b(status|progress) (of|on|with)\b/,
  /\b(har|hade|harni)\b[^.?!]{0,40}\b(svarat|sagt|sagt nagot|hort av sig|aterkommit|skrivit|kontaktat|ringt|bestamt)\b|\b(nagot|nat|nagra|inget) (nytt|besked|svar)\b|\bhort (nagot|nat|av)\b|\bvad (sa|sade|svarade) (de|dom|\w+)\b/,
];

/** "ok and billing?", "och fakturan då?", "what about sales?": only the team named, as a question. */
const BARE =
  /^\W*(?:(?:ok(?:ay)?|okej|so|and|och|men|but|also|what about|how about|and what about|hur (?:ar|gar) det med|och vad (?:galler|med)|vad hander med)\W+)*(?:the\s+)?(\w[\w -]{0,25}?)\s*(?:then|da|nu|now|part|delen)?\s*\?+\W*$/;

/** The team whose answer `text` asks after, or null. */
export function teamStatusAsked(text: string): string | null {
  const plain = fold(text).replace(/[’`]/g, "'");
  for (const clause of plain.split(/[.!?\n]+(?=\s|$)|\band\b|\boch\b/).concat(plain)) {
    const teams = TEAMS.filter(([, re]) => re.test(clause)).map(([q]) => q);
    if (teams.length !== 1) continue;
    if (NEWS.some((re) => re.test(clause))) return teams[0];
  }
  const bare = BARE.exec(plain.trim());
  if (bare) {
    const named = TEAMS.filter(([, re]) => re.test(bare[1]));
    // Only the team's name ("billing", "the billing team"), nothing asked of it ("will billing call me?").
    const left = named.reduce((w, [, re]) => w.replace(new RegExp(re.source, 'g'), ' '), bare[1]);
    if (
      named.length === 1 &&
      !left.replace(/\b(team|people|department|avdelningen|folket|teamet)\b/g, '').trim()
    )
      return named[0][0];
  }
  return null;
}

/** The words of `text` left once the question after `team`'s answer is taken out (a sentence at a time). */
export function withoutTeamStatus(text: string): string {
  return (String(text ?? '').match(/[^.!?\n]+[.!?\n]*/g) ?? [])
    .map((s) =>
      s
        .split(/\s(?=(?:and|och)\s)/)
        .filter((part) => !teamStatusAsked(part))
        .join(' '),
    )
    .join(' ')
    .trim();
}

export type TeamStatus = { case: Ticket; answered: boolean };

/**
 * The case of this conversation that `team` has (the current one or one linked to it), and whether the team has
 * written to the customer on it yet; null when no case of the conversation is with that team.
 */
export async function teamStatus(
  tickets: TicketStore,
  ticket: Ticket,
  conv: ConversationState,
  team: string,
): Promise<TeamStatus | null> {
  const own = ticket.queue === team ? ticket : await teamCaseInConversation(tickets, ticket, conv, team);
  if (!own) return null;
  const answered = (await tickets.timeline(own.id)).some(
    (e) => e.type === 'message_out' && e.actor.kind === 'staff',
  );
  return { case: own, answered };
}
