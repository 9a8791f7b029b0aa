// A question with a number in it where the desk asks for the customer number or the PIN ("would 1000 even help
// over wifi, or is it wasted money?"): the number is no customer number and no PIN try, the question is answered
// (the technician's answer where there is one) and the same ask put again. A number given as one still counts.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { scriptedChat } from './testing/chat.js';

const CUSTOMER = { customerNumber: '200157', name: 'Karin Ström', pin: '4826' };
const N = CUSTOMER.customerNumber;
const OVER_WIFI = /300–700 Mbit/;

const chat = (language: Language, messages: string[]) => scriptedChat(language, CUSTOMER, messages);

describe('a question about 1000 Mbit over Wi-Fi at an identity question is answered, the ask put again', () => {
  it.each([
    [
      'en',
      'I want the fastest plan you have, 1000 Mbit?',
      'would 1000 even help over wifi, or is it wasted money?',
    ],
    ['en', 'i want to upgrade', 'would 1000 even help over wifi or is it wasted money'],
    ['en', 'upgrade please', 'is 1000 Mbit worth it over wifi'],
    ['sv', 'jag vill uppgradera', 'blir 1000 snabbare på wifi eller är det bortkastat?'],
    ['sv', 'vill ha snabbaste abonnemanget', 'hjälper 1000 på wifi eller är det bortkastade pengar'],
  ] as const)('%s at the number: "%s" → "%s"', async (lang, opening, question) => {
    const r = await chat(lang, [opening, question]);
    expect(r.text(1)).toMatch(OVER_WIFI);
    expect(r.text(1)).not.toMatch(/couldn't find a customer number|hittade inget kundnummer|not_found/);
    expect(r.ask(1)).toBe('identity.customer_number');
  });

  it.each([
    ['en', 'I want to upgrade', 'would 1000 even help over wifi, or is it wasted money?'],
    ['en', 'i want the 1000 plan', 'would 1000 help on wifi'],
    ['sv', 'jag vill uppgradera', 'lönar sig 1000 mbit på wifi'],
  ] as const)('%s at the PIN: "%s" → "%s" is no PIN try', async (lang, opening, question) => {
    const r = await chat(lang, [opening, N, question, CUSTOMER.pin]);
    expect(r.text(2)).toMatch(OVER_WIFI);
    expect(r.text(2)).not.toMatch(/wrong|fel PIN|stämmer inte|tries left|försök kvar/i);
    expect(r.ask(2)).toBe('identity.pin');
    expect(r.text(3)).toMatch(/verified|verifierad/);
  });
});

describe('numbers that are something else are no customer number; one given as such still is', () => {
  it.each([
    ['en', 'is 10000 Mbit worth it?'],
    ['en', 'would it cost more than 100 000 kr?'],
    ['sv', 'kan ni ringa mig kl 17?'],
    ['en', 'is a router from 2019 too old?'],
  ] as const)('%s: "%s" is not looked up as a customer number', async (lang, said) => {
    const r = await chat(lang, ['my internet is slow / internet är segt', said]);
    expect(r.text(1)).not.toMatch(/10000|100000|no customer with|hittar ingen kund/);
    expect(r.ask(1)).toBe('identity.customer_number');
  });

  it.each([
    ['en', '200 157'],
    ['en', 'kundnr 200157'],
    ['en', "it's 200157."],
    ['sv', '200-157 tror jag'],
    ['sv', 'det är 200157 tror jag?'],
    ['en', 'is it 200157?'],
  ] as const)('%s: "%s" is the customer number', async (lang, said) => {
    const r = await chat(lang, ['my internet is slow / internet är segt', said]);
    expect(r.ask(1)).toBe('identity.pin');
  });

  it.each([
    ['en', '4826'],
    ['en', 'is 4826 right?'],
    ['sv', '4826 är min pinkod'],
  ] as const)('%s: "%s" at the PIN is the PIN', async (lang, said) => {
    const r = await chat(lang, ['my internet is slow / internet är segt', N, said]);
    expect(r.text(2)).toMatch(/verified|verifierad/);
  });
});
