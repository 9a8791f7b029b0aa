// Role-play round 32 (a #4, b #3 #6 #9 #10, c #10): one-line answers the desk lacked, and a way in that lost its
// details. "door code 4471, 3rd floor, name on door Larsson" kept only the code for the technician; "kan ni inte
// bara skicka en ny router med posten istället?" got the booked visit again, then "can't answer"; "behöver jag
// kontakta hyresvärden?" was "noted for a colleague"; "Will they call me or just e-mail?" got "you can call us";
// "does it matter that I'm not him?" was skipped; "Will the billing team write to me in English?" got a paragraph
// on reminders and direct debit. Each is answered as a technician would, in both languages.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { accessDetails } from './door-code.js';
import { chat, portalChat } from './testing/chat.js';
import { handedOver } from './testing/field-handoff.js';
import { faultWorld } from './testing/memory-desk.js';

const CANNOT =
  /cannot answer|can't answer|can’t answer|kan jag inte svara|noted your question|noterat din fråga/i;

describe('every way-in detail reaches the technician (rp32a #4)', () => {
  it.each([
    [
      'en',
      'door code 4471, 3rd floor, name on door Larsson. thx',
      '4471',
      ['3rd floor', 'name on door Larsson'],
    ],
    [
      'sv',
      'portkod 1234, uppgång B, 4 tr, det står Berg på dörren',
      '1234',
      ['uppgång B', '4 tr', 'det står Berg på dörren'],
    ],
    [
      'en',
      'the gate code is 8812 and we have a dog, flat 12 on the second floor',
      '8812',
      ['we have a dog', 'flat 12 on the second floor'],
    ],
  ] as const)('%s: %j', async (lang, msg, code, details) => {
    const h = await handedOver('fiber_los', lang, lang === 'sv' ? 'tisdag efter 17' : 'tuesday after 5pm');
    const said = await h.say(msg);
    expect(said).toContain(code);
    const note = (await h.notes()).find((n) => n.startsWith('For the technician'));
    expect(note).toContain(`door code: ${code}`);
    for (const d of details) {
      expect(note).toContain(d);
      expect(said).toContain(d);
    }
  });

  it.each([
    ['en', '3rd floor, name on the door is Larsson'],
    ['sv', 'tredje våningen, hiss finns, namn på dörren Lind'],
  ] as const)('%s: details without a code are noted too: %j', async (lang, msg) => {
    const h = await handedOver('fiber_los', lang, lang === 'sv' ? 'tisdag efter 17' : 'tuesday after 5pm');
    const said = await h.say(msg);
    expect(said).toMatch(/noted this|noterat det här/);
    expect((await h.notes()).some((n) => n.startsWith('For the technician — access:'))).toBe(true);
  });

  it.each(['the router is on the floor', 'ok thanks', 'will the technician call first?'])(
    '%j names no way in',
    (t) => expect(accessDetails(t)).toEqual([]),
  );
});

describe('a router by post instead of a visit (rp32b #3)', () => {
  it.each([
    [
      'sv',
      'tisdag förmiddag funkar. men kan ni inte bara skicka en ny router med posten istället, jag kan koppla in den själv',
    ],
    ['sv', 'går det att få en ny skickad hem istället för att nån ska komma hit?'],
    ['en', 'can you not just send me a new router by post instead? I can plug it in myself'],
  ] as const)('hardware failure, %s: %j → often yes', async (lang, msg) => {
    const h = await handedOver(
      'hardware_failure',
      lang,
      lang === 'sv' ? 'tisdag förmiddag' : 'tuesday morning',
    );
    const said = await h.say(msg);
    expect(said).toMatch(/Often, yes|Ofta, ja/);
    expect(said).not.toMatch(CANNOT);
  });

  it.each([
    ['en', 'can you send a router by post instead of a visit?'],
    ['sv', 'kan ni inte skicka en ny router med posten istället?'],
  ] as const)('a line fault, %s: %j → why a visit is needed', async (lang, msg) => {
    const h = await handedOver('fiber_los', lang, lang === 'sv' ? 'tisdag efter 17' : 'tuesday after 5pm');
    const said = await h.say(msg);
    expect(said).toMatch(/Not for this fault|Inte för det här felet/);
    expect(said).not.toMatch(CANNOT);
  });
});

describe('the landlord (rp32b #6)', () => {
  it.each([
    [
      'sv',
      'Men ni svarade inte på om jag behöver kontakta hyresvärden? Uttaget sitter ju i väggen i lägenheten.',
    ],
    ['en', "do I need my landlord's permission for the fibre box?"],
    ['sv', 'får teknikern gå in utan hyresvärdens tillstånd?'],
  ] as const)('%s: %j', async (lang, msg) => {
    const h = await handedOver(
      'docsis_power_out_of_range',
      lang,
      lang === 'sv' ? 'onsdag hela dagen' : 'wednesday all day',
    );
    const said = await h.say(msg);
    expect(said).toMatch(/No, you do not need to|Nej, det behöver du inte/);
    expect(said).not.toMatch(CANNOT);
  });
});

describe('questions about the people who take over (rp32b #9 #10, rp32c #10)', () => {
  it.each([
    ['en', 'Will the billing team write to me in English?', /in English, here/],
    ['en', 'ok. and will billing reply to me in English too?', /in English, here/],
    ['sv', 'kommer fakturaavdelningen att svara mig på svenska?', /svarar på det språk du skriver på/],
  ] as const)('%s with billing: %j', async (lang, msg, answer) => {
    const c = await portalChat(lang, faultWorld([]));
    await c.send(
      lang === 'sv'
        ? 'min faktura är 200 kr högre än vanligt, varför?'
        : 'my invoice is 200 kr higher than usual, why?',
    );
    expect((await c.cases()).first?.queue).toBe('billing');
    const said = await c.say(msg);
    expect(said).toMatch(answer);
    expect(said).not.toMatch(/reminders, payments and direct debit|Påminnelser, betalningar och autogiro/);
  });

  it.each([
    ['en', "it's his account, Johan Lund, 200192. does it matter that I'm not him? he's sitting next to me"],
    ['sv', 'det är pappas konto, 200192. gör det något att jag inte är kontoinnehavaren? han sitter bredvid'],
  ] as const)('%s at the customer number: %j', async (lang: Language, msg) => {
    const c = await chat(lang, faultWorld([]), { customerNumber: '200192', name: 'Johan Lund', pin: '5590' });
    await c.send(
      lang === 'sv' ? 'det finns okända enheter på wifi:t' : 'there are unknown devices on the wifi',
    );
    const said = await c.say(msg);
    expect(said).toMatch(
      /That is fine, as long as the account holder|Det går bra, så länge kontoinnehavaren/,
    );
  });
});
