// A question back the catalogue has no answer for ("will this affect my neighbours?"): never a bare
// "good question". Before that, two kinds are no question for anyone else:
// - a check of what the customer just gave or did ("2478. is that right?", "is that the one?", "is that
//   done then?", "behöver ni något mer?"), answered from the conversation's own state;
// - a question the case answers (its cause, its actions), answered by the topic texts.
// What is left gets one honest sentence. It is noted for a colleague, with the promise that one answers
// here, only when a person will read the case: handed over already, or about to be (a visit is being
// booked). Otherwise it is kept, and goes on the case as a note only if the case is handed over later.
import type { AskKey } from '../domain/index.js';
import { fold } from '../triage/normalize.js';
import type { ConversationState } from './conversation-state.js';
import type { MessageKey } from './messages/index.js';
import { promiseAnswer } from './promised-follow-up.js';

/** What the pending question is for, by the kind of question. */
export function whyAskedKey(askKey: AskKey, askMessage?: string | null): MessageKey {
  if (askKey === 'resolution.confirm')
    return askMessage === 'ask.resolution.confirm.request' ? 'why.confirm.request' : 'why.confirm';
  if (askKey.startsWith('identity.')) return 'why.identity';
  if (askKey.startsWith('consent.')) return 'why.consent';
  if (askKey.startsWith('step.')) return 'why.step';
  if (askKey.startsWith('config.')) return 'why.config';
  if (askKey === 'contact.availability') return 'why.availability';
  if (askKey === 'clarify.intent') return 'why.clarify';
  return 'why.check';
}

/** A check of what the customer just gave or did: whether it is right, whether the step is done, whether more is needed. */
export type StateCheck = 'given' | 'done' | 'more';

const THAT = "(that|this|it|thats|that's|this one|that one)";
const CHECKS: [StateCheck, RegExp][] = [
  [
    'more',
    /\b((do|did|will) (you|u|ya|you guys) (need|want|require) (anything|something|any ?thing|more|else)( else| more)?|(need|want) (anything|something) (else|more)( from me)?|anything else (you|u) (need|want)|is (that|this|it) (all|enough)( you need\w*| then)?|behover (ni|du|du ha|ni ha) (nagot|nat|ngt|nagonting|nanting|mer|annat)( mer| mera| annat| fran mig)?|vill (ni|du) ha (nagot|nat|ngt) (mer|mera|annat)|ar det (allt|nog|tillrackligt)( ni behover| du behover| da)?|racker det( sa| da)?)\b/,
  ],
  [
    'done',
    new RegExp(
      `\\b((is|was) ${THAT} (done|it|finished|all)( then| now| right)?|am i (done|finished)|did i do it( right)?|(ar|var) (det|jag) (klart|klar|fardig|fardigt|gjort)( da| nu)?|var det (allt|det|sa)|ar det gjort)\\b`,
    ),
  ],
  [
    'given',
    new RegExp(
      `\\b((is|was) ${THAT} (right|correct|ok|okay|okey|the (right |correct )?(one|number|pin|code)|what you (need|needed|want|wanted|asked for)|the (one|number|pin|code) you (need|want|wanted|asked for))|${THAT} (right|correct)|is it the right (one|number|pin|code)|did i get (it|that) right|stammer (det|den|det har|den har)|(ar|e|var) (det|den|detta) (ratt|korrekt|riktigt|rätt)( nummer| kod| pin\\w*| en)?|(ar|e|var) (det|den) (den|det) (ni|du) (vill|ville|behover|menar|menade)( ha)?|var det (den|det) (ni|du) (ville|behovde|menade)( ha)?|blev det ratt|funkar (den|koden|numret)\\s*\\?)|^\\s*(\\S+ ){0,2}(right|correct|riktigt|ratt)\\s*\\?`,
    ),
  ],
];

/** The sentences of `text`: each check in it, and what is left once they are taken out. */
export function stateChecks(text: string): { kinds: StateCheck[]; rest: string } {
  const parts = String(text ?? '')
    .slice(0, 1000)
    .match(/[^.!?\n]+[.!?\n]*/g) ?? [String(text ?? '')];
  const kinds: StateCheck[] = [];
  const rest: string[] = [];
  for (const part of parts) {
    const t = fold(part).replace(/[’`´]/g, "'");
    const kind = CHECKS.find(([, re]) => re.test(t))?.[0];
    if (kind && !kinds.includes(kind)) kinds.push(kind);
    if (!kind) rest.push(part);
  }
  return { kinds, rest: rest.join('').trim() };
}

/** Whether a person will read the case: handed over, or about to be (a visit is being arranged). */
function personReads(conv: ConversationState, askKey: AskKey | null): boolean {
  return !!conv.handoff || askKey === 'contact.availability';
}

/**
 * A question nothing answers: the texts to say and whether to note it for a colleague now. A person
 * who will read the case gets it noted, and the customer is told a colleague answers it here; a case
 * that stays with the desk gets one honest sentence, and the question is kept for a later handoff.
 */
export function noAnswer(
  conv: ConversationState,
  askKey: AskKey | null,
  text: string,
  opts: { askMessage?: string | null; closing?: boolean } = {},
): { keys: MessageKey[]; note: boolean } {
  if (!opts.closing && personReads(conv, askKey)) {
    promiseAnswer(conv, text, askKey);
    return {
      keys: ['reply.cannot_answer', ...(askKey ? [whyAskedKey(askKey, opts.askMessage)] : [])],
      note: true,
    };
  }
  conv.unanswered = [...(conv.unanswered ?? []), text.slice(0, 300)].slice(-5);
  return { keys: ['reply.cannot_answer.here'], note: false };
}
