// The person writing, when it is not the account holder: "I am writing for my husband Erik", "The account is
// in my partner Erik's name", "Megan here, the account is Erik's", "I'm his daughter", a lodger, a flatmate.
// They may verify with the holder's customer number and PIN, but they are not the holder: the desk addresses
// them by their own name (or by none), keeps the holder's name for the account, and records them as the
// contact on the case. "I'm Megan actually", "I am not Erik" after the desk used the holder's name is a
// correction that is honoured: said sorry for, and recorded. Patterns are data (folded text unless said).
import type { Ticket } from '../domain/index.js';
import { fold } from '../triage/normalize.js';
import type { ConversationState } from './conversation-state.js';
import type { AgentKernel } from './kernel.js';
import type { Turn } from './turn.js';

/** Who someone writing for the holder is to them (folded). */
const RELATION = String.raw`wife|husband|partner|spouse|sambo|girlfriend|boyfriend|fiancee?|daughter|son|mother|mum|mom|father|dad|sister|brother|grand(?:daughter|son|child)|niece|nephew|friend|neighbou?r|carer|caregiver|lodger|flatmate|flat-?mate|roommate|room-?mate|housemate|tenant|landlord|landlady|colleague|assistant|fru|man|make|maka|dotter|son|mamma|mor|pappa|far|syster|bror|barnbarn|vaninna|granne|inneboende|hyresgast|hyresvard|kollega|flickvan|pojkvan|svarfar|svarmor|svarson|svardotter`;
/** Those who share the home without being family (folded). */
const HOUSEMATE = String.raw`lodger|flatmate|flat-?mate|roommate|room-?mate|housemate|tenant|carer|caregiver`;
/** The relation words of `RELATION` in English, for the note on the case. */
const RELATION_EN: Record<string, string> = {
  fru: 'wife',
  man: 'husband',
  make: 'husband',
  maka: 'wife',
  sambo: 'partner',
  dotter: 'daughter',
  mamma: 'mother',
  mor: 'mother',
  pappa: 'father',
  far: 'father',
  syster: 'sister',
  bror: 'brother',
  barnbarn: 'grandchild',
  vaninna: 'friend',
  granne: 'neighbour',
  inneboende: 'lodger',
  hyresgast: 'tenant',
  hyresvard: 'landlord',
  kollega: 'colleague',
  flickvan: 'girlfriend',
  pojkvan: 'boyfriend',
};

/**
 * Words that say the writer writes for the account holder; group `rel` names the relation when there is one.
 * (Not "it's not my account" with no PIN: that refusal is pin-replies.ts NOT_HOLDER's.)
 */
const FOR_HOLDER: RegExp[] = [
  // "I am writing for my husband Erik", "writing on behalf of my dad", "asking for my flatmate".
  new RegExp(
    String.raw`\b(?:writing|write|writes|messaging|mailing|e-?mailing|contacting (?:you|u)|asking|chatting|reaching out|getting in touch)\b[^.?!]{0,20}\b(?:for|on behalf of|on [\w']+ behalf)\s+(?:my|our)\s+(?:\w+\s+)?(?<rel>${RELATION})\b`,
  ),
  /\bon (?:his|her|their|[\w]+'s) behalf\b|\bon behalf of (?:my|our|the account ?holder|him|her|them)\b/,
  // "The account is in my partner Erik's name", "it's in my husband's name", "the subscription is under his name".
  new RegExp(
    String.raw`\b(?:account|subscription|contract|internet|router|line|connection|broadband|it'?s|its|it is|everything|all)\b[^.?!]{0,25}\b(?:in|under)\s+(?:(?:my|our)\s+(?:(?<rel>${RELATION})\s+)?(?:\w+\s+)?\w+'s|his|her|their|\w+'s)\s+name\b`,
  ),
  // "it's under my partner Emma Lind", "the account is under my wife", "the contract is on my dad".
  new RegExp(
    String.raw`\b(?:account|subscription|contract|internet|router|line|connection|broadband|it'?s|its|it is|everything|all)\b[^.?!]{0,25}\b(?:under|on)\s+(?:my|our)\s+(?<rel>${RELATION})\b(?!'s)`,
  ),
  // "the account is Erik's", "the account is my landlord's", "it's my dad's account".
  new RegExp(
    String.raw`\b(?:account|subscription|contract|router|internet|line|broadband)\s+(?:is|belongs to)\s+(?:(?:my|our)\s+(?:(?<rel>${RELATION})(?:'s)?\b|\w+'s)|\w+'s)`,
  ),
  new RegExp(
    String.raw`\b(?:it'?s|its|it is|this is)\s+(?:my|our)\s+(?<rel>${RELATION})'s\s+(?:account|subscription|contract|internet|router|line|broadband)\b`,
  ),
  // "My partner Erik has the account", "my husband holds the contract", "it's his account".
  new RegExp(
    String.raw`\b(?:my|our)\s+(?<rel>${RELATION})\s+(?:\w+\s+)?(?:has|holds|owns|pays for|is the (?:account ?holder|holder|owner)|is on)\b[^.?!]{0,15}\b(?:account|subscription|contract|internet|broadband|line)\b`,
  ),
  /\b(?:it'?s|its|it is)\s+(?:his|her|their)\s+(?:own\s+)?(?:account|subscription|contract)\b/,
  // "I'm his daughter", "I am Erik's wife", "I'm the lodger", "im a flatmate".
  new RegExp(
    String.raw`\b(?:i'?m|im|i am)\s+(?:his|her|their|\w+'s|the account ?holder'?s)\s+(?:\w+\s+)?(?<own>${RELATION})\b`,
  ),
  new RegExp(String.raw`\b(?:i'?m|im|i am)\s+(?:the|a|an)\s+(?:\w+\s+)?(?<own>${HOUSEMATE})\b`),
  // Swedish: "jag skriver åt min man Erik", "jag skriver för min pappa", "å hans vägnar", "på uppdrag av".
  new RegExp(
    String.raw`\b(?:jag|ja|vi)\s+(?:skriver|mejlar|mailar|chattar|hor av mig|fragar|kontaktar er)\b[^.?!]{0,20}\b(?:at|for|a|pa uppdrag av)\s+(?:min|mitt|var|vart)\s+(?<rel>${RELATION})\b`,
  ),
  /\b(?:a|pa) (?:hans|hennes|deras|\w+s) vagnar\b|\bfor (?:min|mitt) \w+s rakning\b|\bpa uppdrag av (?:min|mitt|kontoinnehavaren|honom|henne)\b/,
  // "abonnemanget står på min man", "kontot står i min sambos namn", "det står på pappa".
  new RegExp(
    String.raw`\b(?:abonnemang\w*|konto\w*|avtal\w*|internet\w*|routern|det|allt)\s+(?:star|ar|gar|ligger)\s+(?:skrivet\s+)?(?:pa|i)\s+(?:(?:min|mitt|var)\s+(?<rel>${RELATION})s?\b|(?:hans|hennes|deras)\s+namn|\w+s\s+namn)`,
  ),
  // "min sambo Erik har abonnemanget", "det är hans konto".
  new RegExp(
    String.raw`\b(?:min|mitt|var|vart)\s+(?<rel>${RELATION})\s+(?:\w+\s+)?(?:har|ager|star for|betalar)\s+(?:\w+\s+)?(?:abonnemang\w*|konto\w*|avtal\w*|internet\w*|bredband\w*)`,
  ),
  /\b(?:det ar|det e)\s+(?:hans|hennes|deras)\s+(?:abonnemang\w*|konto\w*|avtal\w*)\b/,
  // "det är pappas abonnemang", "de e min mammas internet", "abonnemanget är pappas".
  new RegExp(
    String.raw`\b(?:det ar|det e|de ar|de e|ar|e)\s+(?:min\s+|mitt\s+|var\s+)?(?<rel>${RELATION})s\s+(?:abonnemang\w*|konto\w*|avtal\w*|internet\w*|bredband\w*|router\w*|wifi\w*)`,
  ),
  new RegExp(
    String.raw`\b(?:abonnemang\w*|konto\w*|avtal\w*)\s+(?:ar|e|tillhor)\s+(?:min\s+|mitt\s+|var\s+)?(?<rel>${RELATION})s\b`,
  ),
  // "it's dad's subscription" without "my".
  new RegExp(
    String.raw`\b(?:it'?s|its|it is|this is)\s+(?<rel>${RELATION})'s\s+(?:account|subscription|contract|internet|router|line|broadband)\b`,
  ),
  // "jag är hans dotter", "jag är Eriks fru", "jag är inneboende".
  new RegExp(String.raw`\b(?:jag ar|ja e|jag e)\s+(?:hans|hennes|deras|\w+s)\s+(?<own>${RELATION})\b`),
  new RegExp(String.raw`\b(?:jag ar|ja e|jag e|vi ar)\s+(?<own>inneboende|hyresgast\w*)\b`),
];

/** Words after "I'm"/"jag är" that are no name (original text, capitalised at a sentence start or not). */
const NOT_A_NAME = new Set(
  (
    'sorry not just writing calling here his her their the a an so very still also afraid fine ok okay home back done ' +
    'ready trying having using going moving working on in at from with swedish english british retired new old ' +
    'hans hennes deras inte bara ledsen hemma klar kund customer account holder the writing glad happy sure ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december hej hi hello thanks tack nu now really actually writing'
  ).split(' '),
);

/** The writer's own name said in the message (original text): "I'm Megan", "Megan here", "jag heter Lina". */
const OWN_NAME: RegExp[] = [
  /\b(?:I'?m|Im|I am|my name is|My name is)\s+(\p{Lu}\p{Ll}+)\b(?!['’]s)/gu,
  /\b(?:[Tt]his is|[Ii]t'?s)\s+(\p{Lu}\p{Ll}+)\s+(?:here|speaking)\b/gu,
  /(?:^|[.!?,]\s*|\n\s*)(\p{Lu}\p{Ll}+)\s+here\b(?=\s*[,.!:;—–-]|\s*$)/gu,
  /\b(?:jag heter|Jag heter|mitt namn är|Mitt namn är)\s+(\p{L}+)/gu,
  /\b(?:jag är|Jag är)\s+(\p{Lu}\p{Ll}+)\b(?!s\b)/gu,
  /\b(?:det är|Det är)\s+(\p{Lu}\p{Ll}+)\s+(?:här|som skriver)\b/gu,
  // "Best regards, Claire", "Hälsningar / Claire", "Mvh Lina" at the end of an e-mail.
  /\b(?:[Rr]egards|[Cc]heers|[Tt]hanks|[Tt]hank you|[Bb]est|BR|[Hh]älsningar|[Hh]älsning|[Mm]vh|MVH|[Tt]ack)[,!.]?\s*(?:\/\s*)?\n?\s*(\p{Lu}\p{Ll}+)(?:\s+\p{Lu}\p{Ll}+)?\s*(?:(?:--\s*)?(?:Sent from|Skickat från)\b[^\n]*)?$/gu,
];

/**
 * "I'm not Erik", "this isn't Johan", "jag är inte Erik", "I'm Lina, not Johan" (folded): `name` a pattern for the
 * name denied — the holder's, or any word when the holder is not read yet.
 */
function denial(name: string): RegExp {
  return new RegExp(
    String.raw`\b(?:i'?m|im|i am|this is|it'?s|its|this isn'?t|it isn'?t|jag ar|ja e|jag e|det ar)\s+(?:not|inte)\s+${name}\b(?!'s)|[,;]\s*(?:not|inte)\s+${name}\b(?!'s)|\b(?:i'?m|im|i am|jag ar|ja e|jag heter)\s+\w+\s+(?:not|inte)\s+${name}\b(?!'s)`,
  );
}
const DENIES_SOMEONE = denial(String.raw`[\w'-]+`);

/** "I'm not Erik", "this isn't Johan", "jag är inte Erik", "I'm Lina, not Johan" (folded; `{holder}` filled in). */
function denies(folded: string, holder: string): boolean {
  if (!holder) return false;
  return denial(fold(holder)).test(folded);
}

export interface WriterReading {
  /** The writer says they write for the holder (a relation, "on behalf of", the account in another's name). */
  forHolder: boolean;
  /** Who they are to each other, for the note ("the account holder's daughter", "the account holder is their husband"). */
  relation: string | null;
  /** The writer's own name, when they give it and it is not the holder's. */
  name: string | null;
  /** The writer says they are not the holder by name ("I'm not Erik"). */
  notHolder: boolean;
}

/** What `text` says of who writes it, `holderFirst` the account holder's first name (if known). */
export function readWriter(text: string, holderFirst: string | null): WriterReading {
  const raw = String(text ?? '').slice(0, 3000);
  const folded = fold(raw).replace(/[’`´]/g, "'").replace(/\s+/g, ' ');
  let relation: string | null = null;
  let forHolder = false;
  for (const re of FOR_HOLDER) {
    const m = re.exec(folded);
    if (!m) continue;
    forHolder = true;
    // "I'm his daughter": who the writer is to the holder; "writing for my husband": who the holder is to them.
    const own = m.groups?.own;
    const rel = m.groups?.rel;
    relation ??= own
      ? `the account holder's ${RELATION_EN[own] ?? own}`
      : rel
        ? `the account holder is their ${RELATION_EN[rel] ?? rel}`
        : null;
  }
  const holder = fold(holderFirst ?? '');
  const notHolder = denies(folded, holderFirst ?? '');
  let name: string | null = null;
  for (const re of OWN_NAME) {
    for (const m of raw.matchAll(re)) {
      const n = m[1] ?? '';
      const f = fold(n);
      if (!n || NOT_A_NAME.has(f) || f === holder || f.length < 2) continue;
      // A name in lower case only with "not <holder>" beside it ("im lina not johan").
      if (n[0] === n[0]?.toLowerCase() && !notHolder) continue;
      if (RELATION_EN[f] || new RegExp(`^(?:${RELATION})$`).test(f)) continue;
      name = n[0]!.toUpperCase() + n.slice(1);
      break;
    }
    if (name) break;
  }
  return { forHolder, relation, name, notHolder };
}

/** The account holder's first name, when the caller's subscription is known. */
async function holderFirstName(k: AgentKernel, conv: ConversationState): Promise<string | null> {
  if (!conv.customerId) return null;
  const c = await k.deps.directory.byId(conv.customerId);
  return c?.name ? (c.name.split(/\s+/)[0] ?? null) : null;
}

/**
 * The name the desk calls the caller by: the writer's own, none for someone writing for the holder whose name
 * is not known, the holder's otherwise.
 */
export function addressName(conv: ConversationState, holderFirst: string): string | null {
  const w = conv.writer;
  if (!w) return holderFirst || null;
  return w.name ?? null;
}

/**
 * Reads who writes each message: the first time someone says they write for the holder (or names themselves
 * as not the holder), it is noted on the case as its contact; a correction after the desk called them by the
 * holder's name is said sorry for at once.
 */
export async function noteWriter(
  k: AgentKernel,
  ticket: Ticket,
  conv: ConversationState,
  turn: Turn,
  text: string,
): Promise<void> {
  // A message that names nobody, says it is written for nobody and denies being nobody tells nothing of the
  // writer whoever the holder is: the holder's name is read only for a message that may (one read less a turn).
  const unread = readWriter(text, null);
  const folded = fold(String(text ?? '').slice(0, 3000))
    .replace(/[’`´]/g, "'")
    .replace(/\s+/g, ' ');
  if (!unread.forHolder && !unread.name && !DENIES_SOMEONE.test(folded)) return;
  const holder = await holderFirstName(k, conv);
  const r = readWriter(text, holder);
  const known = conv.writer;
  // A name alone is no sign of someone else, unless the desk took them for the holder and they say otherwise.
  const correction = !!conv.calledHolder && (r.notHolder || (!!r.name && !known?.name && saysOwnName(text)));
  if (!r.forHolder && !r.notHolder && !correction && !(known && r.name && !known.name)) return;
  const writer = {
    name: r.name ?? known?.name ?? null,
    relation: r.relation ?? known?.relation ?? null,
  };
  if (known && known.name === writer.name && known.relation === writer.relation) return;
  conv.writer = writer;
  const who = writer.name ?? 'The person writing';
  const rel = writer.relation ? ` (${writer.relation})` : '';
  await k.deps.tickets.append(conv.workTicketId ?? ticket.id, [
    {
      type: 'note',
      actor: { kind: 'bot', id: null },
      text: `contact: ${who}${rel} is writing for the account holder, not the account holder — address and reach ${writer.name ?? 'them'}, keep the holder's name for the account`,
      internal: true,
    },
  ]);
  if (conv.calledHolder) {
    conv.calledHolder = false;
    if (writer.name) turn.say('identity.writer_noted', { name: writer.name });
    else turn.say('identity.writer_noted.anon');
  }
}

/** "I'm Megan actually", "Lina here", "jag heter Anna": the message gives the writer's own name. */
function saysOwnName(text: string): boolean {
  return OWN_NAME.some((re) => new RegExp(re.source, re.flags.replace('g', '')).test(text));
}
