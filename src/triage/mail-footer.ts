// The footer a mail program puts under the customer's words ("Sent from Mail for Windows", "Skickat från
// E-post för Windows", "Skickat från min iPhone", "Get Outlook for Android", "Sent with Proton Mail"): the
// program's, never the customer's — it names e-mail or a phone, and must never decide what the case is about.

/** What a mail program names itself by: the program, the maker or the device it runs on (folded or not). */
const CLIENT = String.raw`(?:mail|e-?post|e-?mail|outlook|gmail|yahoo(?: mail)?|hotmail|icloud|aol|gmx|proton ?mail|proton|tuta(?:nota)?|thunderbird|spark|bluemail|iphone|ipad|ipod|android\w*|samsung\w*|galaxy|huawei|xiaomi|oneplus|pixel|sony|nokia|motorola|blackberry|smartphone|surfplatta\w*|tablet|mobil\w*|telefon\w*|phone|handy|windows|mac|macbook)`;
/** "for Windows", "för iOS", "on Android", "på Android": the system the program runs on. */
const FOR_SYSTEM = String.raw`(?:\s+(?:for|för|on|på|pa|till)\s+(?:windows|ios|iphone|ipad|android|mac|macos|\w+)(?:\s+\d+)?)?`;
/** "Sent from", "Skickat från", "Skickad via", "Sent with", "Sendt fra" (folded or not). */
const SENT = String.raw`(?:sent|skickat|skickad|skickades|sendt|gesendet)\s+(?:from|fr(?:å|a)n|fra|via|with|med|using|von|mit)`;
/** "Get Outlook for iOS", "Hämta Outlook för Android". */
const GET = String.raw`(?:get|h(?:ä|a)mta|download|ladda ner)\s+(?:outlook|gmail|yahoo mail|proton ?mail)`;

/** The footer itself: "Sent from my Samsung Galaxy smartphone", "Skickat från E-post för Windows". */
const FOOTER = String.raw`(?:${SENT}\s+(?:my\s+|min\s+|mitt\s+|mina\s+)?(?:[\p{L}\d-]+\s+){0,2}?${CLIENT}(?:\.com)?[®™]?(?:\s+\d+\w*)?\b(?:\s+(?:${CLIENT}|secure\s+e-?mail)\b)*${FOR_SYSTEM}|${GET}\b${FOR_SYSTEM})`;
/** One line that is a mail program's footer, and nothing more. */
const FOOTER_LINE = new RegExp(String.raw`^${FOOTER}\s*[.!]?$`, 'iu');
/** The same footer inside running text (a mail whose lines were joined). */
const FOOTER_IN_TEXT = new RegExp(String.raw`\b${FOOTER}`, 'giu');

/** Whether `line` is only a mail program's footer ("Skickat från E-post för Windows"). */
export function isMailFooterLine(line: string): boolean {
  return FOOTER_LINE.test(line.trim());
}

/** `text` without the mail programs' footers, wherever they stand. */
export function withoutMailFooters(text: string): string {
  return text.replace(FOOTER_IN_TEXT, ' ');
}
