// Role-play round 29 (a #9, sv chat, cancel without a PIN): "kan ni inte skicka den till min mejl istället?",
// "annars kan jag ge mitt personnummer", "går det att säga upp utan den eller inte?" each got the welcome-letter
// paragraph again, four times, and the case was refused only when she gave up. Her question is answered the first
// time (no PIN by e-mail, no personal ID number here, nothing changed on the account without the PIN, and what she
// can do instead); when she then says she has no PIN, the account change ends refused, not verified.
import { describe, expect, it } from 'vitest';
import { asksPinOtherWay } from '../triage/pin-replies.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const ELIN = { customerNumber: '200276', name: 'Elin Sand', pin: '4821' };
const LETTER = /fyra siffrorna i välkomstbrevet|four digits in the welcome letter/;

describe('a question about another way than the PIN', () => {
  it.each([
    ['sv', 'PIN-kod? har ingen aning om vilken det är. kan ni inte skicka den till min mejl istället?'],
    ['sv', 'jag har ingen pin, men jag kan ge mitt personnummer'],
    ['sv', 'går det att säga upp utan den eller inte?'],
    ['en', "no idea what that is. can't you email it to me instead?"],
    ['en', 'I could give you my personal ID number instead?'],
    ['en', 'can I cancel without the PIN or not?'],
  ] as const)('%s: "%s" is answered, then "no PIN" ends refused', async (lang, text) => {
    const c = await chat(lang, faultWorld([]), ELIN);
    await c.send(
      lang === 'sv'
        ? 'Hej! Jag ska flytta utomlands och vill säga upp mitt bredband. Kundnummer 200276'
        : 'Hi! I am moving abroad and want to cancel my broadband. Customer number 200276',
    );
    const said = await c.say(text);
    expect(said).toMatch(/mejl|e-mail/i);
    expect(said).toMatch(/personnummer|personal ID number/);
    expect(said).not.toMatch(LETTER);
    const end = await c.say(
      lang === 'sv'
        ? 'nej, jag kommer inte hitta den. vad gör jag då?'
        : "no, I won't find it. what do I do then?",
    );
    expect(end).not.toMatch(LETTER);
    const t = await c.desk.tickets.get(c.ticketId);
    const timeline = await c.desk.tickets.timeline(c.ticketId);
    const res = timeline.find((e) => e.type === 'resolution');
    expect(res && res.type === 'resolution' ? res.outcome : null).toBe('refused');
    expect(t?.status).not.toBe('open');
  });
});

describe('what is not a question about another way', () => {
  it.each([
    "can you text me when it's fixed?",
    'kan ni sms:a mig när det är klart?',
    'jag har inte den här just nu',
    'send the technician tomorrow please',
  ])('"%s"', (text) => {
    expect(asksPinOtherWay(text)).toBe(false);
  });
});

// The repository's v2-rp4b-port-forward-unverified-en-1 (failed on d63ebad): "the letter is gone and i cant log in to
// my pages without it probably. can i just talk to a real person" after a wrong PIN got the PIN's other ways and the
// case ended refused; the person asked for is honoured — handed to customer service, unverified.
describe('a person asked for beside "no PIN"', () => {
  it.each([
    [
      'en',
      'the letter is gone and i cant log in to my pages without it probably. can i just talk to a real person',
    ],
    [
      'sv',
      'brevet är borta och jag kommer inte in på mina sidor utan den. kan jag få prata med en människa?',
    ],
  ] as const)('%s: "%s" is handed to a person', async (lang, text) => {
    const c = await chat(lang, faultWorld([]), ELIN);
    await c.send(
      lang === 'sv'
        ? 'kan ni öppna en port till min ps5? kundnummer 200276'
        : 'can you open a port for my ps5? customer number 200276',
    );
    await c.send('4471');
    const said = await c.say(text);
    expect(said).not.toMatch(/personnummer|personal ID number/);
    const t = await c.desk.tickets.get(c.ticketId);
    expect(t).toMatchObject({ status: 'escalated', queue: 'agents' });
  });
});
