// A likely cause the customer reveals after the case was handed over: "routern sitter direkt i väggen bredvid",
// "the router goes straight into the wall, not the filter" in a case whose line check found DSL noise. The
// one-line tip is given (plug the router in through the splitter) and the clue goes on the case for the team
// — never only "added to your case".
import type { Ticket } from '../domain/index.js';
import { fold } from '../triage/normalize.js';
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
  if (!PAST_SPLITTER.test(fold(text)) || !(await dslTrouble(c, ticket))) return false;
  await c.deps.tickets.append(ticket.id, [
    {
      type: 'note',
      actor: { kind: 'customer', id: null },
      text: `likely cause, for the team: the router is plugged straight into the wall jack, not through the splitter — "${text.slice(0, 300)}"`,
      internal: true,
    },
  ]);
  turn.say('handoff.splitter_bypass', params);
  return true;
}
