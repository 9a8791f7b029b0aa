// Issue 14, round 20 c10 (G1): a landlord at the PIN question — "I don't have a PIN, it's not my account.
// Can't you just check if there's an outage at the address or reboot the router or something?" — was asked
// for the PIN three times and then told the tenant's router diagnostics. Someone who says the account is
// not theirs is refused at once: nothing tested or changed, nothing of the line told, the holder told how to
// get help (and how to restart the router themselves).
import { describe, expect, it } from 'vitest';
import { saysNotHolder } from '../triage/pin-replies.js';
import { converseIn } from './testing/converse.js';

describe('not the account holder at the PIN question', () => {
  it.each([
    [
      'en',
      "my tenant says the internet isn't working. Can you check it? The customer number on the account is 200115",
      "I don't have a PIN, it's not my account. Can't you just check if there's an outage at the address or reboot the router or something? she works from home and is losing money",
    ],
    [
      'en',
      'internet is down at my flat, customer number 200115',
      "i'm the landlord, it's in my tenant's name",
    ],
    [
      'sv',
      'min hyresgäst har inget internet alls sedan i går, kundnummer 200115',
      'jag har ingen pin, det är inte mitt abonnemang. kan ni inte bara starta om routern?',
    ],
    [
      'sv',
      'internet funkar inte i lägenheten, kundnummer 200115',
      'jag är hyresvärd, det står på min hyresgäst',
    ],
  ] as const)('%s: %j → refused, nothing tested or told', async (lang, opening, reply) => {
    const { ticket, replies, events } = await converseIn(['cpe_hung'], lang, [opening, reply]);
    expect(ticket?.disposition).toBe('refused.unverified');
    expect(events.some((e) => e.type === 'finding')).toBe(false);
    expect(replies.at(-1)).not.toMatch(/stuck|fastnat|traffic|trafik/i);
    expect(replies.at(-1)).toMatch(lang === 'en' ? /account holder/ : /kontoinnehavaren/);
  });

  it('a caller who only lacks the PIN is not taken for someone else', () => {
    expect(saysNotHolder("I don't have my PIN here")).toBe(false);
    expect(saysNotHolder('det är mitt abonnemang men jag hittar inte koden')).toBe(false);
    expect(saysNotHolder("it's my account, i just forgot the pin")).toBe(false);
  });
});
