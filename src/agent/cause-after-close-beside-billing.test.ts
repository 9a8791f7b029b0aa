// Round 26 (c1, sv): the router's sign-in was fixed and a billing question went to billing's own linked case;
// after the close, "varför hände det förresten, har jag gjort nåt?" got "Bra fråga – jag har antecknat den …
// Jag kan inte säga säkert vad som startade det", although the desk had found the cause itself. The cause of
// a case fixed here is told from its own finding, whatever team has a case linked to it.
import { describe, expect, it } from 'vitest';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const EMMA = { customerNumber: '200101', name: 'Emma Berg', pin: '5747' };

const LINES = {
  sv: {
    opening: 'hej! internet har lagt av helt sen imorse, ingenting funkar',
    pin: 'pin: 5747. och btw min räkning gick upp förra månaden, varför?',
    yes: 'ok kör på',
    works: 'ja nu funkar det!! men räkningen då, den gick från 399 till 449',
  },
  en: {
    opening: 'hi, the internet stopped working completely this morning',
    pin: 'pin 5747. and btw my bill went up last month, why?',
    yes: 'ok go ahead',
    works: 'yes it works now!! but the bill, it went from 399 to 449',
  },
};

describe('why it happened, after the close with billing linked: the case’s own cause', () => {
  it.each([
    ['sv', 'tack! varför hände det förresten, har jag gjort nåt?', /inloggningsuppgifter/],
    ['sv', 'men vad berodde det på?', /inloggningsuppgifter/],
    ['en', 'thanks! why did it happen by the way, did i do something?', /sign-in details|login details/],
    ['en', 'what caused it anyway?', /sign-in details|login details/],
  ] as const)('%s: "%s"', async (lang, question, cause) => {
    const c = await chat(lang, faultWorld(['ppp_auth_failure']), EMMA);
    const l = LINES[lang];
    await c.send(l.opening);
    await c.send(EMMA.customerNumber);
    await c.send(l.pin);
    await c.send(l.yes);
    await c.send(l.works);
    const { first } = await c.cases();
    expect(first?.status).toBe('resolved');
    const said = await c.say(question);
    expect(said).toMatch(cause);
    expect(said).not.toMatch(/antecknat den|noted it on your case|kan inte säga säkert|cannot say for sure/);
  });
});
