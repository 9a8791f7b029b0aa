// "what plan do i actually have, 250 or 1000?", "wait, 1000? i thought we had 250", "vilket abonnemang har
// vi egentligen?": the customer asks what their own subscription is. The desk knows it (the service record)
// and, after a speed test, how far the line falls short of it: answered from that, never noted for a team.
// Matched against folded text (lowercase, å/ä/ö → a/a/o).
import type { Finding, Plan } from '../domain/index.js';
import type { MessageKey, Params } from './messages/index.js';

const PLAN_WORD = String.raw`(plan|subscription|package|speed|tier|abonnemang\w*|paket\w*|hastighet\w*)`;

/** The ways of asking, one a line. */
const ASKS_OWN_PLAN: RegExp[] = [
  // "what plan do i actually have", "which subscription are we on", "what speed am i paying for"
  new RegExp(
    String.raw`\b(what|which)( kind of)? ${PLAN_WORD}\b.{0,25}\b(do|did|am|are|have) (i|we)\b.{0,20}\b(have|got|on|pay\w*|signed up|ordered)\b`,
  ),
  /\bwhat (am i|are we|do i|do we) (actually |really )?(paying|pay) for\b/,
  // "i thought we had 250", "we pay for the 250 plan, not 1000?"
  /\b(i|we) thought (i|we|it) (had|have|were on|was|paid for|pay for|ordered)\b.{0,20}\d/,
  /\b(don'?t|do|didn'?t|did) (i|we) (not )?(have|pay for|order\w*)\b.{0,12}\b\d{2,4}\b/,
  // "btw is my plan actually 1000? feels slower than that", "do i really have 1000?", "am i even paying for
  // 500?", "är mitt abonnemang verkligen 1000?", "har jag verkligen 1000?", "betalar jag för 500?"
  new RegExp(
    String.raw`\b(is|are) (my|our) ${PLAN_WORD}( really| actually| even| supposed to be| meant to be| now)* (the )?\d{2,4}\b`,
  ),
  /\b(do|am|are) (i|we) (really |actually |even |supposed to )*(have|pay(ing)? for|get(ting)?|on) (the )?\d{2,4}( ?(mbit\w*|mbps|mb|meg))?\s*\?/,
  new RegExp(
    String.raw`\b(ar|e) (mitt|vart|var|min) ${PLAN_WORD}( verkligen| egentligen| faktiskt| ens| nu)* (pa )?\d{2,4}\b`,
  ),
  /\b(har|betalar|far) (jag|vi) (verkligen |egentligen |faktiskt |ens )*(for |pa )?\d{2,4}( ?(mbit\w*|mbps|mb))?\s*\?/,
  // "wait my plan is 1000?? i thought 250"
  /\b(my|our|the) (plan|subscription|package|speed) is \d{2,4}( ?(mbit\w*|mbps|mb|meg))?\s*\?/,
  /\b(i|we) thought( (it|i|we) (was|were|had))?( on)? (the )?\d{2,4}\b/,
  // "250 or 1000?", "250 eller 1000?"
  /\b\d{2,4}( ?(mbit\w*|mbps|mb|meg))? (or|eller) \d{2,4}( ?(mbit\w*|mbps|mb|meg))?\b[^.!]{0,20}\?/,
  // "vilket abonnemang har vi egentligen?", "vad betalar jag för hastighet?"
  new RegExp(
    String.raw`\b(vilket|vilken|vad for|vad)( slags)? ${PLAN_WORD}\b.{0,25}\b(har|betalar|bestallde|beställde) (jag|vi)\b`,
  ),
  /\bvad (betalar|har) (jag|vi) (egentligen |faktiskt )?for\b/,
  // "vad är det egentligen vi betalar för?", "what is it we actually pay for?"
  /\bvad (ar|e) det (egentligen |faktiskt )?(jag|vi) (betalar|har betalat) for\b|\bwhat is it (that )?(i|we) (actually |really )?(pay|are paying) for\b/,
  /\b(jag|vi) trodde (att )?(jag|vi|det) (hade|har|var|betalade|betalar|bestallde)\b.{0,20}\d/,
  /\bhar (jag|vi) inte\b.{0,12}\b\d{2,4}\b/,
  // "mitt abonnemang är 1000?? jag trodde 250"
  /\b(mitt|vart|var) (abonnemang|hastighet|paket) ar (pa )?\d{2,4}( ?(mbit\w*|mbps|mb))?\s*\?/,
  /\b(jag|vi) trodde( (att )?(det|jag|vi) (var|hade))?( pa)? \d{2,4}\b/,
  // "what speed is my subscription", "what's my speed?", "whats my plan", "vad är min hastighet?"
  new RegExp(
    String.raw`\b(what|which|whats|what's)( is| are)?( the)? ${PLAN_WORD}( is| are| does| do)? (my|our)( own| current)? ${PLAN_WORD}`,
  ),
  new RegExp(String.raw`\b(what|whats|what's)( is| are)? (my|our)( own| current)? ${PLAN_WORD}\b`),
  new RegExp(String.raw`\b(vad|vilken|vilket) (ar|e) (min|mitt|var|vart|mina)( nuvarande)? ${PLAN_WORD}`),
  // "I just want to know my speed", "jag vill bara veta vilket abonnemang jag har"
  new RegExp(
    String.raw`\b(know|tell me|see|check|find out) (what |which )?(my|our)( own| current)? ${PLAN_WORD}\b`,
  ),
  new RegExp(
    String.raw`\b(veta|se|kolla|hora) (vad|vilken|vilket|min|mitt|var|vart)( (slags|for))? ${PLAN_WORD}( (jag|vi) har)?`,
  ),
];

/**
 * The notice period or the binding time asked about ("vad har jag för uppsägningstid?", "what is my notice
 * period?", "I asked about the NOTICE PERIOD, not the speed"): the contract's terms, never the plan's speed.
 */
const ASKS_NOTICE =
  /\b(notice period\w*|period of notice|months?'? notice|uppsagningstid\w*|bindningstid\w*|binding (period|time)|lock-?in period|minimum term)\b/;

/** Whether `t` (folded) asks what the customer's own subscription is. */
export function asksOwnPlan(t: string): boolean {
  return !ASKS_NOTICE.test(t) && ASKS_OWN_PLAN.some((re) => re.test(t));
}

export interface PlanAnswer {
  key: MessageKey;
  params: Params;
}

/**
 * The plan's answer: the subscription's speeds, and beside them what the speed test reached when it fell
 * short (with the team that looks into it, when a team has the case). None without a plan (not verified).
 */
export function planAnswers(
  plan: Plan | null,
  findings: readonly Finding[],
  withTeam: boolean,
): PlanAnswer[] {
  if (!plan) return [];
  const out: PlanAnswer[] = [
    { key: 'after.my_plan', params: { down: String(plan.downMbps), up: String(plan.upMbps) } },
  ];
  const below = findings.find((f) => f.code === 'speed.below_plan' && f.severity !== 'ok');
  const measured = below?.evidence.values.measuredMbps;
  if (typeof measured === 'number')
    out.push({
      key: withTeam ? 'after.my_plan.below.handoff' : 'after.my_plan.below',
      params: { measured: String(measured), down: String(plan.downMbps) },
    });
  return out;
}
