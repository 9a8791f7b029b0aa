// Answers to "what should your Wi-Fi be called?" that are not a plain name: a name tried with a hedge
// ("vet inte.. kanske Nilssons? eller får man ha å ä ö?", "maybe Nilssons?", "something like Nilssons"),
// a plain "no idea", and the questions about what a name may hold (å/ä/ö, emojis, spaces, length).
import { fold } from './normalize.js';
import { correctedLast, nameAfterChange, parseWifiName } from './wifi-name.js';

/** Longest SSID a router accepts (32 bytes; we count characters). */
const MAX_SSID = 32;

/** A clause that tries a name: "kanske X", "maybe X", "something like X", "how about X", "typ X". */
const TRIES =
  /^(?:(?:hmm+|eh+|um+|öh+|ok(?:ej|ay)?|och|and|men|but|well|så|so|annars|otherwise|or else)[\s,]+)*(?:kanske|maybe|perhaps|typ|n[åa]g(?:o)?t (?:som|i stil med|likt)|n[åa]t (?:som|i stil med|likt)|something like|sth like|how about|what about|vad s[äa]gs om|hur v(?:ore|ar) det med|t\.? ?ex\.?|till exempel|for example|e\.g\.|like|s[äa]g|say|let'?s say)[\s,:]+(.+)$/iu;
/** "Nilssons kanske", "Nilssons maybe", "Nilssons or something": the hedge after the name. */
const TRIED_AFTER =
  /^(.+?)[\s,]+(?:kanske|maybe|perhaps|i guess|typ|or something|eller n[åa]t|eller n[åa]got)$/iu;
/**
 * A clause that settles on a name: "Då tar vi Perssons", "vi kör på Perssons", "let's go with Perssons",
 * "we'll take Perssons", "I'll go with Perssons then".
 */
const CHOOSES =
  /^(?:(?:ok(?:ej|ay)?|och|and|men|but|well|så|so|då|da|then|jaha|aha|jaja|fine|alright)[\s,]+)*(?:tar vi|tar jag|vi tar|jag tar|kör vi(?: på| med)?|vi kör(?: på| med)?|jag kör(?: på| med)?|vi väljer|jag väljer|välj|det får bli|let'?s (?:go with|take|use|pick|do|have)|we'?ll (?:take|go with|use|pick|have)|i'?ll (?:take|go with|use|pick|have)|go with|we (?:go|take|pick) with|take)[\s,:]+(.+)$/iu;
/**
 * Remarks after a name that say how it is written or why, never part of it: "Perssons utan prickar",
 * "Perssons without the dots", "…, säkrast så", "…, safest that way".
 */
const REMARK_AFTER =
  /(?:[\s,]+(?:utan|without|with no|minus|no)\s+(?:the\s+|några\s+|nagra\s+)?(?:prickar\w*|prickarna|dots?|å ?ä ?ö|umlauts?|accents?|special ?(?:tecken|characters?)|specialtecken|ringar\w*|mellanslag|spaces?|emojis?|emojier)|,?\s+(?:säkrast|sakrast|safest|enklast|easiest|simplest|tryggast|bäst|best)(?:\s+(?:så|sa|that way|so|då))?|,?\s+(?:to be safe|för säkerhets skull|just in case))+[\s.!]*$/iu;
/** Tails that are no part of the name: "Nilssons då", "Nilssons I guess". */
const TAIL =
  /[\s,]+(?:då|da|then|i guess|i think|tror jag|eller n[åa]g?o?t|or something|or so|eller|or|kanske|maybe|perhaps)$/iu;
/** Words a clause opens with that make it a question or a sentence, not a name. */
const NOT_NAME_START =
  /^(?:what|how|can|could|why|where|which|who|is|are|do|does|will|would|should|shall|may|i|it|that|this|the same|vad|hur|kan|varför|varfor|var|vilk\w*|får|far|måste|maste|ska|är|blir|behöver|behover|man|jag|du|ni|det|den|detta|samma|inte|not|no|nej|ja|yes|later|sen|senare|imorgon|tomorrow|ingen|nothing|anything|whatever|something|n[åa]got|n[åa]t|vet|know|dunno|idk|you|your|wait|v[äa]nta|hang on|hold on|actually|förresten|forresten|sorry)(?![\p{L}\p{N}_])/iu;

/** "vet inte", "no idea", "whatever", "du får välja": nothing named and nothing asked. */
const DONT_KNOW =
  /\b(vet inte|vet ej|ingen aning|har ingen aning|kommer inte pa|kan inte komma pa|no idea|dunno|idk|i don'?t know|not sure|no clue|whatever|vad som helst|anything|du far valja|valj du|you (?:can )?(?:pick|choose|decide)|up to you|spelar ingen roll|doesn'?t matter)\b/;

function tidy(raw: string): string | null {
  let n = raw.trim().replace(/^["'“”‘’«»„]|["'“”‘’«»„]$/gu, '');
  for (let i = 0; i < 2; i++) n = n.replace(REMARK_AFTER, '').replace(TAIL, '').trim();
  n = n.replace(/^["'“”‘’«»„]|["'“”‘’«»„]$/gu, '').trim();
  if (!n || n.length > MAX_SSID || !/\p{L}/u.test(n)) return null;
  if (n.split(/\s+/).length > 4 || NOT_NAME_START.test(n) || DONT_KNOW.test(fold(n))) return null;
  return n;
}

/** The clauses of a reply: sentences, and "… eller/or …" alternatives. */
function clauses(text: string): string[] {
  return String(text ?? '')
    .slice(0, 500)
    .replace(/\s+/g, ' ')
    .split(
      /[.!?…;]+|,\s*(?=(?:eller|or|men|but|can|could|is|are|do|does|will|får|kan|är|ska|måste|går)\b)|\s+(?:eller|or)\s+(?=(?:får|far|kan|can|is|are|är|ska|måste|do|does|will|may)\b)/iu,
    )
    .map((c) => c.trim())
    .filter(Boolean);
}

/** "Då tar vi Ekbacken... nej förresten, EkbackenNet": what follows the last change of mind. */
const CHANGED_MIND =
  /(?:^|[\s,.!…])(?:nej|nä|no|eller|or)?[\s,]*(?:förresten|forresten|vänta|wait|actually|sorry|förlåt|hellre|rather)[\s,:.!…-]+/giu;

/** The name tried with a hedge ("kanske Nilssons?", "something like Nilssons") or after a change of mind, or null. */
export function hedgedName(text: string): string | null {
  // "kanske FBI_van? äh nej, pappa gillar inte det. Familjen Karlsson": the last name given wins.
  const corrected = correctedLast(
    String(text ?? '')
      .slice(0, 500)
      .replace(/\s+/g, ' ')
      .trim(),
    true,
  );
  const settled = corrected ? tidy(corrected) : null;
  if (settled) return settled;
  const cues = [
    ...String(text ?? '')
      .slice(0, 500)
      .matchAll(CHANGED_MIND),
  ];
  const last = cues[cues.length - 1];
  if (last) {
    const tail = String(text).slice((last.index ?? 0) + last[0].length);
    const named = tail.trim() ? nameAfterChange(tail, true) : null;
    const name = named ? tidy(named) : null;
    if (name) return name;
  }
  for (const clause of clauses(text)) {
    const tried = TRIES.exec(clause) ?? CHOOSES.exec(clause) ?? TRIED_AFTER.exec(clause);
    // "maybe call it pizza palace": the name inside the phrase.
    const name = tried ? tidy(parseWifiName(tried[1], { asked: true }) ?? tried[1]) : null;
    if (name) return name;
  }
  // "ok whatever, Villa12 then i guess", "Villa12. i literally just said it": the one word settled on.
  for (const clause of clauses(text)) {
    const word = /\?/.test(clause) ? null : settledWord(clause);
    if (word) return word;
  }
  return null;
}

/** An acknowledgement or a shrug before a name: "ok whatever, Villa12", "okej då, Villa12". */
const SHRUG_FIRST =
  /^(?:(?:ok(?:ej|ay|ey)?|whatever|fine|alright|sure|well|meh|so|så|then|då|da|aja|jaja|jaha|nåväl|hmm+|lol|haha)[\s,.!]+)+/iu;
/** Words after a name that settle on it: "Villa12 then i guess", "Villa12 får det bli", "Villa12 it is". */
const SETTLES =
  /(?:[\s,]+(?:then|då|da|i guess|i suppose|i think|tror jag|it is|it'?ll be|får det bli|far det bli|blir det|det blir|please|tack|kanske|maybe))+[.!]*$/iu;
/** Words that stand alone without being a name. */
const NOT_A_NAME =
  /^(?:lol|haha|hah|thanks|thx|tack|yes|yeah|ja|jo|nej|nope|hmm+|idk|ok(?:ej|ay)?|sure|fine|whatever)$/iu;

/** One word the customer settles on, shrug and settling words aside ("ok whatever, Villa12 then i guess"), or null. */
function settledWord(clause: string): string | null {
  const rest = clause.replace(SHRUG_FIRST, '').replace(SETTLES, '').trim();
  const word = /^["'“”‘’«»„]?([\p{L}\p{N}][\p{L}\p{N}_-]{1,31})["'“”‘’«»„]?[.!]*$/u.exec(rest)?.[1];
  if (!word || NOT_A_NAME.test(word) || NOT_NAME_START.test(word) || DONT_KNOW.test(fold(word))) return null;
  // A bare lowercase word could be any word; a name the customer settles on has a capital or a digit, or
  // was all they wrote ("villa12 then").
  return /[\p{Lu}\p{N}]/u.test(word) || rest.length === clause.trim().length ? word : null;
}

/**
 * The names tried in one reply, in order ("maybe PriyaNet? or something with our house number like Villa12",
 * "kanske Ekbacken eller Villa12?"): two or more mean the customer has not decided yet.
 */
export function triedNames(text: string): string[] {
  const names: string[] = [];
  for (const clause of clauses(text)) {
    const tried = TRIES.exec(clause) ?? TRIED_AFTER.exec(clause);
    // "…? eller Villa12?": an alternative to a name tried before it.
    const alternative = names.length ? OR_NAME.exec(clause)?.[1] : null;
    const phrase = tried?.[1] ?? LIKE_AT_END.exec(clause)?.[1] ?? alternative ?? null;
    if (!phrase) continue;
    for (const part of phrase.split(/\s+(?:eller|or)\s+|\s*[/,]\s*/iu)) {
      const name = tidy(parseWifiName(part, { asked: true }) ?? part);
      if (name && !names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
    }
  }
  return names;
}

/** "eller Villa12", "or maybe Villa12": a clause that offers another name. */
const OR_NAME = /^(?:eller|or)\s+(?:kanske\s+|maybe\s+|perhaps\s+|typ\s+)?(\S+)$/iu;

/** "something with our house number like Villa12": a name given as an example at the end of a clause. */
const LIKE_AT_END = /\b(?:like|such as|e\.g\.|typ|som|t\.? ?ex\.?|till exempel|for example)\s+(\S+)$/iu;

/** Which of the names offered the reply settles on ("Villa12 then i guess", "the second one"), or null. */
export function chosenName(text: string, offered: string[]): string | null {
  const t = String(text ?? '').slice(0, 500);
  const named = offered.filter((n) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').test(
      t,
    ),
  );
  if (named.length === 1) return named[0];
  if (named.length > 1) return null;
  const f = fold(t);
  if (/\b(first|forsta|den forsta|det forsta)\b/.test(f)) return offered[0] ?? null;
  if (/\b(second|andra|den andra|det andra|last|sista)\b/.test(f)) return offered[1] ?? null;
  return null;
}

/** "vet inte", "no idea", "up to you": no name in it (a hedged name counts as one). */
export function noNameIdea(text: string): boolean {
  return DONT_KNOW.test(fold(text)) && !hedgedName(text);
}

/** "låt bli", "skip it", "keep the old name", "I don't want to rename it": the rename is withdrawn. */
const DECLINES =
  /\b(no thanks|nej tack|lat (bli|vara|det vara)|skippa (det|namnbytet)|strunta i det|glom det|behall (det gamla|det nuvarande|namnet|det som det ar|det som det är|gamla namnet)|vill inte byta( namn)?|ska inte byta|inget namnbyte|skip it|skip the rename|forget it|never ?mind|leave it( as it is)?|keep (the )?(old|current|same|existing) (name|one)|keep it (as it is|the same)|(do not|don'?t) (want to )?(rename|change) (it|the name|my wifi)|(do not|don'?t) want (a new name|to rename))\b/;

/** The rename withdrawn at its name question or its permission ("låt bli", "keep the old name"). */
export function declinesRename(text: string): boolean {
  return DECLINES.test(fold(text));
}

export type NameRule = 'letters' | 'case' | 'emoji' | 'spaces' | 'length';

/** What a network name may hold, as asked about: [rule, pattern on the raw text]. */
const RULES: [NameRule, RegExp][] = [
  [
    'letters',
    /(?:^|[\s,(])[åäö](?=\s*\?)|\b(?:funkar|fungerar|går|gar|works?|ok(?:ej|ay)?|allowed|can i (?:use|have)|kan man ha|får man ha)\s+(?:det\s+)?(?:med\s+|with\s+)?(?:ett\s+|an?\s+)?[åäö](?=$|[\s,.?!)])|(?:^|[\s,(])[åäö](?:[\s,/]+(?:och\s+|and\s+|&\s*)?[åäö])+(?=$|[\s,.?!)])|(?:^|\s)åäö(?=$|[\s,.?!])|\b(?:svenska|swedish|special)\s?(?:bokstäver|tecken|letters|characters)\b|\bspecialtecken\b|\baccents?\b/iu,
  ],
  // "is the capital letters a problem for older devices?", "går det bra med stora bokstäver?" (asked: a "?" in
  // the reply; "its called pizza palace in small letters" says how it is written).
  [
    'case',
    /\b(?:capital\w*|upper ?case|lower ?case|caps|big letters?|small letters?|stora? bokst[äa]v\w*|sm[åa] bokst[äa]v\w*|versaler|gemener)\b(?=[^?]*\?)/iu,
  ],
  ['emoji', /\b(?:emoji\w*|smiley\w*|smilis)\b/iu],
  ['spaces', /\b(?:mellanslag|spaces?)\b/iu],
  [
    'length',
    /\b(?:hur l[åa]ngt|how long can|hur m[åa]nga (?:tecken|bokst\w*)|how many (?:characters|letters)|max(?:imum)? (?:length|l[äa]ngd)|f[öo]r l[åa]ngt|too long)\b/iu,
  ],
];

/** "without the space", "utan mellanslag", "no emoji": a remark on the name given, not a question. */
const WITHOUT_REMARK =
  /\b(?:without|with no|minus|utan)\s+(?:the\s+|any\s+|några\s+|nagra\s+)?(?:spaces?|mellanslag(?:et)?|blanksteg(?:et)?|emojis?|emojin|emojier(?:na)?)\b(?![^.!?]*\?)/giu;

/** The rules a reply asks about (å/ä/ö, emojis, spaces, length), in a fixed order. */
export function nameRulesAsked(text: string): NameRule[] {
  // "no wait, without the space, BergFamily": how the name is written, never a question about spaces.
  const raw = String(text ?? '')
    .slice(0, 500)
    .replace(WITHOUT_REMARK, ' ');
  return RULES.filter(([, re]) => re.test(raw)).map(([rule]) => rule);
}
