// Round 26 (c1): "pin: 5747. och btw min räkning gick upp förra månaden, varför?" got the fault's permission and
// nothing about the bill, and "… och du svarade inte om räkningen" the same again. A question for billing written
// beside the PIN (or any answer while the fault case goes on) is acknowledged in that reply — billing gets it
// as its own case once the fault is fixed — and, asked again, told that it is noted, never dropped.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const EMMA = { customerNumber: '200101', name: 'Emma Lind', pin: '5747' };
const BILLING = /fakturaavdelning|billing team/;
const OPENING = {
  sv: 'internet har lagt av helt sen imorse',
  en: 'the internet is completely down since this morning',
};

describe('a bill question beside the PIN', () => {
  it.each([
    [
      'sv',
      'pin: 5747. och btw min räkning gick upp förra månaden, varför?',
      'vänta, försvinner mina inställningar då? och du svarade inte om räkningen',
    ],
    [
      'sv',
      '5747. en sak till, varför har fakturan blivit dyrare?',
      'försvinner mina inställningar? och fakturan då?',
    ],
    [
      'en',
      'pin 5747. btw my bill went up last month, why?',
      'will i lose my settings? and you didnt answer about the bill',
    ],
  ] as const)('%s: %s', async (lang, pinReply, again) => {
    const c = await chat(lang as Language, faultWorld(['ppp_auth_failure']), EMMA);
    await c.say(OPENING[lang]);
    await c.say('200101');
    const first = await c.send(pinReply);
    const said = first.map((r) => r.text).join('\n');
    expect(said).toMatch(BILLING);
    expect(first.at(-1)?.askKey).toMatch(/^consent\./);
    const second = await c.say(again);
    expect(second).toMatch(BILLING);
    await c.say(c.yes);
    await c.say(c.yes);
    const { first: fault, next } = await c.cases();
    expect(fault?.status).toBe('resolved');
    expect(next?.queue).toBe('billing');
  });
});
