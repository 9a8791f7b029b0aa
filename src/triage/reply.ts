import { wantsOtherChange } from './other-change.js';
import type { AskKey, Intent, Language } from '../domain/index.js';
import {
  closingAnswer,
  correctedAnswer,
  parseAnswer,
  rejoinedTold,
  SAYS_YES_AGAIN,
  type ParsedAnswer,
} from './answers.js';
import { classifyClean } from './classify.js';
import { noAccountChange } from './moved-thing.js';
import { conceptsOf } from './lexicon.js';
import { withoutWorries, yesHedged, yesThenAsks, yesWaitsForAnswer } from './consent-question.js';
import { innerGoAhead } from './inner-go-ahead.js';
import { letsGo } from './closing-answer.js';
import { parseLights } from './lights.js';
import { parseWifiName } from './wifi-name.js';
import { accountPasswordMeant, GENERAL_TOPICS, MOVE_COST, type ExtraTopic } from './question-topics.js';

/** The general topics (question-topics.ts): asides beside a yes or no to a permission. */
const GENERAL = new Set<QuestionTopic>(GENERAL_TOPICS.map(([x]) => x));
import {
  reportsStepDone,
  statementsOf,
  stepDoneInThePast,
  stepEffectTold,
  withoutSetupDescribed,
} from './step-done.js';
import { doneNow } from './step-partly.js';
import { STEP_TOPICS, type StepTopic } from './step-topics.js';
import { cleanText, fold, spokenSwedish, tokens } from './normalize.js';
import {
  ASK_TOPICS,
  FIND_DEVICE_IP,
  FUNCTION_WORDS,
  REPLY_PATTERNS as P,
  SMALL_TALK_WORDS,
  TOPIC_PATTERNS,
} from './reply-patterns.js';
import { strictScore } from './reply-score.js';
import { isCorrection, wantsHuman } from './signals.js';

// What a customer's message is relative to the question the desk just asked: an answer, or one
// of the conversation-repair moves (a question back, a hedge, a refusal, a correction, a new
// request, a request for a person, small talk, a satisfaction score).

/** What a customer message is, relative to what the desk just asked (askKey null = nothing asked). */
export type ReplyAct =
  /** `topic`: the answer comes with a question that is answered too ("yes. how long does it take?"). */
  | { act: 'answer'; topic?: QuestionTopic }
  | { act: 'question'; topic: QuestionTopic }
  /** `wait`: the customer is trying or checking now ("vänta ska testa", "wait, let me try"). */
  | { act: 'hedge'; wait?: true }
  | { act: 'refusal'; topic?: QuestionTopic }
  | { act: 'correction' }
  | { act: 'new_topic' }
  | { act: 'person' }
  | { act: 'thanks' }
  | { act: 'score'; score: number };

export type QuestionTopic =
  | 'why_pin'
  | 'where_customer_number'
  | 'which_cable'
  | 'which_light'
  | 'what_dns'
  | 'what_wifi_channel'
  | 'lose_settings'
  | 'how_long'
  | 'notice_before'
  | 'how_know_fixed'
  | 'cost'
  | 'technician_when'
  | 'compensation'
  | 'what_happens_next'
  | 'is_it_safe'
  | ExtraTopic
  | StepTopic
  | 'boost_signal'
  | 'find_device_ip'
  | 'other';

/** Optional context: the intent of the case being handled, so that a different request is recognised. */
export interface ReplyContext {
  intent?: Intent;
}

const ANSWER: ReplyAct = { act: 'answer' };
const HEDGE: ReplyAct = { act: 'hedge' };
const WAIT: ReplyAct = { act: 'hedge', wait: true };
const REFUSAL: ReplyAct = { act: 'refusal' };
const CORRECTION: ReplyAct = { act: 'correction' };
const NEW_TOPIC: ReplyAct = { act: 'new_topic' };
const PERSON: ReplyAct = { act: 'person' };
const THANKS: ReplyAct = { act: 'thanks' };

/** Requests that are never part of a technical case: a second request whenever triage is fairly sure. */
const SEPARATE_INTENTS = new Set<Intent>([
  'account_change',
  'billing',
  'password_reset',
  'login_problem',
  'outage_check',
]);
/** Technical requests of their own (without knowing the case's intent, only these count as a new request). */
const TECHNICAL_REQUESTS = new Set<Intent>(['wifi_password', 'router_config', 'firmware_update']);
const NEW_TOPIC_CONFIDENCE = 0.6;
/** Lexicon concepts that name a request of their own. */
const REQUEST_CONCEPTS = new Set(['outage', 'bill', 'subscription', 'portal', 'signin']);
/** A technical request mid-ask must be this clear: it may also be a remark about the step in hand. */
const TECHNICAL_NEW_TOPIC_CONFIDENCE = 0.85;
/** With an explicit "by the way", "också", a weaker classification is enough. */
const CUED_NEW_TOPIC_CONFIDENCE = 0.4;

interface Reply {
  raw: string;
  cleaned: string;
  /** Folded (lowercase, no diacritics), punctuation kept, whitespace collapsed. */
  t: string;
  words: string[];
  isQuestion: boolean;
  topic: QuestionTopic | null;
  /** Triage of the reply, computed at most once. */
  intent?: { intent: Intent; confidence: number } | null;
}

function read(text: string, askKey: AskKey | null = null): Reply {
  const raw = String(text ?? '').slice(0, 2000);
  const cleaned = cleanText(raw);
  const t = spokenSwedish(
    fold(cleaned).replace(/[’`´]/g, "'").replace(/…/g, '... ').replace(/\s+/g, ' ').trim(),
  );
  const isQuestion = /\?/.test(t) || P.questionStart.test(t) || P.implicitQuestion.test(t) || yesThenAsks(t);
  // "no keep the new name. and btw, can you send my invoices by email?" at a permission: the yes or no is the
  // answer, and a general question beside it (invoices by e-mail, a discount…) is an aside, never the topic
  // that makes the whole reply a question about the change.
  const aside = !!askKey?.startsWith('consent.') && leadingYesNo(t) !== null;
  const topic = isQuestion
    ? (TOPIC_PATTERNS.find(([x, re]) => !(aside && GENERAL.has(x)) && re.test(t))?.[0] ??
      topicFromAsk(askKey, t))
    : null;
  return { raw, cleaned, t, words: tokens(t), isQuestion, topic };
}

/** A question whose topic only the pending ask makes clear ("vilken?" to "check the cables"). */
function topicFromAsk(askKey: AskKey | null, t: string): QuestionTopic | null {
  if (!askKey) return null;
  const hit = ASK_TOPICS.find(([prefix, re]) => askKey.startsWith(prefix) && re.test(t));
  return hit ? hit[2] : null;
}

/** "how do I find the IP address of the laptop?", or at this ask "how do I check it's the right one?". */
function asksFindIp(askKey: AskKey, t: string): boolean {
  return (
    FIND_DEVICE_IP.test(t) ||
    ASK_TOPICS.some(
      ([prefix, re, topic]) => topic === 'find_device_ip' && askKey.startsWith(prefix) && re.test(t),
    )
  );
}

function question(r: Reply): ReplyAct {
  return { act: 'question', topic: r.topic ?? 'other' };
}

function unknownWords(r: Reply): number {
  return r.words.filter((w) => !SMALL_TALK_WORDS.has(w) && !FUNCTION_WORDS.has(w)).length;
}

function isSmallTalk(r: Reply): boolean {
  if (r.words.length === 0) return /[👍🙏😊🙂❤]/u.test(r.raw);
  return r.words.every((w) => SMALL_TALK_WORDS.has(w));
}

/** Words of substance (not question words, pronouns or auxiliaries). */
function contentWords(r: Reply): number {
  return r.words.filter((w) => !FUNCTION_WORDS.has(w) && !/^\d+$/.test(w)).length;
}

function triageIntent(r: Reply): { intent: Intent; confidence: number } | null {
  if (r.intent !== undefined) return r.intent;
  // Short replies are triaged only when they name a request ("is there an outage?"), not for "är det nödvändigt?".
  const named = conceptsOf(r.t).some((c) => REQUEST_CONCEPTS.has(c));
  if (r.words.length < 2 || (!named && (r.words.length < 3 || contentWords(r) < 2))) return (r.intent = null);
  const { intent, confidence } = classifyClean(r.cleaned);
  // "ska jag flytta routern eller mobilen?": a thing moved in the home is no house move (as in triage).
  if (intent === 'account_change' && noAccountChange(r.cleaned)) return (r.intent = null);
  return (r.intent = { intent, confidence });
}

/** Intents a reply to this ask naturally talks about (a port question while asked for a port is not a new request). */
function intentsOfAsk(askKey: AskKey | null): Intent[] {
  if (!askKey) return [];
  if (askKey.startsWith('config.') || askKey === 'consent.config_change')
    return ['router_config', 'wifi_password'];
  if (askKey === 'consent.wifi_change' || askKey === 'step.rejoin_wifi')
    return ['wifi_password', 'wifi_problem'];
  if (askKey === 'consent.firmware_update') return ['firmware_update'];
  if (askKey === 'consent.reboot' || askKey === 'consent.factory_reset' || askKey === 'step.power_cycle')
    return ['router_reset'];
  return [];
}

/** A different request from the one being handled (triage decides which). */
function looksLikeNewRequest(r: Reply, ctx: ReplyContext, askKey: AskKey | null): boolean {
  const c = triageIntent(r);
  if (!c || c.intent === 'other' || c.intent === 'human_agent') return false;
  if (intentsOfAsk(askKey).includes(c.intent) || c.intent === ctx.intent) return false;
  // "finns det en knapp?" at the power step: a question the pending step's own words make clear is about the
  // step (never "is there an outage?"), whatever triage reads in it.
  if (askKey?.startsWith('step.') && topicFromAsk(askKey, r.t)) return false;
  if (P.newRequest.test(r.t) || (P.also.test(r.t) && contentWords(r) >= 2))
    return c.confidence >= CUED_NEW_TOPIC_CONFIDENCE;
  if (c.confidence < NEW_TOPIC_CONFIDENCE) return false;
  if (SEPARATE_INTENTS.has(c.intent)) return true;
  // "Hur sätter jag på den?" while a step is pending is about the step, whatever triage says.
  if (askKey?.startsWith('step.') || P.howTo.test(r.t) || c.confidence < TECHNICAL_NEW_TOPIC_CONFIDENCE)
    return false;
  return ctx.intent !== undefined || TECHNICAL_REQUESTS.has(c.intent);
}

function hasConcreteAnswer(askKey: AskKey, r: Reply, parsed: ParsedAnswer | null): boolean {
  if (askKey === 'config.wifi_name') return parseWifiName(r.raw, { asked: true }) !== null;
  if (!parsed) return false;
  switch (parsed.kind) {
    case 'customer_number':
    case 'pin':
    case 'lights':
    case 'scope':
    case 'connection':
    case 'csat':
      return true;
    case 'availability':
      return parsed.slots.length > 0;
    case 'port_forward':
      // "hittade den i appen, 192.168.1.23": the address alone completes a port given before.
      return parsed.port !== null || parsed.ip !== null;
    case 'location':
      return parsed.far !== null;
    default:
      return false;
  }
}

/** The reply opens with a yes or a no (the answer comes first; what follows may be a question). */
function leadingYesNo(t: string): 'yes' | 'no' | null {
  if (P.leadingNo.test(t)) return 'no';
  if (P.leadingYes.test(t)) return 'yes';
  return null;
}

function classifyYesNo(askKey: AskKey, r: Reply, ctx: ReplyContext, parsed: ParsedAnswer | null): ReplyAct {
  // "den startar ju om sig själv redan?? men ok", "will my tv disconnect? ok fine, yes do it": the last
  // sentence settles it, and a question before it is answered too.
  // "klistermärket är borta. ok sätt ett nytt då. kan jag välja det själv?": a go-ahead sentence anywhere.
  // "nu står det moderate nat. är det bra nog? open vore nice": whether the NAT type is good enough is asked,
  // never "it works" (a yes said first is still read as one beside it: confirm-beside.ts).
  if (askKey === 'resolution.confirm' && r.topic === 'nat_type') return question(r);
  // "ok thanks, then I think we skip it. Bye", "okej, strunta i det": whatever ok or question stands beside
  // it, letting the offer go is a no — never consent.
  if (askKey.startsWith('consent.') && letsGo(r.t)) return REFUSAL;
  // "nej inte wifit. men admin-lösenordet får du byta": this change declined, another one announced asked for.
  if (askKey.startsWith('consent.') && wantsOtherChange(r.raw)) return REFUSAL;
  // "ja men vänta… nej förresten kör": a mind changed within the message — what follows the last correction counts.
  const changedTo = askKey.startsWith('consent.') ? correctedAnswer(askKey, r.raw) : null;
  if (
    closingAnswer(askKey, r.raw) ||
    (askKey.startsWith('consent.') && innerGoAhead(r.t)) ||
    changedTo?.kind === 'yes'
  )
    return r.topic && r.topic !== 'other' ? { act: 'answer', topic: r.topic } : ANSWER;
  const consent = askKey.startsWith('consent.');
  const lead = leadingYesNo(r.t);
  // "ok but will my brothers gaming stuff stop working?", "ok but how long does it take?": a yes that runs
  // on into a question that may change the answer (or one we cannot place) is no consent until the question
  // is answered; only a yes finished before it ("yes. how long?") or a go-ahead ("…? ok go ahead") is.
  // "ok yes but could someone have turned it off?" asks about the fault, not the change: the yes stands.
  const mayChange = !r.topic || r.topic === 'other' || P.reservedYesTopics.has(r.topic);
  // "ja kanske, men hur får jag veta det nya lösenordet?", "yes, maybe. does it affect the wifi?": a hedged
  // yes waits for the answer whatever is asked.
  const waits = yesHedged(r.t) || (mayChange && yesWaitsForAnswer(r.t));
  if (consent && r.isQuestion && lead === 'yes' && waits && !P.goAhead.test(r.t)) return question(r);
  if (r.topic && r.topic !== 'other') {
    // Consent that depends on the answer ("ja men förlorar jag inställningarna?") is not consent yet.
    // A go-ahead finished before the question stands whatever the question is ("ja kör. försvinner inställningarna?").
    const goAhead = consent && P.goAhead.test(r.t);
    // "ja men vänta, kommer min tv tappa också?": the yes waits for the answer.
    if (consent && lead === 'yes' && !goAhead && P.wait.test(r.t)) return question(r);
    // "hmm nej … hur gör jag på routerns inställningssida då?": a no, and how to do it oneself is answered.
    if (consent && lead === 'no' && r.topic === 'router_login') return { act: 'refusal', topic: r.topic };
    if (
      lead === 'yes' &&
      (goAhead || !(consent && P.conditionalTopics.has(r.topic))) &&
      (consent || P.strongLead.test(r.t))
    ) {
      return { act: 'answer', topic: r.topic };
    }
    return question(r);
  }
  if (consent) {
    // "nej vänta. kan du kolla vad som är uppkopplat först, innan du ändrar nåt": a pause with a condition —
    // the first thing is asked for, and the permission is asked again after it.
    if (P.firstThen.test(r.t) && !P.refuse.test(withoutWorries(r.t))) return question(r);
    if (isCorrection(r.t) && !P.leadingNo.test(r.t)) return CORRECTION;
    // "I literally just said I restarted it twice": an objection, not consent and not a no.
    // ("NO. i said twice nobody hacked me. stop" is a no, whatever it objects to.)
    // ("i said yes", "jag sa ju ja": the objection is the yes itself.)
    if (P.objection.test(r.t) && !P.leadingYes.test(r.t) && lead !== 'no')
      return SAYS_YES_AGAIN.test(r.t) || P.yesAfterBut.test(r.t) ? ANSWER : HEDGE;
    // "cant you just tell me the current one? i dont want to …": the question comes first.
    if (/^[^.!?]*\?/.test(r.t) && !lead) return looksLikeNewRequest(r, ctx, askKey) ? NEW_TOPIC : question(r);
    // "hmm ok. will it be the same name and password? dont want to reconnect the tv", "you didnt answer if you
    // can see it. can i pick it myself?": a question asked with no no in so many words is answered and the
    // permission asked again; a worry about what the change costs, or a "didn't" about the desk, is no no.
    const refuses = P.refuse.test(withoutWorries(r.t));
    if (/\?/.test(r.t) && lead === null && !refuses)
      return looksLikeNewRequest(r, ctx, askKey) ? NEW_TOPIC : question(r);
    if (lead === 'no' || refuses) return REFUSAL;
    // "i guess yes", "kanske, ja": a reluctant yes is a yes (the parser reads it as one).
    if (parsed?.kind === 'yes' && P.hedge.test(r.t) && !P.wait.test(r.t) && !r.isQuestion) return ANSWER;
    // "vänta lite", "ja men vänta 5 min": not a no, not consent yet either.
    if (P.wait.test(r.t) || P.hedge.test(r.t) || P.dontKnow.test(r.t)) return HEDGE;
    if (parsed?.kind === 'no') return REFUSAL;
    if (r.isQuestion && lead !== 'yes') return looksLikeNewRequest(r, ctx, askKey) ? NEW_TOPIC : question(r);
    if (parsed?.kind === 'yes') return ANSWER;
  } else {
    // device.restarted, resolution.confirm: "no" is an answer.
    if (P.strongLead.test(r.t)) return ANSWER;
    if (P.dontKnow.test(r.t) || (askKey === 'resolution.confirm' && P.notNow.test(r.t))) return HEDGE;
    // "vänta ska testa", "wait, let me try": the customer is checking now.
    if (P.wait.test(r.t)) return WAIT;
    // "lamps are blinking now, so its working?", "nat type 3": to "does it work now?" only a yes or a no is
    // an answer; anything else is asked about, never taken as a no.
    if (askKey === 'resolution.confirm' && parsed?.kind !== 'yes' && parsed?.kind !== 'no') {
      if (looksLikeNewRequest(r, ctx, askKey)) return NEW_TOPIC;
      return r.isQuestion ? question(r) : HEDGE;
    }
    if (lead && !r.isQuestion) return ANSWER;
    if (parsed?.kind === 'yes' || parsed?.kind === 'no') return ANSWER;
    if (P.hedge.test(r.t)) return HEDGE;
    if (P.yesAnywhere.test(r.t) || P.noAnywhere.test(r.t)) return ANSWER;
    if (askKey === 'resolution.confirm' && (P.worksNow.test(r.t) || P.stillBroken.test(r.t))) return ANSWER;
    if (askKey === 'device.restarted' && P.restartedWords.test(r.t)) return ANSWER;
  }
  if (r.isQuestion) return looksLikeNewRequest(r, ctx, askKey) ? NEW_TOPIC : question(r);
  if (looksLikeNewRequest(r, ctx, askKey)) return NEW_TOPIC;
  return ANSWER;
}

function classifyStep(askKey: AskKey, r: Reply, ctx: ReplyContext, parsed: ParsedAnswer | null): ReplyAct {
  // "I already restarted it twice. Why would a third time help?", "har redan startat om den två gånger, varför
  // ska jag göra det igen?": the step was done before it was asked — that report is the answer, and the step is
  // never put again; what is asked beside it is answered too.
  if (parsed?.kind === 'done' && parsed.earlier)
    return r.topic && r.topic !== 'other' ? { act: 'answer', topic: r.topic } : ANSWER;
  // "ipaden är inne nu. måste jag göra om det på tv:n också?": done, and the question is answered too.
  if (r.topic === 'each_device' && parsed?.kind === 'done' && doneNow(askKey, r.t, P.notNow))
    return { act: 'answer', topic: r.topic };
  // "what splitter? the little white box? ok i pushed everything in, done": the question is answered and
  // the step, reported done in a sentence that asks nothing, counts.
  if (r.topic && r.topic !== 'other' && parsed?.kind === 'done' && doneBesideQuestion(askKey, r))
    return { act: 'answer', topic: r.topic };
  // "I can't, it's the grandchildren's tablets and they arrive on the 20th. So the line is fine then?": the step
  // cannot be done (said in a sentence that asks nothing), and the question beside it is answered too.
  // ("måste jag? har ingen kabel": whether the step must be done is answered by the step's own reading.)
  // ("the tv is on the wall, i cant move it. would a mesh thing help?": at the test close to the router, what else
  // helps the reach is asked — answered, and the test put again once, since any device next to the router does;
  // a second cannot is the refusal.)
  if (
    r.topic &&
    r.topic !== 'other' &&
    r.topic !== 'must_i' &&
    !(askKey === 'step.move_closer' && REACH_ALTERNATIVES.has(r.topic)) &&
    cannotBesideQuestion(askKey, r)
  )
    return { act: 'refusal', topic: r.topic };
  if (r.topic && r.topic !== 'other') return question(r);
  // "ok klart, nu är den inkopplad": half of the wired test (the cable), the speed test still to come.
  if (askKey === 'step.wired_test' && P.pluggedIn.test(r.t) && !P.speedTested.test(r.t)) return HEDGE;
  // "I told you the internet works, it's the TV box": the step rests on a wrong premise.
  if (P.objection.test(r.t) && parsed?.kind !== 'done') return CORRECTION;
  // "the router is plugged straight into the wall. is that wrong?", "ska jag koppla den till dosan istället?": a
  // question is never the step done — only a statement beside it that reports the step done (not one that tells
  // how things are set up) counts.
  if (
    r.isQuestion &&
    parsed?.kind === 'done' &&
    parsed.measuredMbps === undefined &&
    !doneOutsideQuestion(askKey, r)
  )
    return question(r);
  // "done, my phone is back on. printer i'll do later": what is put off does not undo what is done.
  if (parsed?.kind === 'done' && doneNow(askKey, r.t, P.notNow)) {
    // "vet inte vad ett filter är men allt sitter i. klart": done, and the remark is answered too.
    const remark = STEP_TOPICS.find(([, re]) => re.test(r.t))?.[0];
    return remark ? { act: 'answer', topic: remark } : ANSWER;
  }
  // "i'm at work, i can check tonight", "i cant really move it": not now or not quite, which is not a clear cannot.
  // "vänta ska testa", "wait, let me try": trying now (a wait to a later time is a not-now).
  if (P.wait.test(r.t) && !P.cannot.test(r.t) && !P.notNow.test(r.t) && !P.foundIt.test(r.t)) return WAIT;
  if (
    (P.wait.test(r.t) && !P.cannot.test(r.t)) ||
    P.foundIt.test(r.t) ||
    (P.notNow.test(r.t) && !P.cannot.test(r.t)) ||
    P.softCannot.test(r.t)
  )
    return HEDGE;
  if (parsed?.kind === 'cannot' || P.refuse.test(r.t) || P.cannot.test(r.t)) return REFUSAL;
  if (P.hedge.test(r.t) || P.dontKnow.test(r.t)) return HEDGE;
  if (r.isQuestion) return looksLikeNewRequest(r, ctx, askKey) ? NEW_TOPIC : question(r);
  if (looksLikeNewRequest(r, ctx, askKey)) return NEW_TOPIC;
  return ANSWER;
}

/** The sentences that ask nothing, without what they tell of the set-up, still read as the step done. */
function doneOutsideQuestion(askKey: AskKey, r: Reply): boolean {
  const said = withoutSetupDescribed(fold(statementsOf(r.raw)));
  return said !== '' && parseAnswer(askKey, said).kind === 'done';
}

/** The sentences that ask nothing say the step is done (and not only that it will be, later). */
/** The sentences that ask nothing say the step cannot be done ("I can't, the tablets are not here"). */
function cannotBesideQuestion(askKey: AskKey, r: Reply): boolean {
  // (A question is asked beside it: "I can't tell which one you mean" alone asks about the step. A thing only
  // said to be missing — "har ingen kabel till datorn tror jag. är det routern?" — is no cannot yet: the
  // question is answered and the step put again, since a cable often turns up.)
  const said = statementsOf(r.raw);
  return (
    r.raw.includes('?') &&
    said !== '' &&
    said.trim() !== r.raw.trim() &&
    parseAnswer(askKey, said).kind === 'cannot' &&
    P.cannot.test(fold(said).replace(new RegExp(P.lacks.source, 'g'), ' '))
  );
}

/** At the test close to the router, what else helps the reach (asked beside "I can't move it"). */
const REACH_ALTERNATIVES = new Set<string>(['extender', 'boost_signal', 'relocate_router', 'move_router']);

/** Questions of how the step itself is done: answered, and the step put again (reask.ts RESTATES_STEP). */
const HOW_THE_STEP_IS_DONE = new Set<string>(['move_router', 'which_cable']);

function doneBesideQuestion(askKey: AskKey, r: Reply): boolean {
  const said = statementsOf(r.raw);
  const t = fold(said);
  // "done, my phone is back on. printer i'll do later. is the hacker out now?": what is put off undoes nothing.
  // "ps5 kom in 👍 mobilen också. är det bindestrecken med?", "laptop is on now. do the dashes count?": the step's
  // effect told as it happened is a report too, as is the step's own verb in the past — except beside a question
  // of how the step is done ("wait move the router?? my parents wont let me lol. i moved the laptop to the doorway
  // i guess"): that question is answered and the step put again (reask.ts RESTATES_STEP), whatever was moved.
  return (
    said !== '' &&
    (reportsStepDone(t) ||
      stepEffectTold(askKey, t) ||
      (stepDoneInThePast(askKey, t) && !HOW_THE_STEP_IS_DONE.has(r.topic ?? '')) ||
      rejoinedTold(askKey, said)) &&
    parseAnswer(askKey, said).kind === 'done' &&
    doneNow(askKey, t, P.notNow)
  );
}

function classifyAfterClose(askKey: AskKey | null, r: Reply, ctx: ReplyContext): ReplyAct {
  if (askKey === 'csat.score') {
    const score = strictScore(r.raw);
    if (score !== null) return { act: 'score', score };
  }
  // "vad kostar 1000 mbit?" is an upgrade request, not a question about what this case costs.
  // ("kostar det något att flytta?" asks what the move costs: a question, answered.)
  if (r.topic === 'cost' && triageIntent(r)?.intent === 'account_change' && !MOVE_COST.test(r.t))
    return NEW_TOPIC;
  if (r.topic && r.topic !== 'other') return question(r);
  if (askKey === 'csat.score' && (P.refuse.test(r.t) || P.bareNo.test(r.t))) return REFUSAL;
  if (
    isSmallTalk(r) ||
    (P.thankWord.test(r.t) &&
      !r.isQuestion &&
      !P.stillBroken.test(r.t) &&
      !looksLikeNewRequest(r, ctx, askKey) &&
      unknownWords(r) <= 3)
  )
    return THANKS;
  if (isGratitude(r)) return THANKS;
  // "nej nej, jag har det sparat. jag ville bara veta. hej da": a goodbye that asks for nothing ends the chat.
  if (P.farewell.test(r.t) && !r.isQuestion && !P.stillBroken.test(r.t) && !P.wantsSomething.test(r.t))
    return THANKS;
  // After a close, a request is a new topic; a question that asks for nothing ("why did yours work?") is a question.
  if (looksLikeNewRequest(r, ctx, askKey)) return NEW_TOPIC;
  if (r.isQuestion && !P.wantsSomething.test(r.t)) return question(r);
  return contentWords(r) >= 2 ? NEW_TOPIC : THANKS;
}

/** Thanks for what was done ("thanks for the help with the wifi password"): naming the topic asks for nothing new. */
function isGratitude(r: Reply): boolean {
  return (
    P.thanksFirst.test(r.t) &&
    !r.isQuestion &&
    !P.butAfterThanks.test(r.t) &&
    !P.stillBroken.test(r.t) &&
    !P.wantsSomething.test(r.t) &&
    !P.newRequest.test(r.t) &&
    !P.also.test(r.t)
  );
}

/** A pause or a hedge in `t` (folded) beside a question clause that has none of it. */
function asksBesideHedge(t: string): boolean {
  const hedged = (x: string) => P.wait.test(x) || P.hedge.test(x) || P.dontKnow.test(x);
  // ("vet inte riktigt, jobbar skift. kan de ringa innan?": not knowing the value is its hedge.)
  if (!t.includes('?') || !hedged(t) || P.dontKnow.test(t)) return false;
  const asked = t.match(/[^.?!]*\?/g) ?? [];
  return asked.some((c) => c.trim().split(/\s+/).length >= 3 && !hedged(c));
}

/** Classifies a customer message relative to the desk's last question (`askKey`, null when nothing was asked). */
export function classifyReply(
  askKey: AskKey | null,
  text: string,
  _lang?: Language,
  ctx: ReplyContext = {},
): ReplyAct {
  const r = read(text, askKey);
  if (!r.t) return askKey === null || askKey === 'csat.score' ? THANKS : ANSWER;
  // "hur byter jag lösenordet sen?" in a sign-in case: the account pages' password, never the Wi-Fi key.
  if (
    r.isQuestion &&
    (!r.topic || r.topic === 'other') &&
    !(askKey?.startsWith('consent.') && leadingYesNo(r.t) !== null) &&
    accountPasswordMeant(r.t, ctx.intent)
  )
    r.topic = 'account_password';
  const key = askKey;

  // "nej vänta, ingen tekniker", "test my line again before you book anyone": the booking is taken back.
  if (key === 'contact.availability' && (P.technicianUnwanted.test(r.t) || P.recheck.test(r.t)))
    return CORRECTION;
  const parsed = key ? parseAnswer(key, r.raw) : null;
  const concrete = key !== null && hasConcreteAnswer(key, r, parsed);
  // "ring mig efter 17" answers an availability question; it is not a request for a person.
  if (wantsHuman(r.t) && !(key === 'contact.availability' && concrete)) return PERSON;
  if (key === null || key === 'csat.score') return classifyAfterClose(key, r, ctx);

  // The answer to "did you mean A or B?" names a request: it is the answer, not a new topic.
  if (key === 'clarify.intent') return r.topic && r.topic !== 'other' ? question(r) : ANSWER;
  // "No I mean how do I find the IP address of the laptop": a question at the permission, never a no or a new request.
  if (key.startsWith('consent.') && asksFindIp(key, r.t)) return { act: 'question', topic: 'find_device_ip' };
  if (key.startsWith('consent.') || key === 'device.restarted' || key === 'resolution.confirm') {
    return classifyYesNo(key, r, ctx, parsed);
  }
  if (key.startsWith('step.')) return classifyStep(key, r, ctx, parsed);

  // Keys answered with a value (identity, lights, scope, connection, location, port, name, availability).
  // "wait theres a thin cable behind my desk, kinda squished. could that be it?": a question of its own beside
  // a pause or a hedge is asked, never the value put off.
  if (!concrete && (!r.topic || r.topic === 'other') && asksBesideHedge(r.t))
    return looksLikeNewRequest(r, ctx, askKey) ? NEW_TOPIC : question(r);
  if (isCorrection(r.t) || P.correction.test(r.t)) {
    if (correctedAnswer(key, r.raw)) return ANSWER;
    // "vänta, jag kollar" is a pause; "nej vänta" takes something back.
    if (P.wait.test(r.t) && !P.leadingNo.test(r.t) && !isCorrection(r.t)) return HEDGE;
    if (!concrete || P.leadingNo.test(r.t)) return CORRECTION;
  }
  if (concrete) return ANSWER;
  if (key.startsWith('lights.') && P.noLights.test(r.t) && parseLights(r.raw).length === 0) return ANSWER;
  if (r.topic && r.topic !== 'other') return question(r);
  if (P.hedge.test(r.t) || P.dontKnow.test(r.t)) return HEDGE;
  if (P.refuse.test(r.t) || P.bareNo.test(r.t) || P.cannot.test(r.t) || P.notCustomer.test(r.t))
    return REFUSAL;
  if (
    P.leadingNo.test(r.t) &&
    (key.startsWith('identity.') || key.startsWith('config.') || key === 'contact.availability')
  )
    return REFUSAL;
  if (key.startsWith('config.') && P.keepAsIs.test(r.t)) return REFUSAL;
  if (r.isQuestion) return looksLikeNewRequest(r, ctx, askKey) ? NEW_TOPIC : question(r);
  // "Sara Svensson, Storgatan 4" to "your customer number?" identifies, it does not ask for an address change.
  const informs =
    key.startsWith('identity.') &&
    !P.wantsSomething.test(r.t) &&
    !P.newRequest.test(r.t) &&
    !P.also.test(r.t);
  if (!informs && looksLikeNewRequest(r, ctx, askKey)) return NEW_TOPIC;
  // A name we cannot read ("whatever you like") must not become the network's name.
  return key === 'config.wifi_name' ? HEDGE : ANSWER;
}

/** "I'm not a customer", "jag är inte kund": someone without a subscription. */
export function saysNotCustomer(text: string): boolean {
  return P.notCustomer.test(read(text).t);
}
