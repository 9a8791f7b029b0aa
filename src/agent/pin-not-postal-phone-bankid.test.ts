// Round 28 (c9, b9): at the PIN question a postal code ("Vasagatan 14, 411 24 Göteborg") was counted as a
// failed PIN attempt and stored masked as a PIN; "is there another way, like bankid?" was answered "it is not
// your bank code" three times; and a phone number given there ("call me at 070-555 12 34") was stored as
// "•••• 34", so the colleague who was to call could not read it. A postal code and a phone number are no PIN
// (neither counted nor masked); BankID is answered as a way to identify oneself; the PIN itself stays masked.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const EVA = { customerNumber: '200311', name: 'Eva Wallin', pin: '4821' };

async function atPin(lang: Language, opening: string) {
  const c = await chat(lang, faultWorld([]), EVA);
  const replies = await c.send(opening);
  expect(replies.at(-1)?.askKey).toBe('identity.pin');
  return c;
}

const stored = async (c: Awaited<ReturnType<typeof chat>>) =>
  (await c.desk.tickets.timeline(c.ticketId))
    .filter((e) => e.type === 'message_in')
    .map((e) => (e.type === 'message_in' ? e.text : ''))
    .join('\n');

describe('a postal code or phone number at the PIN question is no PIN (rp28c #9, rp28b #9)', () => {
  it.each([
    ['en', "can't you just note the move anyway? the new address is Vasagatan 14, 411 24 Göteborg", '411 24'],
    ['en', 'the new place is Storgatan 3, 21145 Malmö. can you note it?', '21145'],
    ['sv', 'kan ni inte notera flytten ändå? nya adressen är Storgatan 3, postnummer 21145', '21145'],
    ['sv', 'vi flyttar till Kungsgatan 7, 211 45 Malmö', '211 45'],
  ] as const)('%s: %j is not a failed PIN attempt, and stays readable', async (lang, text, postal) => {
    const c = await atPin(
      lang,
      lang === 'en'
        ? 'we are moving on 1 February, can I move my subscription? customer number 200311'
        : 'vi flyttar 1 februari, kan jag flytta mitt abonnemang? kundnummer 200311',
    );
    const said = await c.say(text);
    expect(said).not.toMatch(/doesn't match|stämmer inte|attempt|försök/i);
    expect(await stored(c)).toContain(postal);
  });

  it.each([
    ['en', 'I really do not know where it is. can sales just call me at 070-555 12 34?', '070-555 12 34'],
    ['sv', 'hittar inte koden. ring mig på 073 555 12 34 istället', '073 555 12 34'],
  ] as const)('%s: a phone number is stored as written', async (lang, text, phone) => {
    const c = await atPin(
      lang,
      lang === 'en'
        ? 'I want to move my subscription, customer number 200311'
        : 'jag vill flytta mitt abonnemang, kundnummer 200311',
    );
    await c.send(text);
    expect(await stored(c)).toContain(phone);
  });

  it('the PIN beside a phone number is masked, the phone number not', async () => {
    const c = await atPin('en', 'I want to move my subscription, customer number 200311');
    const said = await c.say('4821, and call me at 070-555 12 34 please');
    expect(said).toMatch(/verified/);
    const text = await stored(c);
    expect(text).not.toContain('4821');
    expect(text).toContain('070-555 12 34');
  });

  it('a wrong PIN is still counted', async () => {
    const c = await atPin('en', 'I want to move my subscription, customer number 200311');
    expect(await c.say('1234')).toMatch(/doesn't match/);
  });
});

describe('BankID at the PIN question is a way to identify, not a bank code (rp28c #9)', () => {
  it.each([
    ['en', "I don't have the pin. is there another way, like bankid?"],
    ['en', 'can I verify with BankID instead?'],
    ['sv', 'kan jag inte legitimera mig med mobilt bankid istället?'],
    ['sv', 'har ingen pinkod här, funkar bank-id?'],
  ] as const)('%s: %j', async (lang, text) => {
    const c = await atPin(
      lang,
      lang === 'en'
        ? 'I want to move my subscription, customer number 200311'
        : 'jag vill flytta mitt abonnemang, kundnummer 200311',
    );
    const said = await c.say(text);
    expect(said).toMatch(/BankID/);
    expect(said).not.toMatch(/not your bank code|inte din bankkod/);
  });

  it('a bank code asked about is still told apart', async () => {
    const c = await atPin('sv', 'jag vill flytta mitt abonnemang, kundnummer 200311');
    expect(await c.say('är det koden till bankkortet ni vill ha?')).toMatch(/inte din bankkod/);
  });
});
