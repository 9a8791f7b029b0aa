// "I want a new router, even if I pay", "kan jag köpa en nyare router av er?", "vi vill hyra ett mesh-system":
// equipment bought, rented or ordered from us, or a newer model of it — something our sales team sells. It
// is never an invoice (a payment named beside it is the price of what is wanted) and never a fault: a
// router said to be broken is a fault whose repair replaces it. Folded text (å/ä/ö → a/a/o).

/** The thing wanted: a router, modem, mesh, extender, "a newer model", equipment. */
const GEAR = String.raw`(router\w*|modem\w*|mesh\w*|extend[eo]r\w*|forstarkare\w*|repeater\w*|accesspunkt\w*|access ?points?|utrustning\w*|equipment|hardware|modell\w*|models?|wi-?fi ?[67]\w*|box(en)?)`;
/** New, or newer than what the customer has. */
const NEWER = String.raw`(ny|nya|nytt|nyare|new|newer|battre|better|modernare|modern|snabbare|faster|storre|bigger|latest|senaste)`;
/** Newer or better only: "får jag en ny router skickad?" may be the repair's replacement, "a newer one" never. */
const UPGRADE = String.raw`(nyare|newer|battre|better|modernare|modern|snabbare|faster|storre|bigger|latest|senaste|wi-?fi ?[67])`;
/** Getting it from us: buying, renting, ordering. */
const ACQUIRE = String.raw`(buy\w*|purchas\w*|rent\w*|leas\w*|order\w*|kopa|koper|kopt|hyra|hyr|hyrt|bestall\w*|skaffa)`;
/** A wish or a request for it. */
const WISH = String.raw`(want|wanna|would like|'?d like|wish|vill|skulle vilja|onskar|kan (jag|vi|man) fa|far (jag|vi)|could (i|we) (get|have)|can (i|we) (get|have)|can (you|u) (send|give)|kan (ni|du) (skicka|ge))`;

/** "köpa en nyare router", "buy a mesh", "order a new one from you": acquiring equipment (or a new one). */
const ACQUIRES = new RegExp(String.raw`\b${ACQUIRE}\b[^.?!]{0,25}\b(${GEAR}|${NEWER} (one|en|ett))\b`);
/** "jag vill ha en nyare modell", "could I get a better router with wifi 6": a newer one wished for. */
const WISHES_NEWER = new RegExp(String.raw`\b${WISH}\b[^.?!]{0,25}\b${UPGRADE}\b[^.?!]{0,15}\b${GEAR}\b`);
/** "even if I pay", "även om jag betalar", "happy to pay", "jag betalar gärna": paying for it, offered. */
const PAYS_FOR_IT =
  /\b(even if|even though|aven om|om jag sa|also if|happy to|glad to|willing to|gladly|i'?ll|i will|i can|jag kan|vi kan)\b[^.?!]{0,15}\b(pay|betala|betalar)\b|\b(jag|vi) betalar (garna|sjalv\w*|for (den|det))\b|\bi'?ll pay\b/;

/** A question whether it is needed or included, not a wish ("do I need to buy one?", "ingår routern?"). */
const NEED_QUESTION =
  /\b(do|does|will|would|must|should|shall) (i|we|you) (\w+ )?(need|have) to\b|\b(should|shall|must|do) (i|we) (\w+ )?(buy|get|order|purchase|rent)\b|\b(maste|behover|ska) (jag|vi|man) (\w+ )?(kopa|skaffa|bestalla|hyra|ha)\b|\b(included|ingar|medfoljer|own|egen|eget|egna)\b/;
/** Borrowing one while the line is down is a loan, not a purchase. */
const LOAN = /\b(borrow\w*|lend\w*|loan\w*|lana|lanar|lanat|utlan\w*)\b/;
/** A fault named: a broken router is replaced by the repair, not sold. */
const FAULT =
  /\b(broken|faulty|dead|died|not working|doesn'?t work|does not work|stopped working|trasig\w*|sonder|gatt sonder|funkar inte|fungerar inte|dog|har dott|lagt av)\b/;
/** Other services (TV, mobile) and the subscription itself: their own handling. */
const OTHER_PRODUCT = /\b(tv|teve|tv-?\w+|mobil\w*|sim\w*|kanal\w*|channels?)\b/;

/**
 * A wish said not to be one: "jag vill inte köpa någon router", "I don't want to buy a new router", "no intention
 * of renting a mesh" — a negation is no request; the clause is read as if unsaid.
 */
const DENIED_WISH = new RegExp(
  String.raw`\b(inte|ej|aldrig|not|never|don'?t|dont|do not|doesn'?t|won'?t|wont|no (intention|plans?|need|wish)( of| to)?)\b( \w+){0,3}? ?\b(${ACQUIRE}|want|wanna|need|behover|ha|fa|get|have)\b[^.?!,]{0,30}\b(${GEAR}|${NEWER} (one|en|ett))\b[^.?!,]*`,
  'g',
);

/** Whether `folded` wishes to buy, rent or order equipment from us (or a newer model of it). */
export function purchaseWish(folded: string): boolean {
  const t = folded.replace(/[’`´]/g, "'").replace(/\s+/g, ' ').replace(DENIED_WISH, ' ');
  if (LOAN.test(t) || FAULT.test(t) || OTHER_PRODUCT.test(t)) return false;
  const named =
    new RegExp(String.raw`\b${GEAR}\b`).test(t) || new RegExp(String.raw`\b${NEWER} (one|en|ett)\b`).test(t);
  if (!named) return false;
  if (NEED_QUESTION.test(t) && !PAYS_FOR_IT.test(t)) return false;
  return ACQUIRES.test(t) || WISHES_NEWER.test(t) || PAYS_FOR_IT.test(t);
}

/** Wanting it in so many words: "I want", "jag vill ha", "would like", "önskar". */
const WANTS = /\b(want|wanna|would like|'?d like|vill|skulle vilja|onskar)\b/;

/**
 * A purchase decided, not only asked about: "kan ni skicka en nyare router? jag betalar gärna", "I want a
 * new router, even if I pay" (while "can I buy a newer router from you?" asks what sales offers). Folded.
 */
export function decidedPurchase(folded: string): boolean {
  const t = folded.replace(/[’`´]/g, "'").replace(/\s+/g, ' ').replace(DENIED_WISH, ' ');
  return purchaseWish(t) && (PAYS_FOR_IT.test(t) || WANTS.test(t));
}

/** "jag betalar gärna", "even if I pay", "happy to pay": paying offered for something wanted. Folded. */
export function paysForIt(folded: string): boolean {
  return PAYS_FOR_IT.test(folded);
}

/** Whether `folded` says a purchase is not wanted ("jag vill inte köpa någon router", "I don't want a new router"). */
export function deniesPurchase(folded: string): boolean {
  return new RegExp(DENIED_WISH.source).test(folded.replace(/[’`´]/g, "'").replace(/\s+/g, ' '));
}
