// "ok then yes, change the admin one" at the permission for a new Wi-Fi key, "ja, byt wifi-namnet" at the one for
// the admin password: a yes that names another change than the one asked about is no yes to it. Which changes a
// reply asks for, by what they change (data); the case decides what it means for the permission pending.
import type { ActionName } from '../domain/index.js';
import { cleanText, fold } from './normalize.js';

/** What each change touches, in the customer's words (folded text). */
const TARGETS: ReadonlyArray<readonly [ActionName, RegExp]> = [
  [
    'admin_password_change',
    /\badmin\w*|\b(router\w*|modem\w*)'?s? (login|inlogg\w*|settings page)|\b(factory|default|standard) (login|password)|\b(fabriks|standard)(inlogg\w*|losen\w*)/,
  ],
  [
    'wifi_ssid_change',
    /\b(wi-?fi|wlan|network|natverks?)[- ]?(name|namn\w*)|\bssid\b|\bnamnet (pa|på) (wifi\w*|natverket)|\bname of (the|my) (wi-?fi|network)/,
  ],
  [
    'wifi_password_change',
    /\b(wi-?fi|wlan|wpa\d?|natverks?|network)[- ]?(pass\w*|pw|losen\w*|key|nyckel\w*|kod\w*)|\bnatverksnyckel\w*|\b(the|that) (wi-?fi|wlan) (one|ones)\b|\bwifi-?(et|ett|t)\b/,
  ],
];

/** A change asked for before the thing ("change the admin one", "byt adminlösenordet", "just the admin one"). */
const CHANGE_BEFORE =
  /\b(change|changing|reset|replace|set|do|make|new|just|only|byt\w*|andra\w*|nollstall\w*|satt\w*|gor|kor|ny\w*|bara|endast|enbart)\b[^.,!?;]{0,25}$/;
/** …or after it ("admin-lösenordet får du byta", "the admin one please"). */
const CHANGE_AFTER =
  /^[^.,!?;]{0,25}\b(far (du|ni)|kan (du|ni)|ska (du|ni)|byt\w*|andra\w*|please|pls|tack|instead|i stallet|istallet)\b/;

/** A change refused in its clause: "not the wifi one", "I don't want the wifi password changed", "rör inte …". */
const NEGATED = /\b(no|not|don'?t|dont|never|nej|inte|aldrig|utan|skip\w*|leave|lat|hoppa\w*)\b/;
/** Where a clause starts, before position `at` of a statement. */
const clauseStart = (s: string, at: number) =>
  Math.max(...[',', ';', ' but ', ' men ', ' just ', ' bara ', ' only '].map((p) => s.lastIndexOf(p, at)), 0);

/**
 * The changes `text` asks for in so many words, in statements (a question about one — "will it change my wifi
 * password?" — asks for none). Empty when it names no change.
 */
export function changesAskedFor(text: string): ActionName[] {
  const f = fold(cleanText(text));
  const statements = (f.match(/[^.!?]+(?:\?+|[.!]*)/g) ?? []).filter((s) => !s.trim().endsWith('?'));
  const found: ActionName[] = [];
  for (const s of statements)
    for (const [action, target] of TARGETS) {
      const re = new RegExp(target.source, 'g');
      for (const m of s.matchAll(re)) {
        const at = m.index ?? 0;
        if (!CHANGE_BEFORE.test(s.slice(0, at)) && !CHANGE_AFTER.test(s.slice(at + m[0].length))) continue;
        if (NEGATED.test(s.slice(clauseStart(s, at), at))) continue;
        if (!found.includes(action)) found.push(action);
        break;
      }
    }
  return found;
}

/**
 * Whether a reply at the permission for `action` asks for other changes only: "ok then yes, change the admin one"
 * at the one for a new Wi-Fi key. A reply that names this change too, or none, is not.
 */
export function namesOtherChangeOnly(action: ActionName, text: string): ActionName[] | null {
  if (!TARGETS.some(([a]) => a === action)) return null;
  const asked = changesAskedFor(text);
  if (asked.length === 0 || asked.includes(action)) return null;
  return asked;
}

/**
 * "I don't want the wifi password changed, just the admin one" at the permission for the admin password: a reply
 * that refuses only other changes and asks for this one in so many words is a yes to it.
 */
export function asksThisChangeOnly(action: ActionName, text: string): boolean {
  const asked = changesAskedFor(text);
  return asked.length === 1 && asked[0] === action;
}
