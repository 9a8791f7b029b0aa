// The words around a Wi-Fi name that tell the desk what to do with it, never part of it: "skriv LindsWifi
// istället", "bara LindsWifi utan skriv 😅", "namnet ska bara vara: LindsWifi", "write LindsWifi instead",
// "it should be just LindsWifi". Stripped from a name read without quotation marks (a quoted name is exact).

/** An instruction before the name: "skriv", "write", "call it", "döp det till", "ska (bara) vara", "should be", "bara". */
const BEFORE =
  /^(?:(?:och|and|så|so|men|but|haha\w*|nej|no|nope|ok|okej|ja|yes)[\s,.!]+)*(?:(?:(?:det|namnet|nätverket|wifit|it|the name|the network|the wifi|name)\s+)?(?:ska|skall|bör|borde|should|shall|must|will|needs? to|has to)\s+(?:(?:bara|just|only|simply|helt enkelt)\s+)?(?:vara|heta|bli|be(?: called| named)?)|skriv(?:a)?(?: bara)?|write|type|put|enter|call it|name it|make it|döp (?:om )?(?:det|den|nätverket|wifit)? ?till|kalla (?:det|den)|gör det till|ändra till|byt till|change it to|set it to|rename it to)(?![\p{L}\p{N}_])\s*[:=]?\s*/iu;
/** "vara: LindsWifi", "be: LindsWifi": the end of such an instruction. */
const BE = /^(?:vara|heta|be)\s*[:=]\s*/iu;
/** "just", "only", "bara" before the name (lowercase: "Just Dance" is a name). */
const JUST = /^(?:just|only|simply|bara|enbart|helt enkelt)\s*[:=]?\s+(?=\S)/u;
/** What follows the name: "instead", "istället", "please", "utan skriv", "without the word write". */
const AFTER =
  /\s+(?:(?:i )?st(?:ä|a)llet|ist(?:ä|a)llet|instead|please|pls|tack|thanks|(?:utan|without|minus)(?:\s+\S+){1,3})(?![\p{L}\p{N}_]).*$/iu;
/** Faces and gestures (😅 🙈 👍), never part of a name; a pictograph in one (🏠) is kept. */
const FACES = /[\u{1F600}-\u{1F64F}\u{1F910}-\u{1F92F}\u{1F970}-\u{1F97A}\u{1F44D}\u{1F44C}]\u{FE0F}?/gu;
const LAUGH = /(?:\s+(?:haha\w*|hehe\w*|lol|xd|:-?[dp)]))+\s*$/iu;
const QUOTES = /^["'“”‘’«»„]+|["'“”‘’«»„]+$/gu;
/** A rule on how to write it, not a word to drop: "utan mellanslag", "without the space". */
const WRITING_RULE =
  /(?:utan|without|minus)\s+(?:the\s+|any\s+)?(?:spaces?|mellanslag\w*|blanksteg\w*|emoji\w*)/iu;

/** `name` without the instruction words around it; unchanged when that would leave nothing. */
export function withoutInstruction(name: string): string {
  let n = name.replace(FACES, ' ').replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 3; i++) n = n.replace(BEFORE, '').replace(JUST, '').replace(BE, '').trim();
  if (!WRITING_RULE.test(n)) n = n.replace(AFTER, '');
  n = n
    .replace(LAUGH, '')
    .replace(/[\s,.!;]+$/u, '')
    .replace(QUOTES, '')
    .trim();
  return /[\p{L}\p{N}]/u.test(n) ? n : name;
}
