// "ska jag flytta tillbaka sladden till TEL-hålet?", "can i move the router to the living room?": a cable,
// a box or the router moved in the home is no house move, whatever the model reads into "flytta"/"move";
// "please cancel that, nobody needs to come out" calls off a visit, not the subscription.
// Folded text (lower case, å/ä/ö → a/a/o).
import { fold } from './normalize.js';

const MOVE = String.raw`\b(flytt\w*|mov(e|es|ed|ing)|put(ting)?|satt(a|er)?|koppla\w*|plug\w*)\b`;
/** The thing moved: a cable, a plug, a box of ours — or "it" into a socket. */
const THING = String.raw`\b(tillbaka |back |om |bara |över |over )?(sladd\w*|kabel\w*|kabeln|routern?|modem(et)?|filtr\w*|filter|splitter\w*|dosan?|boxen|kontakt(en)?|plugg(en)?|(the|my|that|this) (cable|cord|wire|router|modem|box|filter|splitter|plug)|the wifi box)\b`;
const INTO_SOCKET = String.raw`\b(den|det|it|them|dom)\b.{0,12}\b(till|to|into|in|i)\b.{0,12}\b(tel|phone|dsl|adsl|modem|line)\b`;
const MOVED = new RegExp(`${MOVE}.{0,20}(${THING}|${INTO_SOCKET})`);
/** Words of a home, an address or a place to live: that is the house move after all. */
const HOUSE =
  /\b(hus(et)?|house|lagenhet\w*|apartment|flat|bostad\w*|adress\w*|address|abroad|utomlands|new (place|home)|nytt hem|flytta (in|ut|hemifran)|move (in|out|house|abroad)|moving (in|out|house|abroad|to (a|an|another|the|our|my) (new|different|other)))\b/;

/** The words move a thing (a cable, the router), and name no home or address to move to. */
export function movesAThing(text: string): boolean {
  const t = fold(text).replace(/\s+/g, ' ');
  return MOVED.test(t) && !HOUSE.test(t);
}

/** Calling something off: the word that a model reads as a subscription cancellation. */
const CALL_OFF = /\b(cancel\w*|call (it |that )?off|avboka\w*|avbestall\w*|stall in|stryk)\b/;
/** A visit, a technician, or someone coming over ("nobody needs to come out", "ingen behöver komma hit"). */
const VISIT =
  /\b(visit\w*|technician\w*|tech|engineer\w*|appointment\w*|field team|besok\w*|tekniker\w*|(nobody|no one|noone|anyone|someone|ingen|nagon|nan) (\w+ ){0,3}(come|coming|comes|komma|kommer|kommer ut)|come (out|over|round|by)|komma (hit|hem|ut))\b/;
/** The subscription itself: then it is a cancellation after all. */
const SUBSCRIPTION =
  /\b(abonnemang\w*|subscription\w*|plan|contract|avtal\w*|bredband\w*|broadband|sag\w* upp|terminat\w*)\b/;

/** "please cancel that, nobody needs to come out", "avboka teknikern": a visit called off, not the subscription. */
export function callsOffAVisit(text: string): boolean {
  const t = fold(text).replace(/[’`´]/g, "'").replace(/\s+/g, ' ');
  return CALL_OFF.test(t) && VISIT.test(t) && !SUBSCRIPTION.test(t);
}

/**
 * "please cancel that", "cancel the ticket", "kan ni avbryta det ärendet": the desk's own case called off — what
 * the desk opened, never the subscription while no subscription, contract or abonnemang is named (round 33, a#3).
 */
const CALL_OFF_CASE =
  /\b(cancel|close|withdraw|drop|scrap|avbryt\w*|stang\w*|avsluta\w*|dra tillbaka|ta bort|stryk\w*)\b (\w+ ){0,2}?(that|it|this|the (case|ticket|escalation|request|report)|(that|this|the other|my) (case|ticket|escalation|request|one)|t-?\d{4,}|det( dar)?|den( dar)?|arendet|det (dar )?arendet|eskaleringen)\b(?! (subscription|abonnemang|contract|avtal))/;

/**
 * "someone is in my network and you just close it", "ni stänger bara ärendet": what the desk did, told as a
 * complaint — a person doing it (you, they …, perhaps with just/only/bara), no modal or question word asking for it
 * ("can you close it", "kan ni avbryta det" stay requests).
 */
const TOLD_DEED =
  /(?<!\b(can|could|would|will|wont|won'?t|please|pls|kan|kunde|skulle|vill|far|ska|kunna|snalla)\s)\b(you|u|ya|they|ni|du|dom|de|han|hon)( (just|simply|only|then|again|still|bara|ju|da|nu|sen|sedan|igen|anda))? $/;

/** The call-off words, each place they stand in a text. */
const CALL_OFF_CASES = new RegExp(CALL_OFF_CASE.source, 'g');

/** The desk's own case called off ("please cancel that", "avbryt ärendet"), no subscription named. Folded or not. */
export function callsOffACase(text: string): boolean {
  const t = fold(text).replace(/[’`´]/g, "'").replace(/\s+/g, ' ');
  if (SUBSCRIPTION.test(t) || SWITCHES_OFF.test(t)) return false;
  // ("so you won't cancel it yet, right?": a calling-off denied is none; "and you just close it": the desk's deed told.)
  return [...t.matchAll(CALL_OFF_CASES)].some((m) => {
    const before = t.slice(0, m.index);
    return !DENIED.test(before.slice(-40)) && !TOLD_DEED.test(before);
  });
}

/** "hur stänger man av det där schemat", "can I shut it off at night": a thing switched off, no case called off. */
const SWITCHES_OFF = /\bstang\w* (\w+ ){0,2}?(av|ner)\b|\b(turn|switch|shut)\w* (\w+ ){0,2}?off\b/;

/** The words of a change to the subscription. */
const CHANGE =
  /\b(cancel(?!lation)\w*|terminat\w*|upgrad\w*|downgrad\w*|uppgrader\w*|nedgrader\w*|sag\w* upp|avsluta\w*)\b/g;
/** A denial a few words before the change ("I do NOT want to cancel", "jag ville aldrig uppgradera"). */
const DENIED = /\b(not|don'?t|dont|won'?t|wont|never|didn'?t|didnt|inte|aldrig|ej)( \w+){0,3} $/;
/** Another change wished for instead ("jag vill inte säga upp, bara betala mindre"). */
const INSTEAD =
  /\b(billigare|cheaper|(betala|pay) (mindre|less)|lower (speed|price|plan|bill)|slower|instead|istallet|i stallet|rather)\b/;

/** "I do not want to cancel anything", "jag ville aldrig uppgradera": every change named is denied. */
export function deniesAChange(text: string): boolean {
  const t = fold(text).replace(/[’`´]/g, "'").replace(/\s+/g, ' ');
  const changes = [...t.matchAll(CHANGE)];
  return (
    changes.length > 0 &&
    !INSTEAD.test(t) &&
    changes.every((m) => DENIED.test(t.slice(Math.max(0, (m.index ?? 0) - 40), m.index)))
  );
}

/** The words read as an account change ask for none: a thing moved, a visit called off, a change denied. */
export function noAccountChange(text: string): boolean {
  return movesAThing(text) || callsOffAVisit(text) || deniesAChange(text) || callsOffACase(text);
}
