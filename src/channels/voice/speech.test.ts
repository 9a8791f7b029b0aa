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
});
