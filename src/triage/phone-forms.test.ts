// Every common Swedish way of writing a phone number keeps all its digits, wherever it stands in the
// sentence (rp8a 12: "sofia berglund 070-123 45 67." was stored as +467012345).
import { describe, expect, it } from 'vitest';
import { extractEntities, findVolunteeredPin } from './entities.js';

const FORMS: [string, string][] = [
  ['070-123 45 67', '+46701234567'],
  ['070 123 45 67', '+46701234567'],
  ['0701234567', '+46701234567'],
  ['070-1234567', '+46701234567'],
  ['+46 70 123 45 67', '+46701234567'],
  ['+46701234567', '+46701234567'],
  ['+46 (0)70-123 45 67', '+46701234567'],
  ['0046 70 123 45 67', '+46701234567'],
  ['(070) 123 45 67', '+46701234567'],
  ['070 - 123 45 67', '+46701234567'],
  ['08-123 456 78', '+46812345678'],
  ['08-12345678', '+46812345678'],
  ['031-123 45 67', '+46311234567'],
  ['0771-123 456', '+46771123456'],
];
const PLACES = [
  (n: string) => `ring mig på ${n}`,
  (n: string) => `sofia berglund ${n}. tack`,
  (n: string) => `nr: ${n}, tack`,
  (n: string) => `my number is ${n}!`,
  (n: string) => `${n}?`,
];

describe('phone numbers as written', () => {
  for (const [written, phone] of FORMS)
    it.each(PLACES.map((p) => p(written)))(`"%s" → ${phone}`, (text) => {
      const e = extractEntities(text);
      expect(e.phones).toEqual([phone]);
      expect(e.customerNumbers).toEqual([]);
    });

  it('a number followed by another number keeps them apart', () => {
    expect(extractEntities('070-123 45 67 kundnummer 200101').phones).toEqual(['+46701234567']);
    expect(extractEntities('0701234567 200101').customerNumbers).toEqual(['200101']);
  });

  it('dates, prices and decimals are no phone numbers', () => {
    for (const t of ['den 2026-12-05 kl 08:00', 'it costs 0,5 kr', 'plan 100/100 for 299 kr'])
      expect(extractEntities(t).phones).toEqual([]);
  });

  it('a phone number is not read as a PIN and a customer number', () => {
    expect(findVolunteeredPin('det är fel nummer, det är 0701234567')).toBeNull();
    expect(findVolunteeredPin('wrong number, its 070 123 45 67')).toBeNull();
    expect(findVolunteeredPin('200101 4711')).toBe('4711');
  });
});
