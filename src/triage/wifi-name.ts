import { withoutInstruction } from './name-instruction.js';
import { fold } from './normalize.js';

// The new Wi-Fi network name in "call it Villa Kulla", "byt namn till 'Svenssons5G'", or, when
// the desk has just asked for the name, the answer itself.

/**
 * "my wifi name is still the default one, can you change it to AnnasNet": once the message is about
 * the network's name, "change it to" / "ändra det till" names it.
 */
const NAME_TOPIC =
  /\b(?:(?:wifi|wi-fi|network|nätverks?|natverks?|wifi:?ts?)[\s-]?(?:name|namn|namnet)|ssid|name of (?:the|my) (?:wifi|wi-fi|network)|namnet på (?:wifit|nätverket))\b/iu;
const PRONOUN_CUE =
  /\b(?:change|set|switch|make|rename) (?:it|that|this|the name|the ssid) (?:back )?to\s+|(?<![\p{L}\p{N}_])(?:ä|a)ndra (?:det|den|namnet) (?:tillbaka )?till\s+|\bbyt(?:a)? (?:det|den|namnet) (?:tillbaka )?till\s+|(?:^|[.?!,;]\s*)(?:to|till)\s+(?=\S)/iu;

/** Longest SSID a router accepts (32 bytes; we count characters). */
const MAX_SSID = 32;

const QUOTED = /["'“”‘’«»„]([^"'“”‘’«»„]{1,40})["'“”‘’«»„]/u;
// ("hallå namnet då? Nilssons", "what about the name? Nilssons": the name given after the name asked after, round 34 a#7.)
const CUE =
  /(?:\bcall (?:it|the (?:network|wifi|wi-fi))|\bname (?:it|the (?:network|wifi|wi-fi))|\brename (?:it|the (?:network|wifi|wi-fi)|my (?:network|wifi|wi-fi)|wifi|wi-fi)? ?(?:back )?to|\b(?:change|set|put) (?:the |my )?(?:network |wifi |wi-fi )?(?:name|ssid) (?:back )?to|\b(?:network |wifi |wi-fi )(?:name|ssid) (?:changed|set|switched) (?:back )?to|\b(?:nätverks|natverks|wifi-?)?namnet (?:ändrat|andrat|bytt) (?:tillbaka )?till|\bnew (?:network |wifi |wi-fi )?(?:name|ssid)(?: should be| is| will be|:)|\b(?:ssid|name) (?:should be|will be)|\bbyt(?:a)? (?:gärna |garna |bara |också |ocksa |snälla |snalla )?(?:tillbaka )?(?:namn|ssid|namnet)(?: p[åa] \S+)? (?:tillbaka )?till|(?<![\p{L}\p{N}_])(?:ä|a)ndra (?:gärna |garna |bara |också |ocksa |snälla |snalla )?(?:tillbaka )?(?:namnet|ssid|namn)(?: p[åa] \S+)? (?:tillbaka )?till|\bdöp(?:a)? om (?:det|nätverket|nätet|natet|wifit|wifi:?t|wifi-?nätet)? ?till|\bdöp(?:a)? (?:det|nätverket|nätet|natet|wifit) till|\bkalla (?:det|nätverket|wifit)|\b(?:vill att|want) (?:det|nätverket|wifit|wifi:?t|it) (?:ska )?het(?:er|a)|\b(?:vill att|want) (?:it|the network) (?:to be )?(?:called|named)|\b(?:want|would like|'d like) (?:it|the name|the network|the wifi|the ssid) to be|\bska heta|\b(?:should|to) be (?:called|named)|\bnamnet (?:ska vara|blir)|\bnytt (?:namn|ssid)(?: ska vara| blir|:)|\bssid:|\bnamn:|\bnamnet (?:d[åa] ?)?\?|\b(?:what|how) about the name\?|\band the name\?|\bname\b[^.?!]{0,40}?[,;]? it (?:should|shall|must) be(?: called| named)?)(?![\p{L}\p{N}_])\s*[:=]?\s*/iu;
const TAIL =
  /\s*(?:[.!?]+\s.*|[.!?]+$|,\s*(?:tack|thanks|please|thx|tia)\b.*|\s(?:please|tack|thanks|pls|plz|thx|också|ocksa|too|as well|igen|again|instead|istället|istallet|i stället|i stallet|while you(?:'?re| are) at it|if you can|if possible|när ni ändå|nar ni anda|om ni kan|om det går|om det gar)(?![\p{L}\p{N}_]).*|\s(?:and|och|but|men|then|sen|so|så)\s+(?:also|can|could|please|lock|change|set|fix|make|reset|give|tell|send|it|the|my|i|you|do|det|den|kan|lås|byt|sätt|ge|gör|fixa|också|jag|du|ni|min|mitt)(?![\p{L}\p{N}_]).*)$/iu;
const NOT_A_NAME =
  /^(ja|nej|yes|no|nope|ok|okej|okay|vet inte|i don'?t know|don'?t know|dunno|not sure|kanske|maybe|idk|ingen aning|no idea|whatever|vad som helst|anything|doesn'?t matter|spelar ingen roll)\b|\b(behall|keep|leave (it|that)|lat (det|bli)|lamna (det|som)|samma|same|gamla|old one|forresten|actually|never ?mind|glom|forget|angrar|changed my mind|vet inte|don'?t know)\b/;
/** "i already said, LucasNet", "jag sa ju redan: Ankeborg": a reminder before the name, not part of it. */
const ALREADY_SAID =
  /^(?:(?:no|nej|ok|okej|well|men|but)[\s,.!]+)?(?:i (?:already |just )?(?:said|told you|wrote(?: it)?|gave (?:it|you)(?: already)?)|(?:as|like) i (?:already )?(?:said|wrote)|told you|i said it already|jag (?:har )?(?:ju )?(?:redan )?(?:sa|sagt|skrev|skrivit)(?: ju)?(?: det)?(?: redan)?|som jag (?:redan )?(?:sa|skrev)|sa ju(?: redan)?)(?: (?:before|already|earlier|innan|förut|redan))?\s*[,.:!-]+\s*/iu;
/** "Oskar_home like i said", "Ankeborg som jag sa": the reminder after the name. */
const SAID_AFTER =
  /[\s,.!-]+(?:(?:like|as) i (?:already |just )?(?:said|wrote|told you)|i (?:already )?(?:said|told you)|som jag (?:redan )?(?:sa|skrev)|sa jag(?: ju)?(?: ju)?)(?: (?:before|already|earlier|innan|förut|redan))?[\s.!]*$/iu;
/** "no, just Oskar_home", "nej, bara Ankeborg": the no corrects the name read before, it refuses nothing. */
const NO_JUST = /^(?:no|nope|nej|nä|nae)[\s,.!]+(?:just|only|simply|bara|endast|enbart)\s+(?=\S)/iu;
/** Filler before a tentative name: "hmm kanske Ankeborg", "how about Bat Cave". */
const LEAD_IN =
  /^(?:(?:hmm+|eh+|um+|typ|kanske|maybe|perhaps|how about|what about|vad sägs om|hur om|let'?s say|säg|say)[\s,.:]+)+/iu;

/**
 * "kan det heta Villa Björkbacken?", "can it be called Casa Verde?": asked for the name, a name offered
 * as a question is the name (the question is whether it may be, not what it should be).
 */
const OFFERED =
  /(?:^|[\s,.!])(?:kan|får|far|funkar|går|gar|can|could|may)\s+(?:det|den|nätverket|natverket|wifit|wifi:?t|it|the (?:network|wifi|wi-fi))\s+(?:(?:att\s+)?heta|be (?:called|named))\s+/iu;
/** "anything", "nåt med å": a name asked about, not offered. */
const INDEFINITE =
  /^(?:vad som helst|vad|nåt|något|nagot|nat|någon|nagon|anything|something|what|any|whatever)(?![\p{L}\p{N}_])/iu;

/** A first sentence that is itself a question ("what can it be called. any rules?") names nothing. */
const ASKS =
  /^(?:what|how|can|could|why|where|which|who|is|are|do|does|will|would|should|shall|may|vad|hur|kan|varför|varfor|var|vilk\w*|får|far|måste|maste|ska|är|blir|behöver|behover)(?![\p{L}\p{N}_])/iu;

/** "hmm maybe 'karins net'. will my tv need to reconnect?": the name first, a question of its own after. */
function beforeQuestion(raw: string): string {
  const m = /^([^.!?]+)[.!]+\s+(.*\?[\s.!?]*)$/u.exec(raw);
  return m && !ASKS.test(m[1].replace(LEAD_IN, '').trim()) ? m[1].trim() : raw;
}

/** "pizza palace maybe", "Ankeborg kanske", "Nilssons då": a hedge after the name is not part of it. */
const HEDGE_AFTER =
  /\s+(?:maybe|perhaps|i guess|i think|or something|kanske|eller nåt|eller något|typ|då|then)[\s.!]*$/iu;

/** "Johans_5G lol", "GamerDen haha", "Lisas nät 😂": laughter after the name is no part of it. */
const LAUGH_AFTER =
  /(?:\s*[😂🤣😆😅😁😄😃🙂😉😜😝😛🤪😎👍]\uFE0F?|\s+(?:lol|lolz|lmao|lmfao|rofl|haha\w*|hehe\w*|hihi\w*|ha ha|xd|jk|asg|:-?[dp)]|;-?\)))+[\s.!]*$/iu;

function tidy(name: string): string | null {
  const n = name
    .replace(TAIL, '')
    .replace(LAUGH_AFTER, '')
    .replace(HEDGE_AFTER, '')
    .replace(LAUGH_AFTER, '')
    .replace(SAID_AFTER, '')
    .trim()
    .replace(/^["'“”‘’«»„]|["'“”‘’«»„]$/gu, '')
    .trim();
  if (!n || n.length > MAX_SSID || !/[\p{L}\p{N}]/u.test(n)) return null;
  return n;
}

/** Words that ask for a name: "rename", "name", "ssid", "heta", "kalla", "döp", "call it". */
const RENAME_WORDS =
  /(?<![\p{L}\p{N}_])(?:rename\w*|names?|named|namn\w*|ssid|heta|heter|kalla\w*|döp\w*|dop\w*|call (?:it|the (?:network|wifi|wi-fi))|be called)(?![\p{L}\p{N}_])/iu;

/** A name in quotation marks (“Pizza Palace”, "Villa Kulla", 'karins net'), not an apostrophe in "it's". */
const IN_QUOTES = /(?:^|[\s(:,])["“”„«'‘]([^"“”„«»'‘’]{1,40})["”“»'’](?=$|[\s.,!?):;])/u;

/** The name the customer put in quotation marks, exactly as written, or null. */
export function quotedName(text: string): string | null {
  const m = IN_QUOTES.exec(String(text ?? '').slice(0, 500));
  return m ? tidy(m[1]) : null;
}

/**
 * "Karlsson Home. wait no, KarlssonNet", "Ankeborg, nej vänta, Ankeborg5G", "call it X… actually Y": the
 * customer corrects the name in the same message, and the name after the last correction is the one.
 */
const SELF_CORRECTION =
  /(?:^|[\s,.!;:…-])(?:wait,? no|no,? wait|hold on,? no|actually(?:,? no)?|or rather|i mean|i meant|scratch that|no no|no sorry|sorry,? i meant|nej,? vänta|vänta,? nej|nä,? vänta|nej förresten|förresten|eller nej|eller snarare|jag menar|jag menade|nej förlåt|förlåt,? jag menade|äh nej)(?:[\s,.!:;…-]+(?:vänta|vanta|wait|hold on|nej|nä|no|sorry|förlåt|forlat|oj|oops|hmm+|äh|ah))*(?=[\s,.!:;…-]|$)[\s,.!:;…-]*/giu;

/** "yeah KarlssonNet": a yes in front of a name repeated. */
const YES_FIRST = /^(?:(?:yeah|yes|yep|ja|jo|japp|ok|okej|okay|so|så)[\s,.!]+)+/iu;

/**
 * "without the space, BergFamily", "utan mellanslag: BergFamilj", "in one word – BergFamily": how the name is
 * written, said before it after a correction — no part of the name.
 */
export const WRITTEN_FIRST =
  /^(?:(?:without|with no|no|minus|utan|inga?|inget)\s+(?:the\s+|any\s+|några\s+|nagra\s+)?(?:spaces?|mellanslag(?:et)?|blanksteg(?:et)?|dots?|prickar(?:na)?|accents?|emojis?|emojin|emojier(?:na)?|dash(?:es)?|hyphens?|bindestreck(?:et)?)|(?:all\s+)?in one word|(?:allt\s+)?i ett ord|ihopskrivet|hopskrivet|written together|as one word|som ett ord)\s*[,:–-]\s*/iu;

/** A sentence that says why, not what: "mamma blir sur", "mum would get mad", "dad hates it". */
const REASON =
  /(?<![\p{L}\p{N}_])(?:blir|bli|blev|är|var|vore|skulle|gillar|hatar|tycker|tror|säger|sager|would|will|wo?n'?t|gets?|got|is|was|hates?|likes?|thinks?|says?|annars|otherwise|because|eftersom|sur|arg|mad|angry)(?![\p{L}\p{N}_])/iu;

/**
 * After a change of mind, the name in what follows: "mamma blir sur. Karlssons wifi", "dad would hate it.
 * KarlssonNet then" — the last sentence that names something, a sentence giving a reason passed over.
 */
export function nameAfterChange(rest: string, asked: boolean): string | null {
  const sentences = (rest.match(/[^.!?…]+[.!?…]*/gu) ?? []).map((x) => x.trim()).filter(Boolean);
  if (sentences.length < 2) return parseWifiName(rest, { asked });
  for (const sentence of sentences.reverse()) {
    if (REASON.test(sentence) && !quotedName(sentence)) continue;
    const name = parseWifiName(sentence.replace(YES_FIRST, ''), { asked });
    if (name) return name;
  }
  return null;
}

/** The name given after the last self-correction in `raw`, or null when there is none. */
export function correctedLast(raw: string, asked: boolean): string | null {
  const marks = [...raw.matchAll(SELF_CORRECTION)];
  const last = marks.at(-1);
  if (!last || last.index === undefined) return null;
  const before = raw.slice(0, last.index);
  const rest = raw.slice(last.index + last[0].length);
  if (!/[\p{L}\p{N}]/u.test(before) || !/[\p{L}\p{N}]/u.test(rest)) return null;
  // "yeah KarlssonNet": a yes in front of the name repeated is no part of it.
  const name = rest.replace(YES_FIRST, '').replace(WRITTEN_FIRST, '');
  return nameAfterChange(name, asked || CUE.test(before) || NAME_TOPIC.test(before));
}

/**
 * Words that describe the wanted name instead of giving it (folded): "nåt roligare", "something more
 * personal", "a better name", "vårt efternamn", "something with our surname in it". Such a phrase is no name:
 * the desk asks what the network should be called.
 */
const DESCRIBES_NAME = new RegExp(
  [
    // an indefinite or a comparison first: "something fun", "nåt annat", "ett roligare namn", "a cooler one"
    String.raw`^(?:(?:typ|like|maybe|kanske|just|bara)\s+)?(?:something|anything|somethin|smth|sth|some|another|a|an|other|any|nat|nagot|nagonting|nanting|nat|nan|ett|en|annat|lite|mer|mera|more|less|mindre)\s+(?:(?:more|mer|mera|lite|a bit|bit|less|mindre|really|riktigt|very|valdigt|much|mycket|way|sa|so|sjukt)\s+)*(?:fun\w*|cool\w*|nice\w*|better|best|personal\w*|unique|creative|original|interesting|clever|catchy|fancy|cute\w*|short\w*|simple\w*|easy\w*|memorable|readable|normal|boring|else|different|new|kul\w*|rolig\w*|battre|bra|snygg\w*|personlig\w*|unik\w*|kreativ\w*|fyndig\w*|gullig\w*|kort\w*|enkl?\w*|lattare|annat|annan|nytt|ny|tokig\w*|galen\w*|coolare|tuffare|frack\w*|sot\w*|lustig\w*|personligt)\b`,
    // a comparative alone: "roligare", "cooler", "something better than FL-1234"
    String.raw`^(?:(?:more|mer|mera|lite|a bit)\s+)?(?:roligare|coolare|snyggare|battre|personligare|tuffare|lattare|funnier|cooler|nicer|better|prettier|more (?:fun|personal|creative|original)|mer (?:personligt|kreativt|originellt|kul))\b`,
    // whose name it should carry, not the name: "our surname", "vårt efternamn", "my name", "the family name"
    String.raw`^(?:(?:typ|like|maybe|kanske|with|med)\s+)?(?:our|my|the|vart|mitt|min|familjens|the family'?s?)\s+(?:(?:family|last|sur|own|egna?)\s*)?(?:names?|surname|efternamn\w*|namn\w*|familjenamn\w*)\b`,
    // "ett namn" / "a name" with a description after it: "a name with our surname in it"
    String.raw`^(?:a|an|ett|en|some|nat|nagot)\s+(?:\w+\s+)?(?:name|namn)\b`,
  ].join('|'),
);

/** "something more personal, like KarlssonNet", "nåt roligare typ LAN Solo": the example after a description. */
const EXAMPLE_AFTER =
  /(?:[\s,(-]+(?:like|such as|e\.? ?g\.?|for example|say|typ|t\.? ?ex\.?|till exempel|som|kanske|maybe)[\s:,]+|\s*[,:–-]\s*)(.+)$/iu;
/** "A New Hope", "Nice Try Neighbour": every word capitalised, a name however it reads. */
const TITLE_CASE = /^(?:\p{Lu}[\p{L}\p{N}'’]*\s+)+\p{Lu}[\p{L}\p{N}'’]*$/u;

/** `name` read from `raw` when it names the network; a description of the wanted name gives its example or null. */
function namedOnly(name: string | null, raw: string): string | null {
  if (!name || TITLE_CASE.test(name) || !DESCRIBES_NAME.test(fold(name))) return name;
  // A name in quotation marks is taken as written ("call it 'Something Else'").
  if (quotedName(raw) === name) return name;
  const example = EXAMPLE_AFTER.exec(name)?.[1];
  const named = example ? tidy(example) : null;
  if (!named || DESCRIBES_NAME.test(fold(named)) || NOT_A_NAME.test(fold(named))) return null;
  return INDEFINITE.test(named) ? null : named;
}

/** The new SSID, or null. `asked`: the desk has just asked for the name, so a bare answer is the name. */
export function parseWifiName(text: string, opts: { asked?: boolean } = {}): string | null {
  const raw = String(text ?? '')
    .slice(0, 500)
    .replace(/\s+/g, ' ')
    .trim();
  const name = namedOnly(nameIn(raw, opts), raw);
  // "skriv LindsWifi istället": the instruction around the name is no part of it (a quoted name is exact).
  return name && name !== quotedName(raw) ? withoutInstruction(name) : name;
}

/**
 * "why did you rename the network to 's phone'??", "varför döpte ni om det till …": a rename asked about, done or
 * not, names no name wanted. The text of the sentence before a cue.
 */
const ASKED_ABOUT =
  /(?<![\p{L}\p{N}_])(?:why|how come|did (?:you|someone|somebody|anyone)|have you|who|when did|varför|varfor|vem|har (?:ni|du|någon|nagon))(?![\p{L}\p{N}_])[^.?!]{0,30}$/iu;

/** The words of the sentence before position `at`. */
function sentenceBefore(raw: string, at: number): string {
  const before = raw.slice(0, at);
  return before.slice(Math.max(...['.', '?', '!', '\n'].map((p) => before.lastIndexOf(p))) + 1);
}

/** The first rename cue that asks for a name (one in a question about a rename passed over). */
function requestCue(raw: string): RegExpExecArray | null {
  const all = new RegExp(CUE.source, 'giu');
  for (let m = all.exec(raw); m; m = all.exec(raw)) {
    if (!ASKED_ABOUT.test(sentenceBefore(raw, m.index))) return m;
    if (m[0].length === 0) all.lastIndex++;
  }
  return null;
}

/**
 * "please put the network name back to Karlsson", "byt tillbaka namnet till Karlsson": a name asked BACK — an undo
 * of a rename, which is no new rename where none was made.
 */
export function nameAskedBack(text: string): boolean {
  const raw = String(text ?? '')
    .slice(0, 500)
    .replace(/\s+/g, ' ');
  const cue = requestCue(raw);
  return !!cue && /(?<![\p{L}\p{N}_])(?:back|tillbaka|again|igen)(?![\p{L}\p{N}_])/iu.test(cue[0]);
}

/** "just", "only", "bara" in front of the name given (lowercase). */
const JUST_FIRST = /^\s*(?:just|only|simply|bara|enbart|helt enkelt)\s*:?\s+(?=\S)/u;

function nameIn(raw: string, opts: { asked?: boolean }): string | null {
  const corrected = correctedLast(raw, !!opts.asked);
  if (corrected) return corrected;
  const cue = requestCue(raw);
  if (cue) {
    // "the name should be just BergFamily": "just" says it is that name alone, no part of it (lowercase: "Just Dance"
    // is a name).
    const after = raw.slice(cue.index + cue[0].length).replace(JUST_FIRST, '');
    const quoted = QUOTED.exec(after);
    if (quoted && quoted.index <= 2) return tidy(quoted[1]);
    return tidy(after);
  }
  const pronoun = NAME_TOPIC.test(raw) ? PRONOUN_CUE.exec(raw) : null;
  if (pronoun) return tidy(raw.slice(pronoun.index + pronoun[0].length));
  // A quoted name only beside words of a rename ("kan wifit heta “Ankeborg”?") or as the answer to the name asked
  // ('hmm.. "Pretty Fly for a WiFi" haha'): never a quote that opens inside a word ("mum's phone"), nor one beside
  // other words ("that 'Microsoft' phone call").
  const quoted = IN_QUOTES.exec(raw);
  if (
    quoted &&
    (opts.asked || RENAME_WORDS.test(raw)) &&
    !ASKED_ABOUT.test(sentenceBefore(raw, quoted.index))
  )
    return tidy(quoted[1]);
  const offered = opts.asked ? OFFERED.exec(raw) : null;
  if (offered) {
    const name = tidy(raw.slice(offered.index + offered[0].length));
    return name && !INDEFINITE.test(name) ? name : null;
  }
  const answer = opts.asked ? beforeQuestion(raw) : raw;
  if (!opts.asked || /\?/.test(answer)) return null;
  const bare = answer
    .replace(ALREADY_SAID, '')
    .replace(SAID_AFTER, '')
    .replace(NO_JUST, '')
    .replace(/^(det|den|it|that)(?:'s| is| ska vara| ska heta| blir| får heta)\s+/iu, '')
    .replace(LEAD_IN, '');
  if (!bare || NOT_A_NAME.test(fold(bare))) return null;
  return bare.split(/\s+/).length <= 5 ? tidy(bare) : null;
}
