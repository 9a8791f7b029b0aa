import { describe, expect, it } from 'vitest';
import { secondaryIntents } from './secondary.js';

describe('a second request joined by "while you are at it"', () => {
  it('is found in either language', () => {
    expect(
      secondaryIntents(
        "locked out of my pages and while you're at it I need a new wifi password",
        'wifi_password',
      ),
    ).toContain('login_problem');
    expect(
      secondaryIntents(
        'jag är utelåst från mina sidor, och medan du håller på vill jag ha ett nytt wifi-lösenord',
        'wifi_password',
      ),
    ).toContain('login_problem');
  });
});
