// Removes what is not the customer's new words from an e-mail body: quoted replies, the
// "On … wrote:" line that introduces them, signatures and mobile footers.

const QUOTE_HEADER = [
  /^On .{3,200}wrote:\s*$/i,
  /^Den .{3,200}skrev:?\s*$/i,
  /^.{0,100}\bskrev\b.{0,100}:\s*$/i,
  /^-{2,}\s*(Original Message|Ursprungligt meddelande|Forwarded message|Vidarebefordrat meddelande)\s*-{2,}\s*$/i,
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
    if (SIGNATURE_START.some((re) => re.test(line))) break;
    if (t.startsWith('>')) continue;
    kept.push(line);
  }
  return kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
