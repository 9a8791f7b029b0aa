// The newest network name given while a rename waits for its permission, in the customer's words:
// "maybe skip it, just Jonas Wifi", "just: Oskars Wifi", "make it Oskars Wifi instead", "call it X",
// "no, WITHOUT the emoji" (the name proposed, without it). Raw text in, the name as written out.
import { withoutInstruction } from './name-instruction.js';
import { quotedName } from './wifi-name.js';

/** Pictographs (emoji) and the joiners and selectors between them. */
const EMOJI = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu;
/** "just X", "only X", "bara X", "make it X", "call it X", "döp det till X", "X instead". */
const GIVEN = [
  /\b(?:just|only|simply|bara|enbart)\s*:?\s+(.+?)\s*(?:[.!?\n]|$)/i,
  /\b(?:make it|call it|name it|set it to|change it to|rename it to|go with|gör det till|döp (?:om )?(?:det|den) till|kalla (?:det|den)|byt till|ta)\s*:?\s+(.+?)\s*(?:[.!?\n]|$)/i,
  // "nej vänta, gör det Farmor o Farfar istället": without "till", "gör det" is a name only with its "instead".
  /\b(?:gör|gor) (?:det|den)\s*:?\s+(.+?)\s+(?:istället|istallet)\b/i,
];
/** Words that open no name ("just do it", "just wondering", "bara undrar", "är det bara namnet?"). */
const NOT_A_NAME =
  /^(?:namn\w*|names?|network\w*|natverk\w*|nätverk\w*|wi-?fi\w*|losen\w*|lösen\w*|password\w*|skamt|skämt|joke|for skojs|för skojs|do|it|that|this|the|a|an|to|go|want\w*|wonder\w*|ask\w*|curious|check\w*|kidding|saying|need\w*|one|skip|leave|keep|forget|change|rename|call|make|yes|no|ok|okay|gör|gor|vill|undrar|fråg\w*|frag\w*|kör|kor|ja|nej|det|den|en|ett|att|nu|now|sen|senare|later|idag|today|imorgon|tomorrow)\b/i;
/** What closes the name: "instead", "please", "thanks". */
const TRAILING = /\s*(?:,?\s*(?:instead|istället|istallet|please|pls|thanks|tack|then|då|da))+\s*$/i;
/** "without the emoji", "utan emojin", "no emoji". */
const WITHOUT_EMOJI =
  /\b(?:without|utan|no|inga?|skip|drop|remove|ta bort)\b[^.!?]{0,12}\b(?:emoji\w*|emojin|smiley\w*|symbol\w*|ikon\w*|icon\w*|house|huset)\b/i;

const MAX_NAME = 32;

/** "no?? hugonet. not o", "nej, Hugonet!", "nope, it's HugoNet": a no, then the name meant. */
const NO_THEN_NAME =
  /^(?:no+|nope|nah|nej|nä|nae)[\s,.!?]+(?:(?:it'?s|its|i said|i meant|det är|det ar|jag sa|jag menade)\s+)?["'“”‘’]?([\p{L}\p{N}][\p{L}\p{N}_-]{0,31})["'“”‘’]?(?:[\s,.!?]+(?:not|inte|instead of|istället för|istallet for)\s+\S+)?[\s.!?]*$/iu;
/** Words after a no that name nothing ("nej tack", "no wait", "nej, vänta", "no thanks"). */
const NO_WORD =
  /^(?:tack|thanks|thank|thx|ty|wait|vänta|vanta|stop|stopp|later|senare|sorry|förlåt|forlat|aldrig|never|inte|not|nej|no|nope|please|pls|plz|hold|avbryt|cancel|sluta|dont|inget|nothing|way|nu|now|idag|today|då|da|then|oj|oops|hmm+|ugh|what|vad|va|why|varför|varfor|stupid|dumt)$/i;
/** "hugonet, not o", "Hugonet inte o": the name, then the one it replaces. */
const NAME_NOT_PROPOSED =
  /^["'“”‘’]?([\p{L}\p{N}][\p{L}\p{N}_ -]{0,31}?)["'“”‘’]?[\s,.!]+(?:not|inte)\s+(.+?)[\s.!?]*$/iu;

export function withoutEmoji(name: string): string {
  return name.replace(EMOJI, '').replace(/\s+/g, ' ').trim();
}

/** The name given instead of `proposed`, or null when the message gives none. */
export function correctedName(text: string, proposed: string | null): string | null {
  const raw = String(text ?? '').slice(0, 500);
  const quoted = quotedName(raw);
  if (quoted) return quoted;
  const name = givenName(raw, proposed);
  // "bara LindsWifi utan skriv 😅": the words around the name tell what to do with it, never part of it.
  return name ? withoutInstruction(name) : null;
}

function givenName(raw: string, proposed: string | null): string | null {
  for (const re of GIVEN) {
    const m = re.exec(raw);
    // "eller är det bara namnet?", "or is it just the name": asked about, not given.
    if (m && /\b(?:är|ar|e|is|was|var)\s+(?:det|it|that|den)\s*$/i.test(raw.slice(0, m.index))) continue;
    const name = m?.[1]
      ?.replace(TRAILING, '')
      .replace(/^["'“”‘’]+|["'“”‘’]+$/g, '')
      .trim();
    if (name && name.length <= MAX_NAME && !NOT_A_NAME.test(name) && name.split(/\s+/).length <= 4)
      return name;
  }
  const noThen = NO_THEN_NAME.exec(raw.trim())?.[1];
  if (noThen && !NOT_A_NAME.test(noThen) && !NO_WORD.test(noThen) && noThen !== proposed) return noThen;
  const instead = NAME_NOT_PROPOSED.exec(raw.trim());
  if (
    instead &&
    proposed &&
    instead[2].replace(/^["'“”‘’]+|["'“”‘’]+$/g, '').toLowerCase() === proposed.toLowerCase() &&
    !NOT_A_NAME.test(instead[1]) &&
    !NO_WORD.test(instead[1])
  )
    return instead[1];
  // "LindsWifi" when "vara: LindsWifi" was proposed: the name meant, said again alone, is the correction.
  const bare = raw.trim().replace(/[\s.!]+$/u, '');
  if (
    proposed &&
    /^[\p{L}\p{N}][\p{L}\p{N}_-]{1,31}$/u.test(bare) &&
    bare !== proposed &&
    proposed.toLowerCase().includes(bare.toLowerCase()) &&
    !NOT_A_NAME.test(bare) &&
    !NO_WORD.test(bare)
  )
    return bare;
  if (proposed && WITHOUT_EMOJI.test(raw)) {
    const plain = withoutEmoji(proposed);
    if (plain && plain !== proposed) return plain;
  }
  return null;
}
