// A customer number corrected while the PIN is asked ("oj förlåt, det var fel nummer … 200129. pin 1384",
// "i mean 200129", or simply another number beside a PIN): the new number replaces the first one, the PIN
// is checked against it, and failed PIN attempts are kept per number, never counted on someone else's account.
import type { Customer } from '../domain/index.js';
import type { CustomerDirectory } from '../tickets/ports.js';
import { customerNumbers } from '../triage/entities.js';
import type { ConversationState } from './conversation-state.js';

/** Customer numbers are 5–8 digits, sometimes written in groups ("200 129", "200,220"); a 4-digit PIN is not one. */
const NUMBER = /(?<![\d-])(\d{3}[ ,.]\d{3}|\d{5,8})(?![\d-])/g;

/** Customer numbers in the text (as the triage reads them, "200,220" too) other than the one already given. */
export function otherNumbers(text: string, current: string): string[] {
  return customerNumbers(text).filter((n) => n !== current);
}

/** The text with every customer number taken out, so that the PIN beside it is read alone. */
export function withoutNumbers(text: string): string {
  return text.replace(NUMBER, ' ');
}

/** The first other number in the text that names a customer, if any. */
export async function correctedCustomer(
  directory: CustomerDirectory,
  text: string,
  current: string,
): Promise<Customer | null> {
  for (const n of otherNumbers(text, current)) {
    const c = await directory.byNumber(n);
    if (c) return c;
  }
  return null;
}

/** Keeps the failed attempts of the number left behind and takes up those of the new one (none yet, usually). */
export function switchPinFailures(conv: ConversationState, from: string, to: string): void {
  const byNumber = { ...(conv.pinFailuresByNumber ?? {}), [from]: conv.pinFailures };
  conv.pinFailures = byNumber[to] ?? 0;
  conv.pinFailuresByNumber = byNumber;
}
