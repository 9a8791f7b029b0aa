// Messages after a close: a satisfaction score only if the message is one (with what stands beside
// it handled as what it is), thanks get a short reply, a question is answered from the case, a rename
// remark is taken up, and anything else is a new request, never a score.
import type { Ticket } from '../domain/index.js';
import type { TriageLike } from '../runbooks/ports.js';
import type { ReplyAct } from '../triage/reply.js';
import { letsGo } from '../triage/closing-answer.js';
import { fold } from '../triage/normalize.js';
import { wantedLater } from '../triage/deferral.js';
import { learnFacts } from '../runbooks/facts.js';
import { decidedPurchase, deniesPurchase } from '../triage/purchase-wish.js';
import { besideFiveGhzRequest } from '../triage/five-ghz-name.js';
import { scoreBeside, scoreSaid } from '../triage/score-beside.js';
import { confirmClauses } from '../triage/confirm-clauses.js';
import { wantsHuman } from '../triage/signals.js';
import { aboutOtherServiceOnly, otherServiceBeside } from './other-beside.js';
import { topicsOf } from '../triage/topics-of.js';
import type { AfterOutcomeCtx } from './after-outcome-context.js';
import { afterHandoff } from './after-handoff.js';
import type { ConversationState } from './conversation-state.js';
import { scoreGiven } from './csat-once.js';
import { compensation } from './refund-wish.js';
import { renameRequest } from './rename-remarks.js';
import { answerGeneral, generalTopics, takeTeamOffer } from './knowledge-routes.js';
import { salesWishOf, TEAM_OF, teamDenied } from './secondary-topics.js';
import { saysNotAsked } from './said-not-asked.js';
import {
  answerSalesOffer,
  openSalesOrder,
  rememberSalesOffer,
  salesOfferTaken,
  takesSalesOffer,
} from './sales-offer.js';
import { offerSales, salesAskOf } from './sales-offer-asked.js';
import { questionClauses, techAnswers } from './side-questions.js';
import { complainsUnanswered } from './after-questions.js';
import { contactAfterClose } from './contact-after-close.js';
import { remarkOnService } from './feedback-remark.js';
import { beforeAskingParagraph, complaintOf, scoreComment } from './csat-comment.js';
import { answerUnanswered } from './unanswered-after-close.js';
import { freeloaderAfterClose } from './freeloader-after-close.js';
import { aboutAnotherSubscriber } from './other-subscriber.js';
import { answerFor, narrowest } from './question-answers.js';
import { asksForDeskAction, keyAsked, reopenAsked } from './request-after-outcome.js';
import type { Turn } from './turn.js';
import type { MessageKey } from './messages/index.js';

function classify(c: AfterOutcomeCtx, conv: ConversationState, text: string): ReplyAct | null {
  const { deps } = c;
  const ask = conv.pendingAsk === 'csat.score' || conv.csatOpen ? 'csat.score' : null;
  return deps.triage.classifyReply?.(ask, text, conv.language, { intent: conv.intent ?? undefined }) ?? null;
}

async function recordScore(
  c: AfterOutcomeCtx,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  score: number,
  rest = '',
  feedback = false,
  said = rest,
) {
  const { deps } = c;
  conv.csatOpen = false;
  // "3 - quick, but you opened an invoice case I never asked for": the customer's words beside the score are
  // kept with it for the quality team, and said so; a question or request beside it is answered after this.
  // "5, quick and clear. one more thing - does it update itself?": only the remark is the comment.
  // "ok funkar det. 4, bra men först sa du …": the words that go with the score, never the ones before it.
  const comment = scoreComment(said);
  scoreGiven(conv);
  await deps.tickets.append(conv.csatTicketId ?? ticket.id, [
    {
      type: 'csat',
      actor: { kind: 'customer', id: null },
      score: Math.round(score),
      ...(comment ? { comment } : {}),
    },
  ]);
  // ("5, tack!" is a thanks, no comment to speak of.)
  const words = fold(comment)
    .replace(THANKS, ' ')
    .replace(/\b(so much|a lot|for (the|your) help|sa mycket|for hjalpen|sa hemskt mycket)\b/g, ' ')
    .match(/[\p{L}\p{N}]+/gu);
  // "3 - update was quick, but the summary says I wanted to rename my wifi network?? I never asked for that": a
  // complaint gets a short apology that names it, never only a thank-you.
  const complaint = complaintOf(comment);
  if (complaint) {
    turn.say(score <= 2 ? 'csat.thanks.complaint.low' : 'csat.thanks.complaint', { complaint });
    turn.final();
    return;
  }
  const remark = feedback || ((words?.length ?? 0) >= 2 && !asksOrWants(comment));
  turn.say(!remark ? 'csat.thanks' : score <= 2 ? 'csat.thanks.comment.low' : 'csat.thanks.comment');
  turn.final();
}

/**
 * Whether the words beside a score ask something or want something done (then they are handled as that):
 * a question of their own, never a question word inside a remark ("nobody explained what was wrong").
 */
function asksOrWants(rest: string): boolean {
  return (
    questionClauses(rest).length > 0 ||
    /\b(please|pls|snalla|snälla|vill|want|need|behover|behöver|change|byt|ändra|andra|fixa?)\b/i.test(rest)
  );
}

/**
 * "Good question — I have noted it on your case" is never said of a closed case: nobody would read it there.
 * A general question ("is WPS on? should I switch it off?") gets the technician's answer instead.
 */
/** What the closed case tells the technician's answers: its cause, its team, its channel. */
async function closedContext(c: AfterOutcomeCtx, ticket: Ticket, conv: ConversationState) {
  // ("why did it happen, did I do something?" on billing's linked case: the fault fixed before it.)
  const cause = (await c.deps.fixedCause?.(ticket)) ?? (await c.deps.cause(ticket));
  return { cause, queue: conv.handoff?.queue ?? null, channel: conv.channel };
}

async function closedKey(
  c: AfterOutcomeCtx,
  ticket: Ticket,
  conv: ConversationState,
  key: MessageKey,
  text: string,
): Promise<MessageKey> {
  const ctx = await closedContext(c, ticket, conv);
  // "om det händer igen, kan jag bara dra ur sladden själv?": a general question narrower than the topic read
  // ("should I restart?") is answered as asked; "how many tries before it locks?" for this case (the portal).
  const general = techAnswers(text, false, ctx)[0];
  if (general) return general;
  return key === 'reply.other' ? (techAnswers(text, true, ctx)[0] ?? 'closed.cannot_answer') : key;
}

/** After a sales offer was answered and nothing else was said: anything else, unless a case asks on. */
function doneAfterOffer(conv: ConversationState, turn: Turn): true {
  if (!conv.handoff && conv.phase === 'closed' && !conv.pendingAsk) turn.say('closed.more');
  turn.final();
  return true;
}

/** Only whether the desk is still there: "hello? still there?", "hallå? är du kvar?", "anyone there??". Folded. */
const STILL_THERE =
  /^\W*(hello|hallo|hallå|halla|hej|hey|hi|um+|eh+|ok|okej)?\W*((are )?(you|u) (still )?there|still there|anyone there|anybody there|(ar )?(du|ni) (kvar|dar)( kvar)?|(ar )?(nagon|nan) dar|finns (du|ni) kvar)\W*$/;

/** Thanks in the words ("thanks, forget it" is still thanks). Folded text. */
const THANKS = /\b(thanks?|thank you|thx|ty|tack\w*|tusen tack)\b/;

/** Returns false when the old closed-case handling should take the message. */
export async function onClosed(
  c: AfterOutcomeCtx,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
  tri: TriageLike,
): Promise<boolean> {
  const act = classify(c, conv, text);
  if (!act) return false;
  const asked = conv.pendingAsk === 'csat.score' || conv.csatOpen;
  // "4 i guess. what if it happens again?", "ok tack, 3 för att…": the score the message opens with.
  const beside = asked ? scoreBeside(text) : null;
  const score = act.act === 'score' ? act.score : beside?.score;
  if (asked && score !== undefined && score >= 1 && score <= 5) {
    // "5. how do i stop it happening again tho?": the score and what stands beside it, handled as what it is.
    const rest = beside?.rest ?? text.replace(/^\s*[1-5]\s*(?:\/\s*5)?\s*[,.!:;–—-]?/, '').trim();
    // "4 - quick, but WPS is literally a router setting, you could have checked it": a remark on the service
    // is feedback, kept with the score for the team, never a new request.
    const feedback = !!rest && remarkOnService(rest);
    const said = beforeAskingParagraph(text, (beside && scoreSaid(text)) ?? rest);
    await recordScore(c, ticket, conv, turn, score, rest, feedback, said);
    // ("2. you didnt answer my question" is answered; a remark never becomes a new request.)
    await besideScore(c, ticket, conv, turn, rest, feedback);
    return true;
  }
  return asWhatItIs(c, ticket, conv, turn, text, tri, act);
}

/** A message after the outcome that is no score (or what stands beside one): handled as what it is. */
async function asWhatItIs(
  c: AfterOutcomeCtx,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
  tri: TriageLike,
  act: ReplyAct,
): Promise<boolean> {
  const { deps, renameRemarks, answers, visit, caseTopic, params } = c;
  if (!conv.handoff && (await freeloaderAfterClose(c, ticket, conv, turn, text))) return true;
  // "gärna att andralinjen fixar gästnätet åt oss" after "…or our second-line technicians can set it up for
  // you": the desk's own offer taken is carried out (knowledge-routes.ts), never answered with the offer again.
  if (await takeTeamOffer(c, ticket, conv, turn, text)) {
    // (An offer the desk carries out itself has opened its case: that case asks on.)
    if (!conv.handoff && conv.phase === 'closed') {
      conv.pendingAsk = null;
      turn.say('closed.more');
      turn.final();
    }
    return true;
  }
  // "ja gärna" or "nej, det kan vänta" to the desk's offer to pass a price or an add-on on to sales; "can I get a
  // static IP address?": answered, and passing it on offered — never a case for the question (sales-offer-asked.ts).
  const rest = await answerSalesOffer(c, ticket, conv, turn, text);
  if (!rest) return doneAfterOffer(conv, turn);
  if (rest !== text) {
    text = rest;
    tri = deps.triage.triage(rest);
    act = classify(c, conv, rest) ?? act;
  }
  const ask = salesAskOf(text);
  if (ask === 'static_ip' || (ask && !conv.handoff)) {
    conv.pendingAsk = null;
    offerSales(conv, turn, text, ask);
    turn.final();
    return true;
  }
  if (conv.handoff) {
    await afterHandoff(c, ticket, conv, turn, text, tri, act);
    return true;
  }
  // "hello? still there?", "hallå? är du kvar?": yes — never a help-centre article.
  if (STILL_THERE.test(fold(text))) {
    turn.say('closed.still_here');
    turn.final();
    return true;
  }
  // "please just close the case, everything works" after the case closed as fixed: nothing new — said so, never
  // a new case opened on the words "everything works" (a clause that says it works, nothing asked or wrong).
  // (A person asked for beside the yes — "the sites open again. However I would like to speak to a real person" —
  // is that request, never "already closed". "yes please" / "ja tack, skicka vidare det" to the desk's own sales
  // offer takes that offer, below.)
  if (
    confirmClauses(text).clearYes &&
    !questionClauses(text).length &&
    !tri.wantsHuman &&
    act.act !== 'person' &&
    !wantsHuman(text) &&
    !salesOfferTaken(conv, text)
  ) {
    const work = (await deps.tickets.get(conv.workTicketId ?? ticket.id)) ?? ticket;
    conv.pendingAsk = null;
    turn.say('closed.already', { reference: work.reference });
    turn.final();
    return true;
  }
  // "What invoice? … We are MOVING … Can I talk to a real person please?" after a refusal: the person asked for is
  // the request (a linked case for a person), never only the move answered again and "anything else?".
  if ((tri.wantsHuman || wantsHuman(text)) && conv.outcomes.at(-1) === 'refused') {
    conv.pendingAsk = null;
    await reopenAsked(c, ticket, conv, turn, text, tri);
    return true;
  }
  // "Sorry, that's not what I asked. Is it ok to switch it off at night?", "Det var inte det jag frågade. Är det
  // okej att stänga av den på natten?": the answer missed, and the question put again is answered as asked —
  // never a new case, never the topics of the message before it.
  if (complainsUnanswered(text)) {
    const keys = techAnswers(text, false, await closedContext(c, ticket, conv));
    if (keys.length) {
      conv.pendingAsk = null;
      for (const key of keys) turn.say(key, params(ticket, conv));
      turn.say('closed.more');
      turn.final();
      return true;
    }
  }
  if (await forLater(c, conv, turn, text, tri)) return true;
  // "btw min bror har också er, kan ni fixa hans wifi också?": theirs to ask, with their own customer number.
  if (aboutAnotherSubscriber(text)) {
    conv.pendingAsk = null;
    turn.say('closed.other_subscriber');
    turn.final();
    return true;
  }
  if (await contactAfterClose(deps.tickets, ticket, conv, turn, text)) return true;
  // "ja tack, skicka vidare det" after "… tell me you want to order one and I pass it on": the sales case.
  const order = takesSalesOffer(conv, text);
  if (order) {
    conv.pendingAsk = null;
    await openSalesOrder(c, ticket, conv, turn, order);
    return true;
  }
  // 'its called pizza palace in small letters. i said "Pizza Palace"', "and the printer question?" after a rename.
  const renamed = await renameRemarks.afterClose(ticket, conv, turn, text, (x) =>
    deps.triage.parseWifiName ? deps.triage.parseWifiName(x) : null,
  );
  if (renamed.rename) {
    conv.pendingAsk = null;
    const request = renameRequest(conv.language, renamed.rename);
    await deps.reopen(ticket, conv, turn, request, deps.triage.triage(request));
    return true;
  }
  if (renamed.handled) {
    turn.say('closed.more');
    turn.final();
    return true;
  }
  // "actually can you change it back to the old one": the old key asked back after the close is answered
  // from what this conversation did (a new key set, or none), never a new case or "anything else?".
  if (topicsOf(text).includes('restore_key')) {
    const set = await keySetIn(deps, ticket.id, conv);
    turn.say(answerFor('restore_key', { askKey: null, actions: set ? ['wifi_password_change'] : [] })!);
    turn.say('closed.more');
    turn.final();
    return true;
  }
  const devices = await devicesNeedAnswer(deps, ticket.id, conv, text);
  if (devices) {
    conv.pendingAsk = null;
    turn.say(devices);
    turn.say('closed.more');
    turn.final();
    return true;
  }
  // "I only wanted to know if the lock after a few wrong tries is normal": whether it is normal, answered for the
  // case's cause — never a new case, never a fix nobody asked for offered again. ("is 40 ms ping normal or
  // not" names its own subject, a catalogue question: answered below from the catalogue, not for the cause.)
  const normal =
    topicsOf(text).includes('is_normal') && !generalTopics(text, conv.intent).length
      ? answerFor('is_normal', { askKey: null, cause: await deps.cause(ticket) })
      : null;
  if (normal && normal.split('.').length > 2) {
    conv.pendingAsk = null;
    turn.say(normal, params(ticket, conv));
    turn.say('closed.more');
    turn.final();
    return true;
  }
  // "om de e segt ikväll igen då? och kan ni göra ett eget 5ghz nät", "finns det pensionärsrabatt?", "how do
  // i change my password?" after a sign-in case: general questions are answered (and passed to the team that
  // acts on them), with what the case itself answers beside them — never a fault flow, never "can't answer".
  // ("kan ni dela upp banden?", "could you give the 5 GHz its own name?": the desk does that itself — a request
  // taken up below, never only described.)
  if (generalTopics(text, conv.intent).length && !learnFacts({}, text).fiveGhzOwnName) {
    conv.pendingAsk = null;
    await answers.answer(ticket, conv, turn, text, params(ticket, conv));
    await answerGeneral(c, ticket, conv, turn, text);
    turn.say('closed.more');
    turn.final();
    return true;
  }
  if (salesWishOf(text) && (await answerGeneral(c, ticket, conv, turn, text))) {
    conv.pendingAsk = null;
    turn.say('closed.more');
    turn.final();
    return true;
  }
  // "you said the admin password, can you change it for me then? just to be safe": a router action the desk
  // carries out itself is a new request (a linked case: permission, the action, the result), never a "yes".
  // "But what about the wifi password?? … the kids need it for the ipad": the key the desk cannot read out
  // but sets anew with permission — a request on a linked case, never a question answered from the case.
  // ("but what about the wifi password?" right after a new key was set asks about that one: answered, no second key.)
  // (How to connect a device with it is a how-to, answered below.)
  // "kan jag byta namn på nätet också? vill att det heter Nilssons", "nej inte lösenordet. NAMNET på wifi nätverket,
  // det ska heta Nilssons" right after a new key: the network's name asked for, never the key just set (round 34 a#7).
  const fiveGhz = !!learnFacts({}, text).fiveGhzOwnName;
  const keyJustSet =
    tri.intent === 'wifi_password' &&
    !fiveGhz &&
    !HOW_TO.test(fold(text)) &&
    !learnFacts({}, text).ssidRename &&
    (await keySetIn(deps, ticket.id, conv));
  if (
    !keyJustSet &&
    (asksForDeskAction(conv, text, tri, deps.clarifyThreshold) ||
      keyAsked(conv, text, tri, deps.clarifyThreshold))
  ) {
    conv.pendingAsk = null;
    // "om de e segt ikväll igen då? och kan ni göra ett eget 5ghz nät…": the question asked beside the 5 GHz
    // request is answered first (from the case), then the request's own permission asked.
    const beside = fiveGhz ? besideFiveGhzRequest(text) : '';
    if (beside && questionClauses(beside).length)
      await answers.answer(ticket, conv, turn, beside, params(ticket, conv));
    await reopenAsked(c, ticket, conv, turn, text, tri);
    return true;
  }
  // "phone is connected now 👍 can I rename the network too? want it called Nilssons", "hallå namnet då? Nilssons": a
  // new name given for the network is a rename asked for (its own case and permission), never a how-to answered.
  if (!keyJustSet && learnFacts({}, text).ssidRename && deps.triage.parseWifiName?.(text)) {
    conv.pendingAsk = null;
    await reopenAsked(c, ticket, conv, turn, text, tri);
    return true;
  }
  // "kan ni skicka en nyare router? jag betalar gärna": equipment decided on is sales' case at once.
  if (decidedPurchase(fold(text)) && tri.intent === 'account_change') {
    conv.pendingAsk = null;
    if (questionClauses(text).length) await openSalesOrder(c, ticket, conv, turn, text);
    else await reopenAsked(c, ticket, conv, turn, text, tri);
    return true;
  }
  // "you didnt answer my question", "i meant my outside ip, not the pc one": the question still waiting.
  if (await answerUnanswered(c, ticket, conv, turn, text)) {
    conv.pendingAsk = null;
    turn.say('closed.more');
    turn.final();
    return true;
  }
  // "Is WPS off too?", "and if it drops again tomorrow?": answered from the case, never a new case.
  const answered =
    (await visit.onMessage(ticket, conv, turn, text)) ||
    (await answers.answer(ticket, conv, turn, text, params(ticket, conv))).length > 0;
  if (answered) {
    rememberSalesOffer(conv, text);
    if (topicsOf(text).includes('compensation')) await compensation(c, ticket, conv, turn, text);
    turn.say('closed.more');
    turn.final();
    return true;
  }
  if (act.act === 'thanks') {
    // "forget it", "never mind": a goodbye, never "you are welcome" to what was not thanks.
    const t = fold(text);
    turn.say(letsGo(t) && !THANKS.test(t) ? 'closed.bye' : 'closed.thanks');
    turn.final();
    return true;
  }
  if (act.act === 'question' && act.topic === 'compensation') {
    // A refund after a closed case is billing's: its own linked case, the closed one stays as it is.
    await compensation(c, ticket, conv, turn, text);
    return true;
  }
  if (act.act === 'question' && act.topic !== 'other') {
    turn.say(
      await closedKey(c, ticket, conv, await caseTopic(ticket, narrowest(act.topic, text), conv), text),
      params(ticket, conv),
    );
    rememberSalesOffer(conv, text);
    turn.say('closed.more');
    turn.final();
    return true;
  }
  if (keyJustSet) {
    turn.say('after.key_just_set');
    turn.final();
    return true;
  }
  // "just so it's clear: I didn't need anything from billing": a team's topic named only to say no to it.
  // ("But I did not ask for anything to go to billing?", "I did not ask about wifi": a complaint about the answer,
  // never a new request for what it names.)
  const team = tri.confidence >= deps.clarifyThreshold ? TEAM_OF[tri.intent] : undefined;
  if ((team && teamDenied(text, tri.intent)) || saysNotAsked(text)) {
    conv.pendingAsk = null;
    turn.say('closed.more');
    turn.final();
    return true;
  }
  // "ni svarade aldrig om det var nåt fel i området", "why does cable TV work during a fibre cut?", "jag vill inte
  // köpa någon router": a question, a complaint about an answer or a remark, with no new fault reported and
  // nothing asked of the desk — answered (or honestly not), never a new case.
  if (onlyAsksOrRemarks(text)) {
    await answerOnly(c, ticket, conv, turn, text);
    return true;
  }
  // Anything else is a new request (or a question for the help centre), never a score.
  conv.pendingAsk = null;
  await reopenAsked(c, ticket, conv, turn, text, tri);
  return true;
}

/**
 * What follows "svarade … om", "I only wondered why…", "curious whether…": an indirect question — asked, never
 * a report ("om det var nåt fel i området" reports no fault). Folded text.
 */
const EMBEDDED_ASK =
  /\b(svara\w*|answer\w*|told|tell|said|say|sa|sagt|berattade|berattat|forklarade|forklarat|explain\w*|fragade|fragar|asked|ask|undrade|undrar|wonder\w*|curious|nyfiken|veta|know)\b(?: \w+){0,4}? (om|if|whether|varfor|why|hur|how|vad|what)\b[^.!?\n]*/g;
/** Asking the desk only to tell or explain something: a question, not a request for a case. Folded. */
const ASKS_TO_TELL =
  /\b(can|could|would|will) (you|u) (please |pls )?(tell|explain|answer|say|let me know|confirm)\b|\b(kan|kunde|skulle) (ni|du) (snalla |kunna )?(svara|forklara|beratta|saga|bekrafta)\b/g;
/** Something asked of the desk, not negated ("jag vill inte…", "I don't want…" ask for nothing). Folded. */
const CLEAR_REQUEST =
  /\b(please|pls|snalla|can (you|u)|could (you|u)|would (you|u)|kan (ni|du)|kunde (ni|du)|skulle (ni|du) kunna|help me|hjalp mig|(i|we) (want|need|would like)|i'?d like|(jag|vi) (vill|behover|skulle vilja|onskar)|can (i|we) (\w+ )?(change|rename|get|have|order|switch|upgrade|set)|(kan|far) (jag|vi|man) (\w+ )?(byta|andra|dopa|fa|ha|bestalla|uppgradera)|gar det att|is it possible to|ar det mojligt att)\b(?! (inte|ej|not|no|ingen|inget|ingenting|nothing)\b)/;
/** "jag undrade bara", "I only wondered", "I just wanted to know": a question asked, nothing wanted. Folded. */
const ONLY_WONDERED =
  /\b((jag|vi) (undrade|ville|fragade|undrar) bara|(i|we) (just|only) (wondered|wanted to know|asked|was asking|was wondering))\b/;

/**
 * After the close: the message asks (or complains about an answer, or remarks) and neither reports a fault now
 * nor asks the desk for anything — a new case is opened only for a newly reported fault or a clear new request.
 */
function onlyAsksOrRemarks(text: string): boolean {
  const t = fold(text).replace(/[’`´]/g, "'");
  const statements = t.replace(EMBEDDED_ASK, ' ').replace(ASKS_TO_TELL, ' ');
  const stated = statements
    .split(/[.!?\n]+/)
    .filter((x, i, all) => x.trim() && !(i < all.length - 1 && t.includes(`${x}?`)));
  if (confirmClauses(stated.join('. ')).clauses.some((x) => x.says === 'broken' && !NO_ONLY.test(x.text)))
    return false;
  if (CLEAR_REQUEST.test(statements)) return false;
  // (A general question with no topic of the case's — "what is the difference between 2.4 and 5 GHz?" — is the
  // help centre's, below.)
  return (
    (questionClauses(text).length > 0 && topicsOf(text).length > 0) ||
    complainsUnanswered(text) ||
    deniesPurchase(t) ||
    ONLY_WONDERED.test(t)
  );
}
/** A clause that is only "no"/"nej" with a reason after it ("nej, jag frågade bara…"): no fault by itself. */
const NO_ONLY =
  /^(nej|no|nope|nah)\b(?![^.!?]*\b(internet|connection|uppkoppling|natet|wifi|works?|funkar|fungerar)\b)/;

/** The question answered from the case or the technician's answers (or honestly not); a remark acknowledged. */
async function answerOnly(
  c: AfterOutcomeCtx,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
) {
  conv.pendingAsk = null;
  const asks =
    questionClauses(text).length > 0 || complainsUnanswered(text) || ONLY_WONDERED.test(fold(text));
  if (asks) {
    const keys = techAnswers(text, true, await closedContext(c, ticket, conv));
    for (const key of keys.length ? keys : (['closed.cannot_answer'] as MessageKey[]))
      turn.say(key, c.params(ticket, conv));
  } else turn.say('closed.nothing_opened');
  turn.say('closed.more');
  turn.final();
}

/** What follows a score: a refund asked for goes to billing, a question is answered, a new request is taken up. */
async function besideScore(
  c: AfterOutcomeCtx,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  rest: string,
  feedback = false,
) {
  const { answers, caseTopic, params, deps } = c;
  if (!rest) return;
  if (!conv.handoff && (await freeloaderAfterClose(c, ticket, conv, turn, rest))) return;
  if (await contactAfterClose(deps.tickets, ticket, conv, turn, rest)) return;
  if (aboutAnotherSubscriber(rest)) return turn.say('closed.other_subscriber');
  // "4. och gärna att era tekniker sätter upp gästnätet": the desk's offer taken beside the score.
  if (await takeTeamOffer(c, ticket, conv, turn, rest)) return;
  // "5. one more thing, can I get a static IP?": answered, and passing it on to sales offered.
  const ask = salesAskOf(rest);
  if (ask) return offerSales(conv, turn, rest, ask);
  // "4. men du svara inte, var det mitt fel?", "4. var sitter wifi-knappen?": the technician's answer, for this
  // case — the narrowest reading of the question, before a complaint beside it is taken as only a remark.
  const general = questionClauses(rest).length
    ? techAnswers(rest, false, await closedContext(c, ticket, conv))
    : [];
  if (general.length) {
    for (const key of general) turn.say(key, params(ticket, conv));
    return;
  }
  if (generalTopics(rest, conv.intent).length) {
    await answers.answer(ticket, conv, turn, rest, params(ticket, conv));
    await answerGeneral(c, ticket, conv, turn, rest);
    return;
  }
  if (topicsOf(rest).includes('compensation')) return compensation(c, ticket, conv, turn, rest);
  // "4. oh one more thing, the tv box has no picture either, is that on your side too?": another
  // service beside the score is taken up as what it is (the TV case), never answered as a cost question.
  if (otherServiceBeside(rest) || aboutOtherServiceOnly(rest)) {
    conv.pendingAsk = null;
    await deps.reopen(ticket, conv, turn, rest, deps.triage.triage(rest));
    return;
  }
  const asks = questionClauses(rest).length > 0;
  // "2. you didnt answer my question", "3. i meant my outside ip": the question still waiting, answered.
  if (await answerUnanswered(c, ticket, conv, turn, rest)) return;
  // "…ni svarade inte på frågan": a question passed over earlier is answered too.
  if ((await answers.answer(ticket, conv, turn, rest, params(ticket, conv))).length > 0)
    return rememberSalesOffer(conv, rest);
  // "4 antar jag. varför hängde den sig?": a question about the case is answered from the case.
  const act = asks ? classify(c, conv, rest) : null;
  if (act?.act === 'question' && act.topic !== 'other' && act.topic !== 'compensation') {
    turn.say(
      await closedKey(c, ticket, conv, await caseTopic(ticket, narrowest(act.topic, rest), conv), rest),
      params(ticket, conv),
    );
    return rememberSalesOffer(conv, rest);
  }
  // "…för att ni missade tv frågan", "but the wait was long": a comment on the score, not a request.
  if (!asksOrWants(rest) || feedback) return;
  // "4. en sak till, kan man byta namn på wifi:t?", "2. you said you would come back to my ip question??":
  // the rest is handled as if it came alone (a rename, a desk action, a question, a new request).
  const own = deps.triage.triage(rest);
  await asWhatItIs(c, ticket, conv, turn, rest, own, classify(c, conv, rest) ?? { act: 'new_topic' });
}

/**
 * "en sak till, kan jag byta namn på wifit nån gång? inte nu dock, har bråttom", "can I change the wifi password
 * later on? no rush": a change the desk makes, wanted some other time — how it goes and that they can write any
 * time is told; no case is opened and nothing is asked now.
 */
async function forLater(
  c: AfterOutcomeCtx,
  conv: ConversationState,
  turn: Turn,
  text: string,
  tri: TriageLike,
): Promise<boolean> {
  if (!wantedLater(text)) return false;
  // "should i restart it later? and can you rename the wifi": the later words must be said of the change.
  const clauses = text.match(/[^.!?]+[.!?]*/g) ?? [text];
  const at = clauses.findIndex(
    (x) =>
      learnFacts({}, x).ssidRename ||
      keyAsked(conv, x, c.deps.triage.triage(x), c.deps.clarifyThreshold) ||
      asksForDeskAction(conv, x, c.deps.triage.triage(x), c.deps.clarifyThreshold),
  );
  if (at < 0 || !wantedLater(clauses.slice(at).join(' '))) return false;
  const rename = learnFacts({}, text).ssidRename;
  const key = !rename && keyAsked(conv, text, tri, c.deps.clarifyThreshold);
  turn.say(rename ? 'after.later.rename' : key ? 'after.later.wifi_password' : 'after.later');
  turn.final();
  return true;
}

/** How to do something with the key (folded): "hur ansluter jag tv:n", "how do I connect the TV". */
const HOW_TO = /\b(hur|how|ansluta|ansluter|connect|koppla|kopplar)\b/;

/** A case of this conversation set a new Wi-Fi key: "but what about the wifi password?" asks about that one, not for another. */
async function keySetIn(
  deps: AfterOutcomeCtx['deps'],
  ticketId: string,
  conv: ConversationState,
): Promise<boolean> {
  return (await actionsDoneIn(deps, ticketId, conv)).includes('wifi_password_change');
}

/** The actions carried out on the router by this conversation's cases (its own and the linked ones), oldest first. */
async function actionsDoneIn(
  deps: AfterOutcomeCtx['deps'],
  ticketId: string,
  conv: ConversationState,
): Promise<string[]> {
  const ids = [ticketId];
  for (const reference of conv.linkedTickets ?? []) {
    const t = await deps.tickets.getByReference(reference);
    if (t) ids.push(t.id);
  }
  const done: string[] = [];
  for (const id of ids)
    for (const e of await deps.tickets.timeline(id)) if (e.type === 'action_done') done.push(e.action);
  return done;
}

/**
 * "do my devices need the ADMIN password or not" after a new admin password: answered from what the
 * conversation changed (the devices use the Wi-Fi key, left as it was), never a new case or an offer.
 * Null when no change of this conversation decides it (the question goes on as before).
 */
async function devicesNeedAnswer(
  deps: AfterOutcomeCtx['deps'],
  ticketId: string,
  conv: ConversationState,
  text: string,
): Promise<MessageKey | null> {
  if (!topicsOf(text).some((x) => x === 'reconnect_devices' || x === 'each_device')) return null;
  const done = await actionsDoneIn(deps, ticketId, conv);
  if (!done.includes('admin_password_change') || done.some((a) => /^wifi_(password|ssid)_change/.test(a)))
    return null;
  return answerFor('reconnect_devices', { askKey: null, actions: done });
}
