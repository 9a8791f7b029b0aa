// Round 22 (b8): handed to a person at her wish after the diagnosis (slow 2.4 GHz Wi-Fi), the customer
// measured over a cable ("speedtest now says 470. so it's just the wifi then? then I don't need the person
// anymore, you can cancel that") and got TV joining steps and a phantom "Your other question I have put on
// case …"; "Please close the case, no need for a human" got "I cannot answer that from here". The note on the
// ticket had text cut out of its middle ("24 hours?! 4 GHz mean…"). The case a person was asked for is
// withdrawn when the customer no longer needs it, and she is told so; the cable result is read (full speed
// on the cable: the line is fine, it is the Wi-Fi); a note keeps the customer's words whole.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { noLongerNeeded } from './withdrawn-case.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const SARA = { customerNumber: '200157', name: 'Sara Nilsson', pin: '2368' };

async function handedToPerson(lang: Language) {
  const c = await chat(lang, faultWorld(['speed_wifi_limited'], { canDo: ['step.wired_test'] }), SARA);
  await c.say(
    lang === 'en'
      ? "Hi, I pay for 500 Mbit and speedtest shows 38-42. Honestly I'd rather talk to a human this time."
      : 'Hej, jag betalar för 500 Mbit men får 40. Jag vill prata med en människa den här gången.',
  );
  await c.say('200157');
  await c.say('2368');
  const first = await c.desk.tickets.get(c.ticketId);
  expect(first?.status).toBe('escalated');
  return c;
}

describe('a person no longer needed', () => {
  it.each([
    "then I don't need the person anymore, you can cancel that",
    'Please close the case, no need for a human.',
    "I don't need anyone to contact me. Never mind, I found it myself.",
    'no need for anyone to call me',
    'du kan stänga ärendet, jag behöver ingen person längre',
    'ni behöver inte höra av er, jag löste det själv',
    'Ingen behöver kontakta mig.',
  ])('"%s"', (text) => {
    expect(noLongerNeeded(text)).toBe(true);
  });

  it.each([
    'how long until someone contacts me?',
    'I need someone to call me today',
    'jag behöver prata med en person',
    'can you close the port again?',
    'ok thanks, I found the router',
  ])('"%s" is not', (text) => {
    expect(noLongerNeeded(text)).toBe(false);
  });

  it.each([
    [
      'en',
      "what other question? anyway I plugged the laptop in with a cable and speedtest now says 470. so it's just the wifi then? then I don't need the person anymore, you can cancel that",
    ],
    ['en', 'Cable = 470 Mbit, so problem solved from my side. Please close the case, no need for a human.'],
    ['sv', 'jag satte in en kabel och fick 470. då behöver jag ingen person längre, ni kan stänga ärendet'],
  ] as const)('%s: "%s" → withdrawn and said so, no TV steps, no phantom question', async (lang, text) => {
    const c = await handedToPerson(lang);
    const said = await c.say(text);
    expect(said).toMatch(/withdrawn|dragit tillbaka/);
    expect(said).not.toMatch(
      /On the TV|På tv:n|other question|andra fråga|cannot answer|kan jag inte svara/i,
    );
    expect((await c.desk.tickets.get(c.ticketId))?.status).toBe('resolved');
  });
});

describe('after a handoff, the customer’s words stay whole and nothing is made up', () => {
  it('en (b8): "24 hours?! … what does 2.4 GHz mean …" — no phantom "other question", the note keeps "2.4 GHz"', async () => {
    const c = await handedToPerson('en');
    const said = await c.say(
      "24 hours?! ok wait. what does 2.4 GHz mean, is that something I can fix myself now? I'm on my laptop in the living room",
    );
    const notes = (await c.desk.tickets.timeline(c.ticketId)).flatMap((e) =>
      e.type === 'note' ? [e.text] : [],
    );
    expect(notes.join('\n')).not.toMatch(/\?! 4 GHz/);
    // What is put on the case for the team is the question as she wrote it, never "24 hours?!" alone.
    if (/other question/.test(said)) expect(notes.join('\n')).toMatch(/what does 2\.4 GHz mean/);
    expect(notes.join('\n')).not.toMatch(/"24 hours\?!"/);
  });

  it('en (b8): the cable result is read when the person is no longer needed', async () => {
    const c = await handedToPerson('en');
    const said = await c.say(
      "anyway I plugged the laptop in with a cable and speedtest now says 470. so it's just the wifi then? then I don't need the person anymore, you can cancel that",
    );
    expect(said).toMatch(/on the cable you get it|Wi-Fi holds it back/);
    expect(said).toMatch(/withdrawn/);
  });

  it('sv: kabeln och 470, ingen person behövs', async () => {
    const c = await handedToPerson('sv');
    const said = await c.say(
      'kopplade in datorn med kabel och nu får jag 470. då behöver jag ingen person längre',
    );
    expect(said).toMatch(/dragit tillbaka/);
    expect(said).toMatch(/kabel/);
  });
});
