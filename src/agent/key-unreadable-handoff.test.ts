// Role-play round 27 (b8, en, wifi_password_forgotten, C): after a new Wi-Fi key the desk said "If it shows only
// dots in that message too, tell me and I will pass it to a colleague"; "yes, only dots in that message too" got
// the same text again, and "pass me to your colleague then" was not taken as asking for a person — the case was
// later closed as resolved with the devices offline. The promise is kept, and a colleague asked for is a person.
import { describe, expect, it } from 'vitest';
import { wantsHuman } from '../triage/signals.js';
import { chat, untilAsked } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

describe('the new key unreadable twice: a colleague takes it', () => {
  it('en: "yes, only dots in that message too" hands the case to a person', async () => {
    const c = await chat('en', faultWorld(['wifi_password_forgotten']));
    await untilAsked(c, 'step.rejoin_wifi', `i forgot my wifi password, can you give me a new one? ${c.pin}`);
    const first = await c.send("it just shows dots?? what is the password, I can't read it");
    expect(first.at(-1)?.askKey).toBe('step.rejoin_wifi');
    const again = await c.send('yes, only dots in that message too');
    expect(again.at(-1)?.askKey ?? null).not.toBe('step.rejoin_wifi');
    const { first: ticket } = await c.cases();
    expect(ticket?.queue).toBe('agents');
  });
});

describe('a colleague asked for', () => {
  it.each([
    'I TOLD you its dots there too. pass me to your colleague then, my phone still has no wifi',
    'kan jag prata med din kollega?',
    'skicka mig till en kollega',
  ])('"%s" is a person', (text) => {
    expect(wantsHuman(text)).toBe(true);
  });
  it('"my colleague said it works" is not', () => {
    expect(wantsHuman('my colleague said it works')).toBe(false);
  });
});
