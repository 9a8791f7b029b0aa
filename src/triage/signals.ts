import { fold } from './normalize.js';

// Cues that matter in any message, whatever is being asked: a request for a person, a correction.

/** "call me back", "someone call me": a call from a person asked for. */
const CALL_ME = /\b(call|phone|ring) me( back| instead| up)?\b|\bsomeone (to )?(call|phone|ring) me/;
/** "ring mig", "någon kan ringa mig". */
const RING_MIG = /\bring (upp )?mig\b|\bnagon (kan |som kan )?ringa (upp )?mig/;

/** Who may be asked to look at the case: a person, never "you" (the desk). */
const LOOKER_EN =
  '(?:a|an|some|one of your|a real|an actual|a live) (?:person|human|human being|real person|staff member|colleague|people|agent)|someone|somebody|anyone|anybody|a person|someone (?:real|human)|one of (?:you|your (?:staff|colleagues|people))';
const LOOK_EN =
  '(?:look|have a look|take a look|check|look into|look over|go over|see to|deal with|handle) (?:at |on |into )?(?:this|it|that|my|the|me)';
const LOOKER_SV =
  '(?:en|nagon|nan|ni|er|era) (?:riktig |levande |verklig )?(?:manniska|person|kollega|handlaggare|personal)|nagon|nan|nagon (?:riktig|levande) (?:manniska|person)|en manniska|nagon av er|nan av er';
const LOOK_SV =
  '(?:titta|tittar|kolla|kollar|se|ser|kika|kikar|ta en titt|tar en titt|gora nagot at|ta hand om|tar hand om)(?: over)?(?: pa| at)?(?: det| detta| det har| mitt| min| ert| arendet|$)';

const HUMAN_PATTERNS: RegExp[] = [
  /\b(talk|speak|chat)(ing)? (to|with) (a |an |some |the |your |one of your )?(human|person|real|actual|live|someone|somebody|agent|representative|operator|technician|tech|supervisor|manager|customer service|staff|people|colleague|coworker)/,
  /\b(real|actual|live) (person|human|agent|people|technician)/,
  // "human agent please. I want to complain": a person named by their job, whatever follows.
  /\b(human|live) (agent|operator|representative|support|help)\b/,
  /\b(connect|transfer|put|pass|escalate|hand) (me|this|it)( over| through)? to (a |an |some |your |one of your )?(human|person|agent|someone|somebody|representative|operator|technician|supervisor|manager|colleague|coworker)/,
  /\b(don'?t|do not|no longer|won'?t) want (to )?(talk|speak|chat)? ?(to |with )?(a |the |this )?(bot|robot|machine|chatbot|computer|automated)/,
  /\b(i'?m|im) (done|finished|tired) with (this|the) (bot|robot|chatbot|machine)/,
  /\b(get|give) me (a |an )?(human|person|agent|real person|someone real)/,
  /\b(i )?(want|need|would like|'d like|wanna) (a |an |to (talk|speak|chat) (to|with) a )?(human|real person|live person|live agent|human being|person not a bot)\b/,
  CALL_ME,
  /^(human|agent|operator|representative|person|real person|a human)( please| now)?[.!]*$/,
  /\b(prata|tala|chatta|snacka) (med|till) (en |nagon |ert |er )?(manniska|person|riktig|levande|handlaggare|tekniker|kundtjanst|agent|chef|personal|supporten|nagon som jobbar|kollega\w*|din kollega|er kollega)/,
  /\b(riktig|levande|mansklig) (manniska|person|handlaggare|tekniker)/,
  /\b(koppla|overfor|skicka|slussa|lamna over) (mig|vidare|det) (vidare |till )?(till )?(en |nagon |din |er )?(manniska|person|handlaggare|agent|personal|kundtjanst|tekniker|kollega\w*)/,
  /\b(vill|orkar) inte (prata|chatta|skriva) med (en |nan |nagon )?(bot|robot|maskin|chattbot|dator)/,
  /\b(ge|fa) mig (en )?(manniska|person|handlaggare|riktig)/,
  /\b(vill|behover|onskar) (ha |fa |prata med )?(en )?(manniska|riktig person|levande person|handlaggare)\b/,
  RING_MIG,
  /^(manniska|handlaggare|personal|kundtjanst)( tack| nu)?[.!]*$/,
  // "Can a person look at this please", "I'd like someone to look at it", "could one of your staff check it":
  // a person named to look at the case (not "can you look at this", which asks the desk itself).
  new RegExp(
    `\\b(?:(?:can|could|would|may) (?:i (?:get|have) )?|(?:i'?d like|i would like|i want|i need|we'?d like|please (?:let|have)|let|have|get) )(?:${LOOKER_EN}) (?:to )?(?:please )?(?:${LOOK_EN})\\b`,
  ),
  new RegExp(
    `\\b(?:(?:kan|kunde|skulle|far|far jag|kan jag fa) |(?:vill|vill ha|onskar|behover) (?:att )?)(?:${LOOKER_SV}) (?:snalla |garna )?(?:${LOOK_SV})\\b`,
  ),
];

/** "Are you a real person or a bot?": a question about who answers, not yet a request for a person. */
export const ASKS_IF_BOT =
  /\b(are you|r u|is this|is that|am i (talking|chatting|speaking|writing) (to|with)) (a |an |just a |only a )?(real |actual |live )?(person|human|bot|robot|machine|ai|computer|chatbot|automated|automatic)\b|\b(ar du|ar det har|pratar jag med|chattar jag med|skriver jag med) (en )?(riktig |levande |verklig )?(manniska|person|bot|robot|maskin|ai|dator|chattbot|automat)\b/;

/** "Can we try something else first?", "finns det inget annat ni kan göra?". */
export const ANYTHING_ELSE =
  /\b((try|do|check) (something|anything) else|(nothing|anything) else (you|we) can (do|try)|is there (nothing|anything) else|(kan|ska) (ni|du|vi|jag) (inte )?(testa|prova|gora|kolla) (nagot|nat|nagonting) annat|finns det (inget|inte nagot|nagot|nat) annat|(behover|maste|ska|bor) (jag|vi|man) (\w+ )?(gora|fixa|andra) (nagot|nat|nagonting) (mer|annat|sjalv|mer sjalv))\b/;

const ASKS_FOR_ONE =
  /\b(want|need|give me|get me|vill|behover|ge mig|koppla|(can|could|may) i (talk|speak|chat|get)|kan jag (fa )?(prata|tala|chatta))\b/;

/**
 * "will they call me before they come?", "ringer teknikern innan?": whether the technician (they, he, she)
 * calls ahead is a question about the visit, not a request to be called by a person.
 */
const THEY_CALL =
  /\b(will|would|does|do|is|are|can|should|shall) (the |a |your )?(technician|tech|engineer|installer|fitter|he|she|they)\b.{0,25}\b(call|phone|ring|text)\w*|\b(the )?(technician|tech|engineer|they|he|she) (calls?|phones?|rings?|texts?) (me |us )?(first|before|ahead|beforehand)\b|\b(kommer|ska|ringer|brukar) (teknikern|montoren|han|hon|hen|de|dom)\b.{0,20}\b(ringa|ringer|sms\w*|hora av sig|innan|fore|forst)\b/;

/** Words that ask for a person when they stand alone ("PERSON. now.", "människa!!", "human pls"). */
const PERSON_WORDS = new Set([
  'human',
  'humans',
  'person',
  'agent',
  'operator',
  'representative',
  'rep',
  'somebody',
  'someone',
  'manniska',
  'manniskor',
  'handlaggare',
  'personal',
  'kundtjanst',
  'kundservice',
]);
/** What may stand beside them in such a message: urgency, politeness, an article, an oath. */
const BESIDE_PERSON = new Set(
  (
    'a an the real actual live me get give just now right asap immediately please pls plz ffs omg ok okay then ' +
    'i want need already still en ett nu direkt genast tack snalla riktig riktiga levande ge mig jag vill ha fa ' +
    'da for fan sa redan fortfarande'
  ).split(' '),
);

/**
 * "PERSON. now.", "MÄNNISKA!!", "human pls", "en riktig person. direkt": a message of a person word and
 * nothing but urgency or politeness around it, whatever the punctuation or case.
 */
function barePersonRequest(t: string): boolean {
  const words = t
    .replace(/[^a-z0-9' ]+/g, ' ')
    .split(' ')
    .filter(Boolean);
  return (
    words.length > 0 &&
    words.length <= 8 &&
    words.some((w) => PERSON_WORDS.has(w)) &&
    words.every((w) => PERSON_WORDS.has(w) || BESIDE_PERSON.has(w))
  );
}

/** A person word in the message ("a human", "en människa", "kundtjänst"), whatever else it says. */
export function namesPerson(text: string): boolean {
  return fold(String(text ?? '').slice(0, 2000))
    .replace(/[^a-z0-9' ]+/g, ' ')
    .split(' ')
    .some((w) => PERSON_WORDS.has(w));
}

/** The customer asks for a person instead of the automated agent. */
export function wantsHuman(text: string): boolean {
  const t = fold(String(text ?? '').slice(0, 2000))
    .replace(/\s+/g, ' ')
    .trim();
  if (ASKS_IF_BOT.test(t) && !ASKS_FOR_ONE.test(t)) return false;
  if (barePersonRequest(t)) return true;
  const aboutTheirCall = THEY_CALL.test(t);
  return HUMAN_PATTERNS.some((re) => !(aboutTheirCall && (re === CALL_ME || re === RING_MIG)) && re.test(t));
}

const CORRECTION_PATTERNS: RegExp[] = [
  /^(no|nope|nej|nä|nae|sorry|förlåt|forlat|oops|oj|ursakta)[,.!]?\s+(i meant|i mean|jag menade|jag menar|menade|it'?s|det ar|that'?s not|that was|det var|not|inte|fel|wrong)/,
  /\b(i meant|i mean,|jag menade|jag menar inte|correction|rattelse|didn'?t mean|menade inte|typo|skrev fel|wrote wrong|that'?s wrong|det ar fel(?! (i|pa|hos|med|nagonstans)\b)|fel nummer|wrong number|not what i (said|meant)|inte det jag (sa|menade))\b/,
];

/** "No, I meant …", "förlåt, jag menade …": the customer corrects something they said. */
export function isCorrection(text: string): boolean {
  const t = fold(String(text ?? '').slice(0, 500))
    .replace(/\s+/g, ' ')
    .trim();
  return CORRECTION_PATTERNS.some((re) => re.test(t));
}
