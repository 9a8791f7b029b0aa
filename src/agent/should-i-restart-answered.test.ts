// Round 25 (a2, sv e-mail, dns_misconfigured): "PIN-koden är 7486. Ska jag starta om routern eller inte? Min fru
// undrar." and, at the permission, "Ja, gör det då. Behöver jag göra något efteråt?" each got "Det kan jag inte
// svara på härifrån": plain questions about the customer's own router. Whether to restart it oneself is
// answered for every cause (no need unless asked; for a setting fault, no), and "do I need to do anything
// afterwards?" at a settings change is answered (nothing: tell me whether the sites load).
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const PER = { customerNumber: '200101', name: 'Per Persson', pin: '2250' };
const CANNOT = /kan inte svara på härifrån|can’t answer from here/;

describe('plain questions about the customer’s own router', () => {
  it.each([
    [
      'sv',
      'PIN-koden är 2250. Ska jag starta om routern eller inte? Min fru undrar.',
      /behöver inte starta om/,
    ],
    ['en', 'pin 2250. should i restart the router or not?', /No need to restart/],
  ] as [Language, string, RegExp][])('%s: "%s" beside the PIN', async (lang, pin, answer) => {
    const c = await chat(lang, faultWorld(['dns_misconfigured']), PER);
    await c.send(lang === 'sv' ? 'vissa sidor funkar inte' : 'some sites wont load');
    await c.send('200101');
    const said = await c.say(pin);
    expect(said).toMatch(answer);
    expect(said).not.toMatch(CANNOT);
  });

  it.each([
    ['sv', 'Ja, gör det då. Behöver jag göra något efteråt?', /Ingenting/],
    ['en', 'yes do it. do i need to do anything afterwards?', /Nothing/],
  ] as [Language, string, RegExp][])('%s: "%s" at the permission', async (lang, yes, answer) => {
    const c = await chat(lang, faultWorld(['dns_misconfigured']), PER);
    await c.send(lang === 'sv' ? 'vissa sidor funkar inte' : 'some sites wont load');
    await c.send('200101 2250');
    const said = await c.say(yes);
    expect(said).toMatch(answer);
    expect(said).not.toMatch(CANNOT);
  });
});
