// Questions after a case went to the field team, answered from the fault the tests found (per root
// cause) instead of being left for the technicians: "har teknikern med sig en ny router?", "will it come
// back by itself?", "is something broken in my apartment?", "vad gör jag fram till måndag, jag jobbar
// hemifrån". A cause without its own text gets the general one, or none (the question is then left for
// the team as before). Matched against folded text (lowercase, å/ä/ö → a/a/o).
import type { Ticket } from '../domain/index.js';
import type { TicketStore } from '../tickets/ports.js';
import { fold } from '../triage/normalize.js';
import { MY_SIDE } from '../triage/question-topics.js';
import { afterQuestions } from './after-questions.js';
import type { ConversationState } from './conversation-state.js';
import { hasMessage, type MessageKey } from './messages/index.js';
import type { Turn } from './turn.js';

export type FieldQuestion = 'until_visit' | 'new_router' | 'fixes_itself' | 'my_side' | 'meanwhile';

const ASKS =
  /\?|(?:^|[.!,]\s*|\b(?:och|and|men|but|so|sa|ok|okej)\s+)(?:will|does|do|is|are|can|could|would|should|did|har|kommer|ar|kan|blir|gar|ska|maste|far|tar)\b/;

/** A day of the week or a date word (folded): "fram till torsdag", "until thursday". */
const DAY = String.raw`mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|imorgon|i morgon|tomorrow|dess`;

/** [question, pattern], in the order the answers are said. */
const PATTERNS: [FieldQuestion, RegExp][] = [
  // "har jag inget internet fram till torsdag då?", "so no internet until the technician comes?", "funkar det
  // tills dess?": what the connection does until the visit, from the fault found.
  [
    'until_visit',
    new RegExp(
      String.raw`\b(inget|ingen|utan|no|without)\b[^.?!]{0,12}\b(internet|natet|net|uppkoppling\w*|anslutning\w*|wi-?fi\w*|connection)\b[^.?!]{0,40}\b(fram till|tills|till dess|until|till|before|innan)\b|\b(internet|natet|uppkoppling\w*|anslutning\w*|wi-?fi\w*|connection|it|det|den)\b[^.?!]{0,25}\b(funkar|fungerar|funka|fungera|works?|working|tappar|tappa|drop\w*|nere|down|be (down|off|out))\b[^.?!]{0,25}\b(fram till|tills|until|till|before|innan)\b (${DAY}|besok\w*|teknikern|tekniker|the (visit|technician|engineer)|then|dess|han|hon|de|dom|they|he|she|he comes|someone comes|nagon kommer)\b|\b(funkar|fungerar|works?|will|does|is|ar|tappar|drops?)\b (internet|natet|uppkopplingen|anslutningen|wi-?fi\w*|the (internet|connection|wi-?fi)|it|det|den)\b[^.?!]{0,25}\b(fram till|tills|until|till|before|innan)\b (${DAY}|besok\w*|teknikern|tekniker|the (visit|technician|engineer)|then|dess|han|hon|de|dom|they|he|she)\b`,
    ),
  ],
  ['my_side', MY_SIDE],
  [
    'new_router',
    /\b(bring|brings|bringing|take|takes|have|has|carry|with (him|her|them))\b[^.?!]{0,25}\b(a )?(new|another|replacement|spare)\s+(router|modem|box)\b|\b(med sig|ta med|tar med|har med)\b[^.?!]{0,30}\b(ny|nytt|en ny|ett nytt|annan|reserv)\s*(router\w*|modem\w*|box\w*)|\b(get|fa|far)\b[^.?!]{0,12}\b(a |en |ett )?(new|ny|nytt) (router|modem)\b|\b(replace|swap|byta ut|byter ut|byta|byter)\b[^.?!]{0,12}\b(the |my |min |mitt )?(router\w*|modem\w*)\b/,
  ],
  [
    'fixes_itself',
    /\b(comes? back|coming back|fix(es)? itself|go(es)? away|clears? up|sorts? itself|resolves? itself|rights? itself|by itself|on its own)\b|\b(av sig sjalv\w*|gar (det )?over|komma tillbaka|kommer (det |den |natet |internet )?tillbaka|ordnar sig|loser sig|fixar sig|rattar till sig)\b/,
  ],
];
/** Bringing a new or spare one along, whatever it is called ("tar de med en ny?", "bring a new one with him"). */
const BRING_NEW =
  /\b(bring|brings|bringing|carry|have with)\b[^.?!]{0,25}\b(a )?(new|another|replacement|spare)\b|\b(tar|tas|ta|har|kommer)\b[^.?!]{0,15}\bmed\b[^.?!]{0,12}\b(en |ett )?(ny|nytt|annan|reserv\w*)\b/;
/** "when will it come back?" asks for a time (the visit), not whether it mends itself. */
const WHEN = /\b(when|how long|how soon|nar|hur lange|hur lang tid|hur snart)\b/;

/** The field questions in `text` (none when it asks nothing of the kind). */
export function fieldQuestions(text: string): FieldQuestion[] {
  const t = fold(text).replace(/[’`]/g, "'").replace(/\s+/g, ' ').trim();
  const sentences = t.split(/(?<=[.!?])\s+/).filter(Boolean);
  const asked = (re: RegExp) => sentences.some((s) => ASKS.test(s) && re.test(s));
  const found = PATTERNS.filter(([q, re]) => asked(re) && !(q === 'fixes_itself' && WHEN.test(t))).map(
    ([q]) => q,
  );
  // "och routern då? tar de med en ny?", "will the guy bring a new one?": a new one brought, the router named or not.
  if (!found.includes('new_router') && sentences.some((s) => ASKS.test(s) && BRING_NEW.test(s)))
    found.splice(found.includes('my_side') ? 1 : 0, 0, 'new_router');
  if (afterQuestions(text).includes('meanwhile')) found.push('meanwhile');
  return found;
}

/** The catalogue answer to `q` for the case's root cause, the general one, or none. */
export function fieldAnswerKey(q: FieldQuestion, cause: string | null): MessageKey | null {
  const keys = [
    cause ? `after.${q}.${cause}` : null,
    q === 'meanwhile' ? 'after.meanwhile.field' : `after.${q}`,
  ];
  return keys.find((k): k is MessageKey => k !== null && hasMessage(k)) ?? null;
}

/** Answers the field questions in `text` while the field team has the case; the kinds answered are noted. */
export async function answerFieldQuestions(
  tickets: TicketStore,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
  cause: string | null,
): Promise<FieldQuestion[]> {
  if (conv.handoff?.queue !== 'field') return [];
  const answered: FieldQuestion[] = [];
  for (const q of fieldQuestions(text)) {
    const key = fieldAnswerKey(q, cause);
    if (!key) continue;
    turn.answering(`field:${q}`);
    turn.say(key);
    turn.answering(null);
    answered.push(q);
  }
  if (answered.length)
    await tickets.append(ticket.id, [
      {
        type: 'note',
        actor: { kind: 'bot', id: null },
        text: `customer asked after the handoff (${answered.join(', ')}); answered from the fault found`,
        internal: true,
      },
    ]);
  return answered;
}
