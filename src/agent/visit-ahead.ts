// "Ring gärna innan på 070-123 45 67", "hinner ni ringa innan de kommer?", "please text me 30 min before": a
// wish for a call or a text before a booked visit. It is honoured, not only answered: the wish (and the number)
// goes on the case and to the field service as a note for the technician, and the customer hears that it did
// and that the visit still stands. Asked only as a question ("will they call before?", "ringer de innan?"),
// it is the catalogue's answer (visit-questions.ts), with nothing noted.
import { extractEntities } from '../triage/entities.js';
import { fold } from '../triage/normalize.js';
import type { MessageKey } from './messages/index.js';
import { phoneForCustomer } from './phone-display.js';

export type AheadWay = 'call' | 'text';

export interface AheadWish {
  way: AheadWay;
  /** The number given with it (E.164), or null: the one on the account. */
  phone: string | null;
  /** The sentences that say the wish, as written. */
  said: string;
}

const CALL =
  /\b(ring|ringa|ringer|ringt|call|calls|calling|phone|phones|give (?:me|us) a (?:call|ring|buzz)|sla en signal|hora av sig)\b/;
const TEXT = /\b(sms|smsa|sms:a|smsar|messa|messar|text|texts|texting|sms:?et)\b/;
/** Before the visit, never before a time of day ("ring mig innan 17", "call before 5pm"). */
const AHEAD =
  /\b(?:innan|fore|forst|i forvag|before(?:hand)?|ahead|first(?! thing))\b(?!\s*(?:kl\w*\.?\s*)?\d)(?!\s*(?:lunch|noon|lunchtime|middag|jobbet|work))|\b(?:on (?:his|her|their|the|its) way|pa vag|pa vagen)\b|\b\d{1,2}\s*min\w*\s+(?:innan|fore|before)\b|\bhalvtimme innan\b/;
/** Words that ask for it: "gärna", "please", "can they …", "hinner ni …", or the bare imperative. */
const ASKS =
  /^(?:\W*(?:ok|okej|okay|och|and|also|men|but|ja|yes|tack|thanks|sa|so)\b[\s,.!]*)*(?:please |pls |snalla )?(?:ring|call|phone|text|sms|smsa|sms:a|messa|skicka)\b|\b(?:garna|please|pls|plz|snalla|i'?d (?:like|prefer|appreciate)|i (?:want|would like|prefer)|we (?:want|would like)|(?:jag|vi) vill|(?:jag|vi) skulle vilja|vill att|helst|would be (?:nice|great|good|helpful)|vore (?:bra|snallt|toppen|fint)|(?:can|could|would) (?:you|they|the (?:tech\w*|engineer)|he|she|someone|somebody)|(?:kan|kunde|hinner|skulle|orkar) (?:ni|de|dom|du|teknikern|han|hon|hen|nagon|nan|faltgruppen)|gar det att|ar det mojligt att|far (?:jag|vi)|kan (?:jag|vi) fa|could (?:i|we) get|can (?:i|we) (?:get|have)|may (?:i|we))\b/;
/** "don't call me before", "ni behöver inte ringa innan": no wish for a call (the negation beside the verb). */
const NOT =
  /\b(?:don'?t|dont|do not|no need to|never|needn'?t|not) (?:\w+ )?(?:call|ring|phone|text|sms)|\b(?:ring|ringa|smsa|messa) (?:mig |oss )?(?:inte|ej|aldrig)\b|\b(?:inte|ej|aldrig|slipper) (?:\w+ )?(?:ringa|ring|smsa|messa|sms)\b|\butan att (?:ringa|hora av sig)/;
/** "kan ni inte ringa innan?", "can't they call first?": a wish asked the other way round, no negation. */
const ASKED_NEGATIVELY = /\b(kan|kunde|hinner|skulle) (ni|de|dom|du|han|hon|hen|teknikern) inte\b/g;

/** The sentences of a message (a question mark, a full stop or a line ends one). */
function sentences(text: string): string[] {
  return String(text ?? '')
    .slice(0, 1500)
    .split(/(?<=[?!.])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function wishIn(sentence: string): AheadWay | null {
  const f = fold(sentence).replace(/[’`]/g, "'").replace(/\s+/g, ' ').replace(ASKED_NEGATIVELY, '$1 $2');
  if (!AHEAD.test(f) || !ASKS.test(f) || NOT.test(f)) return null;
  if (TEXT.test(f)) return 'text';
  return CALL.test(f) ? 'call' : null;
}

/** The wish for a call or a text before the visit in `text`; null when there is none (or only a question). */
export function aheadWish(text: string): AheadWish | null {
  const parts = sentences(text).filter((s) => wishIn(s));
  if (!parts.length) return null;
  const way = parts.some((s) => wishIn(s) === 'call') ? 'call' : 'text';
  return { way, phone: extractEntities(text).phones[0] ?? null, said: parts.join(' ') };
}

/** `text` without the sentences that say the wish (what else the message says or asks). */
export function withoutAheadWish(text: string): string {
  // ("Can the technician call me before coming? 070-123 45 67": the number is the wish's too.)
  return sentences(text)
    .filter((s) => !wishIn(s) && /\p{L}/u.test(s))
    .join(' ');
}

/** The note for the technician (English, with the customer's words). */
export function aheadNote(w: AheadWish): string {
  const how = w.way === 'call' ? 'call the customer' : 'send the customer a text message';
  return `${how} before coming${w.phone ? `, on ${w.phone}` : ''} — the customer's words: "${w.said.slice(0, 160)}"`;
}

/** What the customer is told: the wish and the number noted, and how the technician gets in touch. */
export function aheadReply(w: AheadWish): { key: MessageKey; phone: string } {
  return {
    key: `visit.ahead_noted.${w.way}${w.phone ? '.number' : ''}` as MessageKey,
    phone: w.phone ? phoneForCustomer(w.phone) : '',
  };
}
