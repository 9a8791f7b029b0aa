import { describe, expect, it } from 'vitest';
import { speakable } from './speech.js';

describe('speakable text for the phone', () => {
  it('replaces a line that only introduces a link with a spoken pointer', () => {
    const text =
      'Our help centre has an article on this — “Wi-Fi”:\n\n“Pick a quiet channel.”\n\nThe whole article: /help/wifi-tips?lang=en';
    expect(speakable(text, 'en')).toBe(
      'Our help centre has an article on this — “Wi-Fi”: “Pick a quiet channel.” You can find it in the help centre on our website.',
    );
  });

  it('drops absolute and relative links with their separators, and points to the help centre once', () => {
    expect(
      speakable(
        'Läs mer i vårt hjälpcenter: Inget internet — https://help.example.net/help/no-internet?lang=sv',
        'sv',
      ),
    ).toBe('Läs mer i vårt hjälpcenter: Inget internet. Du hittar det i hjälpcentret på vår webbplats.');
    expect(speakable('Article “X” (/help/x?lang=en).\nAlso www.example.net/help/y', 'en')).toBe(
      'Article “X”. You can find it in the help centre on our website. Also.',
    );
  });

  it('turns markdown into plain sentences and keeps slashes between words', () => {
    expect(
      speakable(
        '**Steps**\n- Restart the router\n2. Open [the guide](https://x.example/a) _now_\n`24/7` and/or',
        'en',
      ),
    ).toBe('Steps. Restart the router. Open the guide now. 24/7 and/or.');
  });

  it('says chat phrases the telephone way', () => {
    expect(speakable('Glad I could help! Just write if there is anything else.', 'en')).toBe(
      'Glad I could help! Just call us if there is anything else.',
    );
    expect(speakable('Varsågod! Skriv bara om något mer dyker upp.', 'sv')).toBe(
      'Varsågod! Ring oss bara om något mer dyker upp.',
    );
    expect(speakable('Jag lämnar över dig. Någon svarar dig här inom 24 timmar.', 'sv')).toBe(
      'Jag lämnar över dig. Någon hör av sig till dig inom 24 timmar.',
    );
    expect(
      speakable('The billing team will answer you here within 2 hours. Anything else? Just write.', 'en'),
    ).toBe('The billing team will contact you within 2 hours. Anything else? Just say.');
    expect(
      speakable('Prova när du kan; fungerar det inte skriver du bara här igen så fortsätter jag.', 'sv'),
    ).toBe('Prova när du kan; fungerar det inte ringer du oss bara igen så fortsätter jag.');
  });
});
