// What the customer said about the router that some texts have a variant for (turn.ts variants), sv + en:
// - "Lappen på routern är borta", "the sticker has come off", "etiketten går inte att läsa": the router's sticker,
//   where the Wi-Fi key and the admin password are printed, is not there to read;
// - "jag ser bara ett nätverk, Nilsson-hemma", "there's only one network": one network name for both bands, so
//   no "-5G" name to pick.
// Folded text.
import { cleanText, fold } from './normalize.js';

const STICKER = String.raw`(?:lapp(?:en)?|klistermarke(?:t)?|klisterlapp(?:en)?|etikett(?:en)?|dekal(?:en)?|sticker|label)`;
const GONE = String.raw`(?:borta|bortriven|borttagen|forsvunnen|forsvann|saknas|avriven|avskrapad|sliten|utsliten|oläslig|olaslig|gar inte att lasa|syns inte|gone|missing|torn off|ripped off|peeled off|came off|fell off|has come off|unreadable|illegible|worn( off| away)?|faded|rubbed off|can'?t (?:be )?read)`;
const GONE_SAID = new RegExp(
  String.raw`\b${STICKER}\b[^.?!]{0,25}\b${GONE}|\b(?:ingen|inget|no|there'?s no|there is no)\s+(?:\w+\s+)?${STICKER}\b|\b(?:nagon|nan|somebody|someone|the kids?|barnen)\b[^.?!]{0,20}\b(?:rev|slet|tog|pillade|peeled|tore|ripped|took)\b[^.?!]{0,10}\b(?:bort|av|loss|off)?\b[^.?!]{0,10}\b${STICKER}\b`,
);

/** Whether the message says the router's sticker is gone or cannot be read. */
export function stickerGone(text: string): boolean {
  return GONE_SAID.test(fold(cleanText(String(text ?? '')).slice(0, 2000)).replace(/[’`´]/g, "'"));
}

const ONE_NETWORK_SAID =
  /\b(bara|endast|only|just)\s+(finns\s+|har\s+(vi\s+|jag\s+)?|is\s+|have\s+|see\s+|ser\s+(jag\s+)?)?(ett|ett enda|one|a single|1)\s+(natverk\w*|nat|wifi\w*|wi-?fi( network)?|networks?|namn|network names?|ssid)\b|\b(ett|one|a single)\s+(enda\s+)?(natverk\w*|network)\b[^.?!]{0,20}\b(bara|only|just)\b|\b(ingen|inget|no)\s+(\w+\s+)?(5 ?g(hz)?)(-?\s?(natverk\w*|network|namn|name))?\b|\b(finns|there'?s|there is|i see|jag ser)\s+(inget|ingen|no)\b[^.?!]{0,15}\b5 ?g(hz)?\b/;

/** Whether the message says there is only one network name (no separate 5 GHz one to choose). */
export function oneNetwork(text: string): boolean {
  return ONE_NETWORK_SAID.test(fold(cleanText(String(text ?? '')).slice(0, 2000)).replace(/[’`´]/g, "'"));
}
