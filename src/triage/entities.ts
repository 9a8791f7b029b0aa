import { parseLights, type LightObservation } from './lights.js';
import { fold } from './normalize.js';

export { parsePortForward, type PortForwardRequest } from './port-forward.js';
export { parseWifiName } from './wifi-name.js';

// Entities in a customer message: identifiers, contact details, network facts, error strings and
// router lights.

export interface Speed {
  mbps: number;
  text: string;
}

export type Entities = {
  customerNumbers: string[];
  emails: string[];
  /** Swedish numbers normalised to +46…; others as written without spaces. */
  phones: string[];
  ticketRefs: string[];
  ips: string[];
  ports: number[];
  speeds: Speed[];
  /** A plan written as down/up, e.g. "500/100". */
  plan: { downMbps: number; upMbps: number } | null;
  errors: string[];
  lights: LightObservation[];
};

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/**
 * A Swedish phone number as people write it: "070-123 45 67", "070 123 45 67", "0701234567",
 * "+46 (0)70 123 45 67", "(08) 123 456 78", "08 - 123 456 78". A full stop after it ends the sentence;
 * only a digit after a point or comma makes it a decimal.
 */
const PHONE =
  /(?<![\d.+])(?:(?:\+|00)46\s?(?:\(0\)\s?)?|\(0\d{1,3}\)\s?|0)\d(?:(?:\s?-\s?|\s)?\d){5,10}(?!\d|[.,]\d)/g;
/**
 * A Swedish postal code as people write it: "211 45", "postnummer 21145", "Vasagatan 14, 411 24 Göteborg",
 * "21145 Malmö". Five digits are never a PIN (the PIN has four), however they are spaced.
 */
const POSTAL_CODE =
  /\b(?:postnummer|postnumret|postnr|post code|postcode|postal code|zip(?: code)?)\.?:?\s*\d{3}\s?\d{2}(?!\d)|(?<![\d.,:/+-]|\d[\s-])\b\d{3} \d{2}\b(?![\s-]?\d|[.,]\d)/giu;
/** Five digits before a place name ("21145 Malmö"), case kept: a capital starts the town. */
const POSTAL_BEFORE_TOWN =
  /(?<![\d.,:/+-])\b\d{5}(?=\s+\p{Lu}\p{Ll}{2,})(?!\s+(?:Thanks|Thank|Tack|And|Och|Pin|Kod|Hej|Hi|Hello)\b)/gu;

/**
 * The text with the numbers that are no PIN blanked out — phone numbers ("070-555 12 34") and postal codes
 * ("411 24") — so that neither is read, counted or masked as a PIN attempt.
 */
export function withoutNonPinNumbers(text: string): string {
  return String(text ?? '')
    .replace(PHONE, (m) => (normalisePhone(m) ? ' '.repeat(m.length) : m))
    .replace(POSTAL_CODE, (m) => ' '.repeat(m.length))
    .replace(POSTAL_BEFORE_TOWN, (m) => ' '.repeat(m.length))
    .replace(GROUPED_DIGITS, (m) => (phoneShaped(m) ? ' '.repeat(m.length) : m));
}

/**
 * Digits written in small groups ("5551 2345", "555 12 34", "1234-5678", "12 34 56 78"): seven digits or more
 * are a phone number (or some other long number), never a PIN and a number beside it. The customer number and
 * the PIN side by side ("200 290 5747", "4711 200 290": six digits and four) keep their reading.
 */
const GROUPED_DIGITS = /(?<![\d.,:/+-])\d{1,4}(?:[ -]\d{1,4})+(?![\d]|[.,:/-]\d)/g;
function phoneShaped(run: string): boolean {
  const groups = run.split(/[ -]/).map((g) => g.length);
  const digits = groups.reduce((a, b) => a + b, 0);
  if (digits < 7) return false;
  const numberThenPin = digits === 10 && groups.at(-1) === 4 && !run.startsWith('0');
  const pinThenNumber = digits === 10 && groups[0] === 4 && !/^\d{4}[ -]0/.test(run);
  return !numberThenPin && !pinThenNumber;
}
const TICKET = /\bT-?(\d{6})\b/gi;
const IPV4 = /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.])/g;
const SPEED =
  /(?<![\d.,])(\d+(?:[.,]\d+)?)\s?(gbit\/s|gbit|gbps|gig\b|gigabit|mbit\/s|mbit|mbps|mb\/s|megabit|meg\b|kbit\/s|kbit|kbps)/gi;
const PLAN = /(?<![\d./-])(\d{2,5})\s?\/\s?(\d{2,5})(?![\d./-])/g;
const ERROR_CODE = /\b(?:ERR|DNS|NET|ERROR|SSL|NXDOMAIN|CONNECTION|PPP|AUTH)[A-Z0-9]*(?:_[A-Z0-9]+)+\b/gi;
const ERROR_NUMBER = /\b(?:error|felkod|fel|code|kod)\s?(?:code\s)?#?:?\s?(\d{3,4})\b/gi;
const CUSTOMER_CONTEXT =
  /(?:kund\s?(?:nummer|numret|nr|id)|kundnr|customer\s?(?:number|no|id|#)|account\s?(?:number|no|#)|konto\s?(?:nummer|nr)|abonnemangsnummer|avtalsnummer|it'?s|det ?är|det ?ar|nummer(?:et)? ?är|number is|är|is|nr|no)\.?:?\s*#?\s*(\d{5,8}|\d{3}[ .-]\d{3}(?![ .-]?\d))(?![\d]|[.,:/]\d)/gi;
/** A 5–8 digit number standing alone: not part of a phone number, decimal, date, time, IP, price, speed or a port ("port 25565", "25565/tcp"). */
const STANDALONE_NUMBER =
  /(?<![\d.,:/+-])(?<!\b(?:port|ports|porten|portar|portarna|tcp|udp)[\s:#-]*)(\d{5,8})(?![\d]|[.,:/-]\d|\s?\/?\s?(?:tcp|udp)\b|\s?(?:kr(?![\wåäöÅÄÖ])|sek(?![\wåäöÅÄÖ])|kronor|mbit|mbps|mb\/s|kbit|kbps|gbit|gbps|:-|%|st(?![\wåäöÅÄÖ])|gb(?![\wåäöÅÄÖ])|mb(?![\wåäöÅÄÖ])))/gi;
/** A six-digit number written in groups of three with nothing naming it ("200,192 pin 5590", "200 192"). */
const GROUPED_STANDALONE_NUMBER =
  /(?<![\d.,:/+-]|\d[ ,.])([1-9]\d{2})[,. ](\d{3})(?![\d]|[ .,:/-]\d|\s?(?:kr(?![\wåäöÅÄÖ])|sek(?![\wåäöÅÄÖ])|kronor|mbit|mbps|mb\/s|kbit|kbps|gbit|gbps|:-|%|st(?![\wåäöÅÄÖ])|gb(?![\wåäöÅÄÖ])|mb(?![\wåäöÅÄÖ])))/gi;
/** "pin 4711", "PIN-koden är 5557", "pinkod: 1234", "my code is 123456", "pin 19-66", "pin 1 9 6 6". */
const PIN_CUE =
  /\b(?:p\.?i\.?n\.?(?:[- ]?(?:kod|koden|code|nummer|number))?|pinkod(?:en)?|personlig kod|säkerhetskod(?:en)?|sakerhetskod(?:en)?|(?:min|my) (?:kod|code))(?![a-zåäö])\s*(?:är|ar|is|was|var|=|:|-)?\s*(?:nog|typ|probably|maybe|kanske)?\s*(\d{4,6}|\d{2}[ -]\d{2}|\d(?: \d){3})(?![\d]|[.,:/]\d|[ -]\d)/i;
/**
 * The digits first, the PIN word after ("9539 is my pin btw", "5066 är min pinkod") on the same line: "200 262
 * ⏎ PIN?? I never got one" is a customer number, then a question about the PIN.
 */
const PIN_AFTER =
  /(?<![\d.,:/+-])(\d{4,6})[^\S\n]*(?:is|är|ar|=|:|-)?[^\S\n]*(?:my|min|mitt|the)?[^\S\n]*(?:p\.?i\.?n\.?(?:[- ]?(?:kod|koden|code))?|pinkod(?:en)?)(?![a-zåäö])(?!\s*\?)/i;
/**
 * The PIN word, then a pause before the digits ("pinkoden... vänta... 2368", "PIN-koden har jag här
 * någonstans, vänta... 6891", "my pin, hang on, 4711"): the first four digits after a short gap
 * with no other digits that does not say the PIN is missing.
 */
const PIN_WORD =
  /\b(?:p\.?i\.?n\.?(?:[- ]?(?:kod|koden|code|nummer|number|numret))?|pinkod(?:en)?|personlig kod|säkerhetskod(?:en)?|sakerhetskod(?:en)?)(?![a-zåäö])/gi;
const PIN_AFTER_PAUSE =
  /^([^\d]{1,80}?)(?<![\d.,:/+-])(\d{4})(?![\d]|[.,:/-]\d|\s?(?:kr(?![\wåäöÅÄÖ])|sek(?![\wåäöÅÄÖ])|kronor|mbit|mbps|st\b|gånger|times))/i;
/** A gap that says the PIN is not at hand, or that puts the digits as a time or a year. */
const PIN_GAP_DENIES =
  /\b(?:inte|ej|icke|aldrig|not|no|never|dont|don't|didnt|didn't|cant|can't|cannot|glömt|glomt|forgot|forgotten|lost|tappat|borta|saknar|without|utan)\b|\b(?:från|fran|from|since|sedan|innan|before|after|efter|kl|klockan|år|year|ca|cirka|about|runt|around)\s*\W*$/i;

function pinAfterPause(text: string): string | null {
  for (const cue of text.matchAll(PIN_WORD)) {
    const rest = text.slice((cue.index ?? 0) + cue[0].length, (cue.index ?? 0) + cue[0].length + 90);
    const m = PIN_AFTER_PAUSE.exec(rest);
    if (!m) continue;
    if (PIN_GAP_DENIES.test(m[1]) || m[1].split(/\s+/).filter(Boolean).length > 9) continue;
    return m[2];
  }
  return null;
}
const DATE_LIKE = /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;
/**
 * "200164 och koden är 1438", "200164, code is 1438", "koden: 1438 – kundnummer 200164": a bare "code"
 * with four digits is the PIN when a customer number stands beside it (alone, "felkod 1234" or
 * "code 404" are error codes, never a PIN).
 */
const CODE_WORD_PIN =
  /(?<![\p{L}])(?<!(?:fel|error|felkod|error code|fel-)\s?)(?:(?:the|min|my|din|your)\s)?(?:kod(?:en)?|code)(?![\p{L}])\s*(?:är|ar|is|was|var|=|:|-)?\s*(\d{4})(?![\d]|[.,:/]\d)/iu;
const BESIDE_NUMBER = /(?<![\d.,:/+-])[1-9]\d{4,7}(?![\d]|[.,:/-]\d)/;
/** A six-digit customer number directly followed by four digits. */
const NUMBER_THEN_PIN =
  /(?<![\d.,:/+-])([1-9]\d{5})(?:\s{1,3}|\s{0,3}(?:[,;/&–-]|och|and)\s{0,3})(\d{4})(?![\d]|[.,:/-]\d|\s?(?:kr(?![\wåäöÅÄÖ])|sek(?![\wåäöÅÄÖ])|kronor|mbit|mbps))/i;
/** The same pair the other way round ("1606 200122"). */
const PIN_THEN_NUMBER =
  /(?<![\d.,:/+-])(\d{4})(?:\s{1,3}|\s{0,3}(?:[,;/&–-]|och|and)\s{0,3})([1-9]\d{5})(?![\d]|[.,:/-]\d)/i;
const PORT =
  /\bport(?:en|ar|s|arna)?\s*(?:nummer|number|nr)?\s*:?\s*(\d{1,5}(?:\s*(?:,|och|and|&|-)\s*\d{1,5})*)|(?<![\d.])(\d{2,5})\s*\/?\s*(?:tcp|udp)\b|(?:\d{1,3}\.){3}\d{1,3}:(\d{1,5})\b|\b(?:tcp|udp)(?:\s*(?:\/|och|and|&)\s*(?:tcp|udp))?\s*(?:port\s*)?(\d{2,5})(?![\d.])/gi;

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

export function normalisePhone(raw: string): string | null {
  const digits = raw.replace(/[^\d+]/g, '').replace(/\(0\)/, '');
  let national: string;
  if (digits.startsWith('+46')) national = digits.slice(3);
  else if (digits.startsWith('0046')) national = digits.slice(4);
  else if (digits.startsWith('0')) national = digits.slice(1);
  else return null;
  national = national.replace(/^0/, '');
  if (national.length < 7 || national.length > 10) return null;
  return '+46' + national;
}

function toMbps(value: number, unit: string): number {
  const u = unit.toLowerCase();
  if (u.startsWith('g')) return value * 1000;
  if (u.startsWith('k')) return value / 1000;
  return value;
}

/**
 * A customer number named as such: "kundnummer 803157", "Kundnr: 811377", "customer no. 200157",
 * "customer 200199", "Kundnummer: 200 199" (six digits in two groups of three).
 */
const NAMED_CUSTOMER_NUMBER =
  /(?<![\p{L}])(?:kund(?:[\s-]?(?:nummer|numret|nr|id))?|customer(?:\s?(?:number|no|nr|id|#))?|cust\.?\s?(?:number|no|nr|id|#)|account\s?(?:number|no|#))\.?:?\s*#?\s*(\d{5,8}|[1-9]\d{2}[ .]\d{3})(?![\d]|[.,:/]\d|[ .]\d)/giu;

/**
 * "Med vänliga hälsningar / Sara Nilsson / kundnummer 200157": the customer numbers named as such anywhere
 * in the message, the signature included (which the customer's own words leave out).
 */
export function namedCustomerNumbers(text: string): string[] {
  const raw = String(text ?? '').slice(0, 8000);
  return uniq(
    [...raw.matchAll(NAMED_CUSTOMER_NUMBER)]
      .map((m) => m[1].replace(/[ .]/g, ''))
      .filter((n) => !/^0/.test(n)),
  );
}

/** 5–8 digit customer numbers: after a cue ("kundnummer", "it's"), or standing alone; never a PIN given with its cue. */
export function customerNumbers(text: string, blocked: Set<string> = new Set()): string[] {
  const found: string[] = [];
  const pin = findVolunteeredPin(text);
  for (const m of text.matchAll(CUSTOMER_CONTEXT)) found.push(m[1].replace(/[ .-]/g, ''));
  for (const m of text.matchAll(STANDALONE_NUMBER)) {
    if (!found.includes(m[1])) found.push(m[1]);
  }
  for (const m of text.matchAll(GROUPED_STANDALONE_NUMBER)) {
    const n = m[1] + m[2];
    if (!found.includes(n)) found.push(n);
  }
  return uniq(found.filter((n) => !blocked.has(n) && !/^0/.test(n) && !DATE_LIKE.test(n) && n !== pin));
}

/** A PIN given with its cue, asked for or not ("mitt kundnummer är 200101 och pinkod 5747"). */
export function findVolunteeredPin(text: string): string | null {
  // A phone number is nobody's PIN ("det är 0701234567" is not PIN 0701 and number 234567, "200290 / 5551 2345"
  // is no PIN 5551); a customer number written in two halves ("200 290 5747") is read whole.
  const t = withoutNonPinNumbers(String(text ?? '').slice(0, 2000)).replace(
    /(?<![\d.,:/+-])([1-9]\d{2}) (\d{3})(?![\d]|[.,:/-]\d)/g,
    '$1$2',
  );
  // "pin 19-66", "pinkod 47 11": four digits written in pairs beside the PIN word are the PIN.
  const cued = PIN_CUE.exec(t)?.[1];
  if (cued) return cued.replace(/[ -]/g, '');
  const after = PIN_AFTER.exec(t)?.[1];
  if (after) return after;
  const paused = pinAfterPause(t);
  if (paused) return paused;
  const coded = CODE_WORD_PIN.exec(t);
  if (coded && BESIDE_NUMBER.test(t.replace(coded[0], ' '))) return coded[1];
  // "200101 5747", "200101, 5747": who they are and the PIN, the way people answer "who are you?".
  const pair = NUMBER_THEN_PIN.exec(t);
  if (pair && !DATE_LIKE.test(pair[1])) return pair[2];
  const reversed = PIN_THEN_NUMBER.exec(t);
  return reversed && !/^(?:19|20)\d\d$/.test(reversed[1]) ? reversed[1] : null;
}

export function extractEntities(raw: string): Entities {
  const text = raw.length > 8000 ? raw.slice(0, 8000) : raw;
  // Without an "@" there is no address, and the pattern need not scan (it is slow on long runs of letters).
  const hasAt = text.includes('@');
  const emails = hasAt ? uniq(text.match(EMAIL) ?? []).map((e) => e.toLowerCase()) : [];
  const withoutEmails = hasAt ? text.replace(EMAIL, ' ') : text;
  const ips = uniq(withoutEmails.match(IPV4) ?? []);
  const withoutIps = withoutEmails.replace(IPV4, ' ');
  const phones: string[] = [];
  const phoneDigits = new Set<string>();
  for (const m of withoutIps.matchAll(PHONE)) {
    const p = normalisePhone(m[0]);
    if (p) {
      phones.push(p);
      phoneDigits.add(m[0].replace(/\D/g, ''));
    }
  }
  const withoutPhones = withoutIps.replace(PHONE, (m) => (normalisePhone(m) ? ' ' : m));
  const ticketRefs = uniq([...withoutPhones.matchAll(TICKET)].map((m) => `T-${m[1]}`));
  const withoutTickets = withoutPhones.replace(TICKET, ' ');

  const speeds: Speed[] = [];
  for (const m of withoutTickets.matchAll(SPEED)) {
    speeds.push({ mbps: toMbps(Number(m[1].replace(',', '.')), m[2]), text: m[0] });
  }
  let plan: Entities['plan'] = null;
  for (const m of withoutTickets.matchAll(PLAN)) {
    const down = Number(m[1]);
    const up = Number(m[2]);
    if (down >= 10 && up >= 5 && down <= 10000 && up <= 10000 && !/^(19|20)\d\d$/.test(m[2])) {
      plan = { downMbps: down, upMbps: up };
      break;
    }
  }
  const ports: number[] = [];
  for (const m of withoutEmails.matchAll(PORT)) {
    const list = m[1] ?? m[2] ?? m[3] ?? m[4];
    for (const n of list.match(/\d{1,5}/g) ?? []) {
      const port = Number(n);
      if (port >= 1 && port <= 65535) ports.push(port);
    }
  }
  const errors = uniq([
    ...(withoutTickets.match(ERROR_CODE) ?? []).map((e) => e.toUpperCase()),
    ...[...withoutTickets.matchAll(ERROR_NUMBER)].map((m) => `error ${m[1]}`),
  ]);
  const blocked = new Set([...phoneDigits, ...ports.map(String)]);
  const numbersText = withoutTickets.replace(SPEED, ' ').replace(PLAN, ' ');
  return {
    customerNumbers: customerNumbers(numbersText, blocked),
    emails,
    phones: uniq(phones),
    ticketRefs,
    ips,
    ports: uniq(ports),
    speeds,
    plan,
    errors,
    lights: /lamp|ljus|light|led|lyser|blink|slackt|gron|rod|rott|orange|red|green|flash/.test(fold(text))
      ? parseLights(text)
      : [],
  };
}
