// "Done" to a physical step said in other words: what the customer found and did ("it was loose, it's
// in now", "den satt lös, nu e den i", "pushed everything in", "fixed it"). Read on folded text (lower
// case, å/ä/ö as a/a/o). A question is never a report of a step done, so only the sentences that do not
// ask count (see `doneOutsideQuestions`).
import { endsAtSmileys } from './confirm-words.js';

/** One way of saying the step is done, per language; the table is the rule. */
const DONE_IN_OTHER_WORDS: { lang: 'sv' | 'en'; re: RegExp }[] = [
  // It was loose or out (found and, by telling it, put right).
  {
    lang: 'sv',
    re: /\b(satt|var|va) (den |kabeln |sladden |kontakten |pluggen |dom |de )?(lite |helt |halvt )?(los|lost|loss|glapp|ute|urdragen|utdragen|utryckt)\b/,
  },
  { lang: 'sv', re: /\b(lossnat|glidit ur|gatt ur|ramlat ur|aakt ur)\b/ },
  // It is in now.
  {
    lang: 'sv',
    re: /\bnu (e|ar|sitter|satt) (den|kabeln|sladden|kontakten|pluggen|de|dom|allt|alla)( (?!inte|ej)\w+)? (i|inne|fast|dar|pa plats)\b/,
  },
  {
    lang: 'sv',
    re: /\b(e|ar|sitter) (den |de |dom |allt |kabeln |sladden )?(i|inne|fast|pa plats) (nu|igen|ordentligt)\b/,
  },
  // Put, pushed or plugged it in (back).
  {
    lang: 'sv',
    re: /\b(satte|tryckte|tryckt|stoppade|stoppat|stack|kopplade|petade|skot|skruvade|skruvat|drog)( (den|kabeln|sladden|kontakten|dom|de|allt|alla|pluggen))?( hart| ordentligt| tillbaka)? (i|in|dit|tillbaka|fast|pa plats|at)\b/,
  },
  // "har satt i den", "nu har jag satt i den", "har kopplat in sladden igen".
  {
    lang: 'sv',
    re: /\b(har|hade)( jag| vi| ja)? (satt|tryckt|stoppat|kopplat|skjutit|pluggat)( (den|kabeln|sladden|kontakten|pluggen|dom|de|allt|alla))? (i|in|tillbaka|fast|dit)\b/,
  },
  // "det blinkar lite", "nu lyser den", "routern blinkar": the router has power again (told at a step).
  {
    lang: 'sv',
    re: /\b(det|den|routern|modemet|boxen|lampan|lamporna)( nu)? (blinkar|lyser|tandes|har tants)\b(?! (inte|ej|aldrig|rott))|\bnu (blinkar|lyser) (det|den|routern|modemet|boxen|lampan|lamporna)\b(?! (inte|ej|aldrig|rott))|\b(nu|nu ar) (det|den|routern|grenuttaget) (pa|igang)\b/,
  },
  { lang: 'sv', re: /\b(fixade|loste|ordnade) (det|den|biffen)\b|\b(fixat|ordnat) (det|den|nu)\b/ },
  // English.
  {
    lang: 'en',
    re: /\b(was|were|had been) (hanging |sitting |dangling )?(a bit |a little |half |completely |totally )?(loose|out|unplugged|disconnected|not (all the way )?in|hanging out|half out)\b/,
  },
  { lang: 'en', re: /\bcame (loose|out|unplugged|undone)\b/ },
  {
    lang: 'en',
    // ("the phone is plugged into the white box", "which is plugged in directly": how it is set up, never a deed.)
    re: /(?<!\b(?:is|are|was|were|be|been|being|that'?s|it'?s|its|thats) (?:\w+ )?)\b(pushed|pressed|put|stuck|plugged|clicked|shoved|popped|jammed|slid|seated|fitted|screwed|twisted|tightened|fastened)( (it|them|that|everything|all|both|each|the \w+|all of them|it all))?( \w+)? (back )?(in|back|into|home|all the way|on)\b/,
  },
  { lang: 'en', re: /\b(reseated|reconnected|reinserted|replugged|re-?plugged|re-?seated|re-?connected)\b/ },
  // "I see LindHome on my phone now and it connected", "the laptop just joined": a device back on the Wi-Fi.
  {
    lang: 'en',
    re: /\b(it|she|he|they|(the|my|our) (phone|mobile|laptop|computer|pc|mac|tablet|ipad|tv|printer|console))( has| have| just| then| now)* (connected|joined|got on)\b(?! to the old| not\b| never\b)/,
  },
  // "mobilen anslöt till LindHome nu", "datorn har anslutit": en enhet tillbaka på wifi:t.
  {
    lang: 'sv',
    re: /\b(den|det|de|dom|mobilen|telefonen|datorn|laptopen|ipaden|plattan|skrivaren|tvn|teven)( har| nu| just| direkt)* (anslot|anslots|anslutit|kopplade upp sig|kom in|kommit in)\b(?! (pa|till) det gamla| (inte|ej|aldrig)\b)/,
  },
  {
    lang: 'en',
    re: /\b(it'?s|its|it is|they'?re|theyre|they are|everything'?s|everything is|all) (back )?(in|plugged in|in properly|in tight|seated|secure|firmly in|in place|connected)( now| again| properly)\b/,
  },
  {
    lang: 'en',
    re: /\bnow (it'?s|its|it is|they'?re|they are|everything'?s|everything is) (back )?(in|plugged in|connected|seated|in place)\b/,
  },
  { lang: 'en', re: /\b(fixed|sorted) (it|that|them|this)\b|\b(i|we|ive|i'?ve) (fixed|sorted)\b/ },
  { lang: 'en', re: /\b(light|lights|lamp) (came|is|are) (back )?on\b|\bcame (back )?on\b/ },
  // "now it blinks", "it's blinking", "its on now", "the router is on again".
  {
    lang: 'en',
    re: /\b(it|the router|the modem|the box|the lights?)( now)? (blinks|is blinking|'?s blinking|flashes|is flashing|lights up|is lit)\b|\b(it'?s|its|it is|the router is|the modem is) (back )?on (now|again)\b|\bnow (it'?s|its|it is) (back )?on\b/,
  },
  // "Nu har jag slagit på det och det börjar lysa lite", "jag har satt på strömmen": switched on, told in a sentence.
  {
    lang: 'sv',
    re: /\b(har|hade)( jag| vi| ja)? (slagit|satt|tryckt|knappat|kopplat) pa (den|det|routern|modemet|strommen|grenuttaget|knappen|strombrytaren|brytaren)\b|\b(det|den|routern|modemet|boxen|lampan|lamporna) (borjar|borjade) (lysa|blinka)\b/,
  },
  {
    lang: 'en',
    re: /\b(i'?ve|ive|i have|we'?ve|we have) (switched|turned|put|flipped) (it|the router|the modem|the power|the strip|the power strip|the socket|everything) (back )?on\b|\b(it|the router|the modem|the lights?) (is |are )?(starting|started|begins|began) to (light|blink|flash)\b/,
  },
  // "Nu tryckte jag på knappen på grenuttaget och då tändes den röda lampan och routern började blinka": the
  // power switched on, told by what the customer pressed and saw.
  {
    lang: 'sv',
    re: /\b(tryckte|tryckt|knappte|slog|satte) (pa|in) (knappen|strombrytaren|brytaren|den|routern|strommen|grenuttaget)\b|\b(tandes|tant) (den|lampan|lamporna|dioderna|\w+ lampan|\w+ lamporna)\b|\b(lampan|lamporna|dioderna|lysdioderna|strom ?lampan) (lyser|tandes|tands|borjade lysa)\b(?! (inte|ej|aldrig))|\b(routern|modemet|boxen) (borjade|borjar) (blinka|lysa)\b|\b(pressed|pushed|hit|flipped|flicked) (the )?(power |on )?(button|switch)\b|\b(switched|turned) (it|the router|the modem|the power|the strip|the power strip) (back )?on\b|\b(lights?|leds?) (are|is|came) (back )?(on|blinking|flashing)\b|\b(router|modem) (started|is) (blinking|flashing)\b/,
  },
];

/** "I haven't pushed it in yet", "har inte satt i den": not done, whatever verb follows. */
// ("You still haven't told me whether you supply filters", "ni har inte svarat": about the desk's answer, not the step.)
const NOT_DONE =
  /\b(didn'?t|didnt|did not|haven'?t|havent|have not|hasn'?t|not yet|won'?t|wont|har inte|hade inte|har (jag|vi) inte|inte an|ska (satta|trycka|koppla)|will (push|put|plug)|going to|gonna)\b(?!\s+(?:\w+\s+)?(?:told|said|answered|replied|mentioned|heard|got back|say|tell|answer|reply|mention|explain|svarat|sagt|berattat|fatt svar|forklarat)\b)/;

/** Whether the folded text says the step is done in other words (either language: customers mix them). */
export function saysStepDoneInOtherWords(t: string): boolean {
  return !NOT_DONE.test(t) && DONE_IN_OTHER_WORDS.some(({ re }) => re.test(t));
}

/** "klart", "done", "did it": the step reported done in so many words. */
const DONE_WORD =
  /\b(klart|klar|gjort|fixat|fardigt|fardig|done|did it|did that|finished|all set|complete|completed)\b/;

/** A report that the step is done (not a yes to something else, such as "i have a white box"). */
export function reportsStepDone(t: string): boolean {
  return !NOT_DONE.test(t) && (DONE_WORD.test(t) || saysStepDoneInOtherWords(t));
}

/**
 * "the router is plugged straight into the wall", "telefonen är inkopplad i dosan": how things are set up, told
 * beside a question about the step — a description, never the step done ("it's plugged in now" is a report).
 */
const SETUP_DESCRIBED =
  /\b(?:is|are|was|were|sits|sit|ar|e|sitter|satt)\s+(?:\w+\s+)?(?:plugged|connected|hooked up|inkopplad\w*|ansluten|anslutna|kopplad\w*)\b(?!\s+(?:now|again|back|in now|in again|properly|nu|igen|ordentligt)\b)[^.!?,;]*/g;

/** The statements of a message with its descriptions of the set-up left out (folded text). */
export function withoutSetupDescribed(folded: string): string {
  return folded.replace(SETUP_DESCRIBED, ' ').replace(/\s+/g, ' ').trim();
}

/** The sentences of a message that ask nothing ("what splitter? … ok i pushed everything in, done" → the last). */
export function statementsOf(raw: string): string {
  // ("ps5 kom in 👍 mobilen också. …?": a smiley or an emoji ends the sentence before it.)
  return (endsAtSmileys(raw).match(/[^.!?]+[.!?]*/g) ?? [])
    .filter((s) => !s.trim().endsWith('?'))
    .join(' ')
    .trim();
}

/** The step's own verb in the past ("restarted it", "jag drog ur den", "moved closer"): a report, not a plan. */
const DONE_PAST: Partial<Record<string, RegExp>> = {
  'step.power_cycle':
    /\b(restarted|rebooted|power ?cycled|unplugged|replugged|startade om|startat om|bootade om|bootat om|drog ur|dragit ur)\b/,
  'step.move_closer':
    /\b(moved|went|walked|sat (down )?(next to|by|close)|flyttade|flyttat|gick (narmare|till)|satte mig)\b/,
  'step.wired_test':
    /\b(ran|tested|did) (it|the test|a test|the speed ?test|a speed ?test|speedtest)\b|\b(testade|korde|kort) (den|det|testet|hastighetstest\w*)\b/,
  'step.rejoin_wifi':
    /\b(rejoined|reconnected|forgot (it|the network) and|anslot|anslutit|anslot igen|glomde (natverket|det|bort det))\b/,
};

/** A negation right after the verb ("mobilen anslöt inte", "startade om den aldrig"): the deed is denied. */
const DENIED_AFTER = /^\s+(?:(?:den|det|dom|de|om|igen|nu)\s+)?(?:inte|ej|aldrig)\b/;

/** Whether the folded text reports this step done with its own verb in the past tense. */
export function stepDoneInThePast(askKey: string, t: string): boolean {
  const re = DONE_PAST[askKey];
  if (!re) return false;
  const m = new RegExp(re.source, 'g');
  for (const hit of t.matchAll(m))
    if (!DENIED_AFTER.test(t.slice((hit.index ?? 0) + hit[0].length))) return true;
  return false;
}

/**
 * What the rejoin step brings about, told as it happened (folded): "it connected", "the laptop connected straight
 * away", "phone joined fine", "mobilen anslöt direkt", "tv:n kopplade upp sig" — the device is on the Wi-Fi, so the
 * step is done. A subject that is a negation ("never connected") or a negation after the verb ("anslöt inte") is no
 * such report.
 */
const REJOIN_EFFECT =
  /\b(?!(?:never|not|didn'?t|didnt|did|aldrig|inte|ej|wont|won'?t|cant|can'?t)\b)[\w']+ (?:(?:now|then|just|finally|also|too|nu|ocksa|direkt|till slut)\s+)?(?:connected|joined|got (?:on|in|connected)|anslot|anslots|kopplade upp sig|kopplades upp|kom in|kom pa|gick in|hittade (?:natet|det nya))\b(?!\s+(?:(?:den|det|sig)\s+)?(?:inte|ej|aldrig|not)\b)/;

/** Whether the folded statements tell the step's effect as it happened (only the rejoin step has such a report). */
export function stepEffectTold(askKey: string, t: string): boolean {
  return askKey === 'step.rejoin_wifi' && !NOT_DONE.test(t) && REJOIN_EFFECT.test(t);
}
