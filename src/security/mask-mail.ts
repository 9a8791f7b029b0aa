import { convert } from 'html-to-text';
import { simpleParser, type AddressObject } from 'mailparser';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { containsSecret, findSecretValues, maskSecretText } from './mask.js';

// Raw e-mail as it may be kept: secrets masked in the bytes where they appear as text, and when
// a secret hides in an encoded part (base64, quoted-printable, encoded words) the message is
// rebuilt from its decoded, masked text instead of being kept as received.

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** A line of a base64-encoded part (attachments): nothing readable to mask, and most of a big mail. */
const BASE64_LINE = /^[A-Za-z0-9+/]{40,}={0,2}\r?$/;

function maskLines(text: string): string {
  return text
    .split('\n')
    .map((line) => (BASE64_LINE.test(line) ? line : maskSecretText(line)))
    .join('\n');
}

function asText(raw: Buffer): { text: string; encoding: BufferEncoding } {
  try {
    return { text: utf8.decode(raw), encoding: 'utf8' };
  } catch {
    // Not UTF-8: read as Latin-1, which decodes any byte (bad input, not a failure).
    return { text: raw.toString('latin1'), encoding: 'latin1' };
  }
}

function addresses(a: AddressObject | AddressObject[] | undefined): string | undefined {
  if (!a) return undefined;
  return (Array.isArray(a) ? a : [a]).map((x) => x.text).join(', ') || undefined;
}

/** The raw message with every secret masked; the same bytes when there was nothing to mask. */
export async function maskRawMail(raw: Buffer): Promise<Buffer> {
  const { text, encoding } = asText(raw);
  // Line by line; a secret split over lines or encoded is caught below, on the decoded text.
  const masked = maskLines(text);
  const candidate = masked === text ? raw : Buffer.from(masked, encoding);
  let mail;
  try {
    mail = await simpleParser(candidate, {
      skipImageLinks: true,
      skipHtmlToText: true,
      maxHtmlLengthToParse: 2_000_000,
    });
  } catch {
    // A message the parser rejects keeps its line-by-line masking (bad input, not a failure).
    return candidate;
  }
  const html = typeof mail.html === 'string' ? mail.html : '';
  // Markup can split a PIN from its word ("pin <b>5747</b>"): find secrets in the HTML's text and
  // mask those values in the markup too.
  const inHtmlText = html ? findSecretValues(convert(html, { wordwrap: false })) : [];
  const textAttachments = (mail.attachments ?? [])
    .filter((a) => a.contentType.startsWith('text/'))
    .map((a) => a.content.toString('utf8'));
  const decoded = [mail.subject ?? '', mail.text ?? '', html, ...textAttachments];
  if (inHtmlText.length === 0 && !decoded.some((t) => containsSecret(t))) return candidate;
  const rebuilt = new MailComposer({
    from: addresses(mail.from),
    to: addresses(mail.to),
    cc: addresses(mail.cc),
    subject: maskSecretText(mail.subject ?? ''),
    date: mail.date,
    messageId: mail.messageId,
    inReplyTo: mail.inReplyTo,
    references: mail.references,
    text: maskSecretText(mail.text ?? ''),
    ...(html ? { html: maskSecretText(html, { known: inHtmlText }) } : {}),
    headers: { 'X-Frontline-Masked': 'rebuilt from the decoded text; secrets and attachments removed' },
  });
  return rebuilt.compile().build();
}
