// "jag har ingen dator med kabelingång... räcker det med min gamla laptop?", "can I use my laptop instead?",
// "does it have to be a desktop?": at a step, whether something else the customer has would do for it. Beside
// "I don't have …" that is no refusal of the step: the customer is offering what they have.
import { fold } from './normalize.js';

/** What is offered in place of what the step needs: "min gamla laptop", "my husband's pc", "en usb-adapter". */
const SV_THING = String.raw`(?:min|mitt|mina|en|ett|den|det har|den har|var|vart|\w+s)\s+(?:\w+\s+){0,2}?\w+|den|dom|de|\w{4,}`;
const EN_THING = String.raw`(?:my|a|an|the|our|his|her|another|any|your|\w+'s)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+`;
/** Never the service itself: "will the internet work again?", "funkar det med routern nu?". */
const NOT_A_STAND_IN =
  /\b(?:internet\w*|net(?:et)?|connection|uppkoppling\w*|anslutning\w*|router\w*|modem\w*|speed|hastighet\w*|line|linjen|bill|invoice|faktura\w*|plan|abonnemang\w*|subscription|price|pris\w*|account|konto\w*|discount|rabatt\w*|refund|money|pengar\w*)\b/;

/**
 * Swedish "räcker det med …", "funkar/går det (lika bra) med …", "duger min …": the same words report after an
 * adverb ("nu funkar det med laptopen"), so unmarked they ask only at the start of their clause.
 */
const SV_WORD_ORDER = new RegExp(
  String.raw`\b(?:racker|funkar|fungerar|gar|duger|holler)\s+(?:det|den|de|dom)\s+(?:(?:inte|lika bra|ocksa|aven|bra|da)\s+)*(?:med|att (?:anvanda|ta))\s+(?:${SV_THING})` +
    String.raw`|\b(?:duger|racker|funkar|fungerar|gar)\s+(?:min|mitt|en|ett)\s+(?:\w+\s+){0,2}?\w+\s*(?:\?|$|(?:ocksa|aven|da|istallet|i stallet)\b)` +
    String.raw`|\b(?:ar|blir)\s+(?:det|den)\s+(?:ok|okej|okey|bra|godkant)\s+(?:med|att (?:anvanda|ta))\s+(?:${SV_THING})`,
);
/** Swedish questions whatever their place: "kan jag använda min jobbdator?", "måste det vara en stationär?". */
const SV_ASKS = new RegExp(
  String.raw`\bkan\s+(?:jag|ja|jg|man|vi)\s+(?:inte\s+)?(?:anvanda|ta|lana|kora (?:med|pa)|testa (?:med|pa)|gora (?:det|testet) (?:med|pa))\s+(?:${SV_THING})` +
    String.raw`|\b(?:maste|behover|ska)\s+(?:det|den)\s+(?:verkligen\s+)?vara\s+(?:en|ett|just|stationar\w*|med kabel|kabel\w*)\b`,
);

/** English: "would my old laptop work?", "can I use my laptop instead?", "is a laptop ok?", "does it have to be a desktop?". */
const EN = new RegExp(
  String.raw`\b(?:would|will|could|can|does|do|might|wud|wld)\s+(?:${EN_THING})\s+(?:work|do|be (?:ok|okay|fine|enough|good enough)|suffice|count)\b` +
    String.raw`|\b(?:can|could|may|should)\s+(?:i|we)\s+(?:just\s+)?(?:use|borrow|do (?:it|the test|that) (?:with|on)|test (?:with|on)|run (?:it|the test) (?:with|on))\s+(?:${EN_THING}|it|that|this one|that one)` +
    String.raw`|\b(?:is|are|would|will)\s+(?:${EN_THING})\s+(?:ok|okay|fine|enough|good enough|alright|all right)\b[^.!]{0,20}\?` +
    String.raw`|\b(?:does|do|must|should)\s+(?:it|that|this|the computer|the device)\s+(?:really\s+)?(?:have to|need to|got to|has to)\s+be\s+(?:a|an|wired|plugged|connected|by cable|with a cable|a proper|an actual)\b` +
    String.raw`|\b(?:would|will|does|do|can)\s+(?:it|that|this|the test)\s+(?:work|be (?:ok|okay|fine))\s+(?:with|on|using|from)\s+(?:${EN_THING})`,
);

/** Wi-Fi or the phone's own data is the other test (close to the router), never a device offered for this one. */
const WIRELESS_INSTEAD =
  /\b(?:wi-?fi|wifi:?t|wlan|tradlos\w*|wireless|5 ?ghz|5g|2[.,]4|mobildata|mobile data|hotspot|4g)\b/;

function clausesOf(text: string): string[] {
  return fold(String(text ?? '').slice(0, 600))
    .replace(/[’`´]/g, "'")
    .split(/(?<=[?!.;\n])|(?:\.\.+|…)/)
    .map((c) => c.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Unmarked, a Swedish word-order question opens its clause (after a comma or a filler word). */
function opensClause(clause: string, at: number): boolean {
  const before = clause.slice(0, at).split(/[,:]/).at(-1) ?? '';
  return /^\s*(?:(?:men|och|sa|ok|okej|hmm|eller|typ|alltsa|jaha|aha)\s+)*$/.test(before);
}

/** Where in the clause the question whether something else would do starts, or -1. */
function questionAt(clause: string): number {
  if (WIRELESS_INSTEAD.test(clause)) return -1;
  const asks = SV_ASKS.exec(clause) ?? EN.exec(clause);
  if (asks) return NOT_A_STAND_IN.test(asks[0]) ? -1 : asks.index;
  const byOrder = SV_WORD_ORDER.exec(clause);
  if (!byOrder || NOT_A_STAND_IN.test(byOrder[0])) return -1;
  return clause.includes('?') || opensClause(clause, byOrder.index) ? byOrder.index : -1;
}

/** True when the message asks whether something else would do for the step in hand. */
export function asksIfOtherWillDo(text: string): boolean {
  return clausesOf(text).some((clause) => questionAt(clause) >= 0);
}

/**
 * The message without that question (folded): what it says beside it ("i dont have a pc with a cable port, does it
 * have to be a desktop?" → "i dont have a pc with a cable port").
 */
export function besideOtherWillDo(text: string): string {
  return clausesOf(text)
    .map((clause) => {
      const at = questionAt(clause);
      return at < 0 ? clause : clause.slice(0, at).replace(/[\s,:;-]+$/, '.');
    })
    .filter((clause) => clause && clause !== '.')
    .join(' ');
}
