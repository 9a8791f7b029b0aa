import { randomInt } from 'node:crypto';

// No 0/o, 1/l/i: easy to read aloud and type on a phone.
const READABLE = 'abcdefghjkmnpqrstuvwxyz23456789';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const LOWER = 'abcdefghjkmnpqrstuvwxyz';
const DIGITS = '23456789';

function pick(alphabet: string, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[randomInt(alphabet.length)];
  return s;
}

/** A Wi-Fi key like `k7mp-x3wq-hn9t-rc4d`: four groups of four, about 79 bits, readable over the phone. */
export function generateWifiPassphrase(): string {
  return [pick(READABLE, 4), pick(READABLE, 4), pick(READABLE, 4), pick(READABLE, 4)].join('-');
}

/** A 16-character admin password with upper, lower case and digits (about 90 bits). */
export function generateAdminPassword(): string {
  const all = UPPER + LOWER + DIGITS;
  const chars = [pick(UPPER, 1), pick(LOWER, 1), pick(DIGITS, 1), ...pick(all, 13).split('')];
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}

/** Replaces every occurrence of the given secret values in a text. */
export function redact(text: string, secrets: Iterable<string>): string {
  let out = text;
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join('***');
  return out;
}
