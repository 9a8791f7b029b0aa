// Questions from a caller without a PIN, and from a would-be customer, answered (rp30c #9, rp30b #10): "can't
// you send a confirmation to my e-mail instead?" is told no (an e-mail does not replace the PIN), never "I can't
// answer that from here"; "do I need to do anything now, or just wait for their e-mail?" is told nothing is
// left to do, never noted for sales; and the goodbye to a would-be customer never says sales replies "here".
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { memoryDesk } from './testing/memory-desk.js';

const CUSTOMER = { customerNumber: '812612', name: 'Karin Holm', pin: '4821' };
const CANT = /can[’']t answer (that|from here)|cannot answer|kan jag inte svara på härifrån/i;

async function chat(language: Language, messages: string[]) {
  const desk = memoryDesk();
  desk.directory.add(CUSTOMER);
  const c = await desk.agent.startConversation({ channel: 'chat', language });
  const out: string[] = [];
  for (const m of messages)
    out.push((await desk.agent.handleMessage(c.ticketId, m)).map((r) => r.text).join('\n'));
  return out;
}

describe('a confirmation by e-mail instead of the PIN', () => {
  it.each([
    [
      'sv',
      'jag vill säga upp mitt bredband',
      'Oj, den har jag inte här. Kan ni inte bara skicka en bekräftelse till min mejl istället?',
    ],
    ['sv', 'vill säga upp abonnemanget', 'har ingen kod. går det att bekräfta via e-post?'],
    [
      'en',
      'i want to cancel my broadband',
      "don't have it on me. can I get a confirmation by mail instead of the PIN?",
    ],
    ['en', 'i want to cancel my subscription', 'could you just verify me through my email instead?'],
  ] as const)('%s: %s', async (lang, opening, atPin) => {
    const out = await chat(lang, [opening, CUSTOMER.customerNumber, atPin]);
    expect(out[2]).not.toMatch(CANT);
    expect(out[2]).toMatch(/does not replace the PIN|ersätter inte PIN-koden/);
  });
});

describe('a would-be customer: anything left to do, and the goodbye', () => {
  it.each([
    [
      'en',
      'hey! moving to Hisingen in january. can I get fibre from you guys there?',
      'Tom Becker, tom.becker@example.com',
      'great, thanks! do I need to do anything else now?',
      'is there anything I have to do now or do I just wait for their email?',
      "ok I'll just wait for the email then. thanks, bye",
    ],
    [
      'sv',
      'hej! vi flyttar till Kista i januari, kan vi få fiber från er där?',
      'Sofia Berg, sofia.berg@example.se',
      'toppen, tack! behöver jag göra något mer nu?',
      'ska jag bara vänta på deras mejl?',
      'okej, då väntar jag på mejlet. tack, hej då',
    ],
  ] as const)('%s', async (lang, opening, contact, anything, wait, bye) => {
    const out = await chat(lang, [opening, contact, anything, wait, bye]);
    for (const i of [2, 3]) {
      expect(out[i]).toMatch(/No, nothing|Nej, inget/);
      expect(out[i]).not.toMatch(
        /added that to your case|lagt till det i ditt ärende|cannot say more|kan inte säga mer/i,
      );
    }
    expect(out[4]).not.toMatch(/\b(here|här)\b/);
  });
});
