import type { Contact } from '../domain/index.js';

// Contact values are stored as given and also in a normalised form for look-ups.

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Digits with a leading `+`. National numbers (leading 0) are read as Swedish (+46), the demo ISP's
 * country; `00` is the international prefix.
 */
export function normalizePhone(phone: string, countryCode = '46'): string {
  const raw = phone.trim();
  const digits = raw.replace(/\D/g, '');
  if (raw.startsWith('+')) return `+${digits}`;
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  if (digits.startsWith('0')) return `+${countryCode}${digits.slice(1)}`;
  return `+${digits}`;
}

export function normalizeContact(c: Contact): Contact {
  return { kind: c.kind, value: c.kind === 'email' ? normalizeEmail(c.value) : normalizePhone(c.value) };
}
