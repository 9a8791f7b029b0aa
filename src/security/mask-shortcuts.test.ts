// Masking skips its patterns for a text that cannot match them (no password word, no digit) and
// remembers texts found clean: what it masks is what the patterns find, the first time and every
// time after (findSecretValues runs every pattern on the whole text, without shortcuts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSecretValues, maskSecretText, PIN_MASK, SECRET_MASK } from './mask.js';

// Password and PIN words (a long s and the Kelvin sign fold to "s" and "k" in a case-insensitive
// pattern), words between, separators and values (digits of another script too), joined at random.
const WORDS = 'password PASSWORD pa\u017Fsword Lösenord ADMINLÖSENORDET nyckel WI-FI_\u212AEY wlan_key';
const PIN_WORDS = 'pin PIN-kod kod code error_code är is min P.I.N \u212AOD CODE lösen LÖSEN säkerhetskod';
const VALUES = '1234 4711 12_34 \u0664\u0665\u0666\u0667 abc Hunter22 Sommar!';
const PIECES = [WORDS, PIN_WORDS, VALUES]
  .flatMap((s) => s.split(' '))
  .map((w) => w.replace('_', ' '))
  .concat([':', '=', ' ', '  ', '.', ',']);

describe('masking shortcuts', () => {
  it('masks a text exactly when the patterns find a secret in it, on every call', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }), (pieces) => {
        const text = pieces.join('');
        const found = findSecretValues(text);
        const first = maskSecretText(text);
        expect(first !== text, `${JSON.stringify(text)} → ${JSON.stringify(first)}`).toBe(found.length > 0);
        expect(maskSecretText(text)).toBe(first);
      }),
      { numRuns: 2000 },
    );
  });

  it('masks a PIN after or before any PIN word, whatever its case, and leaves digits without one', () => {
    const pinWords = [
      'pin',
      'P.I.N',
      'p.i.n.-kod',
      'PIN-KOD',
      'kod',
      'KODEN',
      '\u212Aod',
      'code',
      'CODE',
      'säkerhetskoden',
      'SÄKERHETSKOD',
      'personliga koden',
      'lösen',
      'LÖSEN',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...pinWords),
        fc.constantFrom(' ', ': ', ' är ', ' is ', '. ', ', its '),
        fc.constantFrom('1234', '4711 2', '12-34', '\u0664\u0665\u0666\u0667'),
        fc.boolean(),
        (word, gap, value, before) => {
          const text = before ? `${value} är min ${word}` : `min ${word}${gap}${value}`;
          const found = findSecretValues(text);
          const masked = maskSecretText(text);
          expect(masked !== text, `${JSON.stringify(text)} → ${JSON.stringify(masked)}`).toBe(
            found.length > 0,
          );
        },
      ),
    );
    expect(maskSecretText('min \u212Aod är 4711')).toBe(`min \u212Aod är ${PIN_MASK}`);
    expect(maskSecretText('LÖSEN 5555')).toBe(`LÖSEN ${PIN_MASK}`);
    for (const text of [
      '2026-12-07T17:48:43.814Z',
      '300001',
      'P3',
      'error 651 at 10:04',
      'you find it on your invoice (5–8 digits)',
    ])
      expect(maskSecretText(text)).toBe(text);
  });

  it('masks words whose letters only match case-insensitively', () => {
    expect(maskSecretText('WI-FI \u212AEY: abc123')).toBe(`WI-FI \u212AEY: ${SECRET_MASK}`);
    expect(maskSecretText('pa\u017Fsword: Hunter22')).toBe(`pa\u017Fsword: ${SECRET_MASK}`);
    expect(maskSecretText('min pin är \u0664\u0665\u0666\u0667')).toBe(`min pin är ${PIN_MASK}`);
  });

  it('masks a known secret even in a text seen clean before', () => {
    const text = 'det nya är Blåbär-Sylt-42';
    expect(maskSecretText(text)).toBe(text);
    expect(maskSecretText(text, { known: ['Blåbär-Sylt-42'] })).toBe(`det nya är ${SECRET_MASK}`);
  });
});
