// "behövs inte det där andra ärendet, det löste sig ju. tack!": the extra case opened at the close for a
// question promised to a colleague is not needed any more. It is closed, with the customer's words on
// it, and the customer is told so — never a bare "anything else?" while the case stays open with a team.
import type { Ticket } from '../domain/index.js';
import { fold } from '../triage/normalize.js';
import type { ConversationState } from './conversation-state.js';
import type { AgentKernel } from './kernel.js';
import type { Turn } from './turn.js';
import { returnToHeldCase } from './follow-up-case.js';
import { teamName } from './handoff.js';
import { foundCauseOf } from './knowledge.js';
import { hasMessage, t as render, type MessageKey } from './messages/index.js';
import { reportedSpeed } from '../triage/speed-report.js';
import { asksOutright, techAnswers } from './side-questions.js';
import { stillClosedTold } from './paused-still-closed.js';
import { dropsRefund } from './refund-dropped.js';
import { confirmClauses } from '../triage/confirm-clauses.js';
import { takesBackWithdrawal } from './withdrawal-taken-back.js';
import { callsOffACase } from '../triage/moved-thing.js';

/** Not needed, settled, may be closed (folded text, sv + en). */
const NOT_NEEDED =
  /\b(behovs inte|behover (inte|ni inte|du inte)|inte (behovs|nodvandig\w*)|kan (stangas|tas bort|strykas|avslutas|ni stanga|du stanga)|stang (det|den|det dar)|avsluta (det|den)|not needed|no longer needed|no need (for|to)|(don'?t|dont|do not) need (it|that|this|the other)|can (be )?closed?|close (it|that|this|the other)|cancel (it|that|the other)|skip (it|that|the other))\b/;
/** The other case, the question in it, or its reference. */
const THE_CASE =
  /\b(arende\w*|case|ticket|fragan|question|(det|den) (dar |har )?andra|the other (one|case|ticket|question)|t-?\d{4,})\b/;

// A withdrawn case reads as withdrawn everywhere (round 27, b2/b9/c3: T-000003 stayed "routed · billing", T-000014
// "escalated · tier2" in the list after the withdrawal): its outcome is `withdrawn`, it leaves the team's queue,
// and its disposition says why — never the routed or escalated outcome it was opened with.

/** Why a case was withdrawn: the customer never asked for it, or no longer needs it. */
export type WithdrawnWhy = 'never_asked' | 'not_needed';

/** Closes `t` as withdrawn: the note for the team, the `withdrawn` outcome, out of the queue. */
export async function withdrawCase(
  k: { deps: Pick<AgentKernel['deps'], 'tickets'> },
  t: Ticket,
  why: WithdrawnWhy,
  note: string,
): Promise<void> {
  const team = t.queue ?? 'agents';
  const disposition = `withdrawn.${why}`;
  const key: MessageKey = `summary.withdrawn.${why}`;
  await k.deps.tickets.append(
    t.id,
    [
      { type: 'note', actor: { kind: 'bot', id: null }, text: note, internal: true },
      {
        type: 'resolution',
        actor: { kind: 'bot', id: null },
        outcome: 'withdrawn',
        queue: null,
        disposition,
        summary: {
          customer: render(t.language, key, { team: teamName(team, t.language) }),
          staff: render('en', key, { team }),
        },
      },
    ],
    { status: 'resolved', queue: null, disposition },
  );
}

export function withdrawsExtraCase(text: string): boolean {
  const t = fold(text);
  return NOT_NEEDED.test(t) && THE_CASE.test(t);
}

/** Closes the extra case of a promised question when the customer says it is not needed; true when done. */
export async function closeWithdrawnCase(
  k: AgentKernel,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
): Promise<boolean> {
  const reference = conv.promisedCase;
  if (!reference || !withdrawsExtraCase(text)) return false;
  const extra = await k.deps.tickets.getByReference(reference);
  conv.promisedCase = null;
  if (!extra || extra.status === 'resolved' || extra.status === 'closed') return false;
  await withdrawCase(
    k,
    extra,
    'not_needed',
    `the customer says this question is settled and the case is not needed: "${text.slice(0, 300)}"`,
  );
  await k.note(ticket.id, `linked case ${reference} closed at the customer's word (not needed)`);
  turn.say('closing.promised_withdrawn', { linked: reference });
  turn.say('closed.more');
  turn.final();
  return true;
}

// "I do NOT want to cancel my subscription! … Please undo that sales thing", "det vill jag inte, jag ville
// aldrig uppgradera": a case the desk routed for a request (a cancellation, an upgrade, a change for second
// line) that the customer says they never wanted. It is withdrawn — closed with their words on it for the
// team — and the customer is told so, never "I have added your message to the case".

/** "I don't want / didn't ask for / jag ville aldrig …" (folded). */
const DID_NOT_WANT =
  /\b((i|we) (really |just |never |did not |didn'?t |didnt |do not |don'?t |dont |have not |haven'?t |havent )+(ever )?(want(ed)?|wanna|ask(ed)?|order(ed)?|request(ed)?|mean(t)?|plan(ned)?|say|said)|(jag|vi) (vill|ville|har|hade|bad|bett|bestallde|tankte|sa|sade) (ju |alls )?(inte|aldrig|inget|ingen)|not what i (asked|wanted|meant|said)|inte (det|vad) jag (bad om|fragade|ville|menade))\b/;
/** The verb of "I didn't ask …" (folded): asking a question, unless "for" / "to" / "you to" follows. */
const ASKED_A_QUESTION = /\bask(ed)?$/;
/** "… ask for that", "… asked to cancel", "… asked you to …": asking for something to be done. */
const ASKED_FOR = /^\s*(for|to|(you|anyone|anybody|someone|somebody|them) (for|to))\b/;
/** What the customer did not want: the change the case is about, a purchase, the case itself. */
const WHAT =
  /^[^.!?]{0,30}?\b(cancel\w*|terminat\w*|upgrad\w*|downgrad\w*|uppgrader\w*|nedgrader\w*|sag\w* upp|avsluta\w*|buy\w*|purchas\w*|kop\w*|bestall\w*|order\w*|sales|salj\w*|second.?line|andra ?linje\w*|new (plan|subscription)|nytt abonnemang|byta abonnemang|change (my|the) (plan|subscription))\b/;
/** The pronoun for what the desk did, at a clause end ("I didn't want that!", "jag bad inte om det"). */
const THAT = /^\s*(for |om |to |about )?(that|this|it|det|den|detta|det dar)\s*([.!?,;]|$)/;
/** "det vill jag inte", "det har jag inte bett om", "that is not what I asked for" — never "… inte frågat om". */
const THAT_FIRST =
  /\b(det|den|detta) (vill|ville|har|bad|bestallde) (jag|vi) (ju )?(inte|aldrig)\b(?! (fragat|undrat|fragade|undrade)\b)|\b(that|this)('s| is| was) not what i\b(?! (asked|was asking)\b(?! for))/;
/** "not what I asked", "inte det jag frågade" — about the desk's last answer when a question follows it. */
const NOT_WHAT_ASKED =
  /\b(not what i (asked|meant|said)|(didn'?t|didnt|did not) answer|inte (det|vad) jag (fragade|menade|sa)|svarade inte)\b/;

/** "I asked if I can pay the OLD amount", "jag frågade om …": the question said again as what was asked. */
const ASKED_AGAIN =
  /\b(i (asked|meant|was asking|wanted to know|want to know)|my question (was|is)|jag (fragade|menade|undrade|ville veta)|min fraga (var|ar))\b/;

/** The customer says the answer missed and asks the question again in the same message. */
function complainsAboutAnswer(text: string): boolean {
  const sentences =
    String(text ?? '')
      .slice(0, 1000)
      .match(/[^.!?\n]+[.!?\n]*/g) ?? [];
  const folded = (x: string) => fold(x).replace(/[’`´]/g, "'");
  const at = sentences.findIndex((x) => NOT_WHAT_ASKED.test(folded(x)));
  if (at < 0) return false;
  // "That's not what I asked, I asked if …": the rest of that sentence, too.
  const rest =
    folded(sentences[at] ?? '')
      .split(NOT_WHAT_ASKED)
      .at(-1) ?? '';
  return [rest, ...sentences.slice(at + 1)].some(
    (x) =>
      x.includes('?') ||
      asksOutright(x) ||
      ASKED_AGAIN.test(folded(x)) ||
      /\byes or no\b|\bja eller nej\b/i.test(x),
  );
}

/**
 * "undo that", "remove that sales request", "ta bort det ärendet", "ångra det", "cancel that second line thing",
 * "stryk det där andralinjeärendet".
 */
const UNDO =
  /\b(undo|withdraw|remove|delete|take back|call off|cancel|drop|close|angra|ta bort|stryk|dra tillbaka|avbryt|stang)\b( (that|this|it|the|det|den|detta|dom|dem))?( dar)?(?<what> (?:[\w-]+ ){0,2}?[\w-]*?(?:sales|salj\w*|request|forfragan|case|ticket|arende\w*|cancellation|uppsagning\w*|thing|grej\w*|upgrade|uppgradering\w*|escalation|eskalering\w*|(?:second|2nd|andra) ?(?:line|linjen?)))?\b/;
/** Still wanting a change, only another one ("jag vill inte säga upp, bara betala mindre"). */
const OTHER_CHANGE =
  /\b(billigare|cheaper|(betala|pay) (mindre|less)|lower (speed|price|plan|bill)|slower plan|mindre abonnemang|smaller plan|less expensive|instead|istallet|i stallet|rather)\b/;

const normalised = (text: string) => fold(text).replace(/[’`´]/g, "'").replace(/\s+/g, ' ');

/**
 * "Nej nej, jag har INGET ärende om fakturan", "jag skrev bara att kundnumret står på fakturan, det är inget fel på
 * den", "I have no question about the bill, I only said my number is on it": the invoice the desk took up is
 * denied as a topic (folded; the invoice or billing must be named in the message, see INVOICE_NAMED).
 */
const TOPIC_DENIED =
  /\b((jag|vi) har (ju |alls |absolut )?(inget|ingen|inga|inte nagot|inte nagon|inte nat) (arende\w*|fraga|fragor|problem|fel|klagomal|synpunkt\w*) (om|med|kring|pa|angaende|till)|(det|den|fakturan|rakningen) (ar|e) (det )?(inget|inga|inte nagot) (fel|problem|konstigt) (pa|med)|inget (fel|problem) (pa|med) (den|det|fakturan|rakningen)|(jag|vi) (skrev|sa|sade|menade|namnde) (ju )?(bara|endast|enbart) (att|var)|(i|we) (have|had|'ve got|got) no (question|issue|problem|case|complaint|query)s? (about|with|regarding|on|for)|(nothing|nothing'?s|there'?s nothing|there is nothing) wrong with (it|the|my|that)|(i|we) (only|just) (said|wrote|meant|mentioned|told you) (that|where|my|the)|(there'?s|there is|it'?s|it is) no(t an?)? (problem|issue) with (it|the|my)|(jag|vi) har (ju |alls )?(inte|aldrig) (bett|fragat|onskat|velat ha) (om |efter )?((nagon|nagot|nan|nat|nan|alls) )?(hjalp|arende\w*|fraga|fragor|kontakt) (med|om|kring|angaende|for)|(i|we) (did not|didn'?t|didnt|never|have not|haven'?t|havent|never) ask(ed)? (you )?(for|about) (any |a |an )?(help|case|ticket|contact|question|anything) (with|about|regarding|on|from))\b/;
/** The invoice or the billing team named (folded). */
const INVOICE_NAMED = /\b(faktur\w*|rakning\w*|invoice\w*|bill|bills|billing)\b/;

/** The customer denies the invoice as a topic of theirs ("jag har inget ärende om fakturan"). */
export function disownsInvoice(text: string): boolean {
  const t = normalised(text);
  return INVOICE_NAMED.test(t) && TOPIC_DENIED.test(t);
}

/** The customer says the request the desk routed was never theirs, or asks for it to be undone. */
export function disownsRequest(text: string): boolean {
  const t = normalised(text);
  // "I did NOT ask you to withdraw anything … put it back": the case wanted, never withdrawn.
  if (takesBackWithdrawal(text)) return false;
  if (disownsInvoice(text)) return true;
  if (OTHER_CHANGE.test(t)) return false;
  // "… I didn't ask that. Anyway, thanks, I'll wait for second line": the case confirmed, only undo withdraws.
  if (WAITS_FOR_TEAM.test(t)) return explicitUndo(t);
  // "that's not what I asked. will someone come yes or no": a complaint about the answer, asked again.
  if (complainsAboutAnswer(text)) return false;
  if (THAT_FIRST.test(t) || dropsRefund(text)) return true;
  for (const m of t.matchAll(new RegExp(DID_NOT_WANT.source, 'g'))) {
    const rest = t.slice((m.index ?? 0) + m[0].length);
    const after = rest.replace(/^\s*(to|att|om|for|about|ha)\b/, '');
    // "I didn't ask that", "I never asked about that": a question the desk answered unasked, not a request
    // disowned — only a change named after it ("I never asked about an upgrade") still disowns.
    if (ASKED_A_QUESTION.test(m[0]) && !ASKED_FOR.test(rest)) {
      if (WHAT.test(after)) return true;
      continue;
    }
    if (WHAT.test(after) || THAT.test(after)) return true;
  }
  return explicitUndo(t);
}

/** "undo that", "remove that sales request": the object is what the desk did, never "cancel my subscription". */
function explicitUndo(t: string): boolean {
  const undo = UNDO.exec(t);
  return (
    !!undo && (/^(undo|angra|withdraw|dra tillbaka|take back)$/.test(undo[1] ?? '') || !!undo.groups?.what)
  );
}

/** "I'll wait for second line", "I look forward to hearing from them", "jag väntar på andra linjen" (folded). */
const WAITS_FOR_TEAM =
  /\b((i|we)( will|'ll|ll| am|'m|m| are|'re)? (just |happily |patiently )?(wait|waiting|look forward|looking forward) (for|to|on) (them|him|her|your|the|second|2nd|a call|their|hearing)|(jag|vi) (vantar|avvaktar|ser fram emot)( (garna|talmodigt|sa))? (pa|till|att) (dem|dom|er|andra|teknik\w*|samtal\w*|svar\w*|besked\w*|att (ni|de|dom|nagon) hor))\b/;

/** The routing reasons of a case opened for a request (not a fault the diagnosis escalated). */
const REQUEST_REASON =
  /^(sales_request|beyond_tier1_request|billing_request|follow-up request|human_request)\b/;

// "I don't need anyone to contact me … I found it myself", "then I don't need the person anymore, you can
// cancel that", "Please close the case, no need for a human": the customer no longer needs what the case
// was routed for. A case opened for a request (or for a person) is withdrawn, and the customer told so.

/** Nobody needs to contact me / no person needed any more (folded). */
const NOBODY_NEEDED =
  /\b((i|we) (really )?(do not|don'?t|dont|no longer) need (anyone|anybody|someone|somebody|a (person|human|call|callback)|the (person|human|call|callback|colleague)|you to (call|contact|get back))|no (need|longer any need) (for (a |the )?(person|human|call|callback|colleague|anyone|anybody)|to (call|contact|get back))|(nobody|no one|noone) (needs|has|have) to (call|contact|get back)|(ingen|ingen person|ingen manniska) (behover|maste) (kontakta|ringa|hora av sig)|(ni|dom|de|du|nagon) (behover|maste) inte (kontakta|ringa|hora av) (mig|oss|er|av er|av sig)?|((jag|vi) behover|behover (jag|vi)) (inte|ingen) (nan |nagon |en )?(person|manniska|handlaggare|kontakt|samtal|hjalp (langre|mer))|behovs (inte|ingen) (langre|person|manniska))\b/;
/**
 * "I do NOT want billing to contact me", "please don't have sales call me", "jag vill inte att
 * fakturaavdelningen kontaktar mig", "vill inte bli uppringd": the team's contact itself is declined (folded).
 */
const CONTACT_DECLINED =
  /\b((i|we) (really |just |absolutely )?(do not|don'?t|dont|did not|didn'?t|didnt|never) (want|wanted|need|needed|ask(ed)? for) (anyone|anybody|someone|somebody|you|them|him|her|(the )?[\w-]+( team| department| people)?) to (call|phone|ring|contact|e-?mail|mail|text|get back to|reach|get in touch with) (me|us)|(please )?(do not|don'?t|dont) (have|let|make|get) (anyone|anybody|someone|somebody|them|(the )?[\w-]+( team| department| people)?) (call|phone|ring|contact|e-?mail|mail|text|get back to|reach) (me|us)|(jag|vi) (vill|ville) (ju )?(inte|inte alls|absolut inte|aldrig) (att )?(ni|de|dom|nagon|nan|[\w-]+(avdelningen|teamet|tjanst)|kundtjanst|[\w-]+) (ska )?(kontaktar|kontakta|ringer|ringa|hor av sig|hora av sig|mejlar|mejla|sms:?ar) (mig|oss)?|(jag|vi) vill (inte|inte alls|absolut inte) bli (kontaktad\w*|uppringd\w*|ringd\w*|nedringd\w*))\b/;
/** It is sorted ("I found it myself", "jag löste det själv", "problem solved"), or the case may go (folded). */
const SORTED =
  /\b((i|we) (found|figured|sorted|solved|fixed|worked) (it|that|this)( \w+)? (out )?(myself|ourselves|on my own)|problem solved|(jag|vi) (hittade|loste|fixade|ordnade|klurade ut) (det|den|detta)( \w+)? (sjalv|sjalva|pa egen hand)|(you can|please|just|kan ni|kan du|ni kan|du kan|snalla) (cancel|close|withdraw|drop|stanga|avsluta|ta bort|dra tillbaka|stryka) (that|it|the case|this case|my case|arendet|det|den)|(i|we) (do not|don'?t|dont|no longer) need (it|that|the case|this case) (any ?more|anylonger))\b/;

/**
 * "uppgraderingen kan vänta", "the upgrade can wait", "they dont need to call me": the request put off, its
 * contact not wanted now — never "jag kan vänta" (the customer waiting for the team). Folded.
 */
const PUT_OFF =
  /\b(uppgradering\w*|upgrade|flytten|the move|saljgrej\w*|sales thing|det|den|that|it)( \w+)? (kan|far|can) (vanta|wait)\b|\b(they|he|she|sales) (do not|don'?t|dont|no longer) (need|have) to (call|contact|phone|ring|get back to) (me|us)\b/;

/** The customer no longer needs the routed case (a person, a call, the case itself). */
export function noLongerNeeded(text: string): boolean {
  const t = fold(text).replace(/[’`´]/g, "'").replace(/\s+/g, ' ');
  return NOBODY_NEEDED.test(t) || SORTED.test(t) || CONTACT_DECLINED.test(t) || PUT_OFF.test(t);
}

/** All is well now: "nothing is wrong", "it works now", "allt funkar" (folded; never after a not). */
const ALL_WELL =
  /\b(nothing('?s| is)? (wrong|broken)|(?<!\b(not|n'?t|nt|inte|ej) )(works|working|fine)( now| again)?|(?<!\b(inte|ej) )(funkar|fungerar)( nu| igen)?|inget (ar )?fel|allt (ar )?(bra|ok))\b/;

/** Words naming a change or the team it went to: "I never asked to cancel" with nothing routed is told so. */
const NAMES_CHANGE =
  /\b(cancel\w*|terminat\w*|upgrad\w*|downgrad\w*|uppgrader\w*|nedgrader\w*|sag\w* upp|uppsagning\w*|sales|salj\w*)\b/;

/**
 * The team whose request the words name ("jag vill INTE uppgradera nu" is sales', "the invoice thing" billing's):
 * only that team's case is withdrawn, never the one a person happens to have (round 35 b#1). Folded text.
 */
const NAMED_QUEUE: [string, RegExp][] = [
  [
    'sales',
    // (A bare "cancel" is the case's own — "you can cancel that", "cancel the ticket" — never the subscription.)
    /\b((cancel\w*|terminat\w*) (\w+ ){0,2}(subscription|contract|plan|broadband|service)|upgrad\w*|downgrad\w*|uppgrader\w*|nedgrader\w*|sag\w* upp (\w+ )?(abonnemang\w*|avtal\w*|bredband\w*)|uppsagning\w*|sales|salj\w*|plan|abonnemang\w*|hastighet\w*|faster|snabbare)\b/,
  ],
  ['billing', /\b(faktur\w*|rakning\w*|invoice\w*|bill|bills|billing)\b/],
  ['tier2', /\b(second.?line|2nd line|andra ?linje\w*|andralinje\w*)\b/],
];

function namedQueue(text: string): string | null {
  const t = normalised(text);
  const named = NAMED_QUEUE.filter(([, re]) => re.test(t)).map(([q]) => q);
  return named.length === 1 ? (named[0] ?? null) : null;
}

/** An open case of this conversation that was routed for a request: the one a person has first. */
async function routedRequest(
  k: AgentKernel,
  ticket: Ticket,
  conv: ConversationState,
  opts: { untouched?: boolean; queue?: string | null } = {},
): Promise<Ticket | null> {
  const current = conv.handoff ? (conv.workTicketId ?? ticket.id) : null;
  const held = conv.heldCase ? (conv.heldCase.workTicketId ?? ticket.id) : null;
  const linked: string[] = [];
  for (const reference of [...(conv.linkedTickets ?? [])].reverse()) {
    const t = await k.deps.tickets.getByReference(reference);
    if (t) linked.push(t.id);
  }
  const ids = [...new Set([current, held, ...linked, ticket.id].filter((x): x is string => !!x))];
  for (const id of ids) {
    const t = await k.deps.tickets.get(id);
    if (!t || t.status === 'resolved' || t.status === 'closed') continue;
    if (opts.queue && t.queue !== opts.queue) continue;
    const timeline = await k.deps.tickets.timeline(id);
    const at = timeline.findLastIndex((e) => e.type === 'escalation');
    const escalation = timeline[at];
    if (escalation?.type !== 'escalation') continue;
    if (REQUEST_REASON.test(escalation.reason)) return t;
    // "cancel that second line thing, nothing is wrong": a case the desk escalated itself may be withdrawn
    // too while nobody has worked it yet (no person has written on it since).
    const visitOrOutage = t.queue === 'field' || t.queue === 'noc';
    if (opts.untouched && !visitOrOutage && !timeline.slice(at + 1).some((e) => e.actor.kind === 'staff'))
      return t;
  }
  return null;
}

/** The sentences of `text` that neither name the team's request nor only say no, for the case that stays. */
function withoutNamed(text: string, queue: string | null): string {
  const re = NAMED_QUEUE.find(([q]) => q === queue)?.[1];
  const rest = (text.match(/[^.!?\n]+[.!?\n]*/g) ?? [])
    .filter((s) => !re?.test(normalised(s)) && !/^\W*(nej|no|nope)\W*(nej|no)?\W*$/.test(normalised(s)))
    .join(' ')
    .trim();
  // ("jag vill bara att internet ska funka igen" asks nothing, but is the staying case's to answer.)
  return asksOutright(rest) || rest.includes('?') || stillClosedTold(rest) ? rest : '';
}

/**
 * Withdraws the routed case of a request the customer disowns ("I never wanted that") and says so; with
 * nothing routed, says that nothing was changed or passed on. True when the message was taken up so; the
 * rest of it when only part was (a question beside "nothing went to sales").
 */
export async function withdrawRoutedCase(
  k: AgentKernel,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
): Promise<boolean | string> {
  const queue = conv.handoff?.queue;
  if (queue === 'outage' || queue === 'field') return false;
  if (await fixWorkedAfterAll(k, ticket, conv, turn, text)) return true;
  const disowned = disownsRequest(text);
  // "Nothing is broken, please cancel that" after the desk escalated or opened something: that case, withdrawn
  // while nobody has worked it — never the subscription (triage/moved-thing.ts), also after the close.
  const callsOff = callsOffACase(text);
  if (!disowned && !(queue && noLongerNeeded(text)) && !callsOff) return false;
  const named = namedQueue(text);
  const routed = await routedRequest(k, ticket, conv, { untouched: disowned || callsOff, queue: named });
  if (!routed && callsOff && !disowned && !queue) {
    // Nothing of this conversation is open: said so, nothing opened, nothing cancelled.
    turn.say('withdrawn.nothing_open');
    turn.say('closed.more');
    turn.final();
    return true;
  }
  if (!routed) {
    if (!disowned && !(queue && noLongerNeeded(text))) return false;
    // "why did you still send it to billing??" after the refund wish was dropped: nothing went, said so.
    const refund = disowned && dropsRefund(text);
    // "Fakturan? Nej jag skrev bara att kundnumret står på fakturan": nothing went to billing, and the desk says sorry.
    const invoice = disowned && !refund && disownsInvoice(text);
    // "jag vill INTE uppgradera nu" while billing has the case and nothing went to sales: nothing to withdraw.
    const otherTeam = !!queue && named === 'sales' && queue !== 'sales';
    if (otherTeam) conv.salesOffer = null;
    if (
      !(disowned || otherTeam) ||
      (queue && !refund && !invoice && !otherTeam) ||
      (!NAMES_CHANGE.test(fold(text)) && !refund && !invoice)
    )
      return false;
    turn.say(refund ? 'withdrawn.none.refund' : invoice ? 'withdrawn.none.invoice' : 'withdrawn.none');
    // "…och är det nåt mer jag behöver göra för att få igång internet?": what else is said is for the case that
    // stays (never "anything else?" over a question).
    const rest = otherTeam ? withoutNamed(text, named) : '';
    if (rest) return rest;
    // "Jag undrade bara om jag kan titta på mina sidor på iPaden": the question the desk misread, answered now.
    for (const key of techAnswers(text)) turn.say(key);
    turn.say('closed.more');
    turn.final();
    return true;
  }
  const team = routed.queue ?? queue ?? 'agents';
  const current = conv.handoff && (conv.workTicketId ?? ticket.id) === routed.id;
  // "No, I did NOT ask you to withdraw anything … put it back": kept to restore the case as it was.
  conv.withdrawn = disowned
    ? { ticketId: routed.id, handoff: current ? (conv.handoff ?? null) : null }
    : null;
  await withdrawCase(
    k,
    routed,
    disowned ? 'never_asked' : 'not_needed',
    disowned
      ? `Withdrawn: the customer says they never asked for this (${team}): "${text.slice(0, 300)}". Nothing to do for the team; the desk had misread the request.`
      : `Withdrawn: the customer says this is no longer needed (${team}): "${text.slice(0, 300)}". Nothing to do for the team.`,
  );
  if (routed.id !== ticket.id)
    await k.note(
      ticket.id,
      `linked case ${routed.reference} withdrawn at the customer's word (${disowned ? 'never asked for' : 'no longer needed'})`,
    );
  // "I plugged the laptop in with a cable and speedtest now says 470. so it's just the wifi then?": the
  // cable's result read for the Wi-Fi fault found — the line is fine, the Wi-Fi holds it back.
  const wired = disowned ? null : await wiredReading(k, routed, text);
  if (wired) turn.say(wired);
  // "cancel that second line thing, nothing is wrong": withdrawn because all is well, not because it was misread.
  const t = normalised(text);
  const settled = ALL_WELL.test(t) || (!disowned && SORTED.test(t));
  // "I do NOT want billing to contact me", "dom behöver inte ringa mig om uppgradering", "the upgrade can wait":
  // the contact or the request declined, nothing said to be settled — said as that, never "glad it was solved".
  const declined = !disowned && !settled;
  turn.say(declined ? 'withdrawn.declined' : settled ? 'withdrawn.settled' : 'withdrawn.routed', {
    linked: routed.reference,
    team: teamName(team, conv.language),
  });
  if (conv.heldCase && (conv.heldCase.workTicketId ?? ticket.id) === routed.id) conv.heldCase = null;
  if (disowned) for (const key of techAnswers(text)) turn.say(key);
  if (!current) return true;
  conv.handoff = null;
  if (returnToHeldCase(conv)) return true;
  turn.say('closed.more');
  turn.final();
  return true;
}

/** Words of a cable test ("plugged the laptop in with a cable", "på kabel"). Folded text. */
const CABLE = /\b(cable|cabled|wired|ethernet|lan|kabel\w*|sladd\w*|natverkskabel\w*)\b/;
/** Below this a speed over the cable says nothing about the Wi-Fi being the only brake. */
const WIRED_FULL_MBPS = 100;

/** The Wi-Fi advice for a speed measured over a cable beside a Wi-Fi fault found, or null. */
async function wiredReading(k: AgentKernel, routed: Ticket, text: string): Promise<MessageKey | null> {
  const mbps = reportedSpeed(text);
  if (mbps === null || mbps < WIRED_FULL_MBPS || !CABLE.test(fold(text))) return null;
  const cause = foundCauseOf(await k.engine.get(routed.id));
  const key = cause ? `advice.elsewhere.${cause}` : null;
  return key && hasMessage(key) ? (key as MessageKey) : null;
}

/** The reason the runbook gives when it escalates because the customer said the fix did not help. */
const FIX_DID_NOT_HELP = /^fix did not help\b/;

/**
 * "please just close the case, everything works", "I restarted the laptop and the bank opens fine now.
 * Everything works. Please close the case.": a case the desk escalated itself because a remote fix seemed not to
 * help is confirmed working after all. It is resolved on the fix that was done — never withdrawn as a case "the
 * customer never asked for", never "helped only partly". True when the message was taken up so.
 */
async function fixWorkedAfterAll(
  k: AgentKernel,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
): Promise<boolean> {
  if (!conv.handoff || !worksNow(text)) return false;
  const id = conv.workTicketId ?? ticket.id;
  const t = await k.deps.tickets.get(id);
  if (!t || t.status === 'resolved' || t.status === 'closed') return false;
  const timeline = await k.deps.tickets.timeline(id);
  const at = timeline.findLastIndex((e) => e.type === 'escalation');
  const escalation = timeline[at];
  if (escalation?.type !== 'escalation' || !FIX_DID_NOT_HELP.test(escalation.reason)) return false;
  // A person who has written on the case since owns it.
  if (timeline.slice(at + 1).some((e) => e.actor.kind === 'staff')) return false;
  const actions = [
    ...new Set(timeline.flatMap((e) => (e.type === 'action_done' ? [e.action as string] : []))),
  ];
  const steps = [
    ...new Set(timeline.flatMap((e) => (e.type === 'customer_step' && e.result === 'done' ? [e.step] : []))),
  ];
  const done = actions.length ? actions : steps;
  if (!done.length) return false;
  const label = (lang: Ticket['language']) =>
    done
      .map((a) => (hasMessage(`summary.step.${a}`) ? render(lang, `summary.step.${a}` as MessageKey) : a))
      .join(', ');
  const team = t.queue ?? conv.handoff.queue ?? 'tier2';
  const disposition = actions.length ? 'resolved.remote_fix' : 'resolved.customer_step';
  // "cancel that second line thing, nothing is wrong": the escalation called off in so many words is said and
  // noted as withdrawn; the case is still resolved on the fix ("close the case" is only closed as solved).
  const calledOff = callsOffEscalation(text);
  await k.deps.tickets.append(
    id,
    [
      {
        type: 'note',
        actor: { kind: 'bot', id: null },
        text: calledOff
          ? `Withdrawn: the customer calls off the escalation (${team}), it works after all ("${text.slice(0, 300)}"). The fix done (${label('en')}) solved it; resolved on that fix.`
          : `Resolved: the customer confirms it works after all ("${text.slice(0, 300)}"). The fix done (${label('en')}) solved it; the escalation (${team}) is no longer needed.`,
        internal: true,
      },
      {
        type: 'resolution',
        actor: { kind: 'bot', id: null },
        outcome: 'resolved',
        queue: null,
        disposition,
        summary: {
          customer: render(t.language, 'summary.fixed_after_all', { fix: label(t.language) }),
          staff: render('en', 'summary.fixed_after_all', { fix: label('en') }),
        },
      },
    ],
    { status: 'resolved', queue: null, disposition },
  );
  turn.say(calledOff ? 'withdrawn.fixed.called_off' : 'withdrawn.fixed', {
    linked: t.reference,
    team: teamName(team, conv.language),
  });
  conv.handoff = null;
  if (conv.heldCase && (conv.heldCase.workTicketId ?? ticket.id) === id) conv.heldCase = null;
  if (returnToHeldCase(conv)) return true;
  turn.say('closed.more');
  turn.final();
  return true;
}

/** The customer says it works now: a clause that says so and none that says not (confirm-clauses.ts). */
function worksNow(text: string): boolean {
  return confirmClauses(text).clearYes || ALL_WELL.test(normalised(text));
}

/**
 * "cancel that second line thing", "please cancel the escalation", "stryk det där andra linjen-ärendet": an undo
 * word other than close ("close the case", "stäng ärendet" only asks for the case to be closed). Folded text.
 */
function callsOffEscalation(text: string): boolean {
  const t = normalised(text);
  return [...t.matchAll(new RegExp(UNDO.source, 'g'))].some(
    (m) =>
      !/^(close|stang)$/.test(m[1] ?? '') &&
      (/^(undo|angra|withdraw|dra tillbaka|take back)$/.test(m[1] ?? '') || !!m.groups?.what),
  );
}
