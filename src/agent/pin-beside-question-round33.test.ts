// Round 33 (a #7, b #6): at the PIN ask during an area outage, "ok. 5557. Will it be fixed before 19? What do I do
// otherwise?" got an explanation of what a PIN is and the questions were skipped; "pin... i dont have it on me,
// maybe 1966? not sure" was not taken as a PIN attempt. The PIN is taken and the questions answered (no, not
// promised; the phone as a hotspot meanwhile); a hedged number is tried as the PIN.
import { describe, expect, it } from 'vitest';
import type { Language } from '../domain/index.js';
import { parseAnswer } from '../triage/answers.js';
import { openLimhamnOutage } from './testing/limhamn-outage.js';
import { faultWorld, memoryDesk } from './testing/memory-desk.js';

const OPEN: Record<Language, string> = {
  en: 'is something wrong on your side? no internet since lunch and i have an important zoom meeting tonight',
  sv: 'Är det något fel hos er? Inget internet sedan lunch och jag har ett viktigt möte på zoom ikväll',
};
const PIN_EXPLAINED = /welcome letter|välkomstbrevet/i;
const VERIFIED = /you are verified|du är verifierad|nu är du verifierad/i;

async function atPin(lang: Language) {
  const desk = memoryDesk({
    world: faultWorld(['area_outage']),
    now: () => new Date('2026-11-25T10:00:00Z'),
  });
  await openLimhamnOutage(desk);
  desk.directory.add({ customerNumber: '100482', name: 'Karin Lind', pin: '4711' });
  const { ticketId } = await desk.agent.startConversation({ channel: 'chat', language: lang });
  const send = (m: string) => desk.agent.handleMessage(ticketId, m);
  let r = await send(OPEN[lang]);
  if (r.at(-1)?.askKey === 'identity.customer_number') r = await send('100482');
  expect(r.at(-1)?.askKey).toBe('identity.pin');
  return { desk, ticketId, send };
}

describe('a PIN beside a question, and a PIN tried with a hedge (rp33a #7, rp33b #6)', () => {
  it.each([
    ['en', 'ok. 4711. Will it be fixed before 13? What do I do otherwise?'],
    ['en', '4711 - will it be back before my meeting at 13? and if not what do i do?'],
    ['sv', 'ok. 4711. Mötet är kl 13, hinner det bli klart? Vad gör jag annars?'],
    ['sv', '4711. blir det klart innan 13? vad gör jag annars?'],
  ] as const)('%s: %j takes the PIN and answers', async (lang, text) => {
    const c = await atPin(lang);
    const said = (await c.send(text)).map((m) => m.text).join('\n');
    expect(said).toMatch(VERIFIED);
    expect(said).not.toMatch(PIN_EXPLAINED);
    expect(said).toMatch(/16:00/);
    expect(said).toMatch(/hotspot|dela mobilens/i);
  });

  it.each([
    ['en', 'pin... i dont have it on me, maybe 4711? not sure'],
    ['en', 'I think it’s 4711'],
    ['en', "don't have the letter here. could be 4711"],
    ['sv', 'har den inte här, kanske 4711? är inte säker'],
    ['sv', 'tror det är 4711'],
  ] as const)('%s: %j is tried as the PIN', async (lang, text) => {
    const c = await atPin(lang);
    const said = (await c.send(text)).map((m) => m.text).join('\n');
    expect(said).toMatch(VERIFIED);
  });

  it.each([
    ["i don't have it on me, sorry", null],
    ['den har jag inte här', null],
    ['maybe 1966? not sure', '1966'],
  ])('%j → %s', (text, pin) => {
    const parsed = parseAnswer('identity.pin', text);
    expect(parsed.kind === 'pin' ? parsed.value : null).toBe(pin);
  });
});
