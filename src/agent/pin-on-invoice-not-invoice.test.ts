// v2-un26-wifi-password-forgotten-sv-1 failed on 1a77e9e (refused): F2's 543c39c kept "Menar ni koden på
// fakturan? Det står ingen PIN där." at the PIN as an invoice question for billing, and the PIN answer as none.
// Where the PIN or number is, asked at identification, is no invoice question.
import { describe, expect, it } from 'vitest';
import { invoiceQuestionOf } from './secondary-topics.js';

describe('the PIN asked about beside the invoice', () => {
  it.each(['Menar ni koden på fakturan? Det står ingen PIN där.', 'is the PIN the code on my invoice?'])(
    '"%s" is no invoice question',
    (text) => {
      expect(invoiceQuestionOf(text)).toBeNull();
    },
  );
  it('"och btw min räkning gick upp förra månaden, varför?" still is one', () => {
    expect(
      invoiceQuestionOf('pin: 5747. och btw min räkning gick upp förra månaden, varför?'),
    ).not.toBeNull();
  });
});
