// Removes what is not the customer's new words from an e-mail body: quoted replies, the
// "On … wrote:" line that introduces them, signatures and mobile footers.
import { isMailFooterLine } from '../../triage/mail-footer.js';

const QUOTE_HEADER = [
  /^On .{3,200}wrote:\s*$/i,
  /^Den .{3,200}skrev:?\s*$/i,
  /^.{0,100}\bskrev\b.{0,100}:\s*$/i,
  /^-{2,}\s*(Original Message|Ursprungligt meddelande|Originalmeddelande|Forwarded message|Vidarebefordrat meddelande)\s*-{2,}\s*$/i,
  /^(From|Från):\s.+$/i,
];

const SIGNATURE_START = [
  /^--\s*$/,
  /^(Sent from my|Skickat från min)\b/i,
  /^(Get Outlook for|Hämta Outlook för)\b/i,
];

export function stripReply(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  for (const line of lines) {
    const t = line.trim();
    if (QUOTE_HEADER.some((re) => re.test(t))) break;
    if (SIGNATURE_START.some((re) => re.test(line)) || isMailFooterLine(t)) break;
    if (t.startsWith('>')) continue;
    kept.push(line);
  }
  return kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * "Skickar igen då jag inte sett något svar. Nätverket syns fortfarande inte.", "resending this as nobody
 * answered, see below": the customer's own earlier message sent again (folded own words).
 */
const SENT_AGAIN =
  /\b(skickar (\w+ )?(igen|om)|resend\w*|re-send\w*|sending (\w+ ){0,2}again|forwarding (\w+ ){0,2}again|(se|see) (mitt |my )?(\w+ )?(nedan|below)|(inget|inte (fatt|sett) (nagot|nat|nan)?) svar|(no|not had an?|not got an?|never got an?|haven'?t (had|got|seen) an?y?) (answer|reply|response)|(mitt|my) (forra|tidigare|forsta|previous|earlier|first|last) (mejl|mail|e-?post|meddelande|e-?mail|message))\b/;
/** Header lines of a quoted message ("> Från: …", "> Subject: …"): not the customer's words. */
const QUOTED_HEADER = /^(from|från|sent|skickat|to|till|date|datum|subject|ämne|cc):/i;

const foldText = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

/**
 * The quoted earlier message of a mail that says it is the same message sent again (its own words, headers and
 * signature dropped), or null: what the customer wrote before is still what they mean.
 */
export function earlierMessageSentAgain(text: string, ownWords: string): string | null {
  if (!SENT_AGAIN.test(foldText(ownWords))) return null;
  const quoted = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((l) => l.trim().startsWith('>'))
    .map((l) => l.trim().replace(/^(>\s?)+/, ''))
    .filter((l) => !QUOTED_HEADER.test(l.trim()));
  const earlier = stripReply(quoted.join('\n'));
  return earlier || null;
}
