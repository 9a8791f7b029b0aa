// Masking hides exactly the secret: a summary's "… password – fixed it. Outcome: resolved." keeps its
// words (rp8b: the staff summary read "new router admin password: •••••••• it").
import { describe, expect, it } from 'vitest';
import { maskSecretText, SECRET_MASK } from './mask.js';

describe('masking hides the secret and nothing else', () => {
  it('a colon in the next sentence does not make a word after a password word a secret', () => {
    for (const text of [
      'Actions: new router admin password – fixed it. Outcome: resolved.',
      'Åtgärder: nytt administratörslösenord på routern – löste felet. Resultat: löst.',
      'I changed the Wi-Fi password (done). Next steps: none.',
      'new wifi password; done. Outcome: resolved',
    ])
      expect(maskSecretText(text)).toBe(text);
  });

  it('a value introduced with a colon is still masked, with a few words between', () => {
    expect(maskSecretText('my wifi password: hunter22')).toBe(`my wifi password: ${SECRET_MASK}`);
    expect(maskSecretText('the password for my wifi: sommar')).toBe(
      `the password for my wifi: ${SECRET_MASK}`,
    );
    expect(maskSecretText('lösenordet till routern är: Kanel')).toContain(SECRET_MASK);
    expect(maskSecretText('password for 192.168.1.1: abc12')).toContain(SECRET_MASK);
  });
});
