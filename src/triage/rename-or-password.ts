// "No, not the password — the NAME": the customer wants the Wi-Fi network renamed, not a new key.
// Also read inside a yes ("yes, change the name (not the password)"), which is no consent to a new password.
import { firmYesBeside } from './conditional-yes.js';
import { cleanText, fold } from './normalize.js';
import { statementsOf } from './step-done.js';

const NAME =
  /\b(name|namn|namnet|ssid|network name|natverksnamn\w*|wifi-?namn\w*|rename|dop(a)? om|byt(a)? namn)\b/;
const NOT_PASSWORD =
  /\b(not|inte|ej|icke|no)\b[^.!?]{0,12}\b(the |my |mitt |det )?(password|losen\w*|key|nyckel\w*|kod(en)?)\b|\b(password|losen\w*)\b[^.!?]{0,6}\b(not|inte)\b/;
const ONLY_NAME =
  /\b(only|just|bara|endast) (the |change the |byta |andra )?(name|namn|namnet|ssid)\b|\b(it'?s|it is|i mean|i meant|det ar|jag menar|jag menade) (the )?name\b|\bnamnet(,| alltsa| ju)\b/;

/** The reply to a password offer asks for a rename instead. */
export function wantsRenameNotPassword(text: string): boolean {
  const raw = cleanText(String(text ?? '')).slice(0, 600);
  const t = fold(raw);
  if (!NAME.test(t)) return false;
  // "Yes, go ahead. And the name?": the yes to the key stands; the name is only asked about.
  if (firmYesBeside(fold(statementsOf(raw)).split(/[.!\n]+/)) && !NOT_PASSWORD.test(t)) return false;
  // "the NAME" in capitals is the customer stressing it.
  return NOT_PASSWORD.test(t) || ONLY_NAME.test(t) || /\b(NAME|NAMN|NAMNET)\b/.test(raw);
}
