import { fold } from './normalize.js';

/** The router's own login named: "admin password", "adminlösenordet", "the factory login", "routerns inloggning". */
const ADMIN_LOGIN = new RegExp(
  [
    String.raw`\badmin\w*[- ]?(pass\w*|pw|losen\w*|login\w*|inlogg\w*|kod\w*|konto\w*)`,
    String.raw`\b(router\w*|modem\w*)'?s? (admin|login|inlogg\w*|settings page)`,
    String.raw`\b(factory|default|standard) (login|admin|inlogg\w*)`,
    String.raw`\b(fabriks|standard)(inlogg\w*|losen\w*)`,
    String.raw`\binlogg\w* (till|pa|for) (routern|modemet|192\.168)`,
  ].join('|'),
);
/** The Wi-Fi's key named: "wifi password", "wifi-lösenordet", "the wpa key", "nätverksnyckeln". */
const WIFI_KEY =
  /\b(wi-?fi|wlan|wpa\d?|natverks?|network)[- ]?(pass\w*|pw|losen\w*|key|nyckel\w*|kod\w*)|\bnatverksnyckel\w*/;

/** A question about what a change touches: "does it affect my wifi password?", "påverkar det wifi-lösenordet?". */
const EFFECT_ON = new RegExp(
  String.raw`\b(affect\w*|chang\w*|touch\w*|reset\w*|mess\w*|need\w*|break\w*|lose|paverka\w*|andra\w*|andras|byt\w*|behov\w*|forsvinn\w*|tappa\w*|ocksa)\b[^?]{0,60}(` +
    WIFI_KEY.source +
    ')',
);
/** The key compared with the admin password: "what is the difference between the admin password and the Wi-Fi password?". */
const COMPARED =
  /\b(differen\w*|differ|skillnad\w*|same (as|thing)|samma (som|sak)|vs|versus|compared?|jamfor\w*|instead of|i stallet for)\b/;
/**
 * A worry about the key asked, no change asked for: "is my wifi password safe?", "är wifi-lösenordet säkert?",
 * "should I worry about my wifi password too?". A request in the same sentence ("can you change it?") stands.
 */
const WORRY =
  /\b(safe\w*|secure\w*|strong\w*|weak\w*|ok(ay)?|fine|good enough|hack\w*|leak\w*|compromis\w*|worr\w*|saker\w*|stark\w*|svag\w*|bra nog|tillrackligt|okej|lackt|hackad\w*|oroa\w*)\b/;
/** A change asked for in so many words: "can you change …", "byt …", "new …", "reset …". */
const ASKS_CHANGE =
  /\b(can you|could you|would you|please|pls|change|reset|replace|new|give|send|tell me|what is|whats|forgot\w*|byt\w*|andra\w*|ny\w*|kan (ni|du)|ge mig|skicka|vad ar|glomt|glomde)\b/;
/** The key kept out of it: "rör inte wifi-lösenordet", "don't change the wifi password". */
const KEPT_OUT = new RegExp(
  String.raw`\b(inte|not|don'?t|dont|never|aldrig|utan att)\b[^.!?]{0,30}(` + WIFI_KEY.source + ')',
);

/**
 * "can you change my router's admin password? … does that affect my wifi password?": the router's login is the
 * request; a Wi-Fi key named only in a question (what a change would touch) is no second request. Cleaned text.
 */
export function adminPasswordMeant(cleaned: string): boolean {
  if (!ADMIN_LOGIN.test(fold(cleaned))) return false;
  const sentences = (cleaned.match(/[^.!?]+[.!?]*/g) ?? []).map(fold);
  return sentences.every(
    (s) =>
      !WIFI_KEY.test(s) ||
      (s.trim().endsWith('?') &&
        (EFFECT_ON.test(s) || COMPARED.test(s) || (WORRY.test(s) && !ASKS_CHANGE.test(s)))) ||
      KEPT_OUT.test(s),
  );
}

/** The customer portal named: its name in either language, "the portal", "my account" (folded). */
const PORTAL =
  /\b(mina sidor|my pages|kundportal\w*|portal\w*|kundkonto\w*|(my|mitt) (konto|account)|self.?service)\b/;

/** Whether the message names the customer portal, whose password is not the router's. Cleaned text. */
export function portalNamed(cleaned: string): boolean {
  return PORTAL.test(fold(cleaned));
}
