// A likely cause the customer reveals after the case was handed over: "routern sitter direkt i väggen bredvid",
// "the router goes straight into the wall, not the filter" in a case whose line check found DSL noise. The
// one-line tip is given (plug the router in through the splitter) and the clue goes on the case for the team
// — never only "added to your case".
import type { Ticket } from '../domain/index.js';
import { fold } from '../triage/normalize.js';
import { asksSomething, sentencesOf } from './general-questions.js';
import type { AfterOutcomeCtx } from './after-outcome-context.js';
import type { Params } from './messages/index.js';
import type { Turn } from './turn.js';

const BOX = String.raw`(router\w*|modem\w*|box\w*|dosan|ladan|den|it)`;
/** The router plugged into the wall jack itself, past the splitter (folded text). */
const PAST_SPLITTER = new RegExp(
  [
    String.raw`\b${BOX}\b[^.?!]{0,40}\b(direkt|rakt|straight|directly)\b[^.?!]{0,15}\b(i|in|into|to|till)?\s?(the |min |var )?(vagg\w*|wall\w*|jack\w*|telefonjack\w*|uttag\w*|socket)`,
    String.raw`\b${BOX}\b[^.?!]{0,40}\b(utan|without|not through|not via|inte (genom|via|i))\b[^.?!]{0,10}\b(the |a |nagot |nan |ett |en )?(filter\w*|splitter\w*|filterdosa\w*|dosa\w*)`,
  ].join('|'),
);

/**
 * The router said to go through the splitter after all ("It already IS plugged into the splitter", "den sitter
 * redan i filtret"): a correction of the clue (folded text).
 */
const THROUGH_SPLITTER = new RegExp(
  String.raw`\b(already|redan|actually|faktiskt|is|are|ar|e|sitter|goes|gar)\b[^.?!]{0,25}\b(plugged |connected |kopplad |inkopplad )?(in|into|through|via|i|genom) (the |a |filtret|splittern|dosan|ett |en )?(splitter\w*|filter\w*|dosan)?\b`,
);
const CORRECTION = 'correction, for the team: the customer says';
const CLUE_NOTE = 'likely cause, for the team: the router is plugged straight into the wall jack';

/** Whether the case's line check found DSL trouble (the splitter is a likely cause). */
async function dslTrouble(c: AfterOutcomeCtx, ticket: Ticket): Promise<boolean> {
  const state = await c.deps.state(ticket);
  const cause = (await c.deps.cause(ticket)) ?? '';
  return cause.startsWith('dsl') || (state?.findings ?? []).some((f) => f.code.startsWith('line.dsl'));
}

/** The tip and the note when `text` tells of a router past the splitter on a DSL case; false otherwise. */
export async function splitterClue(
  c: AfterOutcomeCtx,
  ticket: Ticket,
  turn: Turn,
  text: string,
  params: Params,
): Promise<boolean> {
  // "should I take the splitter out and plug the router straight into the wall?" asks, it tells nothing: only a
  // sentence that says how it is plugged in is a clue.
  const told = sentencesOf(text).filter((s) => !s.includes('?') && !asksSomething(s));
  if (!told.some((s) => PAST_SPLITTER.test(fold(s))) || !(await dslTrouble(c, ticket))) return false;
  await c.deps.tickets.append(ticket.id, [
    {
      type: 'note',
      actor: { kind: 'customer', id: null },
      text: `${CLUE_NOTE}, not through the splitter — "${text.slice(0, 300)}"`,
      internal: true,
    },
  ]);
  turn.say('handoff.splitter_bypass', params);
  return true;
}

/**
 * "It already IS plugged into the splitter" after the clue was noted: the note is corrected on the case for the
 * team (the clue stays on the timeline, the correction beside it).
 */
export async function correctSplitterClue(c: AfterOutcomeCtx, ticket: Ticket, text: string): Promise<void> {
  const told = sentencesOf(text).filter((s) => !s.includes('?') && !asksSomething(s));
  const said = told.find((s) => {
    const t = fold(s);
    return (
      /\b(splitter\w*|filter\w*|filtr\w*|dosan|filterdosa\w*)\b/.test(t) &&
      THROUGH_SPLITTER.test(t) &&
      !PAST_SPLITTER.test(t)
    );
  });
  if (!said) return;
  const timeline = await c.deps.tickets.timeline(ticket.id);
  const noted = timeline.some((e) => e.type === 'note' && e.text.startsWith(CLUE_NOTE));
  const corrected = timeline.some((e) => e.type === 'note' && e.text.startsWith(CORRECTION));
  if (!noted || corrected) return;
  await c.deps.tickets.append(ticket.id, [
    {
      type: 'note',
      actor: { kind: 'customer', id: null },
      text: `${CORRECTION} the router IS plugged in through the splitter, so the earlier note that it goes straight into the wall jack is wrong — "${said.slice(0, 300)}"`,
      internal: true,
    },
  ]);
}
