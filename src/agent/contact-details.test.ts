import { describe, expect, it } from 'vitest';
import { readContact } from './contact-details.js';

describe('readContact', () => {
  it.each([
    ['tom becker, 070-555 12 34', 'Tom Becker', ['+46705551234'], []],
    ['Tom Becker, tom.becker@mail.com', 'Tom Becker', [], ['tom.becker@mail.com']],
    ['anna-karin lind, 0701234567', 'Anna-Karin Lind', ['+46701234567'], []],
  ])('reads the name written before the details in "%s", capitals or not', (text, name, phones, emails) => {
    expect(readContact(text)).toEqual({ name, phones, emails });
  });

  it.each(['hi there, 070-555 12 34', 'ok sure, tom@mail.com', 'my number, 0701234567'])(
    'takes no greeting or filler for a name: "%s"',
    (text) => {
      expect(readContact(text)?.name).toBeNull();
    },
  );
});
